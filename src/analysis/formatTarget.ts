import type { Lang } from '../i18n/Bilingual';
import { targetWords } from '../i18n/analysisWords';
import { tornadoWords } from '../i18n/chartWords';
import { figureWords } from '../i18n/figureWords';
import { formatRatio } from '../i18n/formatMoney';
import { monthName } from '../i18n/headlineWords';
import type { MonthDay, Target } from './Target';
const OPS = { '<=': '≤', '<': '<', '>=': '≥', '>': '>' } as const;

/** `31 Dec` / `12月31日`. */
export function monthDayText(md: MonthDay, lang: Lang): string {
  return figureWords.dayOfMonth(monthName(md.month), String(md.day))[lang];
}

/**
 * A target as people read it.
 * @example formatTarget(parseTarget('P(exhausted before 12-31) <= 10%'), 'en') // 'P(runs out by 31 Dec) ≤ 10%'
 */
export function formatTarget(t: Target, lang: Lang): string {
  const op = OPS[t.op];
  switch (t.figure) {
    case 'exhausted':
      return `${tornadoWords.chanceBy(monthDayText(t.by, lang))[lang]} ${op} ${formatRatio(t.bp)}`;
    case 'medianExhaustion':
      return `${targetWords.medianExhaustionDate[lang]} ${op} ${monthDayText(t.date, lang)}`;
    case 'unmetShare':
      return `${targetWords.unmetShare[lang]} ${op} ${formatRatio(t.bp)}`;
  }
}
