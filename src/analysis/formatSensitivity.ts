import type { Lang } from '../i18n/Bilingual';
import { unitName } from '../figures/moneyInUnit';
import { textTable } from '../figures/textTable';
import type { PairedDifference } from '../stats/pairedDifference';
import { analysisLabels as L } from '../i18n/analysisLabels';
import { moneyWithInterval, shareWithInterval, signedMoney, signedPoints } from './formatEstimate';
import { monthDayText } from './formatTarget';
import type { SensitivityResult } from './sensitivity';

/** The text report of a sensitivity: the baseline, then one row per input with both moves' paired differences. */
export function formatSensitivity(r: SensitivityResult, lang: Lang): string {
  const zh = lang === 'zh';
  const d = `${r.deltaBp / 100}%`;
  const out: string[] = [];
  out.push(zh
    ? `${L.sensitivity.zh}：${r.scenario}（${r.year}年，资金池 ${r.scheme}），各输入分别变动 ±${d}，${r.runs} 次模拟，随机种子 ${r.seed}，${L.crn.zh}`
    : `${L.sensitivity.en} of ${r.scenario} (${r.year}, pool of ${r.scheme}): each input moved by ±${d} alone, ${r.runs} runs, seed ${r.seed}, ${L.crn.en}`);
  const runsOut = zh ? `${monthDayText(r.by, lang)}前用完的概率` : `P(runs out by ${monthDayText(r.by, lang)})`;
  out.push(`${L.baseline[lang]}${zh ? '：' : ': '}${runsOut} ${shareWithInterval(r.baseline.exhausted)}${zh ? '；' : '; '}${zh ? `全年支付均值（${unitName(lang)}）` : `money paid, mean (${unitName(lang)})`} ${moneyWithInterval(r.baseline.paid, lang)}`);
  out.push(zh ? '差值为配对差（同一批模拟）的均值及其95%区间。' : 'Differences are mean paired differences (same runs) with 95% intervals.');
  const pp = (x: PairedDifference) => `${signedPoints(x.mean)}${x.lo === null ? '' : ` [${signedPoints(x.lo)}, ${signedPoints(x.hi!)}]`}`;
  const money = (x: PairedDifference) => `${signedMoney(x.mean, lang)}${x.lo === null ? '' : ` [${signedMoney(x.lo, lang)}, ${signedMoney(x.hi!, lang)}]`}`;
  const unit = zh ? `（${unitName(lang)}）` : ` (${unitName(lang)})`;
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
  out.push('', ...r.rows.map((row) => `  ${row.label[lang]}${zh ? '：' : ': '}${row.detail[lang]}`));
  return `${out.join('\n')}\n`;
}
