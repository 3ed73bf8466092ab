/**
 * Diagnostics of a fitted population (src/data/fitPopulation): three Vega-Lite specs, pure functions of the fit.
 *
 *   FittedPopulation ─▶ fitAmountHistogram: per tier · voucher, histogram of contract amounts (log axis, bins of
 *                                           equal width in ln yuan) as densities, with the fitted lognormal density
 *                     ─▶ fitQqPlot:        per tier · voucher, sorted ln(amount) against the fitted quantiles,
 *                                           with the line y = x (a lognormal fits where the points follow it)
 *                     ─▶ fitSeasonality:   applications by month, one point per year, against the count the
 *                                           fitted monthly weights give (line)
 */
import { mean, standardDeviation } from 'simple-statistics';
import type { TopLevelSpec } from 'vega-lite';
import type { Lang } from '../i18n/Bilingual';
import { fitDiagnosticsWords as T, fitVoucherNames } from '../i18n/chartWords';
import { inverseNormalCdf } from '../random/inverseNormalCdf';
import type { FittedPopulation } from '../data/fitPopulation';
import { fenPerUnit } from '../figures/moneyInUnit';
import { chartConfig, topLegend } from './chartBase';
import { VOUCHERS } from '../vocabulary';

function panels(fit: FittedPopulation, lang: Lang) {
  return fit.tiers.flatMap((t) => VOUCHERS.flatMap((v) => {
    const fv = t.vouchers[v];
    if (!fv || fv.lnYuan.length === 0) return [];
    const law = fv.amount.law === 'lognormal' ? T.lognormal[lang] : T.empirical[lang];
    const mu = fv.amount.law === 'lognormal' ? fv.amount.mu.value : mean(fv.lnYuan);
    const sigma = fv.amount.law === 'lognormal' ? fv.amount.sigma.value : sd(fv.lnYuan);
    return [{ panel: `${t.label[lang]} · ${fitVoucherNames[v][lang]} (${law}, n ${fv.lnYuan.length})`, ln: fv.lnYuan, mu, sigma }];
  }));
}
/** The population standard deviation (simple-statistics), kept above zero so a density can be drawn. */
const sd = (xs: number[]): number => standardDeviation(xs) || 1e-9;

/**
 * @example fitAmountHistogram(fit, 'en') // a faceted layer spec: bars of density, line of the fitted lognormal
 */
export function fitAmountHistogram(fit: FittedPopulation, lang: Lang): TopLevelSpec {
  const yuanPerUnit = fenPerUnit(lang) / 100;
  const rows: Record<string, number | string>[] = [];
  for (const p of panels(fit, lang)) {
    const lo = Math.min(...p.ln);
    const hi = Math.max(...p.ln);
    const bins = Math.max(5, Math.min(30, Math.ceil(Math.sqrt(p.ln.length))));
    const w = (hi - lo) / bins || 1;
    const counts = Array.from({ length: bins }, () => 0);
    for (const x of p.ln) counts[Math.min(bins - 1, Math.floor((x - lo) / w))]! += 1;
    // amounts on the axis in the unit money is read in everywhere (万元 / million yuan); the density stays per ln yuan
    const inUnit = (lnYuan: number) => Math.exp(lnYuan) / yuanPerUnit;
    counts.forEach((c, i) => rows.push({
      panel: p.panel, kind: 'bar', x0: inUnit(lo + i * w), x1: inUnit(lo + (i + 1) * w), density: c / (p.ln.length * w),
    }));
    for (let i = 0; i <= 80; i++) {
      const x = lo - w + (i / 80) * (hi - lo + 2 * w);
      const z = (x - p.mu) / p.sigma;
      rows.push({ panel: p.panel, kind: 'line', x: inUnit(x), fitted: Math.exp(-0.5 * z * z) / (p.sigma * Math.sqrt(2 * Math.PI)) });
    }
  }
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: T.hist[lang],
    data: { values: rows },
    facet: { field: 'panel', type: 'nominal', title: null, sort: null, header: { labelFontSize: 11, labelLimit: 260 } },
    columns: 3,
    resolve: { scale: { x: 'independent', y: 'independent' } },
    spec: {
      width: 220,
      height: 130,
      layer: [
        {
          transform: [{ filter: "datum.kind === 'bar'" }],
          mark: { type: 'rect', color: '#9ecae1', stroke: '#ffffff', strokeWidth: 0.5 },
          encoding: {
            x: { field: 'x0', type: 'quantitative', scale: { type: 'log' }, title: T.amount[lang], axis: { format: '~g', tickCount: 4 } },
            x2: { field: 'x1' },
            y: { field: 'density', type: 'quantitative', title: T.density[lang] },
          },
        },
        {
          transform: [{ filter: "datum.kind === 'line'" }],
          mark: { type: 'line', color: '#D55E00', strokeWidth: 2 },
          encoding: { x: { field: 'x', type: 'quantitative', scale: { type: 'log' } }, y: { field: 'fitted', type: 'quantitative' } },
        },
      ],
    },
    config: chartConfig(lang),
  } as TopLevelSpec;
}

/**
 * @example fitQqPlot(fit, 'en') // a faceted scatter of ln(amount) against fitted quantiles, with y = x
 */
export function fitQqPlot(fit: FittedPopulation, lang: Lang): TopLevelSpec {
  const rows: Record<string, number | string>[] = [];
  for (const p of panels(fit, lang)) {
    const sorted = [...p.ln].sort((a, b) => a - b);
    const n = sorted.length;
    sorted.forEach((x, i) => rows.push({ panel: p.panel, q: p.mu + p.sigma * inverseNormalCdf((i + 0.5) / n), x }));
  }
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: T.qq[lang],
    data: { values: rows },
    facet: { field: 'panel', type: 'nominal', title: null, sort: null, header: { labelFontSize: 11, labelLimit: 260 } },
    columns: 3,
    resolve: { scale: { x: 'independent', y: 'independent' } },
    spec: {
      width: 200,
      height: 160,
      layer: [
        { mark: { type: 'line', color: '#999999', strokeDash: [4, 3] }, encoding: { x: { field: 'q', type: 'quantitative', scale: { zero: false }, title: T.fitted[lang] }, y: { field: 'q', type: 'quantitative', scale: { zero: false }, title: T.observed[lang] } } },
        { mark: { type: 'point', size: 10, filled: true, opacity: 0.6, color: '#0072B2' }, encoding: { x: { field: 'q', type: 'quantitative' }, y: { field: 'x', type: 'quantitative' } } },
      ],
    },
    config: chartConfig(lang),
  } as TopLevelSpec;
}

/**
 * @example fitSeasonality(fit, 'en') // points per year and month, line of the fitted counts
 */
export function fitSeasonality(fit: FittedPopulation, lang: Lang): TopLevelSpec {
  const byYear = fit.monthly.byYear;
  const DAYS = [31, 28.25, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  const rows: Record<string, number | string>[] = [];
  for (const y of byYear) {
    const total = y.counts.reduce((a, b) => a + b, 0);
    const weightDays = fit.monthly.weights.reduce((s, w, i) => s + w * DAYS[i]!, 0);
    y.counts.forEach((c, i) => {
      rows.push({ month: i + 1, year: String(y.year), count: c, fitted: (total * fit.monthly.weights[i]! * DAYS[i]!) / weightDays });
    });
  }
  const avg = Array.from({ length: 12 }, (_, i) => rows.filter((r) => r.month === i + 1).reduce((s, r) => s + Number(r.fitted), 0) / byYear.length);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: T.months[lang],
    width: 560,
    height: 240,
    layer: [
      {
        data: { values: avg.map((f, i) => ({ month: i + 1, fitted: f, series: T.expected[lang] })) },
        mark: { type: 'line', color: '#D55E00', strokeWidth: 2 },
        encoding: {
          x: { field: 'month', type: 'quantitative', scale: { domain: [1, 12] }, axis: { tickCount: 12, format: 'd' }, title: T.month[lang] },
          y: { field: 'fitted', type: 'quantitative', title: T.count[lang] },
        },
      },
      {
        data: { values: rows },
        mark: { type: 'point', filled: true, size: 40 },
        encoding: {
          x: { field: 'month', type: 'quantitative' },
          y: { field: 'count', type: 'quantitative' },
          color: { field: 'year', type: 'nominal', legend: topLegend(T.year[lang]) },
        },
      },
    ],
    config: chartConfig(lang),
  } as TopLevelSpec;
}
