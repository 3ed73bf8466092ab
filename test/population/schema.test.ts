import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { UserErrors, type UserError } from '../../src/errors/UserError';
import { MAX_FEN } from '../../src/money/fen';
import { populationSchema } from '../../src/population/schema';
import { inverseNormalCdf } from '../../src/random/inverseNormalCdf';
import { loadYaml } from '../../src/yaml/loadYaml';
import { userErrorText } from '../../src/i18n/userErrorText';

const fixture = readFileSync(new URL('./fixtures/mixed.yaml', import.meta.url), 'utf8');

/** A small valid population in YAML; `edit` replaces one line (matched by its text) to make a bad case. */
const base = `firms: {law: poisson, mean: 100}
tiers:
  - id: small
    label: {zh: 小型企业, en: small firms}
    share: 60%
    sme: 100%
    foundationModel: 0%
    districts: {shangcheng: 20%}
    contracts:
      count: {law: poisson, mean: 1.5, min: 1}
      amount: {law: lognormal, median: 30万, p90: 120万}
      executed: {law: beta, mean: 85%, sd: 10%}
    vouchers:
      compute: {seek: 50%, categories: {maas: 20%, domestic: 30%, other: 50%}, selfControlled: 40%}
      corpus: {seek: 10%}
  - id: large
    label: {zh: 大型企业, en: large firms}
    share: 40%
    sme: 0%
    foundationModel: 10%
    vouchers:
      model: {seek: 30%, count: {law: fixed, n: 1}, amount: {law: uniform, min: 10万, max: 200万}, executed: {law: constant, value: 90%}}
`;

function load(text: string) {
  return loadYaml(text, 'population.yaml', populationSchema);
}

function errorsOf(text: string): UserError[] {
  try {
    load(text);
  } catch (e) {
    if (e instanceof UserErrors) return e.errors;
    throw e;
  }
  throw new Error('expected the population to be rejected');
}

function edit(from: string, to: string): string {
  if (!base.includes(from)) throw new Error(`test bug: ${from} not in base`);
  return base.replace(from, to);
}

/** The line of `base` (1-based) that contains `text`. */
function lineOf(text: string, source = base): number {
  return source.split('\n').findIndex((l) => l.includes(text)) + 1;
}

describe('populationSchema: valid files', () => {
  it('normalises the base population', () => {
    const m = load(base);
    expect(m.firms).toEqual({ law: 'poisson', mean: 100 });
    expect(m.arrivals).toEqual({ monthlyWeights: Array(12).fill(1), windows: [] });
    const [small, large] = m.tiers;
    expect(small!.shareBp).toBe(6000);
    expect(small!.districtBp).toEqual({ shangcheng: 2000 });
    expect(small!.seekCorrelationBp).toBe(0);
    const compute = small!.vouchers.compute!;
    expect(compute.seekBp).toBe(5000);
    expect(compute.count).toEqual({ law: 'poisson', mean: 1.5, atLeastOne: true });
    expect(compute.categoryBp).toEqual({ maas: 2000, domestic: 3000, other: 5000 });
    expect(compute.selfControlledBp).toEqual({ maas: 4000, domestic: 4000, other: 4000 });
    // lognormal {median 30万, p90 120万} → μ = ln 300,000, σ = ln 4 / Φ⁻¹(0.9)
    expect(compute.amount).toMatchObject({ law: 'lognormal', truncate: null });
    if (compute.amount.law !== 'lognormal') throw new Error('lognormal expected');
    expect(compute.amount.mu).toBeCloseTo(Math.log(300_000), 12);
    expect(compute.amount.sigma).toBeCloseTo(Math.log(4) / inverseNormalCdf(0.9), 12);
    // beta {mean 85%, sd 10%} → α + β = 0.85·0.15/0.01 − 1 = 11.75
    expect(compute.executed.law).toBe('beta');
    if (compute.executed.law !== 'beta') throw new Error('beta expected');
    expect(compute.executed.alpha).toBeCloseTo(0.85 * 11.75, 12);
    expect(compute.executed.beta).toBeCloseTo(0.15 * 11.75, 12);
    // the corpus voucher takes every contract law from the tier's `contracts`
    expect(small!.vouchers.corpus).toEqual({ seekBp: 1000, count: compute.count, amount: compute.amount, executed: compute.executed });
    expect(small!.vouchers.model).toBeUndefined();
    expect(large!.districtBp).toEqual({});
    expect(large!.vouchers.model).toEqual({
      seekBp: 3000,
      count: { law: 'fixed', n: 1, atLeastOne: false },
      amount: { law: 'uniform', minFen: 10_000_000, maxFen: 200_000_000, truncate: null },
      executed: { law: 'constant', bp: 9000 },
    });
  });

  it('reads the mixed fixture (every law, windows, seasonality)', () => {
    const m = load(fixture);
    expect(m.tiers.map((t) => t.id)).toEqual(['micro', 'small', 'large', 'foundation']);
    expect(m.arrivals.windows).toEqual([{ from: { month: 2, day: 15 }, to: { month: 12, day: 20 } }]);
    expect(m.tiers[0]!.vouchers.model!.amount.law).toBe('triangular');
    expect(m.tiers[1]!.vouchers.model!.amount).toEqual({
      law: 'empirical', valuesFen: [50_000_000, 100_000_000, 200_000_000], weights: [5, 3, 2], truncate: null,
    });
    expect(m.tiers[0]!.vouchers.compute!.amount.truncate).toEqual({ minFen: 1_000_000, maxFen: 2_000_000_000 });
  });

  it('accepts lognormal {mu, sigma}, truncation with one bound, beta {alpha, beta} and Chinese tier ids', () => {
    const m = load(
      edit('amount: {law: lognormal, median: 30万, p90: 120万}', 'amount: {law: lognormal, mu: 12, sigma: 0.8, truncate: {max: 1000万}}')
        .replace('executed: {law: beta, mean: 85%, sd: 10%}', 'executed: {law: beta, alpha: 8, beta: 2}')
        .replace('id: small', 'id: 小型'),
    );
    expect(m.tiers[0]!.id).toBe('小型');
    expect(m.tiers[0]!.vouchers.compute!.amount).toEqual({
      law: 'lognormal', mu: 12, sigma: 0.8, truncate: { minFen: 0, maxFen: 1_000_000_000 },
    });
    expect(m.tiers[0]!.vouchers.compute!.executed).toEqual({ law: 'beta', alpha: 8, beta: 2 });
    const onlyMin = load(edit('amount: {law: lognormal, median: 30万, p90: 120万}', 'amount: {law: lognormal, median: 30万, p90: 120万, truncate: {min: 5万}}'));
    expect(onlyMin.tiers[0]!.vouchers.compute!.amount.truncate).toEqual({ minFen: 5_000_000, maxFen: MAX_FEN });
  });

  it('generates a JSON Schema of the input (strict objects) for editors', () => {
    const schema = z.toJSONSchema(populationSchema, { io: 'input' }) as { additionalProperties?: boolean; required?: string[] };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(['firms', 'tiers']);
  });
});

describe('populationSchema: errors, with their line', () => {
  const cases: [string, string, string, string][] = [
    ['shares above 100%', 'share: 40%', 'share: 50%', 'population.shares-sum'],
    ['shares below 100%', 'share: 40%', 'share: 30%', 'population.shares-sum'],
    ['a negative sigma', 'amount: {law: lognormal, median: 30万, p90: 120万}', 'amount: {law: lognormal, mu: 12, sigma: -1}', 'population.sigma-negative'],
    ['p90 at the median', 'amount: {law: lognormal, median: 30万, p90: 120万}', 'amount: {law: lognormal, median: 30万, p90: 30万}', 'population.p90-not-above-median'],
    ['p90 below the median', 'amount: {law: lognormal, median: 30万, p90: 120万}', 'amount: {law: lognormal, median: 30万, p90: 20万}', 'population.p90-not-above-median'],
    ['both lognormal forms', 'amount: {law: lognormal, median: 30万, p90: 120万}', 'amount: {law: lognormal, median: 30万, p90: 120万, mu: 1, sigma: 1}', 'population.lognormal-form'],
    ['uniform min above max', 'amount: {law: uniform, min: 10万, max: 200万}', 'amount: {law: uniform, min: 300万, max: 200万}', 'population.min-above-max'],
    ['truncation min above max', 'amount: {law: lognormal, median: 30万, p90: 120万}', 'amount: {law: lognormal, median: 30万, p90: 120万, truncate: {min: 50万, max: 10万}}', 'population.min-above-max'],
    ['truncation missing the law', 'amount: {law: uniform, min: 10万, max: 200万}', 'amount: {law: uniform, min: 10万, max: 200万, truncate: {min: 300万}}', 'population.truncation-empty'],
    ['a constant outside its truncation', 'amount: {law: uniform, min: 10万, max: 200万}', 'amount: {law: constant, value: 10万, truncate: {max: 5万}}', 'population.truncation-empty'],
    ['a truncation without bounds', 'amount: {law: uniform, min: 10万, max: 200万}', 'amount: {law: uniform, min: 10万, max: 200万, truncate: {}}', 'population.truncation-bound'],
    ['a triangular out of order', 'amount: {law: uniform, min: 10万, max: 200万}', 'amount: {law: triangular, min: 10万, mode: 300万, max: 200万}', 'population.triangular-order'],
    ['empirical weights of the wrong length', 'amount: {law: uniform, min: 10万, max: 200万}', 'amount: {law: empirical, values: [10万, 20万], weights: [1]}', 'population.empirical-weights'],
    ['a contract below 1 yuan', 'amount: {law: uniform, min: 10万, max: 200万}', 'amount: {law: constant, value: 0.5}', 'population.amount-too-small'],
    ['a window outside the year (month 13)', 'firms: {law: poisson, mean: 100}', 'firms: {law: poisson, mean: 100}\narrivals: {windows: [{from: 13-01, to: 12-31}]}', 'population.window-date'],
    ['a window on a day that does not exist', 'firms: {law: poisson, mean: 100}', 'firms: {law: poisson, mean: 100}\narrivals: {windows: [{from: 02-30, to: 03-31}]}', 'population.window-date'],
    ['a window across the new year', 'firms: {law: poisson, mean: 100}', 'firms: {law: poisson, mean: 100}\narrivals: {windows: [{from: 11-01, to: 01-31}]}', 'population.window-reversed'],
    ['windows with no weight', 'firms: {law: poisson, mean: 100}', 'firms: {law: poisson, mean: 100}\narrivals: {monthly: [1, 1, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1], windows: [{from: 03-01, to: 04-30}]}', 'population.no-open-day'],
    ['a leap day only window', 'firms: {law: poisson, mean: 100}', 'firms: {law: poisson, mean: 100}\narrivals: {windows: [{from: 02-29, to: 02-29}]}', 'population.no-open-day'],
    ['11 monthly weights', 'firms: {law: poisson, mean: 100}', 'firms: {law: poisson, mean: 100}\narrivals: {monthly: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]}', 'population.monthly-weights'],
    ['negative monthly weights', 'firms: {law: poisson, mean: 100}', 'firms: {law: poisson, mean: 100}\narrivals: {monthly: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, -1]}', 'population.monthly-weights'],
    ['a negative firm mean', 'firms: {law: poisson, mean: 100}', 'firms: {law: poisson, mean: -5}', 'population.count-mean'],
    ['too many firms', 'firms: {law: poisson, mean: 100}', 'firms: {law: fixed, n: 2000000}', 'population.count-fixed'],
    ['a zero dispersion', 'firms: {law: poisson, mean: 100}', 'firms: {law: negative-binomial, mean: 100, dispersion: 0}', 'population.dispersion'],
    ['districts above 100%', 'districts: {shangcheng: 20%}', 'districts: {shangcheng: 70%, xihu: 40%}', 'population.districts-sum'],
    ['a bad district id', 'districts: {shangcheng: 20%}', 'districts: {Shang Cheng: 20%}', 'population.bad-district-id'],
    ['categories not adding up to 100%', 'categories: {maas: 20%, domestic: 30%, other: 50%}', 'categories: {maas: 20%, domestic: 30%, other: 40%}', 'population.categories-sum'],
    ['a voucher without an amount law', 'model: {seek: 30%, count: {law: fixed, n: 1}, amount: {law: uniform, min: 10万, max: 200万}, executed: {law: constant, value: 90%}}', 'model: {seek: 30%, count: {law: fixed, n: 1}, executed: {law: constant, value: 90%}}', 'population.missing-contract-field'],
    ['a tier seeking nothing', 'model: {seek: 30%, count: {law: fixed, n: 1}, amount: {law: uniform, min: 10万, max: 200万}, executed: {law: constant, value: 90%}}', 'model: {seek: 0%, count: {law: fixed, n: 1}, amount: {law: uniform, min: 10万, max: 200万}, executed: {law: constant, value: 90%}}', 'population.tier-seeks-nothing'],
    ['a duplicate tier id', 'id: large', 'id: small', 'population.duplicate-tier'],
    ['an impossible beta', 'executed: {law: beta, mean: 85%, sd: 10%}', 'executed: {law: beta, mean: 85%, sd: 40%}', 'population.beta-mean-sd'],
    ['a beta with both forms', 'executed: {law: beta, mean: 85%, sd: 10%}', 'executed: {law: beta, mean: 85%, sd: 10%, alpha: 2, beta: 3}', 'population.beta-form'],
    ['a beta with a zero alpha', 'executed: {law: beta, mean: 85%, sd: 10%}', 'executed: {law: beta, alpha: 0, beta: 3}', 'population.beta-parameter'],
    ['a probability above 100%', 'sme: 100%', 'sme: 120%', 'ratio.above-100'],
    ['an unknown key', 'sme: 100%', 'sme: 100%\n    smes: 50%', 'yaml.unknown-key'],
    ['an unknown law', 'firms: {law: poisson, mean: 100}', 'firms: {law: binomial, mean: 100}', 'yaml.not-one-of'],
    ['a contract minimum of 2', 'count: {law: poisson, mean: 1.5, min: 1}', 'count: {law: poisson, mean: 1.5, min: 2}', ''],
  ];

  it.each(cases)('rejects %s', (_name, from, to, code) => {
    const text = edit(from, to);
    const errors = errorsOf(text);
    expect(errors.length).toBeGreaterThan(0);
    if (code !== '') expect(errors.map((e) => e.code)).toContain(code);
    for (const e of errors) {
      expect(e.where.file).toBe('population.yaml');
      expect(e.where.line).toBeGreaterThan(0);
      expect(userErrorText(e).zh.length).toBeGreaterThan(0);
    }
  });

  it('places errors on their line', () => {
    const sigma = edit('amount: {law: lognormal, median: 30万, p90: 120万}', 'amount: {law: lognormal, mu: 12, sigma: -1}');
    const e = errorsOf(sigma).find((x) => x.code === 'population.sigma-negative')!;
    expect(e.where.line).toBe(lineOf('sigma: -1', sigma));
    const window = edit('firms: {law: poisson, mean: 100}', 'firms: {law: poisson, mean: 100}\narrivals: {windows: [{from: 13-01, to: 12-31}]}');
    expect(errorsOf(window).find((x) => x.code === 'population.window-date')!.where.line).toBe(2);
    const dup = edit('id: large', 'id: small');
    expect(errorsOf(dup).find((x) => x.code === 'population.duplicate-tier')!.where.line).toBe(lineOf('label: {zh: 大型企业') - 1);
  });

  it('rejects an empty tier list', () => {
    expect(errorsOf('firms: {law: fixed, n: 10}\ntiers: []\n').map((e) => e.code)).toContain('population.no-tiers');
  });
});
