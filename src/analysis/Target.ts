/**
 * What `quansim solve` aims at, after parsing (parseTarget): a headline figure, a comparison and a threshold.
 *
 *   "P(exhausted before 12-31) <= 10%"  { figure: 'exhausted', by: {month: 12, day: 31}, op: '<=', bp: 1000 }
 *   "median exhaustion >= 11-30"        { figure: 'medianExhaustion', op: '>=', date: {month: 11, day: 30} }
 *   "unmet share <= 5%"                 { figure: 'unmetShare', op: '<=', bp: 500 }
 *
 * Shares are integer basis points; dates are a month and day, placed in the simulated year when evaluated.
 */

/** A month (1–12) and day of the month. */
export interface MonthDay {
  month: number;
  day: number;
}

export type Comparison = '<=' | '<' | '>=' | '>';

export type Target =
  /** P(the pool runs out on or before the end of `by`), a share of runs. */
  | { figure: 'exhausted'; by: MonthDay; op: Comparison; bp: number }
  /** The median over all runs of the exhaustion day, a run whose pool lasts the year counting as after 31 December. */
  | { figure: 'medianExhaustion'; op: Comparison; date: MonthDay }
  /** Σ unmet ÷ Σ requested over runs, all schemes together. */
  | { figure: 'unmetShare'; op: Comparison; bp: number };

/** Whether `value` satisfies `value op threshold`. */
export function compare(value: number, op: Comparison, threshold: number): boolean {
  switch (op) {
    case '<=':
      return value <= threshold;
    case '<':
      return value < threshold;
    case '>=':
      return value >= threshold;
    case '>':
      return value > threshold;
  }
}
