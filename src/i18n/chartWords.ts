/**
 * The words of the chart specs (src/charts): each entry is a text in both languages or takes the figures already
 * written for people (strings) and gives the text in both. The logic that picks and formats the figures stays in
 * src/charts.
 */
import type { Bilingual } from './Bilingual';

/** The tornado chart of a sensitivity (src/charts/tornado.ts). */
export const tornadoWords = {
  titleExhausted: { zh: '敏感性：什么推动资金池在年内用完', en: 'Sensitivity: what moves the chance the pool runs out' },
  titlePaid: { zh: '敏感性：什么推动全年支付', en: 'Sensitivity: what moves the money paid' },
  axisPaid: { zh: '全年支付均值的变化', en: 'Change in money paid, mean' },
  input: { zh: '输入', en: 'Input' },
  move: { zh: '变动', en: 'Move' },
  notApplicable: { zh: '不改变情景的输入', en: 'Inputs the move does not change' },
  cannotMove: { zh: '不影响此指标的输入（每次模拟的差值都是0）', en: 'Inputs that cannot move this measure (a difference of 0 in every run)' },
  merged: { zh: '同一变动（逐次模拟结果相同），合并为一行', en: 'the same change (identical in every run), shown as one row' },
  interval: { zh: '线：配对差的95%区间（同一批模拟）', en: 'line: 95% interval of the paired difference (same runs)' },
  chanceBy: (by: string): Bilingual => ({ zh: `${by}前用完的概率`, en: `P(runs out by ${by})` }),
  baselineChance: (chance: string, value: string): Bilingual => ({ zh: `基准：${chance} ${value}`, en: `Baseline: ${chance} ${value}` }),
  baselinePaid: (value: string): Bilingual => ({ zh: `基准：全年支付均值 ${value}`, en: `Baseline: money paid, mean ${value}` }),
  about: (scenario: string, year: string, scheme: string, delta: string, runs: string, seed: string): Bilingual => ({
    zh: `${scenario}，${year}年，${scheme}资金池；各输入分别变动 ±${delta}，${runs} 次模拟（随机种子 ${seed}，共同随机数）`,
    en: `${scenario}, ${year}, pool of the ${scheme}; each input moved by ±${delta} alone, ${runs} runs (seed ${seed}, common random numbers)`,
  }),
  axisChance: (chance: string): Bilingual => ({ zh: `${chance}的变化（百分点）`, en: `Change in ${chance} (percentage points)` }),
  colon: { zh: '：', en: ': ' },
  listSep: { zh: '、', en: ', ' },
};

/** Month axes (src/charts/chartBase.ts): a Vega expression of a month number 1–12, and a D3 UTC date format. */
export const monthAxisWords = {
  monthLabelExpr: {
    zh: "datum.value + '月'",
    en: "['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][datum.value - 1]",
  },
  dateFormat: { zh: '%-m月', en: '%b' },
};

/** The heatmap of a sweep (src/charts/heatmap.ts); `pool`, `cap` and `ratio` name the swept inputs' axes. */
export const heatmapWords = {
  title: { zh: '资金池在年内用完的概率', en: 'Chance the pool runs out by 31 December' },
  pool: { zh: '资金池', en: 'Pool' },
  cap: { zh: '单家企业年度上限', en: 'Yearly cap per firm' },
  ratio: { zh: '补贴比例缩放（相对情景）', en: 'Ratio scale (of the scenario\'s ratios)' },
  p: { zh: '用完概率', en: 'P(runs out)' },
  /** `maxSe`: the largest standard error, in percentage points. */
  subtitle: (scenario: string, year: string, scheme: string, runs: string, seed: string, maxSe: string): Bilingual => ({
    zh: `${scenario}，${year}年，方案 ${scheme}；每格 ${runs} 次模拟（随机种子 ${seed}，共同随机数），标准误最大 ${maxSe} 个百分点`,
    en: `${scenario}, ${year}, ${scheme}; ${runs} runs per cell (seed ${seed}, common random numbers), standard error at most ${maxSe} pp`,
  }),
};

/** The diagnostics of a fitted population (src/charts/fitDiagnostics.ts). */
export const fitDiagnosticsWords = {
  hist: { zh: '合同金额：直方图与拟合密度（对数轴）', en: 'Contract amounts: histogram and fitted density (log axis)' },
  qq: { zh: '合同金额 QQ 图：ln(金额) 与拟合分位数', en: 'Contract amounts QQ plot: ln(amount) against fitted quantiles' },
  months: { zh: '每月申请数：各年实际与拟合季节性', en: 'Applications by month: each year against the fitted seasonality' },
  amount: { zh: '合同金额（万元，对数轴）', en: 'contract amount (million yuan, log axis)' },
  density: { zh: '密度（每 ln 元）', en: 'density (per ln yuan)' },
  fitted: { zh: '拟合分位数 ln(元)', en: 'fitted quantile, ln(yuan)' },
  observed: { zh: '实际 ln(元)', en: 'observed ln(yuan)' },
  month: { zh: '月份', en: 'month' },
  count: { zh: '申请数', en: 'applications' },
  year: { zh: '年份', en: 'year' },
  empirical: { zh: '经验分布', en: 'empirical' },
  lognormal: { zh: '对数正态', en: 'lognormal' },
  expected: { zh: '拟合', en: 'fitted' },
};

/** The vouchers in the diagnostics' panel names, short in English (`compute`, not `compute voucher`). */
export const fitVoucherNames = {
  compute: { zh: '算力券', en: 'compute' },
  corpus: { zh: '语料券', en: 'corpus' },
  model: { zh: '模型券', en: 'model' },
};

/** The backtest chart (src/charts/backtestChart.ts). */
export const backtestChartWords = {
  title: { zh: '回测：实际累计支付与模拟区间', en: 'Backtest: observed cumulative payments over the simulated bands' },
  subtitle: { zh: '橙色：实际；蓝色：模拟中位数、25–75% 与 5–95% 区间', en: 'orange: observed; blue: simulated median, 25–75% and 5–95% bands' },
  month: { zh: '月末', en: 'end of month' },
  paid: { zh: '累计支付', en: 'paid so far' },
  /** One panel: the series' label, the year of the payments and the simulated year. */
  panel: (label: string, observedYear: string, simulatedYear: string): Bilingual => ({
    zh: `${label} (${observedYear} vs 模拟 ${simulatedYear})`,
    en: `${label} (${observedYear} vs simulated ${simulatedYear})`,
  }),
};

/** The who-pays chart (src/charts/whoPays.ts): what its bars and whiskers show. */
export const whoPaysWords = {
  whiskers: { zh: '柱：每次模拟的均值；线：5%–95%', en: 'bar: mean per run; line: 5–95% of runs' },
};

/** The punctuation of the charts' text (src/charts/chartBase.ts). */
export const chartTextWords = {
  /** An axis title with its unit: `累计支付（万元）`, `Cumulative paid (million yuan)`. */
  titleInUnit: (title: string, unit: string): Bilingual => ({ zh: `${title}（${unit}）`, en: `${title} (${unit})` }),
  /** A subtitle line for one scenario of a comparison: `name: sentence`. */
  prefixed: (name: string, sentence: string): Bilingual => ({ zh: `${name}：${sentence}`, en: `${name}: ${sentence}` }),
  listSep: { zh: '、', en: ', ' },
};
