import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { PopulationModel } from '../../src/population/model';
import { populationSchema } from '../../src/population/schema';
import { expectAgreement } from './referenceAgreement';

/**
 * The population sampler against its specification, on the models that matter most: the benchmark's, the mixed
 * fixture (every law), the shipped population, and three made-up ones for paths those miss (few firms and large
 * counts; narrow windows, a copula with ρ = 100%, a narrow truncation drawn by inversion, negative binomial counts;
 * Poisson counts that can be 0). 40 runs in 2024 and 40 in 2025 each (10 for the benchmark's, 30,000 applications a
 * run), the odd runs of samplers that can leave applications as draws with a last day.
 *
 * This replaces SHA-256 digests of the buffers as the sampler stood at commit 21740f4. A digest said that something
 * moved, not what, nor whether the old output was right; the reference (src/population/reference) is the
 * specification: a plain sampler, one firm and one application at a time, that draws the same numbers in the same
 * order by the same laws. The fast sampler must equal it to the fen and leave the stream where it does (the next
 * draw equal), here and over random models (referenceSampler.test.ts). A change to the order or number of draws,
 * to a law's method or to the sort must be made in both, on purpose.
 */
const load = (url: URL, key: string | null): PopulationModel => {
  const raw = parse(readFileSync(url, 'utf8')) as Record<string, unknown>;
  return populationSchema.parse(key === null ? raw : raw[key]);
};

const tier = (extra: object) => ({ id: 't', label: { zh: 't', en: 't' }, share: '100%', sme: '50%', foundationModel: '10%', ...extra });

const models: [string, () => PopulationModel, number?][] = [
  ['plain', () => load(new URL('../../bench/plain.yaml', import.meta.url), 'population'), 10],
  ['mixed', () => load(new URL('./fixtures/mixed.yaml', import.meta.url), null)],
  ['shipped', () => load(new URL('../../scenarios/populations/hangzhou-ai-firms.yaml', import.meta.url), 'population')],
  [
    'few firms, large counts',
    () =>
      populationSchema.parse({
        firms: { law: 'fixed', n: 37 },
        tiers: [
          tier({
            contracts: { count: { law: 'poisson', mean: 15 }, amount: { law: 'constant', value: '10万' }, executed: { law: 'constant', value: '100%' } },
            vouchers: { compute: { seek: '50%', categories: { maas: '100%', domestic: '0%', other: '0%' }, selfControlled: '0%' }, model: { seek: '100%' } },
          }),
        ],
      }),
  ],
  [
    'narrow',
    () =>
      populationSchema.parse({
        firms: { law: 'poisson', mean: 3000 },
        arrivals: { windows: [{ from: '03-01', to: '03-31' }, { from: '11-01', to: '11-15' }] },
        tiers: [
          tier({
            seekCorrelation: '100%',
            districts: { shangcheng: '50%' },
            contracts: {
              count: { law: 'negative-binomial', mean: 2, dispersion: 0.5 },
              amount: { law: 'lognormal', median: '20万', p90: '80万', truncate: { min: '150万', max: '300万' } },
              executed: { law: 'beta', mean: '50%', sd: '20%' },
            },
            vouchers: {
              compute: { seek: '40%', categories: { maas: '30%', domestic: '30%', other: '40%' }, selfControlled: { maas: '10%', domestic: '90%', other: '0%' } },
              corpus: { seek: '30%' },
              model: { seek: '70%' },
            },
          }),
        ],
      }),
  ],
  [
    'counts of 0',
    () =>
      populationSchema.parse({
        firms: { law: 'fixed', n: 5000 },
        tiers: [
          tier({
            contracts: { count: { law: 'poisson', mean: 0.7 }, amount: { law: 'lognormal', mu: 12, sigma: 0.5, truncate: { max: '50万' } }, executed: { law: 'constant', value: '80%' } },
            vouchers: { corpus: { seek: '90%' }, model: { seek: '10%' } },
          }),
        ],
      }),
  ],
];

const LAST_DAYS = [0, 59, 180, 300, 364, 365];

describe('population sampler: the same streams give the same populations as its plain reference', () => {
  for (const [name, model, runs = 40] of models) {
    it(`${name}: ${2 * runs} runs equal to the reference`, () => {
      let applications = 0;
      for (const year of [2024, 2025]) applications += expectAgreement(model(), year, 7, runs, LAST_DAYS);
      expect(applications).toBeGreaterThan(0);
    });
  }
});
