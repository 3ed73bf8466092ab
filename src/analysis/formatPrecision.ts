import type { Lang } from '../i18n/Bilingual';
import { moneyInUnit, unitName } from '../figures/moneyInUnit';
import { formatShortDate } from '../stats/headlines';
import { roundHalfUp } from '../stats/roundHalfUp';
import type { Convergence, MoneyError, MoneyStats, Summary } from '../stats/Summary';
import { analysisLabels as L } from '../i18n/analysisLabels';
import { allOrNoneText } from './formatAllOrNone';
import { pct } from './formatEstimate';
import { schemeInForce } from '../stats/schemeInForce';

/**
 * The Monte Carlo precision block of the text report (appended by `quansim run`): for each year, each pool's
 * P(runs out by 31 December) with its standard error and 95% interval, the median exhaustion date with its
 * interval, and the money paid (mean, 5th and 95th percentiles) with theirs; then, after `--runs auto`, how the
 * number of runs was chosen. Empty when the summary carries no errors (written before they existed).
 */
export function formatPrecision(summary: Summary, lang: Lang): string {
  const t = (k: keyof typeof L) => L[k][lang];
  const colon = lang === 'zh' ? '：' : ': ';
  const out: string[] = [];
  for (const y of summary.years) {
    const lines: string[] = [];
    for (const s of y.schemes) {
      const ex = s.exhaustion;
      if (!ex?.probabilityError) continue;
      const e = ex.probabilityError;
      // A scheme not in force this year has no pool to run out; a chance seen in no run or in all has no spread.
      if (!schemeInForce(s)) {
        lines.push(`  ${s.label[lang]}${colon}${t('notInForce')}`);
        continue;
      }
      const allOrNone = allOrNoneText(ex.probabilityByYearEnd, summary.runs, lang);
      if (allOrNone) lines.push(`  ${s.label[lang]}${colon}${t('runsOut')} ${allOrNone}`);
      else lines.push(`  ${s.label[lang]}${colon}${t('runsOut')} ${pct(ex.probabilityByYearEnd)} ± ${(e.se * 100).toFixed(1)}${lang === 'zh' ? '个百分点' : ' pp'}${lang === 'zh' ? '（标准误）' : ' (SE)'} [${pct(e.lo)}, ${pct(e.hi)}]`);
      if (ex.date && ex.medianDateError) {
        const d = ex.medianDateError;
        const end = (r: typeof d.lo) => (r ? formatShortDate(r.date, lang) : '…');
        // runs that pile up on one day (a batch date) give the median a 95% interval of that day alone: say so, not "± 0.0 d"
        if (d.se === 0) lines.push(`    ${t('medianDate')} ${formatShortDate(ex.date.p50.date, lang)}${lang === 'zh' ? '（95% 区间只有这一天）' : ' (its 95% interval is this one day)'}`);
        else {
          const se = d.se === null ? '' : ` ± ${d.se.toFixed(1)}${lang === 'zh' ? '天' : ' d'}`;
          lines.push(`    ${t('medianDate')} ${formatShortDate(ex.date.p50.date, lang)}${se} [${end(d.lo)} – ${end(d.hi)}]`);
        }
      }
    }
    const pe = y.total.paidError;
    if (pe) {
      const m = y.total.money.paid;
      const unit = lang === 'zh' ? `（${unitName(lang)}）` : ` (${unitName(lang)})`;
      const sep = lang === 'zh' ? '；' : '; ';
      lines.push(`  ${t('paid')}${unit}${colon}${money(lang === 'zh' ? '均值' : 'mean', m.mean, pe.mean, lang)}${sep}${money('p5', m.p5, pe.p5, lang)}${sep}${money('p95', m.p95, pe.p95, lang)}`);
    }
    if (lines.length === 0) continue;
    out.push('', lang === 'zh' ? `${t('precision')}：${y.year}年，${summary.runs}次模拟` : `${t('precision')}: ${y.year}, ${summary.runs} runs`, ...lines);
  }
  if (summary.convergence) out.push('', convergenceLine(summary.convergence, summary, lang));
  return out.length === 0 ? '' : `${out.join('\n')}\n`;
}

function money(label: string, value: MoneyStats['mean'], e: MoneyError, lang: Lang): string {
  const m = (x: { fen: number } | null) => (x ? moneyInUnit(x.fen, lang) : '…');
  return `${label} ${m(value)} [${m(e.lo)}, ${m(e.hi)}]`;
}

/** "Converged after 8,500 runs (batches of 500): every headline figure within its tolerance (±1 pp, ±3 d, ±1%)". */
function convergenceLine(c: Convergence, summary: Summary, lang: Lang): string {
  const tol = c.tolerance;
  const tolText = lang === 'zh'
    ? `概率±${(tol.probability * 100).toFixed(2).replace(/\.?0+$/, '')}个百分点，日期±${tol.days}天，支付分位数±资金池的${(tol.paidShare * 100).toFixed(2).replace(/\.?0+$/, '')}%`
    : `probability ±${(tol.probability * 100).toFixed(2).replace(/\.?0+$/, '')} pp, date ±${tol.days} d, paid quantiles ±${(tol.paidShare * 100).toFixed(2).replace(/\.?0+$/, '')}% of the pool`;
  const runs = c.runs.toLocaleString('en-US');
  if (c.converged) {
    return lang === 'zh'
      ? `已收敛：${runs} 次模拟（每批 ${c.batch} 次）后所有要点数字均在容差内（95%：${tolText}）`
      : `Converged after ${runs} runs (batches of ${c.batch}): every headline figure within tolerance (95%: ${tolText})`;
  }
  const outside = c.checks.filter((k) => k.status === 'outside').map((k) => figureName(k, summary, lang));
  return lang === 'zh'
    ? `未收敛：已达上限 ${runs} 次模拟，仍超出容差（${tolText}）的数字：${outside.join('、')}`
    : `Not converged: reached the limit of ${runs} runs with figures still outside tolerance (${tolText}): ${outside.join(', ')}`;
}

function figureName(k: Convergence['checks'][number], summary: Summary, lang: Lang): string {
  const year = summary.years.find((y) => y.year === k.year);
  const scheme = k.scheme ? (year?.schemes.find((s) => s.id === k.scheme)?.label[lang] ?? k.scheme) : '';
  const names = {
    probabilityByYearEnd: { zh: '年内用完概率', en: 'P(runs out by 31 Dec)' },
    medianExhaustionDate: { zh: '用完日期中位数', en: 'median date it runs out' },
    paidP5: { zh: '全年支付 p5', en: 'money paid p5' },
    paidP95: { zh: '全年支付 p95', en: 'money paid p95' },
  } as const;
  const width = k.halfWidth === null ? '…' : k.figure === 'probabilityByYearEnd' ? pct(k.halfWidth) : k.figure === 'medianExhaustionDate' ? `${k.halfWidth}${lang === 'zh' ? '天' : ' d'}` : moneyInUnit(roundHalfUp(k.halfWidth), lang);
  return `${scheme ? `${scheme} ` : ''}${names[k.figure][lang]} ${k.year} (±${width})`;
}
