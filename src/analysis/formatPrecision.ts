import type { Lang } from '../i18n/Bilingual';
import { moneyInUnit, unitName } from '../figures/moneyInUnit';
import { formatShortDate } from '../stats/headlines';
import { roundHalfUp } from '../stats/roundHalfUp';
import type { Convergence, MoneyError, MoneyStats, Summary } from '../stats/Summary';
import { analysisLabels as L } from '../i18n/analysisLabels';
import { analysisWords as W } from '../i18n/analysisWords';
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
  const colon = W.colon[lang];
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
      else lines.push(`  ${s.label[lang]}${colon}${t('runsOut')} ${pct(ex.probabilityByYearEnd)} ± ${(e.se * 100).toFixed(1)}${W.ppSe[lang]} [${pct(e.lo)}, ${pct(e.hi)}]`);
      if (ex.date && ex.medianDateError) {
        const d = ex.medianDateError;
        const end = (r: typeof d.lo) => (r ? formatShortDate(r.date, lang) : '…');
        // runs that pile up on one day (a batch date) give the median a 95% interval of that day alone: say so, not "± 0.0 d"
        if (d.se === 0) lines.push(`    ${t('medianDate')} ${formatShortDate(ex.date.p50.date, lang)}${W.oneDayInterval[lang]}`);
        else {
          const se = d.se === null ? '' : ` ± ${d.se.toFixed(1)}${W.daysUnit[lang]}`;
          lines.push(`    ${t('medianDate')} ${formatShortDate(ex.date.p50.date, lang)}${se} [${end(d.lo)} – ${end(d.hi)}]`);
        }
      }
    }
    const pe = y.total.paidError;
    if (pe) {
      const m = y.total.money.paid;
      const unit = W.inUnit(unitName(lang))[lang];
      const sep = W.semicolon[lang];
      lines.push(`  ${t('paid')}${unit}${colon}${money(W.mean[lang], m.mean, pe.mean, lang)}${sep}${money('p5', m.p5, pe.p5, lang)}${sep}${money('p95', m.p95, pe.p95, lang)}`);
    }
    if (lines.length === 0) continue;
    out.push('', W.precisionHeading(t('precision'), String(y.year), String(summary.runs))[lang], ...lines);
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
  const tolNum = (x: number) => (x * 100).toFixed(2).replace(/\.?0+$/, '');
  const tolText = W.tolerance(tolNum(tol.probability), String(tol.days), tolNum(tol.paidShare))[lang];
  const runs = c.runs.toLocaleString('en-US');
  if (c.converged) return W.converged(runs, String(c.batch), tolText)[lang];
  const outside = c.checks.filter((k) => k.status === 'outside').map((k) => figureName(k, summary, lang));
  return W.notConverged(runs, tolText, { zh: outside.join(W.listSep.zh), en: outside.join(W.listSep.en) })[lang];
}

function figureName(k: Convergence['checks'][number], summary: Summary, lang: Lang): string {
  const year = summary.years.find((y) => y.year === k.year);
  const scheme = k.scheme ? (year?.schemes.find((s) => s.id === k.scheme)?.label[lang] ?? k.scheme) : '';
  const names = {
    probabilityByYearEnd: W.figureProbabilityByYearEnd,
    medianExhaustionDate: W.figureMedianExhaustionDate,
    paidP5: W.figurePaidP5,
    paidP95: W.figurePaidP95,
  } as const;
  const width = k.halfWidth === null ? '…' : k.figure === 'probabilityByYearEnd' ? pct(k.halfWidth) : k.figure === 'medianExhaustionDate' ? `${k.halfWidth}${W.daysUnit[lang]}` : moneyInUnit(roundHalfUp(k.halfWidth), lang);
  return `${scheme ? `${scheme} ` : ''}${names[k.figure][lang]} ${k.year} (±${width})`;
}
