/**
 * Fits a population (model.ts) to the applications a scheme received. Pipeline:
 *
 *   ApplicationRow[] ──group──▶ firm-years (a firm in one year: its tier, applications by voucher)
 *     ├─ yearly applicant counts ─────────────▶ firm-count law: Poisson, or negative binomial when the
 *     │                                          dispersion test rejects Poisson (needs ≥ 3 years)
 *     ├─ tier (column, or bands of the firm-year's largest contract) ─▶ shares, SME, foundation, districts
 *     ├─ per tier and voucher ─▶ seek share, contracts per firm (Poisson with min 1), amount law
 *     │                          (lognormal MLE + Anderson–Darling; empirical when rejected), executed share,
 *     │                          compute categories and self-controlled shares
 *     ├─ pairs of vouchers sought ─▶ copula ρ (least squares on the pair shares)
 *     └─ months of the dates ─▶ monthly weights (daily rate, mean 1)
 *
 * Only firms that applied are seen; the model's firms are those that *consider* applying, some of whom seek
 * nothing. The seek probabilities and the firm count are corrected for this (seekCopula.ts: unconditionalSeek),
 * and the tier shares too. Every figure keeps its standard error and the number of observations it rests on.
 */
import { mean, sampleVariance, standardDeviation, chiSquaredDistributionTable } from 'simple-statistics';
import { UserError } from '../errors/UserError';
import type { Bilingual } from '../i18n/Bilingual';
import type { Fen } from '../money/fen';
import { andersonDarlingNormal } from './andersonDarlingNormal';
import type { ApplicationRow } from './ApplicationRow';
import { makeStream } from '../random/makeStream';
import type { Rng } from '../random/Rng';
import { dataMessages } from '../i18n/dataMessages';
import { dataWords } from '../i18n/dataWords';
import { seekBoth, unconditionalSeek } from './seekCopula';
import { COMPUTE_CATEGORIES, VOUCHERS, type ComputeCategory, type Voucher } from '../vocabulary';

/** A fitted figure: its value, standard error (when one is computed) and the number of observations. */
export interface Estimate {
  value: number;
  se: number | null;
  n: number;
}

export type FittedFirms =
  | { law: 'poisson'; mean: Estimate }
  | { law: 'negative-binomial'; mean: Estimate; dispersion: Estimate };

export type FittedAmount =
  | { law: 'lognormal'; mu: Estimate; sigma: Estimate; test: AdTest | null }
  | { law: 'empirical'; valuesFen: Fen[]; test: AdTest | null; reason: 'rejected' | 'few' | 'equal' };

export interface AdTest {
  statistic: number;
  pValue: number;
  rejected: boolean;
}

export type FittedExecuted =
  | { law: 'beta'; mean: Estimate; sd: Estimate }
  | { law: 'constant'; share: Estimate; observed: boolean };

export interface FittedVoucher {
  /** Share of the tier's applying firm-years that sought the voucher. */
  seenShare: Estimate;
  /**
   * Probability for a firm that considers applying (corrected for those that applied for nothing); its se is by
   * firm-level bootstrap of the tier (BOOTSTRAP resamples, ρ held), so it includes the correction's uncertainty.
   */
  seek: Estimate;
  /** λ of max(1, Poisson(λ)) contracts per firm that seeks the voucher. */
  count: Estimate & { observedMean: number };
  amount: FittedAmount;
  /** ln(yuan) of each contract, for the diagnostics. */
  lnYuan: number[];
  executed: FittedExecuted;
  categories?: Record<ComputeCategory, Estimate>;
  selfControlled?: Record<ComputeCategory, Estimate>;
}

export interface FittedTier {
  id: string;
  label: Bilingual;
  /** How firm-years were put in the tier. */
  source: { by: 'column' } | { by: 'largest-contract'; fromFen: Fen; toFen: Fen };
  /** Firm-years of the tier that applied. */
  firmYears: number;
  /** Share among firms that consider applying (what the population file holds). */
  share: Estimate;
  applies: number;
  /** Bootstrap standard error of `applies`. */
  appliesSe: number;
  sme: Estimate | null;
  foundationModel: Estimate | null;
  districts: Record<string, Estimate>;
  vouchers: Partial<Record<Voucher, FittedVoucher>>;
}

export interface FittedPopulation {
  years: number[];
  /** Firms that applied, by year. */
  applicantsByYear: number[];
  /** Dispersion test of the yearly counts (index of dispersion against χ²(k−1) at 5%), when ≥ 3 years. */
  dispersionTest: { statistic: number; critical: number; df: number; overdispersed: boolean } | null;
  firms: FittedFirms;
  /** Share of considering firms that apply, over all tiers. */
  applies: number;
  seekCorrelation: Estimate;
  monthly: { weights: number[]; se: number[]; counts: number[]; byYear: { year: number; counts: number[] }[] };
  tiers: FittedTier[];
  rows: number;
  /** The tier of each firm-year, keyed `${year}\u0000${firm}` (for resampling). */
  tierOf: Map<string, string>;
  /** Assumptions made for columns the data lacks, to print beside the file. */
  assumptions: Bilingual[];
}

export interface FitOptions {
  /** Tiers by contract size when the data has no tier column (default 3). */
  tiers?: number;
  /** The Anderson–Darling level below which lognormal is rejected (default 5%). */
  alpha?: number;
}

/** Fewer contracts than this: the amount law is empirical (the test needs 8; a fit on fewer says little). */
export const MIN_FOR_LOGNORMAL = 20;
/** Fewer firm-years than this and `fit` refuses. */
export const MIN_FIRMS = 10;

interface FirmYear {
  year: number;
  rows: ApplicationRow[];
  tier: string;
  largestFen: Fen;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/**
 * @param rows the applications of one or more files (years may span several)
 * @throws UserError when there are too few firms or a bad number of tiers
 * @example fitPopulation(parseApplications(text, 'a.csv')).firms // {law: 'poisson', mean: {value: 296.4, se: 9.9, n: 3}}
 */
export function fitPopulation(rows: readonly ApplicationRow[], options: FitOptions = {}): FittedPopulation {
  const nTiers = options.tiers ?? 3;
  const alpha = options.alpha ?? 0.05;
  if (!(Number.isInteger(nTiers) && nTiers >= 1 && nTiers <= 6)) throw new UserError('data.bad-tier-count', dataMessages.badTierCount(nTiers));
  const has = (pick: (r: ApplicationRow) => unknown): boolean => rows.some((r) => pick(r) !== undefined);
  const assumptions: Bilingual[] = [];

  // ── firm-years ──
  const byKey = new Map<string, FirmYear>();
  for (const r of rows) {
    const key = `${r.year}\u0000${r.firm}`;
    let fy = byKey.get(key);
    if (!fy) byKey.set(key, (fy = { year: r.year, rows: [], tier: '', largestFen: 0 }));
    fy.rows.push(r);
    fy.largestFen = Math.max(fy.largestFen, r.contractFen);
  }
  const firmYears = [...byKey.values()];
  if (firmYears.length < MIN_FIRMS) throw new UserError('data.too-few-firms', dataMessages.tooFewFirms(firmYears.length, MIN_FIRMS));
  const years = [...new Set(firmYears.map((f) => f.year))].sort((a, b) => a - b);

  const { tierSources, labels } = assignTiers(firmYears, nTiers, has((r) => r.tier), assumptions);
  assumptions.push(...missingColumns(has));

  // ── seek correlation (pooled over tiers), then per-tier fits ──
  const tierIds = [...tierSources.keys()].sort((a, b) => tierOrder(a, b, firmYears));
  const seenByTier = tierIds.map((id) => {
    const fys = firmYears.filter((f) => f.tier === id);
    const seeks = fys.map((f) => VOUCHERS.map((v) => f.rows.some((r) => r.voucher === v)));
    return { id, fys, seeks };
  });
  const rho = fitSeekCorrelation(seenByTier.map((t) => t.seeks));

  const tiers: FittedTier[] = seenByTier.map(({ id, fys, seeks }) => {
    const n = fys.length;
    const q = VOUCHERS.map((_, i) => seeks.filter((s) => s[i]).length / n);
    const { p, applies, atFloor } = unconditionalSeek(q, rho.value);
    const boot = bootstrapSeek(seeks, rho.value, makeStream('fit', 'seek', id));
    if (atFloor) {
      assumptions.push(dataWords.seekAtFloor(id, String(Math.round(applies * 100))));
    }
    const firmFlag = (pick: (r: ApplicationRow) => boolean | undefined): Estimate | null => {
      if (!has(pick)) return null;
      return proportion(fys.filter((f) => f.rows.some((r) => pick(r) === true)).length, n);
    };
    const districtNames = [...new Set(fys.flatMap((f) => f.rows.map((r) => r.district).filter((d): d is string => d !== undefined)))].sort();
    const districts: Record<string, Estimate> = {};
    for (const d of districtNames) districts[d] = proportion(fys.filter((f) => f.rows.some((r) => r.district === d)).length, n);
    const vouchers: FittedTier['vouchers'] = {};
    VOUCHERS.forEach((v, i) => {
      const seekers = fys.filter((f) => f.rows.some((r) => r.voucher === v));
      if (seekers.length === 0) return;
      const vRows = seekers.flatMap((f) => f.rows.filter((r) => r.voucher === v));
      const seek = { value: p[i]!, se: boot.pSe[i]!, n };
      vouchers[v] = fitVoucher(v, seekers.map((f) => f.rows.filter((r) => r.voucher === v).length), vRows, proportion(seekers.length, n), seek, alpha, has);
    });
    return {
      id,
      label: labels.get(id)!,
      source: tierSources.get(id)!,
      firmYears: n,
      share: { value: 0, se: null, n: 0 },
      applies,
      appliesSe: boot.appliesSe,
      sme: firmFlag((r) => r.sme),
      foundationModel: firmFlag((r) => r.foundationModel),
      districts,
      vouchers,
    };
  });

  const { applies, appliesSe } = shareTiers(tiers, firmYears.length);
  const applicantsByYear = years.map((y) => firmYears.filter((f) => f.year === y).length);
  const { firms, dispersionTest } = fitFirmCount(applicantsByYear, applies, appliesSe);
  const monthly = fitSeasonality(rows, years);

  return {
    years, applicantsByYear, dispersionTest, firms, applies, seekCorrelation: rho,
    monthly, tiers, rows: rows.length, assumptions,
    tierOf: new Map([...byKey].map(([key, fy]) => [key, fy.tier])),
  };
}

/**
 * Each firm-year's tier: its most common `tier` column, or, without the column, bands of equal size by its largest
 * contract (the assumption said in `assumptions`).
 */
function assignTiers(
  firmYears: FirmYear[], nTiers: number, hasTierColumn: boolean, assumptions: Bilingual[],
): { tierSources: Map<string, FittedTier['source']>; labels: Map<string, Bilingual> } {
  const tierSources = new Map<string, FittedTier['source']>();
  const labels = new Map<string, Bilingual>();
  if (hasTierColumn) {
    for (const fy of firmYears) fy.tier = mostCommon(fy.rows.map((r) => r.tier ?? '')) || 'untiered';
    for (const id of new Set(firmYears.map((f) => f.tier))) {
      tierSources.set(id, { by: 'column' });
      labels.set(id, { zh: id, en: id });
    }
  } else {
    const sorted = [...firmYears].sort((a, b) => a.largestFen - b.largestFen);
    const bands = Math.min(nTiers, Math.floor(sorted.length / MIN_FIRMS) || 1);
    for (let b = 0; b < bands; b++) {
      const from = Math.floor((b * sorted.length) / bands);
      const to = Math.floor(((b + 1) * sorted.length) / bands);
      const id = `size${b + 1}`;
      const slice = sorted.slice(from, to);
      for (const fy of slice) fy.tier = id;
      const fromFen = slice[0]!.largestFen;
      const toFen = slice[slice.length - 1]!.largestFen;
      tierSources.set(id, { by: 'largest-contract', fromFen, toFen });
      labels.set(id, dataWords.sizeBand(String(b + 1)));
    }
    assumptions.push(dataWords.noTierColumn(String(bands)));
  }
  return { tierSources, labels };
}

/** What the fit assumes for each optional column the data lacks. */
function missingColumns(has: (pick: (r: ApplicationRow) => unknown) => boolean): Bilingual[] {
  const out: Bilingual[] = [];
  if (!has((r) => r.executedBp)) out.push(dataWords.noExecutedColumn);
  if (!has((r) => r.category)) out.push(dataWords.noCategoryColumn);
  if (!has((r) => r.selfControlled)) out.push(dataWords.noSelfControlledColumn);
  if (!has((r) => r.sme)) out.push(dataWords.noSmeColumn);
  if (!has((r) => r.foundationModel)) out.push(dataWords.noFoundationModelColumn);
  return out;
}

/**
 * Tier shares among the firms that consider applying (n_t / P(applies_t), normalised, written into `tiers`), and
 * P(applies) over all tiers.
 */
function shareTiers(tiers: FittedTier[], total: number): { applies: number; appliesSe: number } {
  // Tier shares among considering firms: n_t / P(applies_t), normalised.
  const weightOf = tiers.map((t) => t.firmYears / t.applies);
  const weightSum = weightOf.reduce((a, b) => a + b, 0);
  tiers.forEach((t, i) => {
    const seen = proportion(t.firmYears, total);
    const value = weightOf[i]! / weightSum;
    // The seen share's standard error, scaled as the share is.
    t.share = { value, se: seen.se === null ? null : (seen.se * value) / Math.max(seen.value, 1e-12), n: total };
  });
  const applies = total / weightSum;
  // P(applies) over all tiers is a firm-weighted harmonic mean of the tiers'; its se, roughly, the weighted se.
  const appliesSe = tiers.reduce((s, t) => s + (t.firmYears / total) * t.appliesSe, 0);

  return { applies, appliesSe };
}

/**
 * The number of firms that consider applying each year: the applicants of each year ÷ P(applies), Poisson, or
 * negative binomial when three years or more are overdispersed (χ² dispersion test at 5%).
 */
function fitFirmCount(
  applicantsByYear: number[], applies: number, appliesSe: number,
): Pick<FittedPopulation, 'firms' | 'dispersionTest'> {
  const k = applicantsByYear.length;
  const m = mean(applicantsByYear);
  let dispersionTest: FittedPopulation['dispersionTest'] = null;
  let firms: FittedFirms;
  // se of m / A: the yearly counts' and the correction's, combined (delta method).
  const meanSe = (v: number): number => {
    const seM = k >= 2 ? Math.sqrt(v / k) : Math.sqrt(m);
    return Math.sqrt((seM / applies) ** 2 + ((m * appliesSe) / (applies * applies)) ** 2);
  };
  if (k >= 3) {
    const v = sampleVariance(applicantsByYear);
    const statistic = ((k - 1) * v) / m;
    const df = k - 1;
    const table = chiSquaredDistributionTable as unknown as Record<number, Record<string, number>>;
    const critical = table[df]?.['0.05'] ?? df + 1.645 * Math.sqrt(2 * df);
    const overdispersed = statistic > critical && v > m;
    dispersionTest = { statistic, critical, df, overdispersed };
    if (overdispersed) {
      const r = (m * m) / (v - m);
      // Thinning a negative binomial keeps its size r and scales its mean.
      firms = { law: 'negative-binomial', mean: { value: m / applies, se: meanSe(v), n: k }, dispersion: { value: r, se: null, n: k } };
    } else {
      firms = { law: 'poisson', mean: { value: m / applies, se: meanSe(m), n: k } };
    }
  } else {
    firms = { law: 'poisson', mean: { value: m / applies, se: meanSe(m), n: k } };
  }

  return { firms, dispersionTest };
}

/** Monthly seasonality: applications per day of each month, mean weight 1, with the counts by year. */
function fitSeasonality(rows: readonly ApplicationRow[], years: number[]): FittedPopulation['monthly'] {
  const counts = Array.from({ length: 12 }, () => 0);
  for (const r of rows) counts[r.month - 1]! += 1;
  const days = DAYS.map((d, i) => years.reduce((s, y) => s + d + (i === 1 && isLeap(y) ? 1 : 0), 0));
  const rates = counts.map((c, i) => c / days[i]!);
  const meanRate = mean(rates) || 1;
  const weights = rates.map((x) => x / meanRate);
  const se = counts.map((c, i) => Math.sqrt(c) / days[i]! / meanRate);
  const byYear = years.map((year) => {
    const c = Array.from({ length: 12 }, () => 0);
    for (const r of rows) if (r.year === year) c[r.month - 1]! += 1;
    return { year, counts: c };
  });

  return { weights, se, counts, byYear };
}

function fitVoucher(
  v: Voucher, perFirm: number[], vRows: ApplicationRow[], seenShare: Estimate, seek: Estimate, alpha: number,
  has: (pick: (r: ApplicationRow) => unknown) => boolean,
): FittedVoucher {
  // Contracts per firm: max(1, X), X ~ Poisson(λ); E = λ + e^−λ, solved for λ (method of moments).
  const observedMean = mean(perFirm);
  const lambda = solveMinOnePoisson(observedMean);
  const countSe = perFirm.length > 1 ? Math.sqrt(sampleVariance(perFirm) / perFirm.length) / (1 - Math.exp(-lambda) || 1) : null;
  const lnYuan = vRows.map((r) => Math.log(r.contractFen / 100));
  const n = lnYuan.length;
  let amount: FittedAmount;
  const distinct = new Set(lnYuan).size;
  const test = n >= 8 && distinct > 1 ? andersonDarlingNormal(lnYuan) : null;
  const adTest = test ? { statistic: test.modified, pValue: test.pValue, rejected: test.pValue < alpha } : null;
  const values = (): Fen[] => vRows.map((r) => r.contractFen).sort((a, b) => a - b);
  if (distinct === 1) amount = { law: 'empirical', valuesFen: values(), test: null, reason: 'equal' };
  else if (n < MIN_FOR_LOGNORMAL) amount = { law: 'empirical', valuesFen: values(), test: adTest, reason: 'few' };
  else if (adTest?.rejected) amount = { law: 'empirical', valuesFen: values(), test: adTest, reason: 'rejected' };
  else {
    const mu = mean(lnYuan);
    const sigma = standardDeviation(lnYuan); // MLE: divides by n
    amount = {
      law: 'lognormal',
      mu: { value: mu, se: sigma / Math.sqrt(n), n },
      sigma: { value: sigma, se: sigma / Math.sqrt(2 * n), n },
      test: adTest,
    };
  }
  const shares = vRows.map((r) => r.executedBp).filter((x): x is number => x !== undefined).map((bp) => bp / 10_000);
  let executed: FittedExecuted;
  if (shares.length === 0) executed = { law: 'constant', share: { value: 1, se: null, n: 0 }, observed: false };
  else {
    const em = mean(shares);
    const esd = shares.length > 1 ? Math.sqrt(sampleVariance(shares)) : 0;
    if (esd > 0 && esd * esd < em * (1 - em)) {
      executed = {
        law: 'beta',
        mean: { value: em, se: esd / Math.sqrt(shares.length), n: shares.length },
        sd: { value: esd, se: esd / Math.sqrt(2 * (shares.length - 1)), n: shares.length },
      };
    } else executed = { law: 'constant', share: { value: em, se: null, n: shares.length }, observed: true };
  }
  const fitted: FittedVoucher = { seenShare, seek, count: { value: lambda, se: countSe, n: perFirm.length, observedMean }, amount, lnYuan, executed };
  if (v === 'compute') {
    const withCategory = has((r) => r.category);
    const cat = (r: ApplicationRow): ComputeCategory => (withCategory ? r.category ?? 'other' : 'other');
    fitted.categories = Object.fromEntries(
      COMPUTE_CATEGORIES.map((c) => [c, proportion(vRows.filter((r) => cat(r) === c).length, n)]),
    ) as Record<ComputeCategory, Estimate>;
    fitted.selfControlled = Object.fromEntries(
      COMPUTE_CATEGORIES.map((c) => {
        const inCat = vRows.filter((r) => cat(r) === c);
        return [c, proportion(inCat.filter((r) => r.selfControlled === true).length, inCat.length)];
      }),
    ) as Record<ComputeCategory, Estimate>;
  }
  return fitted;
}

/** Resamples of firm-years in the bootstrap of the seek probabilities. */
export const BOOTSTRAP = 200;

/**
 * Standard errors of the corrected seek probabilities and of P(applies) of one tier, by resampling its firm-years
 * with replacement (each firm-year's vouchers sought kept together), ρ held at its fit.
 */
function bootstrapSeek(seeks: boolean[][], rho: number, rng: Rng): { pSe: number[]; appliesSe: number } {
  const n = seeks.length;
  const ps: number[][] = [];
  const as: number[] = [];
  for (let b = 0; b < BOOTSTRAP; b++) {
    const q = VOUCHERS.map(() => 0);
    for (let i = 0; i < n; i++) {
      const s = seeks[Math.floor(rng() * n)]!;
      s.forEach((x, j) => { if (x) q[j]! += 1 / n; });
    }
    const r = unconditionalSeek(q, rho);
    ps.push(r.p);
    as.push(r.applies);
  }
  return {
    pSe: VOUCHERS.map((_, j) => standardDeviation(ps.map((p) => p[j]!))),
    appliesSe: standardDeviation(as),
  };
}

/** λ with λ + e^−λ = m (m ≥ 1), by bisection; m = 1 gives 0. */
export function solveMinOnePoisson(m: number): number {
  if (!(m > 1)) return 0;
  let lo = 0;
  let hi = m;
  for (let i = 0; i < 80; i++) {
    const mid = (lo + hi) / 2;
    if (mid + Math.exp(-mid) < m) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** A share with its binomial standard error √(p(1−p)/n); 0 of 0 is 0 with no error. */
function proportion(k: number, n: number): Estimate {
  if (n === 0) return { value: 0, se: null, n: 0 };
  const p = k / n;
  return { value: p, se: Math.sqrt((p * (1 - p)) / n), n };
}

function mostCommon(xs: string[]): string {
  const count = new Map<string, number>();
  for (const x of xs) count.set(x, (count.get(x) ?? 0) + 1);
  let best = '';
  let bestN = 0;
  for (const [x, c] of count) if (c > bestN) [best, bestN] = [x, c];
  return best;
}

/** Tiers in order of their median largest contract (so small firms come first), then by id. */
function tierOrder(a: string, b: string, fys: FirmYear[]): number {
  const med = (id: string): number => {
    const xs = fys.filter((f) => f.tier === id).map((f) => f.largestFen).sort((x, y) => x - y);
    return xs[Math.floor(xs.length / 2)] ?? 0;
  };
  return med(a) - med(b) || a.localeCompare(b);
}

/**
 * The copula ρ that best reproduces, over all tiers, the shares of applying firms that sought each pair of
 * vouchers (least squares weighted by firm-years, on a grid of 0.01 from 0 to 0.95). Its standard error is not
 * computed (null): the grid's step bounds its resolution.
 */
function fitSeekCorrelation(tiers: boolean[][][]): Estimate {
  const pairs: [number, number][] = [[0, 1], [0, 2], [1, 2]];
  const observed = tiers.map((seeks) => {
    const n = seeks.length;
    return {
      n,
      q: VOUCHERS.map((_, i) => seeks.filter((s) => s[i]).length / n),
      both: pairs.map(([i, j]) => seeks.filter((s) => s[i] && s[j]).length / n),
    };
  });
  let best = 0;
  let bestErr = Infinity;
  const total = observed.reduce((s, o) => s + o.n, 0);
  for (let g = 0; g <= 95; g++) {
    const rho = g / 100;
    let err = 0;
    for (const o of observed) {
      if (o.q.filter((x) => x > 0).length < 2) continue;
      const { p, applies } = unconditionalSeek(o.q, rho);
      pairs.forEach(([i, j], k) => {
        const d = seekBoth(p[i]!, p[j]!, rho) / applies - o.both[k]!;
        err += o.n * d * d;
      });
    }
    if (err < bestErr - 1e-15) [best, bestErr] = [rho, err];
  }
  return { value: best, se: null, n: total };
}
