/**
 * Micro-benchmark of the population sampler: nanoseconds and uniform draws per application for
 * - plain: the population of bench/plain.yaml (one tier, compute only, lognormal amounts without truncation,
 *   constant executed share, flat arrivals; ~30,000 applications a run), the engine's benchmark scenario;
 * - mixed: test/population/fixtures/mixed.yaml (four tiers, three vouchers with a copula, every amount law, beta
 *   executed shares, seasonal windows), scaled to 50,000 firms so that per-run costs do not dominate;
 * - shipped: scenarios/populations/hangzhou-ai-firms.yaml (~680 applications a run, where per-run costs show).
 * Times are CPU time of this process (other work on the machine does not inflate them), the minimum over
 * repetitions of a batch of runs, each batch in a function so that V8 optimises it as the engine does. The
 * streams are made before the clock starts (`stream` reports their cost apart). Draws are counted by sampling
 * through a counting wrapper (the sampler consumes the same draws whatever the rng).
 *
 *   npx tsx bench/population.ts [--reps R] [--seconds S]
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { makePopulationBuffers, makePopulationSampler, populationSchema, type PopulationModel } from '../src/population';
import { makeStream } from '../src/random/makeStream';
import type { Rng } from '../src/random/Rng';

const args = process.argv.slice(2);
const opt = (name: string, d: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : d;
};
const REPS = opt('--reps', 7);
/** CPU seconds one repetition should take, about. */
const SECONDS = opt('--seconds', 0.3);

const population = (file: string, key: string | null): PopulationModel => {
  const raw = parse(readFileSync(new URL(file, import.meta.url), 'utf8')) as Record<string, unknown>;
  return populationSchema.parse(key === null ? raw : raw[key]);
};
const plain = population('./plain.yaml', 'population');
// The fixture has ~2,000 firms a year; scale it up so that per-run costs (the stream's seeding) do not dominate.
const mixed: PopulationModel = { ...population('../test/population/fixtures/mixed.yaml', null), firms: { law: 'poisson', mean: 50_000 } };
const shippedFile = '../scenarios/populations/hangzhou-ai-firms.yaml';
const shipped = existsSync(new URL(shippedFile, import.meta.url)) ? population(shippedFile, 'population') : null;

/** CPU time of this process in ns (user + system). */
function cpuNs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) * 1000;
}

function minNs(f: () => void): number {
  f(); // warm-up
  let best = Infinity;
  for (let r = 0; r < REPS; r++) {
    const t = cpuNs();
    f();
    best = Math.min(best, cpuNs() - t);
  }
  return best;
}

function nsPerDraw(): number {
  const n = 5_000_000;
  let acc = 0;
  const ns = minNs(() => {
    const rng = makeStream('bench', 'draws');
    for (let i = 0; i < n; i++) acc += rng();
  });
  if (acc < 0) console.log(acc);
  return ns / n;
}

function nsPerStream(): number {
  const n = 100_000;
  let acc = 0;
  const ns = minNs(() => {
    for (let i = 0; i < n; i++) acc += makeStream(1, i, 2025)();
  });
  if (acc < 0) console.log(acc);
  return ns / n;
}

interface Result {
  ns: number;
  draws: number;
  apps: number;
}

function measure(model: PopulationModel): Result {
  const sampler = makePopulationSampler(model, { year: 2025, districts: ['shangcheng'] });
  const pop = makePopulationBuffers();
  // draws per application, through a counting wrapper
  let calls = 0;
  let apps = 0;
  for (let run = 0; run < 20; run++) {
    const inner = makeStream('bench', 'count', run);
    const counting: Rng = () => {
      calls++;
      return inner();
    };
    sampler.sample(counting, pop);
    apps += pop.appCount;
  }
  const perRun = apps / 20;
  const runs = Math.max(10, Math.round((SECONDS * 1e9) / (perRun * 200)));
  let total = 0;
  const batch = (): void => {
    const streams = Array.from({ length: runs }, (_, run) => makeStream('bench', run));
    const t = cpuNs();
    for (const rng of streams) {
      sampler.sample(rng, pop);
      total += pop.appCount;
    }
    batchNs = cpuNs() - t;
  };
  let batchNs = 0;
  batch();
  let best = Infinity;
  for (let r = 0; r < REPS; r++) {
    total = 0;
    batch();
    best = Math.min(best, batchNs);
  }
  return { ns: best / total, draws: calls / apps, apps: perRun };
}

const draw = nsPerDraw();
console.log(`one Alea draw (closure call): ${draw.toFixed(2)} ns; one stream made: ${nsPerStream().toFixed(0)} ns (CPU, min of ${REPS})`);
const line = (name: string, r: Result): string =>
  `${name.padEnd(7)} ${r.ns.toFixed(1).padStart(6)} ns/application  ${r.draws.toFixed(2)} draws/application  (${(1e3 / r.ns).toFixed(1)} M applications/s; ${Math.round(r.apps)} applications a run)`;
console.log(line('plain', measure(plain)));
console.log(line('mixed', measure(mixed)));
if (shipped) console.log(line('shipped', measure(shipped)));
