/**
 * The words of the text reports (headers, section names), both languages side by side so they are reviewed
 * together. The sentences that read numbers are in headlineWords.ts.
 */
import type { Bilingual } from './Bilingual';

export const reportLabels = {
  scenario: { zh: '情景', en: 'Scenario' },
  seed: { zh: '随机种子', en: 'Seed' },
  runs: { zh: '模拟次数', en: 'Runs' },
  mechanism: { zh: '资金不足时的分配方式', en: 'When a pool runs short' },
  options: { zh: '政策选项', en: 'Policy options' },
  firstYearPool: { zh: '首年资金池', en: 'First-year pool' },
  year: { zh: '年度', en: 'Year' },
  headlines: { zh: '要点：', en: 'Headlines:' },
  schemes: { zh: '各方案（每次模拟的均值；中位数 [5%–95%]）', en: 'Schemes (mean per run; median [5–95%])' },
  scheme: { zh: '方案', en: 'Scheme' },
  pool: { zh: '资金池', en: 'Pool' },
  unlimited: { zh: '不限', en: 'no limit' },
  notInForce: { zh: '未施行', en: 'not in force' },
  requested: { zh: '申请额均值', en: 'Requested, mean' },
  paid: { zh: '已支付', en: 'Paid' },
  paidRange: { zh: '已支付 中位数 [5%–95%]', en: 'Paid, median [5–95%]' },
  unmet: { zh: '未满足均值', en: 'Unmet, mean' },
  exhaustedP: { zh: '年内用完概率', en: 'P(runs out)' },
  exhaustedMedian: { zh: '用完日期中位数', en: 'Median date it runs out' },
  total: { zh: '合计', en: 'Total' },
  tiers: { zh: '按企业类型', en: 'By firm tier' },
  tier: { zh: '类型', en: 'Tier' },
  firms: { zh: '企业数', en: 'Firms' },
  grantPerFirm: { zh: '每家补助中位数', en: 'Median grant per firm' },
  shareOfPaid: { zh: '资金占比', en: 'Share of money' },
  subsidyRate: { zh: '实际补助率', en: 'Subsidy rate' },
  atCap: { zh: '达上限企业占比', en: 'Firms at cap' },
  levels: { zh: '各级财政承担', en: 'Who pays' },
  level: { zh: '层级', en: 'Level' },
  share: { zh: '占比', en: 'Share' },
  province: { zh: '省级', en: 'Province' },
  city: { zh: '市级', en: 'City' },
  district: { zh: '区级', en: 'District' },
  unmetByMonth: { zh: '按月未满足需求（均值）', en: 'Unmet demand by month (mean)' },
  month: { zh: '月份', en: 'Month' },
  refused: { zh: '被拒金额', en: 'Refused' },
  scaled: { zh: '削减金额', en: 'Cut' },
  appsRefused: { zh: '被拒申请数', en: 'Applications refused' },
  compare: { zh: '情景比较', en: 'Scenario comparison' },
  metric: { zh: '指标', en: 'Figure' },
  // "{x}" is the baseline scenario's id; the brackets match the cells' "+1.20 [+0.90, +1.50]".
  differenceVs: { zh: '与 {x} 之差', en: 'Difference vs {x}' },
  interval: { zh: '[95%区间]', en: '[95% interval]' },
  pairedNote: {
    zh: '差值为同一随机种子下逐次模拟的配对差均值，[ ] 内为95%区间；未给区间的行是两份汇总数字之差。',
    en: 'Differences are means of the paired per-run differences (same seeds), with 95% intervals in [ ]; rows without an interval compare the summaries\' figures.',
  },
  poolMedian: { zh: '资金池', en: 'pool' },
  firmsRefused: { zh: '被拒企业数', en: 'Firms refused' },
  unmetShare: { zh: '未满足占申请额', en: 'Unmet share of demand' },
  none: { zh: '—', en: '—' },
  paidMean: { zh: '已支付均值', en: 'Paid, mean' },
  // after a scenario's title or id: an edited run and its unedited file share the id
  edited: { zh: '（已修改）', en: ' (edited)' },
  // after a difference of days: "+12天" / "+12 d"
  dayUnit: { zh: '天', en: ' d' },
  noCap: { zh: '不设上限', en: 'no cap' },
  // after an option's value
  optionSet: { zh: '（已改，非默认）', en: ' (set, not the default)' },
  optionDefault: { zh: '（默认）', en: ' (default)' },
  // the provenance line: "情景：A 对比 B · 1,000次模拟 · 种子 s · …"; "{x}" is a count or the seed
  provenanceScenario: { zh: '情景：', en: 'Scenario: ' },
  provenanceVs: { zh: ' 对比 ', en: ' vs ' },
  provenanceRuns: { zh: '{x}次模拟', en: '{x} runs' },
  provenanceSeed: { zh: '种子 {x}', en: 'seed {x}' },
  illustrativePopulation: { zh: '申请企业：示意性假设', en: 'population: illustrative' },
} satisfies Record<string, Bilingual>;

/** Allocation mechanisms, worded as on the page (src/web/strings.ts). */
export const mechanismWords: Record<string, Bilingual> = {
  'fcfs-partial': { zh: '先到先得，最后一笔按余额部分支付', en: 'First come, first served; the last one paid in part' },
  'fcfs-strict': { zh: '先到先得，余额不足的整笔不予支付', en: 'First come, first served; what no longer fits whole is refused' },
  'batch-prorata': { zh: '分批受理，超额时按比例缩减', en: 'Batches, scaled down pro rata when oversubscribed' },
  'batch-ranked': { zh: '分批受理，按优先顺序支付', en: 'Batches, paid in order of priority' },
  lottery: { zh: '分批受理，抽签决定顺序', en: 'Batches, paid in a random order (lottery)' },
};

/** Batch periods and first-year pools, worded as on the page. */
export const periodWords: Record<string, Bilingual> = { month: { zh: '按月', en: 'monthly' }, quarter: { zh: '按季度', en: 'quarterly' } };
export const firstYearPoolWords: Record<string, Bilingual> = {
  full: { zh: '全年额度', en: 'the whole yearly pool' },
  prorated: { zh: '按施行天数折算', en: 'pro-rated to the days in force' },
};
