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
import { studyWords as S } from '../i18n/studyWords';
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
  const dp = S.sensitivityDeltaP[lang];
  return {
    id: `sensitivity-${r.year}`,
    title: S.sensitivityTitle(d, String(r.year))[lang],
    columns: [
      { header: W.sensitivityInput[lang], align: 'left' },
      { header: W.sensitivityWhat[lang], align: 'left' },
      { header: `−${d}: ${dp}`, align: 'right', nowrap: true },
      { header: `+${d}: ${dp}`, align: 'right', nowrap: true },
      { header: `−${d}: ${W.sensitivityDeltaPaid[lang]}`, align: 'right', nowrap: true },
      { header: `+${d}: ${W.sensitivityDeltaPaid[lang]}`, align: 'right', nowrap: true },
    ],
    rows,
    note: S.sensitivityNote(by, String(r.runs))[lang],
  };
}

function method(r: SensitivityResult, lang: Lang, scheme: Bilingual | null): string {
  const d = `${r.deltaBp / 100}%`;
  const by = monthDayText(r.by, lang);
  const pool = scheme ? scheme[lang] : r.scheme;
  return S.sensitivityMethod(d, String(r.runs), r.scenario, String(r.seed), String(r.year), pool, by)[lang];
}

/**
 * The sentences that read a sensitivity: the baseline, the input that moves P the most and the one that moves the
 * money paid the most (with both moves and intervals), the inputs whose effect the runs cannot tell from zero, and
 * those that do not apply.
 */
export function sensitivityReading(r: SensitivityResult, lang: Lang, scheme: Bilingual | null): string {
  const d = `${r.deltaBp / 100}%`;
  const by = monthDayText(r.by, lang);
  const pool = scheme ? scheme[lang] : r.scheme;
  const b = r.baseline;
  const out: string[] = [];
  const pInterval = (e: { value: number; lo: number; hi: number }) => S.sensitivityInterval(pct(e.value), pct(e.lo), pct(e.hi))[lang];
  out.push(S.sensitivityBaseline(pool, by, pInterval(b.exhausted), formatMoneyShort(roundHalfUp(b.paid.value), lang))[lang]);
  const applicable = r.rows.filter((x): x is SensitivityRow & { down: SensitivityEffect; up: SensitivityEffect } => x.applicable && x.down !== null && x.up !== null);
  const skipped = r.rows.filter((x) => !x.applicable).map((x) => x.label[lang]);
  const notApplicable = S.sensitivitySkipped(skipped.join(S.listJoin[lang]))[lang];
  if (applicable.length === 0) {
    out.push(W.sensitivityNothing[lang], ...(skipped.length ? [notApplicable] : []));
    return out.join(S.sentenceJoin[lang]);
  }
  const swing = (x: (typeof applicable)[number], k: 'exhausted' | 'paid') => Math.max(Math.abs(x.down[k].difference.mean), Math.abs(x.up[k].difference.mean));
  const pp = (x: PairedDifference) => `${S.points(signedPoints(x.mean))[lang]}${x.lo === null ? '' : ` [${signedPoints(x.lo)}, ${signedPoints(x.hi!)}]`}`;
  const money = (x: PairedDifference) => `${signedShort(x.mean, lang)}${x.lo === null ? '' : ` [${signedShort(x.lo, lang)}, ${signedShort(x.hi!, lang)}]`}`;
  const topP = [...applicable].sort((x, y) => swing(y, 'exhausted') - swing(x, 'exhausted'))[0]!;
  if (swing(topP, 'exhausted') === 0) {
    out.push(S.sensitivityNoChange(by)[lang]);
  } else {
    out.push(S.sensitivityTopP(topP.label[lang], d, pp(topP.down.exhausted.difference), pp(topP.up.exhausted.difference))[lang]);
  }
  const topPaid = [...applicable].sort((x, y) => swing(y, 'paid') - swing(x, 'paid'))[0]!;
  if (swing(topPaid, 'paid') > 0) {
    out.push(S.sensitivityTopPaid(topPaid.label[lang], d, money(topPaid.down.paid.difference), money(topPaid.up.paid.difference))[lang]);
  }
  // An effect of exactly 0 in every run (e.g. Q4 seasonality by 31 December under first come, first served: the
  // same runs run out, only later) is not the same finding as one the runs cannot tell from 0.
  const exact = (x: PairedDifference) => x.mean === 0 && (x.sd === null || x.sd === 0);
  const zero = (x: PairedDifference) => (x.lo === null ? x.mean === 0 : x.lo <= 0 && x.hi! >= 0);
  const p = (x: (typeof applicable)[number]) => [x.down.exhausted.difference, x.up.exhausted.difference];
  const unchanged = applicable.filter((x) => p(x).every(exact)).map((x) => x.label[lang]);
  const noEffect = applicable.filter((x) => p(x).every(zero) && !p(x).every(exact)).map((x) => x.label[lang]);
  if (unchanged.length) {
    out.push(S.sensitivityExactlyZero(unchanged.join(S.listJoin[lang]), by)[lang]);
  }
  if (noEffect.length) {
    out.push(S.sensitivityNoEffect(noEffect.join(S.listJoin[lang]), by)[lang]);
  }
  if (skipped.length) out.push(notApplicable);
  return out.join(S.sentenceJoin[lang]);
}

function signedShort(fen: number, lang: Lang): string {
  return `${fen >= 0 ? '+' : '−'}${formatMoneyShort(roundHalfUp(Math.abs(fen)), lang)}`;
}
