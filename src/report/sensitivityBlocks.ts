/**
 * The sensitivity section of a report (`quansim report --sensitivity`): the method in a sentence, the two tornado
 * charts (src/charts/tornado.ts), the table of paired effects with their 95% intervals, the command that
 * reproduces it, and last the sentences that read it. Every number comes from the SensitivityResult.
 *
 *   SensitivityResult ─▶ method ─▶ tornado (P, money paid) ─▶ effects table ─▶ command ─▶ reading
 */
import { pct, signedPoints } from '../analysis/formatEstimate';
import { monthDayText } from '../analysis/formatTarget';
import type { SensitivityEffect, SensitivityResult, SensitivityRow } from '../analysis/sensitivity';
import { tornado } from '../charts/tornado';
import type { Bilingual, Lang } from '../i18n/Bilingual';
import { formatMoneyShort } from '../stats/headlines';
import type { PairedDifference } from '../stats/pairedDifference';
import { roundHalfUp } from '../stats/roundHalfUp';
import type { ReportBlock } from './ReportDocument';
import { reportChart } from './reportCharts';
import { signedReportMoney } from './reportMoney';
import type { ReportTable } from './ReportTable';
import { reportWords as W } from '../i18n/reportWords';

/**
 * @param scheme the followed scheme's label (null: the result's scheme id is shown)
 * @param width width of the charts' panels (the builder's default when absent)
 */
export function sensitivityBlocks(a: { result: SensitivityResult; command: string }, lang: Lang, scheme: Bilingual | null, width?: number): ReportBlock[] {
  const r = a.result;
  const opts = { ...(width === undefined ? {} : { width }), ...(scheme ? { schemeLabel: scheme } : {}) };
  return [
    { kind: 'paragraph', text: method(r, lang, scheme) },
    { kind: 'chart', chart: reportChart('tornado-exhausted', r.year, tornado(r, lang, { metric: 'exhausted', ...opts })) },
    { kind: 'chart', chart: reportChart('tornado-paid', r.year, tornado(r, lang, { metric: 'paid', ...opts })) },
    { kind: 'table', table: sensitivityTable(r, lang) },
    { kind: 'paragraph', text: W.analysisCommand[lang] },
    { kind: 'code', text: a.command },
    { kind: 'paragraph', text: sensitivityReading(r, lang, scheme) },
  ];
}

/** The effects table: one row per input, both moves' paired differences of P (pp) and of the money paid, with intervals. */
export function sensitivityTable(r: SensitivityResult, lang: Lang): ReportTable {
  const d = `${r.deltaBp / 100}%`;
  const pp = (x: PairedDifference) => `${signedPoints(x.mean)}${x.lo === null ? '' : `\n[${signedPoints(x.lo)}, ${signedPoints(x.hi!)}]`}`;
  const money = (x: PairedDifference) => `${signedReportMoney(x.mean, lang)}${x.lo === null ? '' : `\n[${signedReportMoney(x.lo, lang)}, ${signedReportMoney(x.hi!, lang)}]`}`;
  const none = W.none[lang];
  const rows = r.rows.map((row) => {
    if (!row.applicable || !row.down || !row.up) return [row.label[lang], `${row.detail[lang]}\n${W.sensitivityNotApplicable[lang]}`, none, none, none, none];
    return [row.label[lang], row.detail[lang], pp(row.down.exhausted.difference), pp(row.up.exhausted.difference), money(row.down.paid.difference), money(row.up.paid.difference)];
  });
  const by = monthDayText(r.by, lang);
  const dp = lang === 'zh' ? `ΔP（百分点）` : 'ΔP (pp)';
  return {
    id: `sensitivity-${r.year}`,
    title: lang === 'zh' ? `敏感性：各输入变动 ±${d} 的效果（${r.year}年）` : `Sensitivity: the effect of moving each input by ±${d} (${r.year})`,
    columns: [
      { header: W.sensitivityInput[lang], align: 'left' },
      { header: W.sensitivityWhat[lang], align: 'left' },
      { header: `−${d}: ${dp}`, align: 'right', nowrap: true },
      { header: `+${d}: ${dp}`, align: 'right', nowrap: true },
      { header: `−${d}: ${W.sensitivityDeltaPaid[lang]}`, align: 'right', nowrap: true },
      { header: `+${d}: ${W.sensitivityDeltaPaid[lang]}`, align: 'right', nowrap: true },
    ],
    rows,
    note: lang === 'zh'
      ? `P：${by}前用完的概率；支付：全年支付均值（所有方案）。每格为配对差（变动后 − 基准，同一批 ${r.runs} 次模拟）的均值，方括号内为其 95% 区间。`
      : `P: the chance the pool runs out by ${by}; paid: the mean money paid in the year (all schemes). Each cell is the mean paired difference (moved − baseline, on the same ${r.runs} runs), its 95% interval in brackets.`,
  };
}

function method(r: SensitivityResult, lang: Lang, scheme: Bilingual | null): string {
  const d = `${r.deltaBp / 100}%`;
  const by = monthDayText(r.by, lang);
  const pool = scheme ? scheme[lang] : r.scheme;
  return lang === 'zh'
    ? `方法：下表每个输入单独变动 −${d} 和 +${d}，在与基准相同的 ${r.runs} 次模拟（情景 ${r.scenario}，随机种子 ${r.seed}）上重新模拟——共同随机数：变体的第 i 次模拟与基准的第 i 次模拟抽取相同的企业与随机数。效果是逐次配对差（变体 − 基准）的均值及其 95% 区间（正态近似，差值的 s/√n）。比较两个结果：${r.year}年${pool}资金池在${by}前用完的概率，以及全年支付（所有方案）。输入按对用完概率的最大效果排序。`
    : `Method: each input below is moved by −${d} and by +${d} alone and run again on the same ${r.runs} runs as the baseline (scenario ${r.scenario}, seed ${r.seed}) — common random numbers: run i of a variant draws the same firms and numbers as run i of the baseline. An effect is the mean over runs of the paired difference (variant − baseline) with its 95% interval (normal, s/√n of the differences). Two outputs: the chance that the ${pool} pool runs out by ${by} in ${r.year}, and the money paid in the year by all schemes. Inputs are sorted by their largest effect on that chance.`;
}

/**
 * The sentences that read a sensitivity: the baseline, the input that moves P the most and the one that moves the
 * money paid the most (with both moves and intervals), the inputs whose effect the runs cannot tell from zero, and
 * those that do not apply.
 */
export function sensitivityReading(r: SensitivityResult, lang: Lang, scheme: Bilingual | null): string {
  const zh = lang === 'zh';
  const d = `${r.deltaBp / 100}%`;
  const by = monthDayText(r.by, lang);
  const pool = scheme ? scheme[lang] : r.scheme;
  const b = r.baseline;
  const out: string[] = [];
  const pInterval = (e: { value: number; lo: number; hi: number }) => `${pct(e.value)}${zh ? `（95% 区间 ${pct(e.lo)}–${pct(e.hi)}）` : ` (95%: ${pct(e.lo)}–${pct(e.hi)})`}`;
  out.push(zh
    ? `基准：${pool}资金池在${by}前用完的概率为 ${pInterval(b.exhausted)}，全年支付均值 ${formatMoneyShort(roundHalfUp(b.paid.value), lang)}。`
    : `Baseline: the ${pool} pool runs out by ${by} in ${pInterval(b.exhausted)} of runs, and a mean of ${formatMoneyShort(roundHalfUp(b.paid.value), lang)} is paid in the year.`);
  const applicable = r.rows.filter((x): x is SensitivityRow & { down: SensitivityEffect; up: SensitivityEffect } => x.applicable && x.down !== null && x.up !== null);
  const skipped = r.rows.filter((x) => !x.applicable).map((x) => x.label[lang]);
  const notApplicable = zh ? `不适用（变动后情景不变）：${skipped.join('、')}。` : `Not applicable (moving it changes nothing in this scenario): ${skipped.join(', ')}.`;
  if (applicable.length === 0) {
    out.push(W.sensitivityNothing[lang], ...(skipped.length ? [notApplicable] : []));
    return out.join(zh ? '' : ' ');
  }
  const swing = (x: (typeof applicable)[number], k: 'exhausted' | 'paid') => Math.max(Math.abs(x.down[k].difference.mean), Math.abs(x.up[k].difference.mean));
  const pp = (x: PairedDifference) => `${signedPoints(x.mean)}${zh ? ' 个百分点' : ' pp'}${x.lo === null ? '' : ` [${signedPoints(x.lo)}, ${signedPoints(x.hi!)}]`}`;
  const money = (x: PairedDifference) => `${signedShort(x.mean, lang)}${x.lo === null ? '' : ` [${signedShort(x.lo, lang)}, ${signedShort(x.hi!, lang)}]`}`;
  const topP = [...applicable].sort((x, y) => swing(y, 'exhausted') - swing(x, 'exhausted'))[0]!;
  if (swing(topP, 'exhausted') === 0) {
    out.push(zh ? `没有任何输入改变${by}前用完的概率。` : `No input changes the chance it runs out by ${by}.`);
  } else {
    out.push(zh
      ? `对用完概率影响最大的是${topP.label.zh}：−${d} 使其变化 ${pp(topP.down.exhausted.difference)}，+${d} 使其变化 ${pp(topP.up.exhausted.difference)}。`
      : `${cap(topP.label.en)} moves that chance the most: −${d} changes it by ${pp(topP.down.exhausted.difference)}, +${d} by ${pp(topP.up.exhausted.difference)}.`);
  }
  const topPaid = [...applicable].sort((x, y) => swing(y, 'paid') - swing(x, 'paid'))[0]!;
  if (swing(topPaid, 'paid') > 0) {
    out.push(zh
      ? `对全年支付影响最大的是${topPaid.label.zh}：−${d} 时 ${money(topPaid.down.paid.difference)}，+${d} 时 ${money(topPaid.up.paid.difference)}。`
      : `The money paid moves most with the ${topPaid.label.en}: ${money(topPaid.down.paid.difference)} at −${d}, ${money(topPaid.up.paid.difference)} at +${d}.`);
  }
  // An effect of exactly 0 in every run (e.g. Q4 seasonality by 31 December under first come, first served: the
  // same runs run out, only later) is not the same finding as one the runs cannot tell from 0.
  const exact = (x: PairedDifference) => x.mean === 0 && (x.sd === null || x.sd === 0);
  const zero = (x: PairedDifference) => (x.lo === null ? x.mean === 0 : x.lo <= 0 && x.hi! >= 0);
  const p = (x: (typeof applicable)[number]) => [x.down.exhausted.difference, x.up.exhausted.difference];
  const unchanged = applicable.filter((x) => p(x).every(exact)).map((x) => x.label[lang]);
  const noEffect = applicable.filter((x) => p(x).every(zero) && !p(x).every(exact)).map((x) => x.label[lang]);
  if (unchanged.length) {
    out.push(zh
      ? `${unchanged.join('、')}：每一次模拟中${by}前是否用完都与基准相同（效果恰为 0）。`
      : `${cap(unchanged.join(', '))}: whether the pool runs out by ${by} is the same as in the baseline in every run (an effect of exactly 0).`);
  }
  if (noEffect.length) {
    out.push(zh
      ? `${noEffect.join('、')}：这些模拟无法把它对${by}前用完概率的效果与零区分开（两个区间都包含 0）。`
      : `${cap(noEffect.join(', '))}: these runs cannot tell its effect on the chance of running out by ${by} from zero (both intervals contain 0).`);
  }
  if (skipped.length) out.push(notApplicable);
  return out.join(zh ? '' : ' ');
}

function signedShort(fen: number, lang: Lang): string {
  return `${fen >= 0 ? '+' : '−'}${formatMoneyShort(roundHalfUp(Math.abs(fen)), lang)}`;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
