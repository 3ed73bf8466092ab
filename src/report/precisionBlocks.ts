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
import { formatShortDate } from '../stats/headlines';
import { roundHalfUp } from '../stats/roundHalfUp';
import { schemeInForce } from '../stats/schemeInForce';
import type { Convergence, DayError, MoneyError, Money, ProportionError, SchemeSummary, Summary, YearSummary } from '../stats/Summary';
import type { ReportBlock } from './ReportDocument';
import { reportMoney } from './reportMoney';
import type { ReportTable } from './ReportTable';
import { reportWords as W } from '../i18n/reportWords';

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
  const colon = lang === 'zh' ? '：' : ': ';
  const rows: PrecisionRow[] = [];
  for (const s of y.schemes) {
    const ex = s.exhaustion;
    if (!ex || !schemeInForce(s)) continue;
    if (ex.probabilityError) {
      // Seen in no run or in every run: the count of runs and the Wilson bound, not a standard error of 0.
      const allOrNone = allOrNoneParts(ex.probabilityByYearEnd, runs, lang);
      rows.push(allOrNone
        ? { figure: `${s.label[lang]}${colon}${W.precisionRunsOut[lang]}`, estimate: lang === 'zh' ? `${allOrNone.value}（${allOrNone.count}）` : `${allOrNone.value} (${allOrNone.count})`, se: '—', interval: allOrNone.interval }
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
  return lang === 'zh' ? `（${p} ${se}，95% 区间 ${interval}）` : ` (${p} ${se}; 95%: ${interval})`;
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
  return { se: `± ${(e.se * 100).toFixed(1)}${lang === 'zh' ? ' 个百分点' : ' pp'}`, interval: `${pct(e.lo)}–${pct(e.hi)}` };
}

function dayError(e: DayError, lang: Lang): { se: string; interval: string } {
  const end = (d: DayError['lo']) => (d ? formatShortDate(d.date, lang) : '…');
  // runs that pile up on one day (a batch date) give the median a 95% interval of that day alone
  if (e.se === 0) return { se: lang === 'zh' ? '区间只有这一天' : 'the interval is one day', interval: end(e.lo) };
  return { se: e.se === null ? W.precisionTooFew[lang] : `± ${e.se.toFixed(1)}${lang === 'zh' ? ' 天' : ' d'}`, interval: `${end(e.lo)}–${end(e.hi)}` };
}

function moneyError(e: MoneyError, lang: Lang): { se: string; interval: string } {
  const m = (x: Money | null) => (x ? reportMoney(x.fen, lang) : '…');
  return { se: e.se === null ? W.precisionTooFew[lang] : `± ${m(e.se)}`, interval: `${m(e.lo)} – ${m(e.hi)}` };
}

/** What the section shows, for how many runs, and where the method comes from (quoted after it, as recorded). */
function intro(summary: Summary): Bilingual {
  const n = summary.runs.toLocaleString('en-US');
  const method = summary.methods.monteCarlo
    ? { zh: '方法（summary.json 的 methods.monteCarlo）：', en: 'The method, as the summary.json records it (methods.monteCarlo):' }
    : { zh: `方法：${W.precisionNoMethod.zh}。`, en: `The method: ${W.precisionNoMethod.en}.` };
  return {
    zh: `${n} 次模拟（随机种子 ${summary.seed}）对每个要点数字的确定程度：估计值、蒙特卡洛标准误（± 后的数字：换一个随机种子重复同样次数的模拟，这个数字通常会变动这么多）及其 95% 区间。${method.zh}`,
    en: `How precisely the ${n} runs (seed ${summary.seed}) pin down each headline figure: the estimate, its Monte Carlo standard error (after ±: how much the figure typically moves if the same number of runs is repeated with another seed) and its 95% interval. ${method.en}`,
  };
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
    const least = open.length > 1 ? { zh: '，是这些概率中最不精确的', en: ', the least precise of these chances' } : { zh: '', en: '' };
    zh.push(`${n} 次模拟下，${s.label.zh}资金池在12月31日前用完的概率为 ${pct(p)} ± ${se} 个百分点（95% 区间 ${pct(e.lo)}–${pct(e.hi)}）${least.zh}；标准误随模拟次数的平方根减小，${more} 次模拟可使其减半。`);
    en.push(`With ${n} runs, the chance that the ${s.label.en} pool runs out by 31 Dec is ${pct(p)} ± ${se} pp (95%: ${pct(e.lo)}–${pct(e.hi)})${least.en}; the standard error falls with the square root of the runs, so ${more} runs would halve it.`);
  }
  for (const [share, zhWord, enWord, end] of [[0, '从未用完', 'never ran out', 'hi'], [1, '每次都用完', 'ran out every time', 'lo']] as const) {
    const these = pools.filter((x) => x.p === share);
    if (these.length === 0) continue;
    // The Wilson interval of 0 (or n) out of n is the same for every pool: one bound for all of them.
    const bound = pct(these[0]!.e[end]);
    const names = { zh: these.map((x) => x.s.label.zh).join('、'), en: these.map((x) => x.s.label.en).join(', ') };
    zh.push(`${names.zh}资金池在 ${n} 次模拟中${zhWord}：标准误为 0，但 95% 区间仍容许${share === 0 ? `高达 ${bound}` : `低至 ${bound}`}的用完概率。`);
    en.push(`The ${names.en} pool${these.length > 1 ? 's' : ''} ${enWord} in the ${n} runs: the standard error is 0, but the 95% interval still allows a chance ${share === 0 ? `of up to ${bound}` : `as low as ${bound}`}.`);
  }
  return { zh: zh.join(''), en: en.join(' ') };
}

/** How `--runs auto` chose the runs: converged (every figure within its tolerance) or stopped at the maximum. */
export function convergenceSentence(c: Convergence, summary: Summary, lang: Lang): string {
  const t = c.tolerance;
  const share = (x: number) => (x * 100).toFixed(2).replace(/\.?0+$/, '');
  const runs = c.runs.toLocaleString('en-US');
  const batches = c.history.length;
  const tol = lang === 'zh'
    ? `用完概率 ±${share(t.probability)} 个百分点，用完日期中位数 ±${t.days} 天（仅当资金池在至少 ${share(t.dateMinShare)}% 的模拟中用完时检查），全年支付的 5%、95% 分位数 ±资金池的 ${share(t.paidShare)}%`
    : `probability ±${share(t.probability)} pp, median exhaustion date ±${t.days} d (checked only where the pool runs out in at least ${share(t.dateMinShare)}% of runs), money paid p5 and p95 ±${share(t.paidShare)}% of the pool`;
  if (c.converged) {
    return lang === 'zh'
      ? `模拟次数由 --runs auto 决定：按每批 ${c.batch} 次追加，${batches} 批、${runs} 次模拟后已收敛，每个要点数字的 95% 区间半宽都在容差之内（${tol}）。`
      : `The number of runs was chosen by --runs auto: batches of ${c.batch} runs were added until it converged after ${runs} runs (${batches} batches), with the 95% interval of every headline figure within its tolerance (${tol}).`;
  }
  const outside = c.checks.filter((k) => k.status === 'outside').map((k) => checkName(k, summary, lang));
  return lang === 'zh'
    ? `模拟次数由 --runs auto 决定：按每批 ${c.batch} 次追加，已达上限 ${runs} 次仍未收敛（容差：${tol}）；仍超出容差的数字：${outside.join('、')}。`
    : `The number of runs was chosen by --runs auto: batches of ${c.batch} runs were added up to the maximum of ${runs} without converging (tolerances: ${tol}); still outside: ${outside.join('; ')}.`;
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
      ? `${(h * 100).toFixed(1)}${lang === 'zh' ? ' 个百分点' : ' pp'}`
      : k.figure === 'medianExhaustionDate'
        ? `${h}${lang === 'zh' ? ' 天' : ' d'}`
        : reportMoney(roundHalfUp(h), lang);
  const name = `${scheme ? `${scheme}${lang === 'zh' ? '' : ' '}` : ''}${figure} ${k.year}`;
  return lang === 'zh' ? `${name}（半宽 ${width}）` : `${name} (half-width ${width})`;
}
