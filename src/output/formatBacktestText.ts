/**
 * The backtest for people, one part per series: where the observed total falls among the runs and how many months
 * lie inside the simulated 90% band, then a month-by-month table. backtestData gives it as data (the page renders it
 * as HTML); formatBacktestText renders the same data as the text `quansim backtest` prints.
 */
import type { Lang } from '../i18n/Bilingual';
import { backtestWords as W } from '../i18n/backtestWords';
import type { BacktestResult } from '../analysis/backtest';
import { textTable } from '../figures/textTable';
import { formatMoneyShort } from '../stats/headlines';

/** One series of the backtest for people: its name, the sentence, and the month-by-month table. */
export interface BacktestPart {
  label: string;
  sentence: string;
  columns: { header: string; align?: 'left' | 'right' }[];
  rows: string[][];
}

/** @example backtestData(result, 'en', 'paid.csv').title // 'Backtest of paid.csv (2024) against the simulated 2025 (200 runs)' */
export function backtestData(result: BacktestResult, lang: Lang, file: string): { title: string; parts: BacktestPart[] } {
  const title = W.title(file, result.observedYear, result.simulatedYear, result.runs)[lang];
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  const money = (x: number): string => formatMoneyShort(x, lang);
  const parts = result.series.map((s): BacktestPart => {
    const q = s.quantile;
    const where = q.beyond === 'below' ? W.belowRuns : q.beyond === 'above' ? W.aboveRuns : W.atQuantile(pct(q.value), q.from === 'band');
    const months = s.months.length;
    const inside = s.months.filter((m) => m.inside90).length;
    return {
      label: s.label[lang],
      sentence: W.sentence({ zh: formatMoneyShort(s.observedTotalFen, 'zh'), en: formatMoneyShort(s.observedTotalFen, 'en') }, months, where, inside, pct(s.insideShare))[lang],
      columns: [
        { header: W.month[lang], align: 'right' },
        { header: W.observed[lang], align: 'right' },
        { header: '5%', align: 'right' },
        { header: W.median[lang], align: 'right' },
        { header: '95%', align: 'right' },
        { header: W.band90[lang] },
      ],
      rows: s.months.map((m) => [
        String(m.month), money(m.observedFen), money(m.p5), money(m.p50), money(m.p95),
        (m.inside90 ? W.inside : W.outside)[lang],
      ]),
    };
  });
  return { title, parts };
}

/** @example formatBacktestText(result, 'en', 'paid.csv') // 'Backtest of paid.csv (2024) against …' */
export function formatBacktestText(result: BacktestResult, lang: Lang, file: string): string {
  const data = backtestData(result, lang, file);
  const out = [data.title];
  for (const p of data.parts) {
    out.push('', `${p.label}${W.labelEnd[lang]}`, `  ${p.sentence}`, '');
    out.push(...textTable(p.columns, p.rows).split('\n').map((l) => `  ${l}`));
  }
  return `${out.join('\n')}\n`;
}
