/**
 * The backtest as text, one paragraph per series: where the observed total falls among the runs and how many
 * months lie inside the simulated 90% band, then a month-by-month table.
 */
import type { Lang } from '../i18n/Bilingual';
import type { BacktestResult } from '../analysis/backtest';
import { formatMoneyShort } from '../stats/headlines';

/** @example formatBacktestText(result, 'en') // 'Backtest of paid.csv (2024) against …' */
export function formatBacktestText(result: BacktestResult, lang: Lang, file: string): string {
  const zh = lang === 'zh';
  const out: string[] = [
    zh
      ? `回测：${file}（${result.observedYear} 年）对照模拟 ${result.simulatedYear} 年（${result.runs} 次模拟）`
      : `Backtest of ${file} (${result.observedYear}) against the simulated ${result.simulatedYear} (${result.runs} runs)`,
  ];
  for (const s of result.series) {
    const q = s.quantile;
    const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
    const where = q.beyond === 'below'
      ? (zh ? '低于模拟第 5 百分位' : 'below the 5th percentile of the runs')
      : q.beyond === 'above'
        ? (zh ? '高于模拟第 95 百分位' : 'above the 95th percentile of the runs')
        : zh ? `位于模拟分布的第 ${pct(q.value)} 分位${q.from === 'band' ? '（由区间插值）' : ''}` : `at the ${pct(q.value)} quantile of the runs${q.from === 'band' ? ' (interpolated in the band)' : ''}`;
    const months = s.months.length;
    const inside = s.months.filter((m) => m.inside90).length;
    out.push('', `${s.label[lang]}:`);
    out.push(zh
      ? `  实际累计支付 ${formatMoneyShort(s.observedTotalFen, lang)}（至 ${months} 月末），${where}；${inside}/${months} 个月（${pct(s.insideShare)}）在模拟 90% 区间内。`
      : `  observed ${formatMoneyShort(s.observedTotalFen, lang)} paid by the end of month ${months}, ${where}; ${inside} of ${months} months (${pct(s.insideShare)}) inside the simulated 90% band.`);
    out.push(zh ? '  月   实际         5%           中位数       95%' : '  month observed     5%           median       95%');
    for (const m of s.months) {
      const f = (x: number): string => formatMoneyShort(x, lang).padEnd(12);
      out.push(`  ${String(m.month).padStart(2)}  ${f(m.observedFen)} ${f(m.p5)} ${f(m.p50)} ${f(m.p95)}${m.inside90 ? '' : zh ? ' 区间外' : ' outside'}`);
    }
  }
  return `${out.join('\n')}\n`;
}
