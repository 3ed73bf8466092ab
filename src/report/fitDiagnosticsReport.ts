/**
 * The diagnostics report of a fitted population: three SVG charts (src/charts/fitDiagnostics) and an HTML page
 * that shows them with the figures a reader checks first (firms a year, dispersion test, tiers, amount laws and
 * their goodness of fit), in one language.
 */
import type { Lang } from '../i18n/Bilingual';
import { reportBlockWords as W } from '../i18n/reportBlockWords';
import { fitAmountHistogram, fitQqPlot, fitSeasonality } from '../charts/fitDiagnostics';
import type { FittedPopulation } from '../data/fitPopulation';
import { renderReportSvg } from './renderReportSvg';
import { scopeSvgIds } from './scopeSvgIds';
import { VOUCHERS } from '../vocabulary';

export interface FitDiagnostics {
  html: string;
  svgs: { amounts: string; qq: string; months: string };
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const f3 = (x: number): string => String(Number(x.toPrecision(3)));

/**
 * @param fit the fitted population
 * @param sources the applications files' names
 * @example (await fitDiagnosticsReport(fit, ['a.csv'], 'en')).html.startsWith('<!doctype html>') // true
 */
export async function fitDiagnosticsReport(fit: FittedPopulation, sources: readonly string[], lang: Lang): Promise<FitDiagnostics> {
  const zh = lang === 'zh';
  const svgs = {
    amounts: await renderReportSvg(fitAmountHistogram(fit, lang)),
    qq: await renderReportSvg(fitQqPlot(fit, lang)),
    months: await renderReportSvg(fitSeasonality(fit, lang)),
  };
  const firms = fit.firms;
  const firmsText = firms.law === 'poisson'
    ? `Poisson, ${W.fitMean[lang]} ${f3(firms.mean.value)} (se ${f3(firms.mean.se ?? NaN)})`
    : `${W.fitNegativeBinomial[lang]}, ${W.fitMean[lang]} ${f3(firms.mean.value)} (se ${f3(firms.mean.se ?? NaN)}), r ${f3(firms.dispersion.value)}`;
  const test = fit.dispersionTest;
  const rows = fit.tiers.flatMap((t) => VOUCHERS.flatMap((v) => {
    const fv = t.vouchers[v];
    if (!fv) return [];
    const a = fv.amount;
    const law = a.law === 'lognormal'
      ? `lognormal μ ${f3(a.mu.value)} ± ${f3(a.mu.se!)}, σ ${f3(a.sigma.value)} ± ${f3(a.sigma.se!)}`
      : `${W.fitEmpirical[lang]} (${a.reason === 'rejected' ? W.fitLognormalRejected[lang] : a.reason === 'few' ? W.fitTooFew[lang] : W.fitAllEqual[lang]})`;
    const ad = a.test ? `A*² ${f3(a.test.statistic)}, p ${f3(a.test.pValue)}` : '—';
    return [`<tr><td>${esc(t.label[lang])}</td><td>${v}</td><td>${(fv.seek.value * 100).toFixed(1)}%</td><td>${fv.lnYuan.length}</td><td>${f3(fv.count.value)}</td><td>${esc(law)}</td><td>${ad}</td></tr>`];
  }));
  const title = W.fitTitle[lang];
  const html = `<!doctype html>
<html lang="${zh ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><title>${title}</title>
<style>body{font-family:'Noto Sans SC',Helvetica,Arial,sans-serif;max-width:1100px;margin:2em auto;color:#222}
table{border-collapse:collapse}td,th{border-bottom:1px solid #ddd;padding:3px 8px;text-align:left}figure{margin:1.5em 0}</style></head>
<body><h1>${title}</h1>
<p>${W.fitData[lang]}: ${esc(sources.join(', '))}; ${fit.rows} ${W.fitApplications[lang]}; ${W.fitYears[lang]} ${fit.years.join(', ')} (${W.fitApplicants[lang]} ${fit.applicantsByYear.join(', ')}).</p>
<p>${W.fitFirmsPerYear[lang]}: ${firmsText}. ${test ? `${W.fitDispersionIndex[lang]} ${f3(test.statistic)}, χ²(${test.df}) 5% ${f3(test.critical)}: ${test.overdispersed ? W.fitOverdispersed[lang] : W.fitPoissonLike[lang]}.` : W.fitTooFewYears[lang]}
${W.fitSeekCorrelation[lang]} ρ = ${f3(fit.seekCorrelation.value)}.</p>
${fit.assumptions.length ? `<p>${W.fitAssumptions[lang]}:</p><ul>${fit.assumptions.map((a) => `<li>${esc(a[lang])}</li>`).join('')}</ul>` : ''}
<table><thead><tr><th>${W.fitTier[lang]}</th><th>${W.fitVoucher[lang]}</th><th>${W.fitSeek[lang]}</th><th>${W.fitContracts[lang]}</th><th>λ</th><th>${W.fitAmountLaw[lang]}</th><th>Anderson–Darling</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>
<figure>${scopeSvgIds(svgs.amounts, 'amounts')}</figure>
<figure>${scopeSvgIds(svgs.qq, 'qq')}</figure>
<figure>${scopeSvgIds(svgs.months, 'months')}</figure>
</body></html>
`;
  return { html, svgs };
}
