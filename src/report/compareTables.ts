/**
 * The comparison tables of a report, one per year the scenarios share: src/output/compareTable.ts's table (each
 * scenario's headline figures and its difference from the first, paired over runs when per-run values are given),
 * read back into cells so the report and `quansim compare` show the same figures.
 */
import type { Lang } from '../i18n/Bilingual';
import { compareTable } from '../output/compareTable';
import type { PerRunHeadlines } from '../output/perRunHeadlines';
import type { Summary } from '../stats/Summary';
import { parseTextTable } from './parseTextTable';
import type { ReportTable } from './ReportTable';
import { reportWords as W } from './reportWords';

/**
 * @param paired each summary's per-run headline values by year (same runs and seeds), or undefined for plain differences
 * @throws Error when fewer than two summaries are given
 */
export function compareTables(summaries: readonly Summary[], lang: Lang, paired?: ReadonlyArray<readonly PerRunHeadlines[]>): ReportTable[] {
  const lines = compareTable(summaries, lang, paired).split('\n');
  const out: ReportTable[] = [];
  lines.forEach((line, i) => {
    const year = /^== .*?(\d{4}) ==$/.exec(line)?.[1];
    if (year === undefined) return;
    const end = lines.findIndex((l, j) => j > i && l.trim() === '');
    const { columns, rows } = parseTextTable(lines.slice(i + 1, end < 0 ? undefined : end));
    out.push({
      id: `compare-${year}`,
      title: `${W.comparisonTable[lang]} (${year})`,
      columns,
      rows,
      note: paired ? W.commonRandomNumbers[lang] : W.unpairedDifferences[lang],
    });
  });
  return out;
}
