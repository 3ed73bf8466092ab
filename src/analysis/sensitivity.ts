/**
 * One-at-a-time sensitivity: each input moved by −δ and +δ on the same runs [0, runs) of the same seed (common
 * random numbers), against the baseline, for two outputs: P(the scheme's pool runs out by a day, 31 December by
 * default) and the
 * money paid in the year (all schemes). Each effect is the mean paired difference over runs with its 95% interval
 * (pairedDifference): run i of the variant and run i of the baseline saw the same firms and draws, so the interval
 * measures the effect of the input, not the noise between two samples.
 *
 *   scenario ─▶ baseline + 2 variants per input (pure transforms) ─▶ one batch of jobs ─▶ per-run columns
 *            ─▶ paired differences ─▶ inputs sorted by their largest effect on P ─▶ table, tornado chart
 */
import { mean as ssMean } from 'simple-statistics';
import type { Bilingual } from '../i18n/Bilingual';
import { sensitivityInputDetails, sensitivityInputLabels } from '../i18n/analysisWords';
import { BP_ONE, type BasisPoints } from '../money/fen';
import type { Scenario } from '../scenario/model';
import type { Accumulator } from '../stats/Accumulator';
import { pairedDifference, type PairedDifference } from '../stats/pairedDifference';
import type { Estimate } from '../stats/Estimate';
import { meanInterval } from '../stats/meanInterval';
import { proportionInterval, type ProportionEstimate } from '../stats/proportionInterval';
import { scaleCaps } from './scaleCaps';
import { scaleContracts } from './scaleContracts';
import { scaleFirms } from './scaleFirms';
import { scalePool } from './scalePool';
import { scaleRatios } from './scaleRatios';
import { scaleSeasonality } from './scaleSeasonality';
import type { Simulator } from '../scheduler/Simulator';
import { dayOfYearOf } from './dayOfYearOf';
import type { MonthDay } from './Target';

/** The inputs a sensitivity moves, each a pure transform of the scenario by a factor in basis points. */
export const SENSITIVITY_INPUTS = {
  pool: {
    label: sensitivityInputLabels.pool,
    detail: sensitivityInputDetails.pool,
    apply: (s: Scenario, f: BasisPoints) => scalePool(s, f),
  },
  ratios: {
    label: sensitivityInputLabels.ratios,
    detail: sensitivityInputDetails.ratios,
    apply: (s: Scenario, f: BasisPoints) => scaleRatios(s, f),
  },
  caps: {
    label: sensitivityInputLabels.caps,
    detail: sensitivityInputDetails.caps,
    apply: (s: Scenario, f: BasisPoints) => scaleCaps(s, f),
  },
  firms: {
    label: sensitivityInputLabels.firms,
    detail: sensitivityInputDetails.firms,
    apply: (s: Scenario, f: BasisPoints) => scaleFirms(s, f),
  },
  contracts: {
    label: sensitivityInputLabels.contracts,
    detail: sensitivityInputDetails.contracts,
    apply: (s: Scenario, f: BasisPoints) => scaleContracts(s, f),
  },
  seasonality: {
    label: sensitivityInputLabels.seasonality,
    detail: sensitivityInputDetails.seasonality,
    apply: (s: Scenario, f: BasisPoints) => scaleSeasonality(s, f),
  },
} satisfies Record<string, { label: Bilingual; detail: Bilingual; apply: (s: Scenario, f: BasisPoints) => Scenario }>;
export type SensitivityInput = keyof typeof SENSITIVITY_INPUTS;

export interface SensitivityOptions {
  /** The move, in basis points: 2,000 for ±20%. Strictly between 0 and 10,000. */
  deltaBp: BasisPoints;
  runs: number;
  /** The scheme whose pool's exhaustion is reported. */
  scheme: { id: string; index: number };
  year: number;
  /** Inputs to move (all by default), in this order before sorting. */
  inputs?: readonly SensitivityInput[];
  /** The exhaustion probability is of running out on or before this day; 31 December by default. */
  by?: MonthDay;
}

/** The effect of one move of one input. */
export interface SensitivityEffect {
  /** The factor applied, in basis points (e.g. 8,000 or 12,000). */
  factorBp: number;
  /** P(exhausted) of the variant, and its paired difference from the baseline (a share, e.g. −0.12). */
  exhausted: { value: number; difference: PairedDifference };
  /** Mean money paid of the variant, and the paired difference (fen). */
  paid: { value: number; difference: PairedDifference };
}

export interface SensitivityRow {
  input: SensitivityInput;
  label: Bilingual;
  detail: Bilingual;
  /** False when moving the input changes nothing in the scenario (e.g. no numeric cap): no runs were made. */
  applicable: boolean;
  down: SensitivityEffect | null;
  up: SensitivityEffect | null;
}

export interface SensitivityResult {
  scenario: string;
  seed: string;
  runs: number;
  year: number;
  scheme: string;
  deltaBp: number;
  /** P(exhausted) is of running out on or before this day. */
  by: MonthDay;
  baseline: { exhausted: ProportionEstimate; paid: Estimate };
  /** Sorted by the largest |effect| on P(exhausted), then on money paid; inputs that do not apply last. */
  rows: SensitivityRow[];
}

/**
 * Runs the sensitivity of `scenario` (its seed; its runs replaced by opts.runs).
 * @throws UserError when a move makes an amount too large; Error on a bad delta (callers validate)
 */
export async function sensitivity(scenario: Scenario, opts: SensitivityOptions, simulate: Simulator): Promise<SensitivityResult> {
  const d = opts.deltaBp;
  if (!(Number.isSafeInteger(d) && d > 0 && d < BP_ONE)) throw new Error(`bad sensitivity delta ${d}`);
  const yi = scenario.years.indexOf(opts.year);
  if (yi < 0) throw new Error(`year ${opts.year} is not simulated`);
  const base: Scenario = { ...scenario, runs: opts.runs };
  const inputs = opts.inputs ?? (Object.keys(SENSITIVITY_INPUTS) as SensitivityInput[]);
  const fingerprint = (s: Scenario) => JSON.stringify([s.rules, s.population]);
  const baseKey = fingerprint(base);
  const variants = inputs.map((input) => {
    const def = SENSITIVITY_INPUTS[input];
    const down = def.apply(base, BP_ONE - d);
    const up = def.apply(base, BP_ONE + d);
    return { input, down, up, applicable: fingerprint(down) !== baseKey || fingerprint(up) !== baseKey };
  });
  const scenarios = [base, ...variants.flatMap((v) => (v.applicable ? [v.down, v.up] : []))];
  const accs = await simulate(scenarios.map((s) => ({ scenario: s, from: 0, to: opts.runs })));
  const by = opts.by ?? { month: 12, day: 31 };
  const byDay = dayOfYearOf(by, opts.year);
  const columns = accs.map((a) => outputs(a.years[yi]!, opts.scheme.index, byDay));
  const b = columns[0]!;
  let next = 1;
  const effect = (factorBp: number): SensitivityEffect => {
    const c = columns[next++]!;
    return {
      factorBp,
      exhausted: { value: mean(c.exhausted), difference: pairedDifference(c.exhausted, b.exhausted) },
      paid: { value: mean(c.paid), difference: pairedDifference(c.paid, b.paid) },
    };
  };
  const rows: SensitivityRow[] = variants.map((v) => {
    const def = SENSITIVITY_INPUTS[v.input];
    if (!v.applicable) return { input: v.input, label: def.label, detail: def.detail, applicable: false, down: null, up: null };
    const down = effect(BP_ONE - d);
    const up = effect(BP_ONE + d);
    return { input: v.input, label: def.label, detail: def.detail, applicable: true, down, up };
  });
  const swing = (r: SensitivityRow, k: 'exhausted' | 'paid') =>
    Math.max(Math.abs(r.down?.[k].difference.mean ?? 0), Math.abs(r.up?.[k].difference.mean ?? 0));
  rows.sort((x, y) => Number(y.applicable) - Number(x.applicable) || swing(y, 'exhausted') - swing(x, 'exhausted') || swing(y, 'paid') - swing(x, 'paid'));
  let k = 0;
  for (const v of b.exhausted) k += v;
  return {
    scenario: scenario.id,
    seed: scenario.seed,
    runs: opts.runs,
    year: opts.year,
    scheme: opts.scheme.id,
    deltaBp: d,
    by,
    baseline: { exhausted: proportionInterval(k, opts.runs), paid: meanInterval(b.paid) },
    rows,
  };
}

/** Per run: 1 when the scheme's pool ran out on or before day `by`, else 0; and the money paid by all schemes. */
function outputs(acc: Accumulator, scheme: number, by: number): { exhausted: Float64Array; paid: Float64Array } {
  return {
    exhausted: acc.schemeColumn(scheme, 'exhaustionDay').map((d) => (d >= 0 && d <= by ? 1 : 0)),
    paid: acc.totalColumn('paidFen'),
  };
}

/** simple-statistics' mean (compensated summation, in index order) of per-run values. */
function mean(x: Float64Array): number {
  return ssMean(x as unknown as number[]);
}
