/**
 * The words of summary.methods in the report's language. summary.json records its methods in English; a Chinese
 * report shows the Chinese text of the same method when the recorded words are the ones this quansim writes, and
 * otherwise (a summary written by another version) the recorded words, marked as quoted from the file.
 */
import type { Bilingual, Lang } from '../i18n/Bilingual';
import { methodWords as M } from '../i18n/methodWords';
import { SUB_BINS } from '../stats/LogHistogram';

const METHODS: readonly Bilingual[] = [M.quantile, M.rounding, M.histogram(String(SUB_BINS), (100 / SUB_BINS).toFixed(2)), M.means, M.monteCarlo];

/**
 * @example methodText(SUMMARY_METHODS.rounding, 'zh') // '非整数的分…'
 * @example methodText('some other words', 'zh') // '（summary.json 原文）some other words'
 */
export function methodText(recorded: string, lang: Lang): string {
  if (lang === 'en') return recorded;
  return (METHODS.find((m) => m.en === recorded) ?? M.quoted(recorded)).zh;
}
