/**
 * Every text of the page in Chinese and English, in one place so both can be reviewed together. Texts from
 * the library (user errors, chart titles and sentences) come from src/i18n and src/charts; these are the
 * page's own words. Entries are `{zh, en}` or functions returning one.
 */
import type { Bilingual, Lang } from './Bilingual';

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
  linkNeedsData: b(
    '此链接引用的申请数据只在本页内存中：在别处打开时会提示缺少文件，需重新选择同一 CSV。',
    'This link refers to applications data held only in this page\'s memory: opened elsewhere it reports the file missing until the same CSV is chosen again.',
  ),
  runFailedKept: b('（上次的结果保留在下方。）', ' (The previous results are kept below.)'),
  memoryAboveLimit: (mb: number, limitMb: number, firms: string, applications: string, workers: number): Bilingual => b(
    `未运行：模拟预计需要约 ${mb} MB 内存，超过页面 ${limitMb} MB 的上限（每次模拟约 ${firms} 家企业、${applications} 份申请，${workers} 个线程）。请减少企业数、合同数或模拟次数，或用命令行运行（quansim run … --max-memory <MB>）。`,
    `Not run: the simulation would need about ${mb} MB of memory, above the page's limit of ${limitMb} MB (about ${firms} firms and ${applications} applications a run, ${workers} threads). Use fewer firms, contracts or runs, or run it from the command line (quansim run … --max-memory <MB>).`,
  ),
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
  linkTooLarge: (mb: number): Bilingual => b(`链接中的页面状态解压后超过 ${mb} MB 的上限，已打开默认情景。`, `The page state in the link decompresses to more than the limit of ${mb} MB; the default scenario is shown instead.`),
  linkInvalid: b('链接中的页面状态无效，已打开默认情景。', 'The page state in the link is not valid; the default scenario is shown instead.'),
  unknownBuiltin: (file: string): Bilingual => b(`没有内置情景 ${file}`, `There is no built-in scenario ${file}`),

  // results
  year: b('年份', 'Year'),
  notSimulated: (names: string, year: number): Bilingual => b(`${names} 未模拟 ${year} 年，此年不显示。`, `${names}: ${year} is not simulated, so not shown for this year.`),
  listSep: b('、', ', '),
  assumptions: b('假设', 'Assumptions'),
  differences: b('与基准的差异（同一批随机种子，逐次配对）', 'Difference from the baseline (same seeds, paired run by run)'),
  diffVsBaseline: (a: string, base: string) => b(`${a} 对比 ${base}`, `${a} vs ${base}`),
  diffMetric: b('指标', 'Measure'),
  diffBase: b('基准', 'Baseline'),
  diffValue: b('本情景', 'This scenario'),
  diffPaired: b('差异 [95%区间]', 'Difference [95% interval]'),
  diffNote: (runs: number) => b(`差异为${runs}次运行逐次配对之差的均值；方括号内为均值的95%置信区间（正态近似），与 quansim compare 相同。`, `Each difference is the mean of ${runs} paired run-by-run differences; brackets give its 95% interval (normal approximation), as quansim compare.`),
  present: b('演示', 'Present'),
  presentHint: b('逐张全屏显示图表：← → 翻页，Esc 退出', 'Charts one at a time, full screen: ← → to move, Esc to leave'),
  presentClose: b('退出（Esc）', 'Leave (Esc)'),
  printA4: b('打印 / PDF（A4）', 'Print / PDF (A4)'),
  printSlides: b('打印 / PDF（16:9）', 'Print / PDF (16:9)'),
  staleResults: b('当前输入有误，下方为上一次成功运行的结果（已变灰）；请先修正输入。', 'The inputs have errors: the results below are from the last good run (greyed); fix the inputs first.'),
  reportDownload: b('下载报告（HTML）', 'Download report (HTML)'),
  reportDownloadHint: b('与 quansim report 相同的独立 HTML 报告，针对当前屏幕上的情景', 'The same self-contained HTML report as quansim report, for the scenarios on screen'),
  changesTitle: b('相对原情景的修改（原值 → 新值）', 'Changed from the published scenario (old → new)'),
  headline: b('要点', 'Key findings'),
  noResults: b('尚无结果。', 'No results yet.'),
  options: b('生效的歧义选项', 'Ambiguity options in force'),
  allocation: b('分配方式', 'Allocation'),
  colon: b('：', ': '),
  kpiExhausted: (scheme: Bilingual, year: number): Bilingual =>
    b(`${scheme.zh}：资金池在 ${year} 年内用尽的概率`, `${scheme.en}: chance the pool runs out in ${year}`),
  kpiPaid: (year: number): Bilingual => b(`${year} 年支出（中位数）`, `Paid in ${year} (median)`),
  kpiUnmet: b('未满足的申请额（均值）', 'Unmet requests (mean)'),
  kpiNotInForce: b('未施行', 'not in force'),
  noCap: b('不设上限', 'no cap'),
  kpiNotInForceNote: (scheme: Bilingual, year: number): Bilingual =>
    b(`${scheme.zh}：${year} 年未施行（无资金池，无申请）`, `${scheme.en}: not in force in ${year} (no pool, no applications)`),
  kpiRefused: b('一分未得的企业 / 申请企业（均值）', 'Firms refused / firms applying (mean)'),

  // tables
  colScenario: b('情景', 'Scenario'),
  tableSchemes: b('各项目：资金池、支出与缺口（每次模拟）', 'Schemes: pool, money paid and unmet (per run)'),
  colScheme: b('项目', 'Scheme'),
  colPool: b('资金池', 'Pool'),
  colPaidMedian: b('支出中位数', 'Paid, median'),
  colPaidP5: b('支出 5%', 'Paid, 5th pct'),
  colPaidP95: b('支出 95%', 'Paid, 95th pct'),
  colRequestedMean: b('申请额均值', 'Requested, mean'),
  colUnmetMean: b('缺口均值', 'Unmet, mean'),
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

  // runs: auto (as `quansim run --runs auto`)
  runsAuto: b('自动：直到要点数字稳定', 'auto: until the key figures are stable'),
  runsAutoHelp: (batch: string, p: string, days: string, paid: string, max: string): Bilingual => b(
    `每批 ${batch} 次，逐批增加，直到年内用完概率（±${p} 个百分点）、用完日期中位数（±${days} 天）和全年支付的 5%、95% 分位数（±资金池的 ${paid}%）在 95% 置信水平上都稳定；最多 ${max} 次。与 quansim run --runs auto 在同一种子下停在同一次数。`,
    `Adds batches of ${batch} runs until the chance the pool runs out (±${p} pp), the median date it runs out (±${days} days) and the 5th and 95th percentiles of money paid (±${paid}% of the pool) are stable at 95%; at most ${max} runs. Stops where quansim run --runs auto stops for the same seed.`),
  autoRunsDone: (runs: string, batch: number): Bilingual => b(`已完成 ${runs} 次（第 ${batch} 批）`, `${runs} runs done (batch ${batch})`),
  autoOutside: (outside: number, counted: number): Bilingual =>
    b(`上一批后 ${counted} 个要点数字中 ${outside} 个仍超出容差`, `after the last batch ${outside} of ${counted} key figures still outside tolerance`),
  autoFirstBatch: b('第一批后检查要点数字是否稳定', 'the key figures are checked after the first batch'),
  autoChosen: (runs: string): Bilingual => b(`已选定 ${runs} 次模拟，正在汇总…`, `${runs} runs chosen; summarizing…`),
  autoConverged: (runs: string, batches: number): Bilingual =>
    b(`自动：${batches} 批、${runs} 次后要点数字均已稳定`, `auto: key figures stable after ${runs} runs (${batches} batches)`),
  autoNotConverged: (runs: string): Bilingual =>
    b(`自动：已达上限 ${runs} 次，仍有要点数字未稳定`, `auto: reached the limit of ${runs} runs with key figures still not stable`),

  // Monte Carlo errors beside the figures
  mcPoints: (se: string): Bilingual => b(`± ${se} 个百分点`, `± ${se} pp`),
  mcDays: (se: string): Bilingual => b(`± ${se} 天`, `± ${se} d`),
  mcMoney: (m: string): Bilingual => b(`± ${m}`, `± ${m}`),
  mcInterval: (lo: string, hi: string): Bilingual => b(`95% 区间 ${lo}–${hi}`, `95%: ${lo}–${hi}`),
  tierTotal: b('合计', 'Total'),
  mcOneValue: b('95% 区间只有这一个值', 'its 95% interval is this one value'),
  mcTooFew: b('模拟次数太少，无法给出误差', 'too few runs for an error'),
  mcTitle: b(
    '± 后为蒙特卡洛标准误：换一个随机种子重复同样次数的模拟，这个数字通常会变动这么多。',
    'After ± is the Monte Carlo standard error: how much this figure typically moves if the same number of runs is repeated with another seed.'),
  mcHeadline: (p: string, se: string, interval: string): Bilingual => b(`（${p} ${se}，${interval}）`, ` (${p} ${se}; ${interval})`),
  mcPaidP5: (v: string, se: string): Bilingual => b(`5% 分位 ${v} ${se}`, `5th pct ${v} ${se}`),
  mcPaidP95: (v: string, se: string): Bilingual => b(`95% 分位 ${v} ${se}`, `95th pct ${v} ${se}`),
  mcWithInterval: (v: string, interval: string): Bilingual => b(`${v}（${interval}）`, `${v} (${interval})`),
  mcPrecision: (runs: string): Bilingual =>
    b(`蒙特卡洛精度：${runs} 次模拟；± 为标准误，区间为 95% 置信区间。`, `Monte Carlo precision: ${runs} runs; ± is the standard error, intervals are 95%.`),
  mcPaidHeadline: (p5: string, p95: string): Bilingual => b(`全年支付（所有项目）：${p5}；${p95}`, `Money paid in the year (all schemes): ${p5}; ${p95}`),
  kpiExhaustionDate: (scheme: Bilingual, year: number): Bilingual =>
    b(`${scheme.zh}：${year} 年资金池用尽日期中位数（用尽的模拟中）`, `${scheme.en}: median date the pool runs out in ${year} (runs where it does)`),
  colSe: (col: Bilingual): Bilingual => b(`${col.zh}（标准误）`, `${col.en} (standard error)`),

  // analyses
  analysisTitle: b('分析：敏感性、目标求解与参数扫描', 'Analyses: sensitivity, goal seek and sweep'),
  analysisIntro: b(
    '每个变体都在同一批模拟上运行（同一种子、同样的企业与申请），差异来自输入而不是随机噪声。结果与旁边的命令行给出的数字相同。',
    'Every variant runs on the same runs (same seed, same firms and applications), so differences come from the inputs, not from noise. The numbers equal those of the command shown beside them.'),
  analysisTabs: {
    sensitivity: b('敏感性', 'Sensitivity'),
    solve: b('目标求解', 'Goal seek'),
    sweep: b('参数扫描', 'Sweep'),
  } as Record<string, Bilingual>,
  analysisNeedsInputs: b('输入有误：请先修正左侧标红的字段。', 'The inputs have errors: correct the fields marked in red first.'),
  analysisWaitRun: b('模拟运行中：结束后才能开始分析。', 'A simulation is running: an analysis can start when it ends.'),
  analysisOtherRunning: b('另一项分析正在运行。', 'Another analysis is running.'),
  analysisScheme: b('跟踪的资金池', 'Pool followed'),
  analysisSchemeAuto: (label: string): Bilingual => b(`自动（第一个有资金池的项目：${label}）`, `automatic (the first scheme with a pool: ${label})`),
  analysisYear: b('读取的年份', 'Year read'),
  analysisRun: b('运行', 'Run'),
  analysisCancelled: b('已取消。', 'Cancelled.'),
  analysisFailed: b('分析出错：', 'The analysis failed: '),
  analysisStale: b('输入已更改：下面是之前输入的结果，点击“运行”更新。', 'The inputs have changed: below are the results of the earlier inputs; press “Run” to update.'),
  analysisElapsed: (runs: string, secs: string): Bilingual => b(`共 ${runs} 次模拟，用时 ${secs} 秒`, `${runs} runs in ${secs} s`),
  analysisCli: b('在本项目目录中运行以下命令可得到相同的数字：', 'Run this in a clone of the project to get the same numbers:'),
  analysisRunsDone: (done: string, total: string): Bilingual => b(`已完成 ${done} / ${total} 次`, `${done} of ${total} runs done`),
  valueNeeded: b('请填写一个值', 'give a value'),
  rangeNeeded: b('请填写范围（起点..终点）：此项目没有可作起点的资金池或上限', 'give a range (from..to): this scheme has no pool or cap to start from'),
  axesSame: b('两个轴须是不同的变量', 'the two axes must vary different things'),
  variables: {
    pool: b('资金池', 'Pool'),
    cap: b('单家企业年度上限', 'Cap per firm per year'),
    ratio: b('补贴比例缩放', 'Ratio scale'),
  } as Record<string, Bilingual>,

  // sensitivity
  delta: b('各输入的变动幅度（±）', 'Move each input by (±)'),
  deltaHint: b('如 20%：每个输入分别下调、上调 20%，其他不变', 'e.g. 20%: each input moved down and up by 20% alone'),
  runsPerVariant: b('每个变体的模拟次数', 'Runs per variant'),
  sensitivityRunsHint: (variants: number): Bilingual => b(`共 ${variants} 个变体（基准 + 每个输入各 2 个）`, `${variants} variants (the baseline + 2 per input)`),
  tornadoSentenceP: (input: string, down: string, up: string, d: string, base: string): Bilingual =>
    b(`对年内用完概率影响最大的是${input}：下调 ${d} 时变化 ${down} 个百分点，上调 ${d} 时变化 ${up} 个百分点（基准 ${base}）。`,
      `The ${input} moves the chance the pool runs out most: ${d} down changes it by ${down} pp, ${d} up by ${up} pp (baseline ${base}).`),
  tornadoSentencePaid: (input: string, down: string, up: string, d: string, base: string): Bilingual =>
    b(`对全年支付影响最大的是${input}：下调 ${d} 时平均变化 ${down}，上调 ${d} 时 ${up}（基准均值 ${base}）。`,
      `The ${input} moves the money paid most: ${d} down changes the mean by ${down}, ${d} up by ${up} (baseline mean ${base}).`),
  tornadoNothing: b('没有任何输入的变动改变了结果。', 'No move of any input changed the result.'),
  tableSensitivity: b('敏感性：配对差（同一批模拟）及其 95% 区间', 'Sensitivity: paired differences (same runs) with 95% intervals'),
  colInput: b('输入', 'Input'),
  colDeltaP: (move: string): Bilingual => b(`${move}：Δ用完概率（百分点）`, `${move}: ΔP(runs out) (pp)`),
  colDeltaPaid: (move: string, unit: string): Bilingual => b(`${move}：Δ支付均值（${unit}）`, `${move}: Δ paid, mean (${unit})`),
  notApplicable: b('不适用（情景不变）', 'n/a (changes nothing)'),

  // goal seek
  find: b('求解', 'Find'),
  findChoices: {
    pool: b('最小的资金池', 'the smallest pool'),
    cap: b('最大的单家企业年度上限', 'the largest cap per firm'),
    ratio: b('最大的补贴比例缩放', 'the largest ratio scale'),
  } as Record<string, Bilingual>,
  answerNames: {
    pool: b('达到目标的最小资金池', 'Smallest pool that meets the target'),
    cap: b('达到目标的最大单家企业年度上限', 'Largest cap per firm that meets the target'),
    ratio: b('达到目标的最大补贴比例缩放', 'Largest ratio scale that meets the target'),
  } as Record<string, Bilingual>,
  target: b('目标', 'Target'),
  targetHint: b('如 P(12-31前用完) <= 10%、用完日期中位数 >= 11-30、未满足比例 <= 5%', 'e.g. P(exhausted before 12-31) <= 10%, median exhaustion >= 11-30, unmet share <= 5%'),
  targetPresets: b('示例：', 'Examples:'),
  targetPresetTexts: {
    exhausted: b('P(12-31前用完) <= 10%', 'P(exhausted before 12-31) <= 10%'),
    median: b('用完日期中位数 >= 11-30', 'median exhaustion >= 11-30'),
    unmet: b('未满足比例 <= 5%', 'unmet share <= 5%'),
  } as Record<string, Bilingual>,
  searchRange: b('搜索范围（起点..终点）', 'Search range (from..to)'),
  resolution: b('精度（步长）', 'Resolution (step)'),
  runsPerEvaluation: b('每次计算的模拟次数', 'Runs per evaluation'),
  solveEvaluating: (k: number): Bilingual => b(`第 ${k} 次计算`, `evaluation ${k}`),
  solveEvaluation: (k: number, x: string, est: string, meets: boolean): Bilingual =>
    b(`第 ${k} 次：${x} → ${est}（${meets ? '达到' : '未达到'}）`, `#${k}: ${x} → ${est} (${meets ? 'meets' : 'does not meet'})`),
  solveAnswer: (what: Bilingual, value: string): Bilingual => b(`${what.zh}：${value}`, `${what.en}: ${value}`),
  solveEstimate: (target: string, est: string): Bilingual => b(`目标：${target}；此处的估计值 ${est}（95% 区间）`, `Target: ${target}; the estimate there is ${est} (95% interval)`),
  solveUncertainty: (first: string, second: string): Bilingual =>
    b(`不确定范围：${first} – ${second}。这些值与答案在这么多次模拟下无法区分；稳妥端连 95% 区间的不利一端也达到目标。`,
      `Uncertainty: ${first} – ${second}. Values in it cannot be told apart from the answer with these runs; at the safe end even the unfavourable end of the 95% interval meets the target.`),
  solveSafe: (v: string): Bilingual => b(`${v}（稳妥）`, `${v} (safe)`),
  solveOptimistic: (v: string): Bilingual => b(`${v}（乐观）`, `${v} (optimistic)`),
  solveBeyond: b('范围之外', 'beyond the range'),
  solveWholeRange: b('整个范围都达到目标：真正的答案可能在范围之外，请放宽搜索范围。', 'The whole range meets the target: the true answer may lie outside it; widen the search range.'),
  solveNone: (target: string, range: string): Bilingual => b(`范围 ${range} 内没有任何值达到目标 ${target}。`, `No value in ${range} meets the target ${target}.`),
  solveNotMonotone: b('注意：计算得到的数字并非随该变量单调变化；结果是目标被跨越的一个位置，不一定是最优的那个。', 'Warning: the figure is not monotone in this variable over the points evaluated; the answer is a crossing of the target, not necessarily the best one.'),
  tableSolvePoints: b('已计算的取值', 'Points evaluated'),
  colValue: b('取值', 'Value'),
  colEstimate: b('估计值 [95% 区间]', 'Estimate [95% interval]'),
  colMeets: b('达到目标', 'Meets the target'),
  yes: b('是', 'yes'),
  no: b('否', 'no'),

  // sweep
  axisX: b('横轴', 'Across'),
  axisY: b('纵轴', 'Down'),
  axisVariable: b('变量', 'Variable'),
  axisFrom: b('起点', 'From'),
  axisTo: b('终点', 'To'),
  axisPoints: b('点数', 'Points'),
  runsPerCell: b('每格的模拟次数', 'Runs per cell'),
  sweepRows: (done: number, total: number): Bilingual => b(`第 ${done} / ${total} 行`, `row ${done} of ${total}`),
  sweepSentence: (min: string, minAt: string, max: string, maxAt: string): Bilingual =>
    b(`年内用完概率最低 ${min}（${minAt}），最高 ${max}（${maxAt}）。`, `The chance the pool runs out ranges from ${min} (${minAt}) to ${max} (${maxAt}).`),
  sweepCell: (x: string, y: string): Bilingual => b(`${x}，${y}`, `${x}, ${y}`),
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
