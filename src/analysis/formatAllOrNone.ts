import Decimal from 'decimal.js';
import { allOrNoneWords as W } from '../i18n/analysisWords';
import type { Lang } from '../i18n/Bilingual';
import { proportionInterval } from '../stats/proportionInterval';

/**
 * A chance seen in no run or in every run, as a person reads it: the count of runs and the 95% Wilson bound on the
 * other side (proportionInterval), instead of "0.0% ± 0.0", whose standard error of 0 claims a certainty n runs
 * cannot give. With k = 0 the upper bound is z²/(n + z²) (0.76% for 500 runs); with k = n the lower bound is
 * n/(n + z²). The bound is shown to two significant figures of its distance from 0% (or from 100%).
 *
 * @param probability the share of runs, exactly 0 or 1 for a text (anything else: null)
 * @param runs the runs, at least 1
 * @example allOrNoneText(0, 500, 'en') // '0% (0 of 500 runs; 95% upper bound 0.76%)'
 * @example allOrNoneText(1, 500, 'zh') // '100%（500 次模拟全部；95% 下限 99.24%）'
 */
export function allOrNoneText(probability: number, runs: number, lang: Lang): string | null {
  const p = allOrNoneParts(probability, runs, lang);
  if (!p) return null;
  return W.text(p.value, p.count, p.boundName, p.bound)[lang];
}

/**
 * The pieces of allOrNoneText, for a table with a column for the interval: the value ("0%"), the count of runs
 * ("0 of 500 runs"), the bound's name and the bound ("0.76%"), and the 95% interval ("0%–0.76%").
 */
export function allOrNoneParts(probability: number, runs: number, lang: Lang): { value: string; count: string; boundName: string; bound: string; interval: string } | null {
  if (probability !== 0 && probability !== 1) return null;
  const none = probability === 0;
  const e = proportionInterval(none ? 0 : runs, runs);
  const away = new Decimal(none ? e.hi : 1 - e.lo).mul(100).toSignificantDigits(2, Decimal.ROUND_HALF_UP);
  const bound = none ? `${away.toString()}%` : `${new Decimal(100).minus(away).toString()}%`;
  const n = runs.toLocaleString('en-US');
  return {
    value: none ? '0%' : '100%',
    count: (none ? W.noneOfRuns(n) : W.allOfRuns(n))[lang],
    boundName: (none ? W.upperBound : W.lowerBound)[lang],
    bound,
    interval: none ? `0%–${bound}` : `${bound}–100%`,
  };
}

/**
 * The note after a sentence that already gives the chance ("0% of runs…"): the count and the bound, in brackets.
 * @example allOrNoneNote(0, 500, 'en') // ' (0 of 500 runs; 95% upper bound 0.76%)'
 */
export function allOrNoneNote(probability: number, runs: number, lang: Lang): string | null {
  const p = allOrNoneParts(probability, runs, lang);
  if (!p) return null;
  return W.note(p.count, p.boundName, p.bound)[lang];
}
