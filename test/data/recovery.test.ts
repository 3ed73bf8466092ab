/**
 * Recovery on the synthetic data set (data/synthetic/, scripts/make-synthetic-data.ts): `fit` on the applications
 * drawn from a known population recovers its figures within their stated uncertainty, and a scenario run on the
 * fitted population reproduces the data's yearly demand.
 *
 * Tolerances: a figure with a standard error must lie within 3 se of the truth (about 1 in 370 for one figure
 * if the se is right; the data is fixed by its seed, so the test is deterministic). The copula ρ has no se: within
 * 0.15. Yearly demand: the simulated mean contract total a year within 3 standard errors of the data's mean over
 * its 4 years (se = sd of the yearly totals / √4), plus 1% for the Monte Carlo error of 400 runs.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fitPopulation, type Estimate } from '../../src/data/fitPopulation';
import { fittedPopulationYaml } from '../../src/data/fittedPopulationYaml';
import { parseApplications } from '../../src/data/parseApplications';
import { simulateAcc as simulate } from '../helpers/simulateAcc';
import { betaFromMeanSd } from '../../src/random/beta';
import { loadScenarioFile } from '../../src/scenario/loadScenarioFile';
import { populationFileSchema } from '../../src/scenario/scenarioSchema';
import { summarize } from '../../src/stats/summarize';
import { loadYaml } from '../../src/yaml/loadYaml';
import { syntheticCsv } from '../../scripts/make-synthetic-data';
import { COMPUTE_CATEGORIES, VOUCHERS } from '../../src/vocabulary';

const trueYaml = readFileSync('data/synthetic/true-population.yaml', 'utf8');
const csv = readFileSync('data/synthetic/applications.csv', 'utf8');
const truth = loadYaml(trueYaml, 'true-population.yaml', populationFileSchema).population;
const rows = parseApplications(csv, 'applications.csv');
const fit = fitPopulation(rows);

function within(e: Estimate, trueValue: number, what: string, k = 3): void {
  expect(e.se, `${what}: se`).not.toBeNull();
  expect(Math.abs(e.value - trueValue), `${what}: ${e.value} vs true ${trueValue} (se ${e.se})`).toBeLessThanOrEqual(k * e.se!);
}

describe('the synthetic data set', () => {
  it('is what the script draws from the true population (regenerate with node --import tsx scripts/make-synthetic-data.ts)', () => {
    expect(syntheticCsv(trueYaml)).toBe(csv);
  });
});

describe('fit recovers the known population', () => {
  it('keeps Poisson for the firm count and recovers its mean', () => {
    expect(fit.dispersionTest?.overdispersed).toBe(false);
    expect(fit.firms.law).toBe('poisson');
    expect(truth.firms.law).toBe('poisson');
    within(fit.firms.mean, (truth.firms as { mean: number }).mean, 'firms');
  });

  it('recovers the tiers, their shares and their flags', () => {
    expect(fit.tiers.map((t) => t.id)).toEqual(truth.tiers.map((t) => t.id));
    fit.tiers.forEach((t, i) => {
      const tt = truth.tiers[i]!;
      within(t.share, tt.shareBp / 10_000, `${t.id} share`);
      within(t.districts.shangcheng!, tt.districtBp.shangcheng! / 10_000, `${t.id} shangcheng`);
      expect(t.sme!.value).toBe(tt.smeBp / 10_000); // 0% or 100%: exact
      if (tt.foundationModelBp > 0) within(t.foundationModel!, tt.foundationModelBp / 10_000, `${t.id} foundation`);
    });
  });

  it('recovers, per tier and voucher, the seek probability, contracts per firm, amount law and executed share', () => {
    fit.tiers.forEach((t, i) => {
      const tt = truth.tiers[i]!;
      for (const v of VOUCHERS) {
        const fv = t.vouchers[v]!;
        const tv = tt.vouchers[v]!;
        const at = `${t.id} ${v}`;
        within(fv.seek, tv.seekBp / 10_000, `${at} seek`);
        within(fv.count, (tv.count as { mean: number }).mean, `${at} contracts λ`);
        const amount = tv.amount as { law: 'lognormal'; mu: number; sigma: number };
        if (fv.amount.law === 'lognormal') {
          within(fv.amount.mu, amount.mu, `${at} mu`);
          within(fv.amount.sigma, amount.sigma, `${at} sigma`);
        } else {
          // Lognormal rejected (at 5%, about one fit in 20 on lognormal data): the empirical median is still right.
          const vals = fv.amount.valuesFen.map((f) => Math.log(f / 100)).sort((a, b) => a - b);
          const median = vals[Math.floor(vals.length / 2)]!;
          // se of a sample median of a normal: 1.2533 σ / √n
          expect(Math.abs(median - amount.mu)).toBeLessThan((3 * 1.2533 * amount.sigma) / Math.sqrt(vals.length));
        }
        const ex = tv.executed as { law: 'beta'; alpha: number; beta: number };
        expect(fv.executed.law).toBe('beta');
        if (fv.executed.law === 'beta') within(fv.executed.mean, ex.alpha / (ex.alpha + ex.beta), `${at} executed mean`);
      }
      const c = t.vouchers.compute!;
      const tc = tt.vouchers.compute!;
      for (const k of COMPUTE_CATEGORIES) {
        within(c.categories![k], tc.categoryBp[k] / 10_000, `${t.id} category ${k}`);
        within(c.selfControlled![k], tc.selfControlledBp[k] / 10_000, `${t.id} self-controlled ${k}`);
      }
    });
  });

  it('recovers the seek correlation within 0.15 and the monthly weights within 3 se', () => {
    expect(Math.abs(fit.seekCorrelation.value - truth.tiers[0]!.seekCorrelationBp / 10_000)).toBeLessThanOrEqual(0.15);
    const w = truth.arrivals.monthlyWeights;
    const days = [31, 28.25, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    // The truth's daily rates scaled to mean 1 over the months, as the fit's are.
    const mean = w.reduce((a, b) => a + b, 0) / 12;
    expect(days.length).toBe(12);
    fit.monthly.weights.forEach((x, i) => {
      expect(Math.abs(x - w[i]! / mean), `month ${i + 1}`).toBeLessThanOrEqual(3 * fit.monthly.se[i]! + 0.03);
    });
  });

  it('checks its own helper: betaFromMeanSd gives back the mean it was given', () => {
    const { alpha, beta } = betaFromMeanSd(0.85, 0.1);
    expect(alpha / (alpha + beta)).toBeCloseTo(0.85, 12);
  });
});

describe('a scenario run on the fitted population', () => {
  it('writes a population file that validates, and reproduces the yearly demand of the data', async () => {
    const text = fittedPopulationYaml(fit, ['applications.csv']);
    const population = loadYaml(text, 'fitted.yaml', populationFileSchema).population;
    const base = loadScenarioFile('scenarios/hangzhou-2024.yaml');
    const acc = await simulate({ ...base, population, runs: 400 }, { workers: 1 });
    const year = summarize({ ...base, population, runs: 400 }, acc.years).years[0]!;
    const simulated = year.groups.voucher.reduce((s, g) => s + Number(g.contract.mean.fen), 0);
    const byYear = fit.years.map((y) => rows.filter((r) => r.year === y).reduce((s, r) => s + r.contractFen, 0));
    const m = byYear.reduce((a, b) => a + b, 0) / byYear.length;
    const sd = Math.sqrt(byYear.reduce((a, b) => a + (b - m) ** 2, 0) / (byYear.length - 1));
    expect(Math.abs(simulated - m), `simulated ${simulated} vs data ${m} (sd ${sd})`).toBeLessThanOrEqual(3 * (sd / 2) + 0.01 * m);
  });
});

describe('the committed fitted population', () => {
  it('is what `quansim fit data/synthetic/applications.csv --out data/synthetic/fitted-population.yaml` writes', () => {
    expect(fittedPopulationYaml(fit, ['applications.csv'])).toBe(readFileSync('data/synthetic/fitted-population.yaml', 'utf8'));
  });
});
