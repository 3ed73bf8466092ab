/**
 * The Monte Carlo precision of a summary's headline figures, the report's section right after the headlines: the
 * number of runs and the method (summary.methods.monteCarlo), one table a year with each figure's estimate, its
 * standard error and its 95% interval, a sentence that reads them, and how `--runs auto` chose the number of runs.
 * A summary written before quansim recorded these errors says they are absent. Every number is read from the
 * summary; only the display rounding is done here.
 */
import { methodText } from './methodText';
import { allOrNoneNote, allOrNoneParts } from '../analysis/formatAllOrNone';
import { pct } from '../analysis/formatEstimate';
import type { Bilingual, Lang } from '../i18n/Bilingual';
import { reportBlockWords as B } from '../i18n/reportBlockWords';
import { formatShortDate } from '../stats/headlines';
import { roundHalfUp } from '../stats/roundHalfUp';
import { schemeInForce } from '../stats/schemeInForce';
import type { Convergence, DayError, MoneyError, Money, ProportionError, SchemeSummary, Summary, YearSummary } from '../stats/Summary';
import type { ReportBlock } from './ReportDocument';
import { reportMoney } from './reportMoney';
import type { ReportTable } from './ReportTable';
import { reportWords as W } from '../i18n/reportWords';
import { outputWords } from '../i18n/outputWords';

/** One row of a precision table: the figure, its estimate, `± standard error`, and the 95% interval. */
export interface PrecisionRow {
  figure: string;
  estimate: string;
  se: string;
  interval: string;
}

/**
 * The blocks of the precision section for one summary. `prefix` makes table ids unique in a comparison.
 * @example precisionBlocks(summary, 'en')[0] // {kind: 'paragraph', text: 'How precisely the 2,000 runs pin down …'}
 */
export function precisionBlocks(summary: Summary, lang: Lang, prefix = ''): ReportBlock[] {
  const years = summary.years.map((y) => ({ y, rows: precisionRows(y, lang, summary.runs) })).filter((x) => x.rows.length > 0);
  if (years.length === 0) return [{ kind: 'paragraph', text: W.precisionAbsent[lang] }];
  const blocks: ReportBlock[] = [{ kind: 'paragraph', text: intro(summary)[lang] }];
  if (summary.methods.monteCarlo) blocks.push({ kind: 'quote', text: methodText(summary.methods.monteCarlo, lang) });
  if (summary.convergence) blocks.push({ kind: 'paragraph', text: convergenceSentence(summary.convergence, summary, lang) });
  for (const { y, rows } of years) {
    blocks.push({ kind: 'table', table: precisionTable(y.year, rows, lang, prefix) });
    const read = precisionReading(y, summary.runs);
    if (read) blocks.push({ kind: 'paragraph', text: read[lang] });
  }
  return blocks;
}

/**
 * The rows of one year: for each scheme with a pool in force, P(runs out by 31 December) and its median exhaustion
 * date; then the money paid in the year by all schemes (mean, 5th and 95th percentiles). Figures the summary
 * records no error for are left out; none at all gives no rows.
 */
export function precisionRows(y: YearSummary, lang: Lang, runs: number): PrecisionRow[] {
  const colon = outputWords.labelColon[lang];
  const rows: PrecisionRow[] = [];
  for (const s of y.schemes) {
    const ex = s.exhaustion;
    if (!ex || !schemeInForce(s)) continue;
    if (ex.probabilityError) {
      // Seen in no run or in every run: the count of runs and the Wilson bound, not a standard error of 0.
      const allOrNone = allOrNoneParts(ex.probabilityByYearEnd, runs, lang);
      rows.push(allOrNone
        ? { figure: `${s.label[lang]}${colon}${W.precisionRunsOut[lang]}`, estimate: `${allOrNone.value}${outputWords.bracketed(allOrNone.count)[lang]}`, se: '—', interval: allOrNone.interval }
        : { figure: `${s.label[lang]}${colon}${W.precisionRunsOut[lang]}`, estimate: pct(ex.probabilityByYearEnd), ...shareError(ex.probabilityError, lang) });
    }
    if (ex.date && ex.medianDateError) {
      rows.push({ figure: `${s.label[lang]}${colon}${W.precisionMedianDate[lang]}`, estimate: formatShortDate(ex.date.p50.date, lang), ...dayError(ex.medianDateError, lang) });
    }
  }
  const pe = y.total.paidError;
  if (pe) {
    const paid = y.total.money.paid;
    const name = (k: 'precisionPaidMean' | 'precisionPaidP5' | 'precisionPaidP95') => `${W.precisionPaid[lang]}${colon}${W[k][lang]}`;
    rows.push(
      { figure: name('precisionPaidMean'), estimate: reportMoney(paid.mean.fen, lang), ...moneyError(pe.mean, lang) },
      { figure: name('precisionPaidP5'), estimate: reportMoney(paid.p5.fen, lang), ...moneyError(pe.p5, lang) },
      { figure: name('precisionPaidP95'), estimate: reportMoney(paid.p95.fen, lang), ...moneyError(pe.p95, lang) },
    );
  }
  return rows;
}

/**
 * The Monte Carlo error after the sentence on the chance a pool runs out, as the page words it:
 * ` (72.0% ± 3.2 pp; 95%: 65.4%–77.6%)`, or for a chance seen in no run ` (0 of 500 runs; 95% upper bound 0.76%)`;
 * null when the summary records none.
 */
export function headlineError(s: SchemeSummary, lang: Lang, runs: number): string | null {
  const e = s.exhaustion?.probabilityError;
  if (!e) return null;
  const allOrNone = allOrNoneNote(s.exhaustion!.probabilityByYearEnd, runs, lang);
  if (allOrNone) return allOrNone;
  const p = pct(s.exhaustion!.probabilityByYearEnd);
  const { se, interval } = shareError(e, lang);
  return B.precisionHeadlineError(p, se, interval)[lang];
}

function precisionTable(year: number, rows: readonly PrecisionRow[], lang: Lang, prefix: string): ReportTable {
  return {
    id: `${prefix}precision-${year}`,
    title: `${W.precisionTable[lang]} (${year})`,
    columns: [
      { header: W.precisionFigure[lang], align: 'left' },
      { header: W.precisionEstimate[lang], align: 'right', nowrap: true },
      { header: W.precisionSe[lang], align: 'right', nowrap: true },
      { header: W.precisionInterval[lang], align: 'right', nowrap: true },
    ],
    rows: rows.map((r) => [r.figure, r.estimate, r.se, r.interval]),
    note: W.precisionNote[lang],
  };
}

function shareError(e: ProportionError, lang: Lang): { se: string; interval: string } {
  return { se: `± ${B.points((e.se * 100).toFixed(1))[lang]}`, interval: `${pct(e.lo)}–${pct(e.hi)}` };
}

function dayError(e: DayError, lang: Lang): { se: string; interval: string } {
  const end = (d: DayError['lo']) => (d ? formatShortDate(d.date, lang) : '…');
  // runs that pile up on one day (a batch date) give the median a 95% interval of that day alone
  if (e.se === 0) return { se: B.precisionOneDay[lang], interval: end(e.lo) };
  return { se: e.se === null ? W.precisionTooFew[lang] : `± ${B.days(e.se.toFixed(1))[lang]}`, interval: `${end(e.lo)}–${end(e.hi)}` };
}

function moneyError(e: MoneyError, lang: Lang): { se: string; interval: string } {
  const m = (x: Money | null) => (x ? reportMoney(x.fen, lang) : '…');
  return { se: e.se === null ? W.precisionTooFew[lang] : `± ${m(e.se)}`, interval: `${m(e.lo)} – ${m(e.hi)}` };
}

/** What the section shows, for how many runs, and where the method comes from (quoted after it, as recorded). */
function intro(summary: Summary): Bilingual {
  const n = summary.runs.toLocaleString('en-US');
  const method = summary.methods.monteCarlo ? B.precisionMethodRecorded : B.precisionMethodNone(W.precisionNoMethod);
  return B.precisionIntro(n, String(summary.seed), method);
}

/**
 * The sentences that read a year's precision: the least precise probability of running out (the widest interval)
 * and what more runs would do to it; then the pools that never (or always) ran out, whose standard error is 0
 * although the interval still allows a small (or large) chance. null when no pool in force records an error.
 * @example precisionReading(year, 2000)?.en // 'With 2,000 runs, the chance that the … pool runs out by 31 Dec is 61.5% ± 1.1 pp …'
 */
export function precisionReading(y: YearSummary, runs: number): Bilingual | null {
  const pools = y.schemes.flatMap((s) => (s.exhaustion?.probabilityError && schemeInForce(s) ? [{ s, p: s.exhaustion.probabilityByYearEnd, e: s.exhaustion.probabilityError }] : []));
  if (pools.length === 0) return null;
  const n = runs.toLocaleString('en-US');
  const zh: string[] = [];
  const en: string[] = [];
  const open = pools.filter((x) => x.p > 0 && x.p < 1).sort((a, b) => b.e.hi - b.e.lo - (a.e.hi - a.e.lo));
  const widest = open[0];
  if (widest) {
    const { s, p, e } = widest;
    const se = (e.se * 100).toFixed(1);
    const more = (runs * 4).toLocaleString('en-US');
    const least = open.length > 1 ? B.precisionLeast : { zh: '', en: '' };
    const sentence = B.precisionWidest(n, s.label, pct(p), se, pct(e.lo), pct(e.hi), least, more);
    zh.push(sentence.zh);
    en.push(sentence.en);
  }
  for (const [share, words, end] of [[0, B.precisionNever, 'hi'], [1, B.precisionAlways, 'lo']] as const) {
    const these = pools.filter((x) => x.p === share);
    if (these.length === 0) continue;
    // The Wilson interval of 0 (or n) out of n is the same for every pool: one bound for all of them.
    const bound = pct(these[0]!.e[end]);
    const names = { zh: these.map((x) => x.s.label.zh).join(B.listJoin.zh), en: these.map((x) => x.s.label.en).join(B.listJoin.en) };
    const sentence = words(names, n, bound, these.length > 1);
    zh.push(sentence.zh);
    en.push(sentence.en);
  }
  return { zh: zh.join(''), en: en.join(' ') };
}

/** How `--runs auto` chose the runs: converged (every figure within its tolerance) or stopped at the maximum. */
export function convergenceSentence(c: Convergence, summary: Summary, lang: Lang): string {
  const t = c.tolerance;
  const share = (x: number) => (x * 100).toFixed(2).replace(/\.?0+$/, '');
  const runs = c.runs.toLocaleString('en-US');
  const batches = c.history.length;
  const tol = B.convergenceTolerance(share(t.probability), String(t.days), share(t.dateMinShare), share(t.paidShare))[lang];
  if (c.converged) {
    return B.convergenceReached(String(c.batch), String(batches), runs, tol)[lang];
  }
  const outside = c.checks.filter((k) => k.status === 'outside').map((k) => checkName(k, summary, lang));
  return B.convergenceNotReached(String(c.batch), runs, tol, outside.join(B.listJoinSemicolon[lang]))[lang];
}

function checkName(k: Convergence['checks'][number], summary: Summary, lang: Lang): string {
  const scheme = k.scheme ? (summary.years.find((y) => y.year === k.year)?.schemes.find((s) => s.id === k.scheme)?.label[lang] ?? k.scheme) : null;
  const figure = {
    probabilityByYearEnd: W.precisionRunsOut,
    medianExhaustionDate: W.precisionMedianDate,
    paidP5: { zh: `${W.precisionPaid.zh} ${W.precisionPaidP5.zh}`, en: `${W.precisionPaid.en}, ${W.precisionPaidP5.en}` },
    paidP95: { zh: `${W.precisionPaid.zh} ${W.precisionPaidP95.zh}`, en: `${W.precisionPaid.en}, ${W.precisionPaidP95.en}` },
  }[k.figure][lang];
  const h = k.halfWidth;
  const width = h === null
    ? '…'
    : k.figure === 'probabilityByYearEnd'
      ? B.points((h * 100).toFixed(1))[lang]
      : k.figure === 'medianExhaustionDate'
        ? B.days(String(h))[lang]
        : reportMoney(roundHalfUp(h), lang);
  const name = `${scheme ? `${scheme}${lang === 'zh' ? '' : ' '}` : ''}${figure} ${k.year}`;
  return B.halfWidth(name, width)[lang];
}
