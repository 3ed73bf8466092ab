import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { makePopulationSampler } from '../../src/population/makePopulationSampler';
import type { PopulationModel } from '../../src/population/model';
import { makePopulationBuffers } from '../../src/population/PopulationBuffers';
import { populationSchema } from '../../src/population/schema';
import { makeStream } from '../../src/random/makeStream';

/**
 * The sampler's output is part of every result: a scenario's figures for a seed must not move when the sampler is
 * made faster. These digests (SHA-256 of every buffer of 40 runs in 2024 and 40 in 2025, and of the draw that
 * follows each run in its stream) were computed with the sampler as it stood before its speed-ups (commit
 * 21740f4); a change to the order or the number of draws, to a law's method or to the sort changes them.
 * Models: the benchmark's, the mixed fixture (every law), the shipped population, and three made-up ones for the
 * paths those miss (few firms and large counts; narrow windows, a copula with ρ = 100%, a narrow truncation drawn
 * by inversion, negative binomial counts; Poisson counts that can be 0).
 */
const load = (url: URL, key: string | null): PopulationModel => {
  const raw = parse(readFileSync(url, 'utf8')) as Record<string, unknown>;
  return populationSchema.parse(key === null ? raw : raw[key]);
};

const tier = (extra: object) => ({ id: 't', label: { zh: 't', en: 't' }, share: '100%', sme: '50%', foundationModel: '10%', ...extra });

const models: [string, () => PopulationModel, string][] = [
  ['plain', () => load(new URL('../../bench/plain.yaml', import.meta.url), 'population'), '90eb68e20aea735e'],
  ['mixed', () => load(new URL('./fixtures/mixed.yaml', import.meta.url), null), '083397a006a8328a'],
  ['shipped', () => load(new URL('../../scenarios/populations/hangzhou-ai-firms.yaml', import.meta.url), 'population'), '5cb24ec1e1c0119b'],
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
    'ffe90ba3b5538c4d',
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
    '0ed0679285b896e8',
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
    '2b8328b922b2fcad',
  ],
];

function digest(m: PopulationModel): string {
  const h = createHash('sha256');
  for (const year of [2024, 2025]) {
    const sampler = makePopulationSampler(m, { year, districts: ['xihu', 'shangcheng'] });
    const pop = makePopulationBuffers(1, 1);
    for (let s = 0; s < 40; s++) {
      const rng = makeStream(7, s, year);
      sampler.sample(rng, pop);
      const nF = pop.firmCount;
      const n = pop.appCount;
      h.update(`${nF},${n},${rng()};`);
      const arrays = [
        pop.firmTier.subarray(0, nF),
        pop.firmFlags.subarray(0, nF),
        pop.firmDistrict.subarray(0, nF),
        pop.appFirm.subarray(0, n),
        pop.appVoucher.subarray(0, n),
        pop.appDay.subarray(0, n),
        pop.appContractFen.subarray(0, n),
        pop.appExecutedFen.subarray(0, n),
        pop.appCategory.subarray(0, n),
        pop.appFlags.subarray(0, n),
      ];
      for (const a of arrays) h.update(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
    }
  }
  return h.digest('hex').slice(0, 16);
}

describe('population sampler: the same streams give the same populations as before its speed-ups', () => {
  for (const [name, model, expected] of models) {
    it(`${name}: buffers of 80 runs unchanged`, () => {
      expect(digest(model())).toBe(expected);
    });
  }
});
