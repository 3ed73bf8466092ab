/**
 * The headline sentences of a report, year by year: the summary's headlines (src/stats/headlines.ts: when each
 * pool runs out, unmet demand, who pays), then the sentences that read the rest of the figures (money paid,
 * quarter by quarter exhaustion, grant per firm, the tier with the largest share, firms at the cap, subsidy rate,
 * the month with most unmet demand). Every sentence comes from headlines.ts, so the report words a figure as the
 * page and the charts do.
 */
import type { Lang } from '../i18n/Bilingual';
import {
  capShareSentence, disbursedSentence, grantPerTierSentence, headlines, quarterExhaustionSentence, subsidyRateSentence, tierShareSentence,
  unmetMonthSentence,
} from '../stats/headlines';
import type { Summary } from '../stats/Summary';

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
    const lines = [...heads.filter((h) => h.year === y.year).map((h) => h.text), ...extra].flatMap((t) => (t ? [t[lang]] : []));
    return { year: y.year, lines };
  });
}
