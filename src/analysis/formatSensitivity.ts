import type { Lang } from '../i18n/Bilingual';
import { unitName } from '../figures/moneyInUnit';
import { textTable } from '../figures/textTable';
import type { PairedDifference } from '../stats/pairedDifference';
import { analysisLabels as L } from '../i18n/analysisLabels';
import { analysisWords, sensitivityTextWords as W } from '../i18n/analysisWords';
import { tornadoWords } from '../i18n/chartWords';
import { moneyWithInterval, shareWithInterval, signedMoney, signedPoints } from './formatEstimate';
import { monthDayText } from './formatTarget';
import type { SensitivityResult } from './sensitivity';

/** The text report of a sensitivity: the baseline, then one row per input with both moves' paired differences. */
export function formatSensitivity(r: SensitivityResult, lang: Lang): string {
  const d = `${r.deltaBp / 100}%`;
  const out: string[] = [];
  out.push(W.heading(L.sensitivity, r.scenario, String(r.year), r.scheme, d, String(r.runs), r.seed, L.crn)[lang]);
  const runsOut = tornadoWords.chanceBy(monthDayText(r.by, lang))[lang];
  out.push(W.baseline(L.baseline, runsOut, shareWithInterval(r.baseline.exhausted), unitName(lang), moneyWithInterval(r.baseline.paid, lang))[lang]);
  out.push(W.pairedNote[lang]);
  const pp = (x: PairedDifference) => `${signedPoints(x.mean)}${x.lo === null ? '' : ` [${signedPoints(x.lo)}, ${signedPoints(x.hi!)}]`}`;
  const money = (x: PairedDifference) => `${signedMoney(x.mean, lang)}${x.lo === null ? '' : ` [${signedMoney(x.lo, lang)}, ${signedMoney(x.hi!, lang)}]`}`;
  const unit = analysisWords.inUnit(unitName(lang))[lang];
  const rows = r.rows.map((row) => {
    if (!row.applicable || !row.down || !row.up) return [row.label[lang], L.notApplicable[lang], '', '', ''];
    return [row.label[lang], pp(row.down.exhausted.difference), pp(row.up.exhausted.difference), money(row.down.paid.difference), money(row.up.paid.difference)];
  });
  out.push('', textTable(
    [
      { header: L.input[lang] },
      { header: `−${d}: ${L.deltaP[lang]}`, align: 'right' },
      { header: `+${d}: ${L.deltaP[lang]}`, align: 'right' },
      { header: `−${d}: ${L.deltaPaid[lang]}${unit}`, align: 'right' },
      { header: `+${d}: ${L.deltaPaid[lang]}${unit}`, align: 'right' },
    ],
    rows,
  ));
  out.push('', ...r.rows.map((row) => `  ${row.label[lang]}${analysisWords.colon[lang]}${row.detail[lang]}`));
  return `${out.join('\n')}\n`;
}
