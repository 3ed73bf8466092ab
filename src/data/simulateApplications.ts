/**
 * Draws an applications file's rows from a population, plainly and independently of the engine's sampler
 * (src/fast/sampler/makePopulationSampler.ts): for the synthetic data set of the tests and the docs, whose
 * known population `fit` should recover. Only lognormal, constant and empirical amounts, fixed/Poisson/negative
 * binomial counts and whole-year arrivals (no windows) are supported; anything else is a bug upstream.
 *
 * Per year: N firms; each takes a tier by share, its SME/foundation/district flags, then seeks each voucher by
 * the one-factor copula; a seeker has its count of contracts, each with an amount, a date (month by weight ×
 * days, then a uniform day), an executed share, and for compute a category and whether it is self-controlled.
 */
import type { Fen } from '../money/fen';
import type { AmountModel, ContractCountLaw, CountLaw, ExecutedLaw, PopulationModel } from '../population/model';
import { makeBeta } from '../random/beta';
import { makeCategorical } from '../random/categorical';
import { inverseNormalCdf } from '../random/inverseNormalCdf';
import { makeNegativeBinomial } from '../random/negativeBinomial';
import { poissonVariate } from '../random/poisson';
import type { Rng } from '../random/Rng';
import { standardNormal } from '../random/standardNormal';
import type { ApplicationRow } from './ApplicationRow';
import { COMPUTE_CATEGORIES, VOUCHERS, type Voucher } from '../vocabulary';

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

function drawCount(law: CountLaw, rng: Rng): number {
  if (law.law === 'fixed') return law.n;
  if (law.law === 'poisson') return poissonVariate(rng, law.mean);
  return makeNegativeBinomial(law.mean, law.dispersion)(rng);
}

function drawContracts(law: ContractCountLaw, rng: Rng): number {
  const k = drawCount(law, rng);
  return law.atLeastOne ? Math.max(1, k) : k;
}

function drawAmount(a: AmountModel, rng: Rng): Fen {
  if (a.truncate) throw new Error('simulateApplications: truncated amounts are not supported');
  if (a.law === 'lognormal') return Math.max(100, Math.round(Math.exp(a.mu + a.sigma * standardNormal(rng)) * 100));
  if (a.law === 'constant') return a.valueFen;
  if (a.law === 'empirical') return a.valuesFen[makeCategorical(a.weights)(rng)]!;
  throw new Error(`simulateApplications: amount law ${a.law} is not supported`);
}

function drawExecuted(e: ExecutedLaw, rng: Rng): number {
  if (e.law === 'constant') return e.bp;
  return Math.round(makeBeta(e.alpha, e.beta)(rng) * 10_000);
}

/**
 * @param population a validated population (populationSchema)
 * @param years the calendar years to draw
 * @param rng the seeded stream every draw comes from
 * @returns rows sorted by date, firm ids `F<year>-<n>` (a firm is drawn afresh each year)
 * @example simulateApplications(model, [2023, 2024], makeStream(7, 'synthetic')).length // about 2 × firms × contracts
 */
export function simulateApplications(population: PopulationModel, years: readonly number[], rng: Rng): ApplicationRow[] {
  if (population.arrivals.windows.length) throw new Error('simulateApplications: windows are not supported');
  const rows: ApplicationRow[] = [];
  const tierOf = makeCategorical(population.tiers.map((t) => t.shareBp));
  for (const year of years) {
    const days = DAYS.map((d, i) => d + (i === 1 && isLeap(year) ? 1 : 0));
    const monthOf = makeCategorical(population.arrivals.monthlyWeights.map((w, i) => w * days[i]!));
    const n = drawCount(population.firms, rng);
    for (let f = 0; f < n; f++) {
      const tier = population.tiers[tierOf(rng)]!;
      const firm = `F${year}-${f + 1}`;
      const sme = rng() * 10_000 < tier.smeBp;
      const foundationModel = rng() * 10_000 < tier.foundationModelBp;
      let district: string | undefined;
      let u = rng() * 10_000;
      for (const [d, b] of Object.entries(tier.districtBp)) {
        if (u < b) { district = d; break; }
        u -= b;
      }
      const rho = tier.seekCorrelationBp / 10_000;
      const common = standardNormal(rng);
      for (const v of VOUCHERS as readonly Voucher[]) {
        const demand = tier.vouchers[v];
        const z = Math.sqrt(rho) * common + Math.sqrt(1 - rho) * standardNormal(rng);
        if (!demand || demand.seekBp <= 0) continue;
        if (demand.seekBp < 10_000 && !(z < inverseNormalCdf(demand.seekBp / 10_000))) continue;
        const k = drawContracts(demand.count, rng);
        for (let c = 0; c < k; c++) {
          const month = monthOf(rng) + 1;
          const day = 1 + Math.floor(rng() * days[month - 1]!);
          const row: ApplicationRow = {
            firm, year, month, day, voucher: v, contractFen: drawAmount(demand.amount, rng),
            executedBp: drawExecuted(demand.executed, rng), tier: tier.id, sme, foundationModel, line: 0, file: '',
          };
          if (district !== undefined) row.district = district;
          if (v === 'compute' && tier.vouchers.compute) {
            const cd = tier.vouchers.compute;
            const cat = COMPUTE_CATEGORIES[makeCategorical(COMPUTE_CATEGORIES.map((x) => cd.categoryBp[x]))(rng)]!;
            row.category = cat;
            row.selfControlled = rng() * 10_000 < cd.selfControlledBp[cat];
          }
          rows.push(row);
        }
      }
    }
  }
  rows.sort((a, b) => a.year - b.year || a.month - b.month || a.day - b.day);
  return rows;
}

/** Writes rows as an applications CSV (docs/data.md), every column, amounts in yuan. */
export function applicationsCsv(rows: readonly ApplicationRow[]): string {
  const yuan = (f: Fen): string => (f % 100 === 0 ? String(f / 100) : `${Math.floor(f / 100)}.${String(f % 100).padStart(2, '0')}`);
  const yn = (b: boolean | undefined): string => (b === undefined ? '' : b ? '1' : '0');
  const pad = (x: number): string => String(x).padStart(2, '0');
  const lines = ['firm,date,voucher,contract,executed,tier,category,self_controlled,sme,foundation_model,district'];
  for (const r of rows) {
    lines.push([
      r.firm, `${r.year}-${pad(r.month)}-${pad(r.day)}`, r.voucher, yuan(r.contractFen),
      r.executedBp === undefined ? '' : `${(r.executedBp / 100).toFixed(2)}%`, r.tier ?? '', r.category ?? '',
      yn(r.selfControlled), yn(r.sme), yn(r.foundationModel), r.district ?? '',
    ].join(','));
  }
  return `${lines.join('\n')}\n`;
}
