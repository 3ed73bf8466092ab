/**
 * Monte Carlo errors and analysis values as the page shows them: "61.5% ± 1.5 pp" beside a probability, "± 2.6 d"
 * beside a date, "± 35万元" beside money, each with its 95% interval; amounts as a person types them (exactly
 * parseable, for fields and for the CLI commands the page prints).
 */
import { variableUnit, type Variable } from '../analysis/applyVariable';
import type { Lang } from '../i18n/Bilingual';
import { formatPercent } from '../figures/formatPercent';
import { formatRatio } from '../i18n/formatMoney';
import { parseAmount } from '../money/parseAmount';
import { formatMoneyShort, formatShortDate } from '../stats/headlines';
import type { DayError, MoneyError, ProportionError } from '../stats/Summary';
import { strings } from '../i18n/pageStrings';

/** A share's standard error in percentage points, one decimal: 0.0153 → `1.5`. */
export function pointsOf(se: number): string {
  return (se * 100).toFixed(1);
}

/**
 * A share as a percentage without false precision (src/figures formatPercent): one decimal only when its Monte
 * Carlo standard error `se` is below a percentage point (0.615, se 0.005 → `61.5%`), else whole (`62%`).
 */
export function pctOf(share: number, se?: number | null): string {
  return formatPercent(share, { se });
}

/** The error beside a probability: `± 1.5 pp` and `95%: 58.4%–64.5%`; null when the summary has none. */
export function shareError(e: ProportionError | undefined, lang: Lang): { se: string; interval: string } | null {
  if (!e) return null;
  return { se: strings.mcPoints(pointsOf(e.se))[lang], interval: strings.mcInterval(pctOf(e.lo, e.se), pctOf(e.hi, e.se))[lang] };
}

/** The error beside a median date: `± 2.6 d` and `95%: 12 Nov–22 Nov` (`…` for an end the runs cannot bound). */
export function dateError(e: DayError | null | undefined, lang: Lang): { se: string; interval: string } | null {
  if (!e) return null;
  const end = (d: DayError['lo']) => (d ? formatShortDate(d.date, lang) : '…');
  // runs that pile up on one day give an interval of that day alone: say so, not "± 0.0 d"
  if (e.se === 0) return { se: '', interval: strings.mcOneValue[lang] };
  return {
    se: e.se === null ? strings.mcTooFew[lang] : strings.mcDays(e.se.toFixed(1))[lang],
    interval: strings.mcInterval(end(e.lo), end(e.hi))[lang],
  };
}

/** The error beside money: `± 35.21万元` / `± 6.85 million yuan` and its interval (compact: see formatMoneyShort). */
export function moneyError(e: MoneyError | undefined, lang: Lang): { se: string; interval: string } | null {
  if (!e) return null;
  const m = (x: MoneyError['lo']) => (x ? formatMoneyShort(x, lang) : '…');
  // a quantile the same in the runs around it (a pool spent to the fen): no "± 0元"
  if (e.se !== null && e.se.fen === 0) return { se: '', interval: strings.mcOneValue[lang] };
  return {
    se: e.se === null ? strings.mcTooFew[lang] : strings.mcMoney(m(e.se))[lang],
    interval: strings.mcInterval(m(e.lo), m(e.hi))[lang],
  };
}

/**
 * An amount in fen as a person types it, exactly: in 亿 or 万 when that is exact and short (`2.5亿`, `800万`),
 * else yuan; with thousands separators in English (`250,000,000`). parseAmount reads every form back to the same fen.
 * @example amountInput(25_000_000_000, 'zh') // '2.5亿'
 */
export function amountInput(fen: number, lang: Lang): string {
  const yuan = fen / 100;
  if (lang === 'zh') {
    for (const [unit, size] of [['亿', 1e8], ['万', 1e4]] as const) {
      const text = `${yuan / size}${unit}`;
      if (yuan >= size && /^\d+(\.\d{1,4})?[万亿]$/.test(text) && parseAmount(text) === fen) return text;
    }
  }
  const whole = Math.floor(fen / 100);
  const cents = fen % 100;
  const grouped = lang === 'en' ? whole.toLocaleString('en-US') : String(whole);
  return cents === 0 ? grouped : `${grouped}.${String(cents).padStart(2, '0')}`;
}

/** A value of a variable as typed (amount for pool and cap, percentage for the ratio scale). */
export function variableInput(variable: Variable, value: number, lang: Lang): string {
  return variableUnit(variable) === 'bp' ? formatRatio(value) : amountInput(value, lang);
}
