/**
 * Micro-benchmark of the population sampler: nanoseconds per application for a plain model (one tier, compute
 * only, lognormal amounts, constant executed share, flat arrivals) and a mixed one (test/population/fixtures/
 * mixed.yaml: four tiers, three vouchers with a copula, every amount law, beta executed shares, seasonal
 * windows), and the shipped illustrative population (scenarios/populations/hangzhou-ai-firms.yaml, ~300 firms a
 * year, where the per-run costs show), against the cost of one Alea draw. Times are CPU time of this process, so that other work on the
 * machine does not inflate them. Run: `npx tsx bench/population.ts`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { makePopulationBuffers, makePopulationSampler, populationSchema, type PopulationModel } from '../src/population';
import { makeStream } from '../src/random/makeStream';

const plain = populationSchema.parse({
  firms: { law: 'poisson', mean: 100_000 },
  tiers: [
    {
      id: 'all',
      label: { zh: '全部企业', en: 'all firms' },
      share: '100%',
      sme: '80%',
      foundationModel: '5%',
      contracts: {
        count: { law: 'fixed', n: 1 },
        amount: { law: 'lognormal', median: '30万', p90: '150万' },
        executed: { law: 'constant', value: '90%' },
      },
      vouchers: { compute: { seek: '100%', categories: { maas: '30%', domestic: '40%', other: '30%' }, selfControlled: '50%' } },
    },
  ],
});
const mixedRaw = parse(readFileSync(new URL('../test/population/fixtures/mixed.yaml', import.meta.url), 'utf8')) as unknown;
const mixedModel = populationSchema.parse(mixedRaw);
// The fixture has ~2,000 firms a year; scale it up so that per-run costs (the stream's seeding) do not dominate.
const mixed: PopulationModel = { ...mixedModel, firms: { law: 'poisson', mean: 50_000 } };
const shippedUrl = new URL('../scenarios/populations/hangzhou-ai-firms.yaml', import.meta.url);
const shipped = existsSync(shippedUrl)
  ? populationSchema.parse((parse(readFileSync(shippedUrl, 'utf8')) as { population: unknown }).population)
  : null;

/** CPU time of this process in ns (user + system): other processes sharing the cores do not inflate it. */
function cpuNs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) * 1000;
}

function nsPerDraw(): number {
  const rng = makeStream('bench', 'draws');
  let acc = 0;
  const n = 50_000_000;
  for (let i = 0; i < n / 10; i++) acc += rng();
  const t = cpuNs();
  for (let i = 0; i < n; i++) acc += rng();
  const ns = (cpuNs() - t) / n;
  if (acc < 0) console.log(acc);
  return ns;
}

function nsPerApplication(model: PopulationModel, seconds: number): { ns: number; apps: number } {
  const sampler = makePopulationSampler(model, { year: 2025, districts: ['shangcheng'] });
  const pop = makePopulationBuffers();
  for (let run = 0; run < 5; run++) sampler.sample(makeStream('bench', 'warm', run), pop);
  let apps = 0;
  let run = 0;
  const t = cpuNs();
  let elapsed = 0;
  while (elapsed < seconds * 1e9) {
    sampler.sample(makeStream('bench', run++), pop);
    apps += pop.appCount;
    elapsed = cpuNs() - t;
  }
  return { ns: elapsed / apps, apps: apps / run };
}

const draw = nsPerDraw();
const p = nsPerApplication(plain, 3);
const m = nsPerApplication(mixed, 3);
const line = (name: string, r: { ns: number; apps: number }): string =>
  `${name.padEnd(7)} ${r.ns.toFixed(1).padStart(6)} ns/application  (${(r.ns / draw).toFixed(1)} Alea draws; ${(1e3 / r.ns).toFixed(1)} M applications/s; ${Math.round(r.apps)} applications a run)`;
console.log(`one Alea draw: ${draw.toFixed(2)} ns`);
console.log(line('plain', p));
console.log(line('mixed', m));
if (shipped) console.log(line('shipped', nsPerApplication(shipped, 3)));
console.log(`mixed / plain: ${(m.ns / p.ns).toFixed(2)}`);
