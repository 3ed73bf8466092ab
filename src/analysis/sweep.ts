/**
 * A grid over two variables of one scheme (pool, cap, ratio scale), each cell run on the same runs [0, runs) of
 * the same seed (common random numbers), so neighbouring cells differ by the variables and not by noise.
 *
 *   x values × y values ─▶ applyVariable twice per cell ─▶ one batch of jobs per row of y ─▶ figures per cell
 *     ─▶ table, CSV, heatmap of P(exhausted by 31 December)
 */
import type { Scenario } from '../scenario/model';
import type { Accumulator } from '../stats/Accumulator';
import { applyVariable } from './applyVariable';
import type { Estimate } from '../stats/Estimate';
import { meanInterval } from '../stats/meanInterval';
import type { Axis } from './parseAxis';
import { proportionInterval, type ProportionEstimate } from '../stats/proportionInterval';
import type { Simulator } from '../scheduler/Simulator';
import { targetEstimate } from './targetEstimate';

export interface SweepOptions {
  x: Axis;
  y: Axis;
  scheme: { id: string; index: number };
  year: number;
  runs: number;
  /** Called after each row of the grid (one y value) with the rows done and the total. */
  onRow?: (done: number, total: number) => void;
}

/** The figures of one cell. */
export interface SweepCell {
  x: number;
  y: number;
  /** P(the scheme's pool runs out on or before 31 December). */
  exhausted: ProportionEstimate;
  /** Median exhaustion day over all runs (a pool that lasts the year counts as the day after 31 December). */
  medianDay: Estimate;
  /** Money paid in the year by all schemes, fen. */
  paid: Estimate;
  /** Σ unmet ÷ Σ requested, all schemes. */
  unmetShare: Estimate;
}

export interface SweepResult {
  scenario: string;
  seed: string;
  runs: number;
  year: number;
  /** Days in the year: a median day equal to it means the pool lasts the year in at least half the runs. */
  days: number;
  scheme: string;
  x: Axis;
  y: Axis;
  /** Row-major: y outer, x inner, both ascending. */
  cells: SweepCell[];
}

/**
 * Runs the grid. Rows (one y value, every x) go to the simulator one at a time so that a large grid never
 * holds more than one row of accumulators.
 * @throws Error when both axes vary the same variable (callers validate)
 */
export async function sweep(scenario: Scenario, opts: SweepOptions, simulate: Simulator): Promise<SweepResult> {
  if (opts.x.variable === opts.y.variable) throw new Error(`both axes vary ${opts.x.variable}`);
  const yi = scenario.years.indexOf(opts.year);
  if (yi < 0) throw new Error(`year ${opts.year} is not simulated`);
  const base: Scenario = { ...scenario, runs: opts.runs };
  const cells: SweepCell[] = [];
  let days = 0;
  for (const [row, y] of opts.y.values.entries()) {
    const withY = applyVariable(base, opts.y.variable, opts.scheme.id, y);
    const jobs = opts.x.values.map((x) => ({ scenario: applyVariable(withY, opts.x.variable, opts.scheme.id, x), from: 0, to: opts.runs }));
    const accs = await simulate(jobs);
    accs.forEach((a, i) => {
      const acc = a.years[yi]!;
      days = acc.shape.days;
      cells.push({ x: opts.x.values[i]!, y, ...cellFigures(acc, opts.scheme.index) });
    });
    opts.onRow?.(row + 1, opts.y.values.length);
  }
  return {
    scenario: scenario.id,
    seed: scenario.seed,
    runs: opts.runs,
    year: opts.year,
    days,
    scheme: opts.scheme.id,
    x: opts.x,
    y: opts.y,
    cells,
  };
}

function cellFigures(acc: Accumulator, scheme: number): Omit<SweepCell, 'x' | 'y'> {
  let k = 0;
  for (const d of acc.schemeColumn(scheme, 'exhaustionDay')) if (d >= 0) k++;
  return {
    exhausted: proportionInterval(k, acc.count),
    medianDay: targetEstimate({ figure: 'medianExhaustion', op: '>=', date: { month: 1, day: 1 } }, acc, scheme),
    paid: meanInterval(acc.totalColumn('paidFen')),
    unmetShare: targetEstimate({ figure: 'unmetShare', op: '<=', bp: 0 }, acc, scheme),
  };
}
