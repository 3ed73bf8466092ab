/**
 * The paired differences the page leads with: each scenario's headline figures against its baseline (an edited
 * scenario against the file as published; a compared scenario against the first), run i against run i on the
 * same seeds, with the 95% interval of the mean difference (stats/pairedDifference, as `quansim compare`).
 *
 *   job parts ──mergeAccumulatorData──▶ perRunHeadlines (per year) ──pairedDifference──▶ DifferenceRow[]
 */
import { mean as ssMean } from 'simple-statistics';
import type { Bilingual } from '../i18n/Bilingual';
import { reportWords } from '../i18n/reportWords';
import { differenceWords } from '../i18n/webWords';
import type { PerRunHeadlines } from '../output/perRunHeadlines';
import { pairedDifference, type PairedDifference } from '../stats/pairedDifference';
import type { Summary } from '../stats/Summary';

export interface DifferenceRow {
  key: string;
  label: Bilingual;
  kind: 'money' | 'share' | 'count';
  base: number;
  value: number;
  d: PairedDifference;
}

/**
 * The headline rows of `year`: money paid, unmet demand, firms refused (means) and each pooled scheme's chance of
 * running out, as `value − base` paired run by run. Empty when either summary lacks the year.
 */
export function differenceRows(
  summary: Summary, perRun: readonly PerRunHeadlines[], base: Summary, basePerRun: readonly PerRunHeadlines[], year: number,
): DifferenceRow[] {
  const yi = summary.years.findIndex((y) => y.year === year);
  const bi = base.years.findIndex((y) => y.year === year);
  const a = perRun[yi];
  const b = basePerRun[bi];
  const ys = summary.years[yi];
  if (!a || !b || !ys) return [];
  const rows: DifferenceRow[] = [];
  const add = (key: string, label: Bilingual, kind: DifferenceRow['kind']): void => {
    const x = a[key];
    const y = b[key];
    if (!x || !y || x.length !== y.length || x.length === 0) return;
    const d = pairedDifference(x, y);
    rows.push({ key, label, kind, base: mean(y), value: mean(x), d });
  };
  add('paid', reportWords.paidMean, 'money');
  add('unmet', differenceWords.unmetMean, 'money');
  add('firmsRefused', differenceWords.firmsRefusedMean, 'count');
  for (const s of ys.schemes) {
    add(`exhausted:${s.id}`, differenceWords.exhaustedByYearEnd(s.label), 'share');
  }
  return rows;
}

/** simple-statistics' mean (compensated summation, in index order) of per-run values. */
function mean(v: Float64Array): number {
  return ssMean(v as unknown as number[]);
}

/** A signed difference for reading: money short (万元/亿元, million yuan), shares in percentage points, counts to 0.1. */
export function signedText(kind: DifferenceRow['kind'], v: number, lang: 'zh' | 'en', money: (fen: number) => string): string {
  const sign = v > 0 ? '+' : v < 0 ? '−' : '±';
  const a = Math.abs(v);
  if (kind === 'share') return differenceWords.signedPoints(`${sign}${(a * 100).toFixed(1)}`)[lang];
  if (kind === 'count') return `${sign}${a.toFixed(1)}`;
  return `${sign}${money(a)}`;
}
