/**
 * The words on the charts (titles, axis names, legend entries), both languages side by side. Sentences that
 * read numbers come from src/stats/headlines.ts.
 */
import type { Bilingual } from '../i18n/Bilingual';

export const chartLabels = {
  budgetTitle: { zh: '资金池消耗：全年累计支付', en: 'Budget exhaustion: money paid over the year' },
  exhaustionTitle: { zh: '资金池用完日期的分布（按周）', en: 'When the pool runs out (by week)' },
  grantPerFirmTitle: { zh: '各类企业每家获补助', en: 'Grant per firm by tier' },
  shareOfPoolTitle: { zh: '各类企业占用资金份额', en: 'Share of the money by tier' },
  capShareTitle: { zh: '达到年度上限的企业占比', en: 'Share of firms reaching the yearly cap' },
  subsidyRateTitle: { zh: '实际补助率（补助 ÷ 合同金额）', en: 'Effective subsidy rate (grant ÷ contract fee)' },
  unmetByMonthTitle: { zh: '按月未满足的需求', en: 'Unmet demand by month' },
  unmetByTierTitle: { zh: '各类企业未满足的需求', en: 'Unmet demand by tier' },
  whoPaysTitle: { zh: '各级财政承担的资金', en: 'Who pays: province, city, district' },
  date: { zh: '日期', en: 'Date' },
  weekStart: { zh: '周（起始日）', en: 'Week (starting)' },
  cumulativePaid: { zh: '累计支付', en: 'Cumulative paid' },
  shareOfRuns: { zh: '模拟次数占比', en: 'Share of runs' },
  grantPerFirm: { zh: '每家企业获补助', en: 'Grant per firm' },
  shareOfPaid: { zh: '资金占比', en: 'Share of the money' },
  atCapShare: { zh: '达上限企业占比', en: 'Firms at the cap' },
  subsidyRate: { zh: '实际补助率', en: 'Subsidy rate' },
  unmet: { zh: '未满足需求均值', en: 'Unmet demand, mean' },
  paidByLevel: { zh: '支付金额', en: 'Money paid' },
  tier: { zh: '企业类型', en: 'Tier' },
  category: { zh: '算力类别', en: 'Compute category' },
  month: { zh: '月份', en: 'Month' },
  level: { zh: '层级', en: 'Level' },
  scheme: { zh: '方案', en: 'Scheme' },
  scenario: { zh: '情景', en: 'Scenario' },
  kind: { zh: '类型', en: 'Kind' },
  refused: { zh: '被拒', en: 'refused' },
  scaled: { zh: '被削减', en: 'cut' },
  pool: { zh: '资金池', en: 'pool' },
  province: { zh: '省级', en: 'province' },
  city: { zh: '市级', en: 'city' },
  district: { zh: '区级', en: 'district' },
  median: { zh: '中位数', en: 'median' },
  band: { zh: '线：中位数；阴影：5%–95% 与 25%–75% 分位', en: 'line: median; shading: 5–95% and 25–75% of runs' },
  box: { zh: '线：5%–95%；框：25%–75%；横线：中位数', en: 'line: 5–95%; box: 25–75%; tick: median' },
  whiskers: { zh: '柱：全部模拟合计；线：各次模拟的5%–95%', en: 'bar: all runs together; line: 5–95% of runs' },
  noPool: { zh: '没有方案设定资金池上限', en: 'No scheme has a pool limit' },
  // {year}: the year drawn; {names}: the schemes, joined.
  notInForce: { zh: '{year}年未施行：{names}', en: 'Not in force in {year}: {names}' },
  noneInForce: { zh: '{year}年没有施行中的方案', en: 'No scheme is in force in {year}' },
  noData: { zh: '没有数据', en: 'No data' },
} satisfies Record<string, Bilingual>;
