import type { Lang } from '../i18n/Bilingual';
import { figureWords } from '../i18n/figureWords';
import { monthName } from '../i18n/headlineWords';

/**
 * A day as people write it (`11月14日` / `14 Nov`); the year is the year on screen, so it is left out.
 * @param iso a date `YYYY-MM-DD`
 * @example formatDate('2025-11-14', 'zh') // '11月14日'
 * @example formatDate('2025-11-14', 'en') // '14 Nov'
 */
export function formatDate(iso: string, lang: Lang): string {
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  return figureWords.dayOfMonth(monthName(m), String(d))[lang];
}
