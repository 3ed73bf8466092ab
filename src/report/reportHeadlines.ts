/**
 * The headline sentences of a report, year by year: the summary's headlines (src/stats/headlines.ts: when each
 * pool runs out, unmet demand, who pays), then the sentences that read the rest of the figures (money paid,
 * quarter by quarter exhaustion, grant per firm, the tier with the largest share, firms at the cap, subsidy rate,
 * the month with most unmet demand). Every sentence comes from headlines.ts, so the report words a figure as the
 * page and the charts do. The sentence on the chance a pool runs out carries its Monte Carlo error, as on the page;
 * the precision section after the headlines gives the others (src/report/precisionBlocks.ts).
 */
import type { Bilingual, Lang } from '../i18n/Bilingual';
import {
  capShareSentence, disbursedSentence, exhaustionProbabilitySentence, grantPerTierSentence, headlines, quarterExhaustionSentence, subsidyRateSentence, tierShareSentence,
  unmetMonthSentence,
} from '../stats/headlines';
import type { Summary, YearSummary } from '../stats/Summary';
import { headlineError } from './precisionBlocks';

/** The sentences of each simulated year of `summary`, in `lang`. */
export function reportHeadlines(summary: Summary, lang: Lang): Array<{ year: number; lines: string[] }> {
  const heads = headlines(summary);
  return summary.years.map((y) => {
    const extra = [
      ...y.schemes.flatMap((_, i) => [disbursedSentence(y, i), quarterExhaustionSentence(y, i)]),
      grantPerTierSentence(y),
      tierShareSentence(y),
      capShareSentence(y),
      subsidyRateSentence(y),
      unmetMonthSentence(y),
    ];
    const lines = [
      ...heads.filter((h) => h.year === y.year).map((h) => `${h.text[lang]}${errorOf(y, h, lang, summary.runs)}`),
      ...extra.flatMap((t) => (t ? [t[lang]] : [])),
    ];
    return { year: y.year, lines };
  });
}

/** The Monte Carlo error to put after a headline: only after the sentence on the chance the scheme's pool runs out. */
function errorOf(y: YearSummary, h: { scheme: string | null; text: Bilingual }, lang: Lang, runs: number): string {
  if (h.scheme === null) return '';
  const sentence = exhaustionProbabilitySentence(y, h.scheme);
  const s = y.schemes.find((x) => x.id === h.scheme);
  if (!sentence || !s || sentence[lang] !== h.text[lang]) return '';
  return headlineError(s, lang, runs) ?? '';
}
