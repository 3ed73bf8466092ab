/**
 * The backtest for people, one part per series: where the observed total falls among the runs and how many months
 * lie inside the simulated 90% band, then a month-by-month table. backtestData gives it as data (the page renders it
 * as HTML); formatBacktestText renders the same data as the text `quansim backtest` prints.
 */
import type { Lang } from '../i18n/Bilingual';
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
  const zh = lang === 'zh';
  const title = zh
    ? `回测：${file}（${result.observedYear} 年）对照模拟 ${result.simulatedYear} 年（${result.runs} 次模拟）`
    : `Backtest of ${file} (${result.observedYear}) against the simulated ${result.simulatedYear} (${result.runs} runs)`;
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  const money = (x: number): string => formatMoneyShort(x, lang);
  const parts = result.series.map((s): BacktestPart => {
    const q = s.quantile;
    const where = q.beyond === 'below'
      ? (zh ? '低于模拟第 5 百分位' : 'below the 5th percentile of the runs')
      : q.beyond === 'above'
        ? (zh ? '高于模拟第 95 百分位' : 'above the 95th percentile of the runs')
        : zh ? `位于模拟分布的第 ${pct(q.value)} 分位${q.from === 'band' ? '（由区间插值）' : ''}` : `at the ${pct(q.value)} quantile of the runs${q.from === 'band' ? ' (interpolated in the band)' : ''}`;
    const months = s.months.length;
    const inside = s.months.filter((m) => m.inside90).length;
    return {
      label: s.label[lang],
      sentence: zh
        ? `实际累计支付 ${money(s.observedTotalFen)}（至 ${months} 月末），${where}；${inside}/${months} 个月（${pct(s.insideShare)}）在模拟 90% 区间内。`
        : `observed ${money(s.observedTotalFen)} paid by the end of month ${months}, ${where}; ${inside} of ${months} months (${pct(s.insideShare)}) inside the simulated 90% band.`,
      columns: [
        { header: zh ? '月' : 'month', align: 'right' },
        { header: zh ? '实际' : 'observed', align: 'right' },
        { header: '5%', align: 'right' },
        { header: zh ? '中位数' : 'median', align: 'right' },
        { header: '95%', align: 'right' },
        { header: zh ? '90% 区间' : '90% band' },
      ],
      rows: s.months.map((m) => [
        String(m.month), money(m.observedFen), money(m.p5), money(m.p50), money(m.p95),
        m.inside90 ? (zh ? '区间内' : 'inside') : (zh ? '区间外' : 'outside'),
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
    out.push('', `${p.label}${lang === 'zh' ? '：' : ':'}`, `  ${p.sentence}`, '');
    out.push(...textTable(p.columns, p.rows).split('\n').map((l) => `  ${l}`));
  }
  return `${out.join('\n')}\n`;
}
