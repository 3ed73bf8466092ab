/**
 * The comparison tables of a report, one per year the scenarios share: the data of src/output/compareTable.ts (each
 * scenario's headline figures and its difference from the first, paired over runs when per-run values are given),
 * the same cells `quansim compare` prints as text.
 */
import type { Lang } from '../i18n/Bilingual';
import { compareData } from '../output/compareTable';
import type { PerRunHeadlines } from '../output/perRunHeadlines';
import type { Summary } from '../stats/Summary';
import type { ReportTable } from './ReportTable';
import { reportWords as W } from '../i18n/reportWords';

/**
 * @param paired each summary's per-run headline values by year (same runs and seeds), or undefined for plain differences
 * @throws Error when fewer than two summaries are given
 */
export function compareTables(summaries: readonly Summary[], lang: Lang, paired?: ReadonlyArray<readonly PerRunHeadlines[]>): ReportTable[] {
  return compareData(summaries, lang, paired).years.map((y) => ({
    id: `compare-${y.year}`,
    title: `${W.comparisonTable[lang]} (${y.year})`,
    columns: y.columns.map((c) => ({ header: c.header, align: c.align ?? 'left' })),
    rows: y.rows,
    note: paired ? W.commonRandomNumbers[lang] : W.unpairedDifferences[lang],
  }));
}
