/**
 * A figure estimated from Monte Carlo runs, with how precisely the runs pin it down: the estimate, its standard
 * error and a 95% interval, in the figure's own unit (a fraction, a day of the year, fen). An end of the interval
 * is null when the runs cannot bound that side (e.g. too few runs for an order-statistic interval); the standard
 * error is then null too.
 */
export interface Estimate {
  value: number;
  se: number | null;
  lo: number | null;
  hi: number | null;
}
