/**
 * Goal seek: the smallest pool, or the largest cap or ratio scale, of one scheme that meets a target such as
 * "P(exhausted before 12-31) <= 10%", with the uncertainty of the answer.
 *
 *   grid lo, lo + r, …, hi (r = resolution) ─▶ evaluate both ends ─▶ bisection on the grid ─▶ answer
 *     └▶ two more bisections where the pessimistic and the optimistic end of the figure's 95% interval cross the
 *        target ─▶ the range of values the runs cannot tell apart from the answer
 *
 * Every evaluation runs the same runs [0, runs) of the same seed (common random numbers), so two grid points
 * differ only by the variable, not by noise. Under FCFS, a larger pool never makes a run's pool run out earlier,
 * so P(exhausted) is monotone in the pool run by run; caps and ratios, batch mechanisms and lotteries need not be.
 * Bisection assumes monotonicity; the evaluated points are checked afterwards and any point out of order is
 * reported (the answer is then a crossing of the target, not necessarily the smallest or largest one).
 */
import type { Scenario } from '../scenario/model';
import { applyVariable, type Variable } from './applyVariable';
import type { Estimate } from '../stats/Estimate';
import type { Simulator } from '../scheduler/Simulator';
import type { Target } from './Target';
import { meetsTarget, targetEstimate } from './targetEstimate';

/** The ends of the answer's uncertainty are found to within this share of the answer (or the resolution). */
export const UNCERTAINTY_SHARE = 0.01;

export interface SolveOptions {
  variable: Variable;
  target: Target;
  /** The scheme whose variable is set and whose pool the exhaustion figures follow. */
  scheme: { id: string; index: number };
  year: number;
  /** Search range [lo, hi] in fen (pool, cap) or bp (ratio), lo < hi. */
  range: [number, number];
  /** Grid step, same unit. */
  resolution: number;
  /** Runs per evaluation (runs 0 … runs − 1 of the scenario's seed). */
  runs: number;
  /** Called after each evaluation. */
  onPoint?: (p: SolvePoint, evaluations: number) => void;
}

/** One evaluated value of the variable. */
export interface SolvePoint {
  x: number;
  estimate: Estimate;
  /** The estimate meets the target. */
  meets: boolean;
  /** The pessimistic end of its 95% interval meets the target. */
  meetsPessimistic: boolean;
  /** The optimistic end meets it. */
  meetsOptimistic: boolean;
}

export interface SolveResult {
  variable: Variable;
  target: Target;
  scheme: string;
  year: number;
  runs: number;
  seed: string;
  range: [number, number];
  resolution: number;
  /**
   * found: the target is met on one side of the answer and not on the other; whole-range: met everywhere in the
   * range (the answer is the range end preferred: lo for a pool, hi for a cap or ratio); none: met nowhere.
   */
  status: 'found' | 'whole-range' | 'none';
  /** The value found (on the grid), or null when status is none. */
  answer: number | null;
  /** above: values ≥ answer meet the target (a pool); below: values ≤ answer meet it (a cap, a ratio). */
  side: 'above' | 'below' | null;
  /**
   * Where the 95% interval of the figure crosses the target: `pessimistic` is the value on the safe side of the
   * answer where even the interval's pessimistic end meets the target (null: not within the range), `optimistic`
   * the value on the other side where only its optimistic end does. Values between them cannot be told apart
   * from the answer with these runs. Found to within 1% of the answer (UNCERTAINTY_SHARE) or the resolution, each
   * rounded away from the answer on the safe side and towards it on the other. null on the safe side when even the
   * end of the range does not meet the target pessimistically; null on the other side when the whole range meets it.
   */
  uncertainty: { optimistic: number | null; pessimistic: number | null };
  /** Every evaluated point, by value. */
  points: SolvePoint[];
  /** False when the evaluated figure is not monotone in the variable (see the file comment). */
  monotone: boolean;
}

/**
 * An index within `step` of the boundary, on the side where `ok` holds, given ok(at(good)) and !ok(at(bad)).
 */
async function bisectIndex(
  at: (i: number) => Promise<SolvePoint>, good: number, bad: number, ok: (p: SolvePoint) => boolean, step: number,
): Promise<number> {
  while (Math.abs(good - bad) > step) {
    const mid = Math.floor((good + bad) / 2);
    if (ok(await at(mid))) good = mid;
    else bad = mid;
  }
  return good;
}

/**
 * Finds the boundary of the values of `opts.variable` that meet `opts.target`.
 * @param scenario the scenario (its seed is used; its runs are replaced by opts.runs)
 * @throws Error on a bad range or resolution (callers validate user input)
 */
export async function solve(scenario: Scenario, opts: SolveOptions, simulate: Simulator): Promise<SolveResult> {
  const [lo, hi] = opts.range;
  const res = opts.resolution;
  if (!(Number.isSafeInteger(lo) && Number.isSafeInteger(hi) && lo >= 0 && lo < hi)) throw new Error(`bad solve range ${lo}..${hi}`);
  if (!(Number.isSafeInteger(res) && res > 0)) throw new Error(`bad resolution ${res}`);
  const last = Math.ceil((hi - lo) / res);
  const xOf = (i: number): number => (i >= last ? hi : lo + i * res);
  const base: Scenario = { ...scenario, runs: opts.runs };
  const yi = scenario.years.indexOf(opts.year);
  if (yi < 0) throw new Error(`year ${opts.year} is not simulated`);
  const cache = new Map<number, SolvePoint>();

  const at = async (i: number): Promise<SolvePoint> => {
    const hit = cache.get(i);
    if (hit) return hit;
    const x = xOf(i);
    const s = applyVariable(base, opts.variable, opts.scheme.id, x);
    const [acc] = await simulate([{ scenario: s, from: 0, to: opts.runs }]);
    const estimate = targetEstimate(opts.target, acc!.years[yi]!, opts.scheme.index);
    const m = meetsTarget(opts.target, estimate, opts.year);
    const p: SolvePoint = { x, estimate, meets: m.value, meetsPessimistic: m.pessimistic, meetsOptimistic: m.optimistic };
    cache.set(i, p);
    opts.onPoint?.(p, cache.size);
    return p;
  };

  const bisect = (good: number, bad: number, ok: (p: SolvePoint) => boolean, step = 1) => bisectIndex(at, good, bad, ok, step);

  const first = await at(0);
  const end = await at(last);
  const preferLow = opts.variable === 'pool';
  let status: SolveResult['status'];
  let answer: number | null = null;
  let side: SolveResult['side'] = null;
  const uncertainty: SolveResult['uncertainty'] = { optimistic: null, pessimistic: null };
  if (!first.meets && !end.meets) {
    status = 'none';
  } else {
    let iAns: number;
    let goodEnd: number;
    let badEnd: number | null;
    if (first.meets && end.meets) {
      status = 'whole-range';
      iAns = preferLow ? 0 : last;
      goodEnd = preferLow ? last : 0;
      badEnd = null;
    } else {
      status = 'found';
      goodEnd = first.meets ? 0 : last;
      badEnd = first.meets ? last : 0;
      iAns = await bisect(goodEnd, badEnd, (p) => p.meets);
    }
    side = goodEnd > iAns || (goodEnd === iAns && iAns === last) ? 'above' : 'below';
    answer = xOf(iAns);
    // The ends of the uncertainty are noisy themselves: 1% of the answer is close enough for them.
    const step = Math.max(1, Math.floor((answer * UNCERTAINTY_SHARE) / res));
    // Pessimistic: from the answer towards the end of the range where the target is met.
    if ((await at(iAns)).meetsPessimistic) uncertainty.pessimistic = answer;
    else if ((await at(goodEnd)).meetsPessimistic) uncertainty.pessimistic = xOf(await bisect(goodEnd, iAns, (p) => p.meetsPessimistic, step));
    // Optimistic: from the answer towards the other end; the range end when even that end meets optimistically.
    if (badEnd !== null) {
      uncertainty.optimistic = (await at(badEnd)).meetsOptimistic ? xOf(badEnd) : xOf(await bisect(iAns, badEnd, (p) => p.meetsOptimistic, step));
    }
  }
  const points = [...cache.values()].sort((a, b) => a.x - b.x);
  return {
    variable: opts.variable,
    target: opts.target,
    scheme: opts.scheme.id,
    year: opts.year,
    runs: opts.runs,
    seed: scenario.seed,
    range: [lo, hi],
    resolution: res,
    status,
    answer,
    side,
    uncertainty,
    points,
    monotone: isMonotone(points),
  };
}

/** Whether the estimates never go up and down along x (ties allowed). */
function isMonotone(points: readonly SolvePoint[]): boolean {
  let up = false;
  let down = false;
  for (let i = 1; i < points.length; i++) {
    const d = points[i]!.estimate.value - points[i - 1]!.estimate.value;
    if (d > 0) up = true;
    if (d < 0) down = true;
  }
  return !(up && down);
}
