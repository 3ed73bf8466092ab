/**
 * Money in the report's tables and text: the rule of every figure for people (src/figures formatAmount), three
 * significant figures in 万元/亿元 or million/billion yuan, the unit in every cell so a table can mix sizes. The CSVs
 * of the run (bands.csv, groups.csv, runs.csv) keep every fen.
 */
import type { Lang } from '../i18n/Bilingual';
import { formatAmount } from '../figures/formatAmount';

/**
 * @example reportMoney(21_634_512_345, 'zh') // '2.16亿元'; reportMoney(21_634_512_345, 'en') // '216 million yuan'
 */
export function reportMoney(fen: number, lang: Lang): string {
  return formatAmount(fen, lang);
}

/**
 * A difference of money for the report's tables: `+` or `−`, then the amount as reportMoney writes it.
 * @example signedReportMoney(-104_910_000.4, 'zh') // '−105万元'
 */
export function signedReportMoney(fen: number, lang: Lang): string {
  return formatAmount(fen, lang, { signed: true });
}
