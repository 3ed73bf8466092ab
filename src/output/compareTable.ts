/**
 * Headline figures of several summaries side by side, each against the first (the baseline), as a text
 * table. With the scenarios' per-run values (same seeds, same runs: common random numbers) the difference is
 * the mean paired difference with its 95% interval (pairedDifference); without them it is the difference of
 * the summaries' figures. Scheme rows (pool, chance and median date of running out) cover every scheme of any
 * summary, in order of first appearance: a scenario without the scheme, or in which it is not in force that year,
 * shows "—".
 */
import type { Lang } from '../i18n/Bilingual';
import { outputWords as W } from '../i18n/outputWords';
import { formatShare, formatShortDate } from '../stats/headlines';
import { pairedDifference } from '../stats/pairedDifference';
import { schemeInForce } from '../stats/schemeInForce';
import type { SchemeSummary, Summary, YearSummary } from '../stats/Summary';
import { moneyInUnit, unitName } from '../figures/moneyInUnit';
import type { PerRunHeadlines } from './perRunHeadlines';
import { reportLabels as L } from '../i18n/reportLabels';
import { textTable } from '../figures/textTable';

interface Metric {
  key: string;
  label: string;
  kind: 'money' | 'share' | 'count' | 'date';
  /** The figure; null when the summary has none (shown as "—", and no difference is taken). */
  value(y: YearSummary): number | null;
  /** The cell, when it is not the figure formatted by kind. */
  text?(y: YearSummary): string;
}

type Words = keyof typeof L;

/** The schemes of the years, each once (by id), in order of first appearance. */
function schemeUnion(years: readonly YearSummary[]): SchemeSummary[] {
  const seen = new Map<string, SchemeSummary>();
  for (const y of years) for (const s of y.schemes) if (!seen.has(s.id)) seen.set(s.id, s);
  return [...seen.values()];
}

function metrics(years: readonly YearSummary[], lang: Lang): Metric[] {
  const t = (k: Words) => L[k][lang];
  const unit = (s: string) => W.withUnit(s, unitName(lang))[lang];
  const list: Metric[] = [
    { key: 'requested', label: unit(t('requested')), kind: 'money', value: (y) => y.total.money.requested.mean.fen },
    { key: 'paid', label: unit(W.paidMean[lang]), kind: 'money', value: (y) => y.total.money.paid.mean.fen },
    { key: 'unmet', label: unit(t('unmet')), kind: 'money', value: (y) => y.total.money.unmet.mean.fen },
    {
      key: 'unmetShare', label: t('unmetShare'), kind: 'share',
      value: (y) => (y.total.money.requested.mean.fen === 0 ? null : y.total.money.unmet.mean.fen / y.total.money.requested.mean.fen),
    },
    { key: 'firmsRefused', label: t('firmsRefused'), kind: 'count', value: (y) => y.total.firms.refused.mean },
  ];
  // "Hangzhou compute voucher: median date it runs out": the figure's words continue the scheme's name.
  const sep = W.labelColon[lang];
  const after = (k: Words) => (lang === 'zh' ? t(k) : t(k).replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase()));
  for (const s of schemeUnion(years)) {
    const find = (y: YearSummary) => y.schemes.find((x) => x.id === s.id);
    // A scheme without a pool limit wherever it appears has no pool or exhaustion to compare.
    if (years.every((y) => (find(y)?.pool ?? null) === null)) continue;
    const name = s.label[lang];
    const inForce = (y: YearSummary) => {
      const x = find(y);
      return x && schemeInForce(x) ? x : undefined;
    };
    list.push({
      key: `pool:${s.id}`, label: `${name}${sep}${unit(t('poolMedian'))}`, kind: 'money',
      value: (y) => inForce(y)?.pool?.p50.fen ?? null,
      text: (y) => {
        const x = find(y);
        if (!x) return t('none');
        if (!schemeInForce(x)) return t('notInForce');
        return x.pool ? moneyInUnit(x.pool.p50.fen, lang) : t('unlimited');
      },
    });
    list.push({
      key: `exhausted:${s.id}`, label: `${name}${sep}${after('exhaustedP')}`, kind: 'share',
      value: (y) => inForce(y)?.exhaustion?.probabilityByYearEnd ?? null,
    });
    list.push({
      key: `date:${s.id}`, label: `${name}${sep}${after('exhaustedMedian')}`, kind: 'date',
      value: (y) => inForce(y)?.exhaustion?.date?.p50.dayOfYear ?? null,
      text: (y) => {
        const d = inForce(y)?.exhaustion?.date?.p50.date;
        return d ? formatShortDate(d, lang) : t('none');
      },
    });
  }
  return list;
}

function show(kind: Metric['kind'], v: number, lang: Lang): string {
  if (kind === 'money') return moneyInUnit(v, lang);
  if (kind === 'share') return formatShare(v);
  return v.toFixed(1);
}

function signed(kind: Metric['kind'], v: number, lang: Lang): string {
  if (kind === 'share') return `${v >= 0 ? '+' : '−'}${(Math.abs(v) * 100).toFixed(1)} pp`;
  if (kind === 'date') return W.signedDays(`${v >= 0 ? '+' : '−'}${Math.abs(Math.round(v))}`)[lang];
  const s = show(kind, Math.abs(v), lang);
  return `${v >= 0 ? '+' : '−'}${s}`;
}

/** A column's scenario: its id, marked when edited (an edited run and its unedited file share the id). */
function columnName(s: Summary, lang: Lang): string {
  return (s.scenario.changes?.length ?? 0) > 0 ? `${s.scenario.id}${W.edited[lang]}` : s.scenario.id;
}

/** One year's comparison as data: columns and rows of cells, rendered to text here and to Markdown/HTML by the report. */
export interface CompareYear {
  year: number;
  columns: { header: string; align?: 'left' | 'right' }[];
  rows: string[][];
}

/** The comparison as data: its title line, one table a shared year, and the note on paired intervals (when any). */
export interface CompareData {
  title: string;
  years: CompareYear[];
  pairedNote: string | null;
}

/**
 * The comparison of `summaries` (first = baseline), year by year for the years they share, as data.
 * `paired[k][y]`, when given, holds summary k's per-run values of its year y (see perRunHeadlines).
 * @throws Error when fewer than two summaries are given, or paired values have different run counts
 */
export function compareData(summaries: readonly Summary[], lang: Lang, paired?: ReadonlyArray<readonly PerRunHeadlines[]>): CompareData {
  if (summaries.length < 2) throw new Error('compareTable needs at least two summaries');
  const t = (k: Words) => L[k][lang];
  const base = summaries[0]!;
  const title = `${t('compare')}${W.labelColon[lang]}${summaries.map((s) => s.scenario.title[lang]).join(' / ')}`;
  const out: CompareYear[] = [];
  let anyInterval = false;
  base.years.forEach((by, yi) => {
    const years = summaries.map((s) => s.years.find((y) => y.year === by.year));
    if (years.some((y) => !y)) return;
    const ys = years as YearSummary[];
    const columns: CompareYear['columns'] = [{ header: t('metric') }, { header: columnName(base, lang), align: 'right' }];
    summaries.slice(1).forEach((s, j) => {
      const hasPairs = !!(paired?.[j + 1]?.[yi] && paired[0]?.[yi]);
      const vs = t('differenceVs').replace('{x}', columnName(base, lang));
      columns.push({ header: columnName(s, lang), align: 'right' }, { header: hasPairs ? `${vs} ${t('interval')}` : vs, align: 'right' });
    });
    const rows = metrics(ys, lang).map((m) => {
      const v0 = m.value(by);
      const cells = [m.label, m.text ? m.text(by) : v0 === null ? t('none') : show(m.kind, v0, lang)];
      ys.slice(1).forEach((y, j) => {
        const v = m.value(y);
        cells.push(m.text ? m.text(y) : v === null ? t('none') : show(m.kind, v, lang));
        const a = paired?.[j + 1]?.[yi]?.[m.key];
        const b = paired?.[0]?.[yi]?.[m.key];
        if (v === null || v0 === null) cells.push(t('none'));
        else if (a && b) {
          const d = pairedDifference(a, b);
          anyInterval ||= d.lo !== null;
          cells.push(
            d.lo === null || d.hi === null
              ? signed(m.kind, d.mean, lang)
              : `${signed(m.kind, d.mean, lang)} [${signed(m.kind, d.lo, lang)}, ${signed(m.kind, d.hi, lang)}]`,
          );
        } else cells.push(signed(m.kind, v - v0, lang));
      });
      return cells;
    });
    out.push({ year: by.year, columns, rows });
  });
  return { title, years: out, pairedNote: anyInterval ? t('pairedNote') : null };
}

/**
 * The comparison table of `summaries` as text (what `quansim compare` prints): compareData rendered with textTable.
 * @throws Error when fewer than two summaries are given, or paired values have different run counts
 */
export function compareTable(summaries: readonly Summary[], lang: Lang, paired?: ReadonlyArray<readonly PerRunHeadlines[]>): string {
  const data = compareData(summaries, lang, paired);
  const out = [data.title];
  for (const y of data.years) out.push('', `== ${L.year[lang]} ${y.year} ==`, textTable(y.columns, y.rows));
  if (data.pairedNote) out.push('', data.pairedNote);
  return `${out.join('\n')}\n`;
}
