/**
 * Every text of the page in Chinese and English, in one place so both can be reviewed together. Texts from
 * the library (user errors, chart titles and sentences) come from src/i18n and src/charts; these are the
 * page's own words. Entries are `{zh, en}` or functions returning one.
 */
import type { Bilingual, Lang } from '../i18n/Bilingual';

const b = (zh: string, en: string): Bilingual => ({ zh, en });

export const strings = {
  appTitle: b('AI 券补贴模拟器', 'AI voucher subsidy simulator'),
  appSubtitle: b('算力券 · 语料券 · 模型券 的蒙特卡洛模拟', 'Monte Carlo simulation of compute, corpus and model vouchers'),
  switchTo: b('English', '中文'),
  switchToLabel: b('Switch to English', '切换到中文'),

  // scenario picker
  scenario: b('情景', 'Scenario'),
  builtin: b('内置情景', 'Built-in scenarios'),
  loadYaml: b('打开 YAML 文件…', 'Open a YAML file…'),
  ownFile: (name: string): Bilingual => b(`自己的文件：${name}`, `Your file: ${name}`),
  compareWith: b('加入对比…', 'Compare with…'),
  compareAdd: b('添加', 'Add'),
  compareRemove: b('移除', 'Remove'),
  compareTitle: b('对比', 'Comparison'),
  compareHint: b('同一组随机种子下对比多个情景（相同的企业、相同的申请）。', 'Scenarios are compared on the same seeds (the same firms, the same applications).'),
  layout: b('对比方式', 'Comparison layout'),
  layoutSide: b('并排', 'Side by side'),
  layoutOverlay: b('叠加', 'Overlaid'),
  maxSlots: (n: number): Bilingual => b(`最多对比 ${n} 个情景`, `At most ${n} scenarios can be compared`),

  // run
  runSection: b('运行', 'Run'),
  runs: b('模拟次数', 'Runs'),
  seed: b('随机种子', 'Seed'),
  run: b('运行模拟', 'Run simulation'),
  cancel: b('取消', 'Cancel'),
  running: b('模拟中…', 'Simulating…'),
  runsDone: (done: string, total: string): Bilingual => b(`已完成 ${done} / ${total} 次`, `${done} of ${total} runs done`),
  timeLeft: (t: string): Bilingual => b(`剩余约 ${t}`, `about ${t} left`),
  timeLeftUnknown: b('正在估计剩余时间…', 'estimating time left…'),
  seconds: (s: string): Bilingual => b(`${s} 秒`, `${s} s`),
  finished: (runs: string, secs: string, workers: number): Bilingual =>
    b(`${runs} 次模拟，用时 ${secs} 秒（${workers} 个线程）`, `${runs} runs in ${secs} s (${workers} threads)`),
  cancelled: b('已取消：结果未更新。', 'Cancelled: the results were not updated.'),
  stale: b('输入已更改：点击“运行模拟”更新结果。', 'Inputs changed: press “Run simulation” to update the results.'),
  notRunInvalid: b('输入有误，未运行：请先修正标红的字段。', 'Not run: correct the fields marked in red first.'),
  runFailed: b('模拟出错：', 'The simulation failed: '),
  runsInvalid: (max: string): Bilingual => b(`模拟次数须为 1 到 ${max} 之间的整数`, `runs must be a whole number from 1 to ${max}`),
  seedInvalid: b('随机种子不能为空，最多 100 个字符', 'the seed must not be empty, at most 100 characters'),

  // form
  inputs: b('主要参数', 'Main inputs'),
  rulesSection: b('资金池、比例与上限', 'Pools, ratios and caps'),
  optionsSection: b('政策文件的歧义选项', 'Ambiguity options of the documents'),
  populationSection: b('企业总体', 'Population of firms'),
  allocationSection: b('资金池不足时的分配方式', 'When a pool runs short'),
  pool: b('每年资金池', 'Pool per year'),
  ratioScale: b('比例缩放', 'Ratio scale'),
  ratioScaleHelp: b('文件所列比例均为最高标准；100% 即按最高比例执行。', 'The published ratios are maxima; 100% applies them in full.'),
  cap: b('每家企业每年上限', 'Cap per firm per year'),
  unlimited: b('不限', 'unlimited'),
  firms: b('每年考虑申请的企业数', 'Firms considering an application each year'),
  tierShare: (tier: Bilingual): Bilingual => b(`${tier.zh}占比`, `Share of ${tier.en}`),
  tierMixHelp: b('各档占比之和须为 100%。', 'The shares must add up to 100%.'),
  mechanism: b('分配机制', 'Mechanism'),
  period: b('批次周期', 'Batch period'),
  firstYearPool: b('首年资金池', 'Pool in the first year'),
  resetField: b('恢复文件中的值', 'Back to the file’s value'),
  defaultOption: b('（默认）', '(default)'),
  optionCurrent: (value: string, isDefault: boolean): Bilingual => b(`${value}${isDefault ? '（默认）' : ''}`, `${value}${isDefault ? ' (default)' : ''}`),

  mechanisms: {
    'fcfs-partial': b('先到先得，最后一笔按余额部分支付', 'First come, first served; the last one paid in part'),
    'fcfs-strict': b('先到先得，余额不足的整笔不予支付', 'First come, first served; what no longer fits whole is refused'),
    'batch-prorata': b('分批受理，超额时按比例缩减', 'Batches, scaled down pro rata when oversubscribed'),
    'batch-ranked': b('分批受理，按优先顺序支付', 'Batches, paid in order of priority'),
    lottery: b('分批受理，抽签决定顺序', 'Batches, paid in a random order (lottery)'),
  } as Record<string, Bilingual>,
  periods: { month: b('按月', 'monthly'), quarter: b('按季度', 'quarterly') } as Record<string, Bilingual>,
  firstYearPools: {
    full: b('全年额度', 'the whole yearly pool'),
    prorated: b('按施行天数折算', 'pro-rated to the days in force'),
  } as Record<string, Bilingual>,
  optionHint: (accepts: Bilingual): Bilingual => b(`可填：${accepts.zh}`, `Accepts: ${accepts.en}`),
  explain: b('为什么有这个选项', 'Why this option'),
  poolPlaceholder: (v: Bilingual): Bilingual => b(`按政策：${v.zh}`, `published: ${v.en}`),
  poolNonePublished: b('政策未公布：须填写金额或 unlimited', 'none published: give an amount or unlimited'),
  capPlaceholder: (v: Bilingual): Bilingual => b(`按政策：${v.zh}`, `published: ${v.en}`),
  amountHint: b('如 2.5亿元、800万元 或 300000000', 'e.g. 2.5亿元, 800万元 or 300000000'),
  poolHint: b('如 2.5亿元；unlimited 表示不限', 'e.g. 2.5亿元; unlimited for no limit'),
  editing: b('编辑', 'Editing'),

  // errors in inputs
  yamlErrors: (file: string): Bilingual => b(`无法读取 ${file}：`, `Cannot read ${file}:`),
  fileTooLarge: b('文件过大（最多 200,000 个字符）', 'The file is too large (at most 200,000 characters)'),
  linkUnreadable: b('链接中的页面状态已损坏，已打开默认情景。', 'The page state in the link is damaged; the default scenario is shown instead.'),
  linkInvalid: b('链接中的页面状态无效，已打开默认情景。', 'The page state in the link is not valid; the default scenario is shown instead.'),
  unknownBuiltin: (file: string): Bilingual => b(`没有内置情景 ${file}`, `There is no built-in scenario ${file}`),
  editPathInvalid: (path: string): Bilingual => b(`无法在文件中设置 ${path}：它所在的位置不是映射或列表`, `Cannot set ${path} in the file: a value on its path is not a map or a list`),

  // results
  year: b('年份', 'Year'),
  notSimulated: (names: string, year: number): Bilingual => b(`${names} 未模拟 ${year} 年，此年不显示。`, `${names}: ${year} is not simulated, so not shown for this year.`),
  listSep: b('、', ', '),
  assumptions: b('假设', 'Assumptions'),
  headline: b('要点', 'Key findings'),
  noResults: b('尚无结果。', 'No results yet.'),
  options: b('生效的歧义选项', 'Ambiguity options in force'),
  allocation: b('分配方式', 'Allocation'),
  colon: b('：', ': '),
  kpiExhausted: (scheme: Bilingual, year: number): Bilingual =>
    b(`${scheme.zh}：资金池在 ${year} 年内用尽的概率`, `${scheme.en}: chance the pool runs out in ${year}`),
  kpiPaid: (year: number): Bilingual => b(`${year} 年支出（中位数）`, `Paid in ${year} (median)`),
  kpiUnmet: b('未满足的申请额（中位数）', 'Unmet requests (median)'),
  kpiRefused: b('一分未得的企业 / 申请企业（均值）', 'Firms refused / firms applying (mean)'),

  // tables
  colScenario: b('情景', 'Scenario'),
  tableSchemes: b('各项目：资金池、支出与缺口（每次模拟）', 'Schemes: pool, money paid and unmet (per run)'),
  colScheme: b('项目', 'Scheme'),
  colPool: b('资金池', 'Pool'),
  colPaidMedian: b('支出中位数', 'Paid, median'),
  colPaidP5: b('支出 5%', 'Paid, 5th pct'),
  colPaidP95: b('支出 95%', 'Paid, 95th pct'),
  colRequestedMedian: b('申请额中位数', 'Requested, median'),
  colUnmetMedian: b('缺口中位数', 'Unmet, median'),
  colExhausted: b('年内用尽概率', 'P(runs out in the year)'),
  colExhaustedDate: b('用尽日期中位数', 'Runs out, median date'),
  colFirmsFunded: b('获全额企业（均值）', 'Firms paid in full (mean)'),
  colFirmsRefused: b('被拒企业（均值）', 'Firms refused (mean)'),
  tableTiers: b('各档企业：所得与覆盖', 'Tiers of firms: what they receive'),
  colTier: b('档位', 'Tier'),
  colFirmsApplying: b('申请企业（均值）', 'Firms applying (mean)'),
  colGrantMedian: b('每家所得中位数', 'Grant per firm, median'),
  colGrantP95: b('每家所得 95%', 'Grant per firm, 95th pct'),
  colShareOfPaid: b('占支出比例', 'Share of money paid'),
  colSubsidyRate: b('实际补贴率', 'Effective subsidy rate'),
  colAtCap: b('达上限企业比例', 'Share of firms at a cap'),
  colRefusedShare: b('被拒企业比例', 'Share of firms refused'),
  tableLevels: b('谁出钱：省、市、区', 'Who pays: province, city, district'),
  colLevel: b('层级', 'Level'),
  colPaidMean: b('支出均值', 'Paid, mean'),
  colShare: b('占比', 'Share'),
  levels: { province: b('省', 'Province'), city: b('市', 'City'), district: b('区', 'District') } as Record<string, Bilingual>,

  // export and share
  exportSvg: b('SVG', 'SVG'),
  exportPng: b('PNG', 'PNG'),
  exportCsv: b('CSV', 'CSV'),
  exportSummary: b('下载 summary.json', 'Download summary.json'),
  exportTitle: b('导出', 'Export'),
  share: b('分享与复现', 'Share and reproduce'),
  copyLink: b('复制链接', 'Copy link'),
  copied: b('已复制', 'Copied'),
  linkHelp: b('链接中保存了整个页面状态（情景、修改、次数、种子、语言）。', 'The link holds the whole page state (scenarios, edits, runs, seed, language).'),
  cliHelp: b('在本项目目录中运行以下命令可得到相同的数字：', 'Run this in a clone of the project to get the same numbers:'),
  cliEditedHelp: (file: string): Bilingual =>
    b(`此情景已修改或来自你的文件：先下载 YAML，保存为 ${file}，再运行：`, `This scenario was edited or is your own file: download its YAML, save it as ${file}, then run:`),
  downloadYaml: b('下载 YAML', 'Download YAML'),
  compareCliHelp: b('对比（同一组种子，第一个为基准）：', 'The comparison (same seeds, the first is the baseline):'),
  workersNote: (n: number): Bilingual => b(`${n} 个 Web Worker 线程`, `${n} Web Worker threads`),
} as const;

/** The text of `s` in `lang`. */
export function t(s: Bilingual, lang: Lang): string {
  return s[lang];
}

/**
 * Every character the page's own texts can show (functions called with empty arguments), so that the fonts
 * they need are loaded before the first drawing.
 */
export function allStringsText(): string {
  const blank = { zh: '', en: '' };
  const walk = (v: unknown): string => {
    if (typeof v === 'string') return v;
    if (typeof v === 'function') return walk((v as (...a: unknown[]) => unknown)(blank, blank, blank));
    if (v && typeof v === 'object') return Object.values(v).map(walk).join('');
    return '';
  };
  return walk(strings);
}
