/**
 * Writes a fitted population as a population file (`population:`, see src/population/schema.ts) that
 * `quansim validate` accepts and scenarios name with `populationFile:`. Each fitted figure carries, in a comment
 * on its line, its standard error and the data it came from. Ratios are rounded to the basis point, and shares
 * that must add up to 100% are rounded by largest remainder so that they do.
 */
import type { Fen } from '../money/fen';
import type { Estimate, FittedAmount, FittedExecuted, FittedPopulation, FittedVoucher } from './fitPopulation';
import { COMPUTE_CATEGORIES, VOUCHERS } from '../vocabulary';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Basis points of a share in [0, 1]. */
const bp = (x: number): number => Math.min(10_000, Math.max(0, Math.round(x * 10_000)));
const pct = (b: number): string => `${(b / 100).toFixed(2).replace(/\.?0+$/, '')}%`;
const num = (x: number, digits = 4): string => String(Number(x.toPrecision(digits + 2)));
const sePct = (e: Estimate): string => (e.se === null ? 'se n/a' : `se ${(e.se * 100).toFixed(2)}%`);
/** Fen as a yuan amount the parser reads exactly, e.g. 123456.78. */
export const yuan = (f: Fen): string => (f % 100 === 0 ? String(f / 100) : `${Math.floor(f / 100)}.${String(f % 100).padStart(2, '0')}`);
const wan = (y: number): string => `${(y / 10_000).toFixed(y >= 1e6 ? 0 : 1)}万`;

/**
 * Rounds shares to basis points adding up to exactly 10,000 (largest remainder; ties to the earlier share).
 * @example sharesToBp([1/3, 1/3, 1/3]) // [3334, 3333, 3333]
 */
export function sharesToBp(shares: readonly number[]): number[] {
  const sum = shares.reduce((a, b) => a + b, 0);
  const exact = shares.map((s) => (sum > 0 ? (s / sum) * 10_000 : 10_000 / shares.length));
  const floor = exact.map(Math.floor);
  let left = 10_000 - floor.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    floor[i]! += 1;
    left -= 1;
  }
  return floor;
}

/**
 * @param fit the fitted population
 * @param sources the names of the applications files (quoted in the header)
 * @returns the YAML text
 * @example fittedPopulationYaml(fitPopulation(rows), ['applications.csv']).startsWith('# Population fitted') // true
 */
export function fittedPopulationYaml(fit: FittedPopulation, sources: readonly string[]): string {
  const out: string[] = [];
  const line = (indent: number, text: string, comment?: string): void => {
    out.push(`${' '.repeat(indent)}${text}${comment ? `  # ${comment}` : ''}`);
  };
  out.push(
    `# Population fitted by \`quansim fit\` from ${sources.join(', ')}: ${fit.rows} applications of ${fit.applicantsByYear.reduce((a, b) => a + b, 0)} firm-years,`,
    `# years ${fit.years.join(', ')} (firms that applied: ${fit.applicantsByYear.join(', ')}).`,
    '# A fitted figure is followed by its standard error (se) and the data it rests on (n). The firms and the seek',
    '# probabilities are of firms that *consider* applying: firms that applied are the share of them that sought a',
    `# voucher (here ${(fit.applies * 100).toFixed(1)}%, from the seek shares and their correlation).`,
  );
  if (fit.assumptions.length) {
    out.push('# Assumptions for what the data does not say:');
    for (const a of fit.assumptions) out.push(`# - ${a.en} / ${a.zh}`);
  }
  out.push('population:');
  const f = fit.firms;
  const test = fit.dispersionTest;
  const testNote = test
    ? `dispersion index ${num(test.statistic, 3)} vs χ²(${test.df}) 5% ${num(test.critical, 3)}: ${test.overdispersed ? 'overdispersed' : 'Poisson kept'}`
    : `${fit.years.length} year(s): too few to test overdispersion, Poisson`;
  if (f.law === 'poisson') {
    line(2, `firms: {law: poisson, mean: ${num(f.mean.value, 4)}}`, `se ${f.mean.se === null ? 'n/a' : num(f.mean.se, 2)}, n ${f.mean.n} years; ${testNote}`);
  } else {
    line(2, `firms: {law: negative-binomial, mean: ${num(f.mean.value, 4)}, dispersion: ${num(f.dispersion.value, 3)}}`,
      `mean se ${f.mean.se === null ? 'n/a' : num(f.mean.se, 2)}, n ${f.mean.n} years; dispersion by moments; ${testNote}`);
  }
  line(2, 'arrivals:');
  line(4, `monthly: [${fit.monthly.weights.map((w) => num(w, 3)).join(', ')}]`,
    `applications per day of each month, mean 1; counts ${fit.monthly.counts.join('/')}`);
  out.push(`    # se by month: ${fit.monthly.se.map((s, i) => `${MONTHS[i]} ${num(s, 2)}`).join(', ')}`);
  line(2, 'tiers:');
  const shares = sharesToBp(fit.tiers.map((t) => t.share.value));
  fit.tiers.forEach((t, i) => {
    const src = t.source.by === 'column'
      ? 'from the tier column'
      : `largest contract ${yuan(t.source.fromFen)}–${yuan(t.source.toFen)} yuan`;
    line(4, `- id: ${t.id}`, `${t.firmYears} firm-years; ${src}`);
    line(6, `label: {zh: ${t.label.zh}, en: ${t.label.en}}`);
    line(6, `share: ${pct(shares[i]!)}`, `${sePct(t.share)}; applied: ${(t.applies * 100).toFixed(1)}% of the tier's firms (se ${(t.appliesSe * 100).toFixed(1)}%)`);
    line(6, `sme: ${pct(bp(t.sme?.value ?? 1))}`, t.sme ? `${sePct(t.sme)}, n ${t.sme.n}` : 'assumed: no sme column');
    line(6, `foundationModel: ${pct(bp(t.foundationModel?.value ?? 0))}`,
      t.foundationModel ? `${sePct(t.foundationModel)}, n ${t.foundationModel.n}` : 'assumed: no foundation_model column');
    const ds = Object.entries(t.districts);
    if (ds.length) {
      line(6, 'districts:');
      for (const [d, e] of ds) line(8, `${d}: ${pct(bp(e.value))}`, `${sePct(e)}, n ${e.n}`);
    }
    line(6, `seekCorrelation: ${pct(bp(fit.seekCorrelation.value))}`,
      `copula ρ fitted to the pairs of vouchers sought, all tiers (n ${fit.seekCorrelation.n}); grid step 1%, se not computed`);
    line(6, 'vouchers:');
    for (const v of VOUCHERS) {
      const fv = t.vouchers[v];
      if (!fv) continue;
      writeVoucher(line, v, fv);
    }
  });
  return `${out.join('\n')}\n`;
}

type Line = (indent: number, text: string, comment?: string) => void;

function writeVoucher(line: Line, v: string, fv: FittedVoucher): void {
  line(8, `${v}:`);
  line(10, `seek: ${pct(bp(fv.seek.value))}`,
    `${sePct(fv.seek)} (bootstrap); seen among applicants ${(fv.seenShare.value * 100).toFixed(1)}%, n ${fv.seenShare.n}`);
  const c = fv.count;
  line(10, `count: {law: poisson, mean: ${num(c.value, 4)}, min: 1}`,
    `max(1, Poisson); se ${c.se === null ? 'n/a' : num(c.se, 2)}; ${c.n} firms, ${num(c.observedMean, 4)} contracts each on average`);
  writeAmount(line, fv.amount, fv.lnYuan.length);
  writeExecuted(line, fv.executed);
  if (fv.categories && fv.selfControlled) {
    const cats = sharesToBp(COMPUTE_CATEGORIES.map((k) => fv.categories![k].value));
    line(10, `categories: {${COMPUTE_CATEGORIES.map((k, i) => `${k}: ${pct(cats[i]!)}`).join(', ')}}`,
      `${COMPUTE_CATEGORIES.map((k) => `${k} ${sePct(fv.categories![k])}`).join(', ')}; n ${fv.lnYuan.length}`);
    line(10, `selfControlled: {${COMPUTE_CATEGORIES.map((k) => `${k}: ${pct(bp(fv.selfControlled![k].value))}`).join(', ')}}`,
      COMPUTE_CATEGORIES.map((k) => `${k} ${sePct(fv.selfControlled![k])} n ${fv.selfControlled![k].n}`).join(', '));
  }
}

function writeAmount(line: Line, a: FittedAmount, n: number): void {
  const test = a.test ? `Anderson–Darling A*² ${num(a.test.statistic, 3)}, p ${num(a.test.pValue, 2)}` : 'not tested';
  if (a.law === 'lognormal') {
    const med = Math.exp(a.mu.value);
    const p90 = Math.exp(a.mu.value + 1.2815515655446004 * a.sigma.value);
    line(10, `amount: {law: lognormal, mu: ${num(a.mu.value, 5)}, sigma: ${num(a.sigma.value, 4)}}`,
      `ln yuan, MLE; mu se ${num(a.mu.se!, 2)}, sigma se ${num(a.sigma.se!, 2)}; n ${n}; median ${wan(med)}, p90 ${wan(p90)}; ${test}`);
  } else {
    const why = a.reason === 'rejected' ? `lognormal rejected (${test})` : a.reason === 'few' ? `only ${n} contracts (${test})` : 'all amounts equal';
    line(10, `amount: {law: empirical, values: [${a.valuesFen.map(yuan).join(', ')}]}`, `the ${n} contract amounts (yuan); ${why}`);
  }
}

function writeExecuted(line: Line, e: FittedExecuted): void {
  const mBp = e.law === 'beta' ? bp(e.mean.value) : 0;
  const sBp = e.law === 'beta' ? Math.max(1, bp(e.sd.value)) : 0;
  const m = mBp / 10_000;
  const s = sBp / 10_000;
  if (e.law === 'beta' && m > 0 && m < 1 && s * s < m * (1 - m)) {
    line(10, `executed: {law: beta, mean: ${pct(mBp)}, sd: ${pct(sBp)}}`,
      `moments of executed ÷ contract; mean ${sePct(e.mean)}, sd ${sePct(e.sd)}; n ${e.mean.n}`);
  } else if (e.law === 'beta') {
    line(10, `executed: {law: constant, value: ${pct(mBp)}}`, `mean of ${e.mean.n} shares; too little spread for a beta law at 0.01%`);
  } else {
    line(10, `executed: {law: constant, value: ${pct(bp(e.share.value))}}`,
      e.observed ? `every one of ${e.share.n} contracts the same` : 'assumed: no executed column');
  }
}
