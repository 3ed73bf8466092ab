/**
 * The command line's help (`quansim --help`, `quansim <command> --help`): what the program and each command are,
 * and what each argument and option means, in the language the CLI picks (--lang, else the locale). Flags, field
 * names and examples (1.5亿元, pool=1亿..5亿:9) are written as they are typed. Defaults that live in code come in as
 * strings. The words the CLI writes while it works are in cliWords.ts.
 */
import type { Bilingual } from './Bilingual';

/** What `quansim --help` says of each command, by its name (src/cli/commands/index.ts). */
export const cliCommandHelp = {
  validate: {
    zh: '检查政策与情景 YAML 文件，列出每个问题及其所在行和字段',
    en: 'check policy and scenario YAML files; list every problem with its line and field',
  },
  schema: {
    zh: '写出各类 YAML 文件的 JSON Schema（供编辑器使用），由校验文件的代码生成',
    en: 'write JSON Schemas of the YAML files (for editors), generated from the validating code',
  },
  run: {
    zh: '模拟一个情景（默认：杭州 2024 年算力券），并汇总各次模拟',
    en: 'simulate a scenario (default: the Hangzhou 2024 compute voucher) and summarise the runs',
  },
  compare: {
    zh: '用相同的种子运行多个情景，比较其要点数字，并给出配对差值',
    en: 'run scenarios on the same seeds and compare their headline figures, with paired differences',
  },
  quote: {
    zh: '按给定的政策文件，逐个方案算出一笔申请可获得的补助，并说明理由',
    en: 'what one application receives under the given policy files, scheme by scheme, with the reasons',
  },
  report: {
    zh: '为一个情景或 summary.json 写出汇报用的报告（Markdown、自包含的 HTML、SVG/PNG 图表、CSV 表格、引文出处）',
    en: 'write a presentation report (Markdown, self-contained HTML, SVG/PNG charts, CSV tables, citations) of a scenario or a summary.json',
  },
  sensitivity: {
    zh: '在同一批模拟上把每个输入变动 ±delta，显示哪些输入影响资金池用完的概率（龙卷风图）',
    en: 'move each input by ±delta on the same runs and show what moves the chance the pool runs out (tornado)',
  },
  solve: {
    zh: '求达到目标的最小资金池，或最大的上限、补贴比例（目标求解）',
    en: 'find the smallest pool, or the largest cap or ratio, that meets a target (goal seek)',
  },
  sweep: {
    zh: '在两个输入（资金池、上限、补贴比例）的网格上计算资金池用完的概率，并绘制热力图',
    en: 'a grid over two inputs (pool, cap, ratio) of the chance the pool runs out, with a heatmap',
  },
  fit: {
    zh: '按历史申请拟合申请企业文件（CSV：firm、date、voucher、contract 等列；见 docs/data.md）',
    en: 'fit a population file to past applications (CSV: firm, date, voucher, contract, …; see docs/data.md)',
  },
  backtest: {
    zh: '把实际支付的金额与情景模拟的区间相对照（回测）',
    en: 'compare what was actually paid with the simulated bands of a scenario',
  },
};

/** The program's own help, and the arguments and options of the commands. */
export const cliHelp = {
  /** `vouchers`: the names of the vouchers, as written in both languages (算力券 / 语料券 / 模型券). */
  program: (vouchers: string): Bilingual => ({
    zh: `人工智能补贴券（${vouchers}）的蒙特卡洛模拟器`,
    en: `Monte Carlo simulator of China's AI subsidy vouchers (${vouchers})`,
  }),
  version: { zh: '显示 quansim 的版本', en: 'print quansim\'s version' },
  /** The `--help` option and the `help` command. */
  help: { zh: '显示命令的帮助', en: 'display help for command' },

  // Arguments
  scenarioArg: {
    zh: '情景 YAML 文件，或内置情景的名称（如 zhejiang-2025）',
    en: 'scenario YAML file, or a library scenario by name (e.g. zhejiang-2025)',
  },
  scenariosArg: { zh: '两个或更多情景 YAML 文件；第一个为基准', en: 'two or more scenario YAML files; the first is the baseline' },
  reportInputArg: {
    zh: '情景 YAML 文件（现在运行），或 summary.json（直接据以写报告，不重新运行）',
    en: 'a scenario YAML file (run now) or a summary.json (reported without re-running)',
  },
  policiesArg: {
    zh: '政策 YAML 文件（如 scenarios/policies/hangzhou-2024.yaml）',
    en: 'policy YAML files (e.g. scenarios/policies/hangzhou-2024.yaml)',
  },
  yamlFilesArg: {
    zh: 'YAML 文件（政策文件以 document: 开头，情景文件以 scenario: 开头）',
    en: 'YAML files (a policy file starts with document:, a scenario with scenario:)',
  },
  applicationsArg: { zh: '申请记录 CSV 文件（UTF-8）', en: 'applications CSV files (UTF-8)' },

  // Language
  lang: {
    zh: '语言：zh 或 en（默认按 LC_ALL/LC_MESSAGES/LANG：zh_* 为 zh，否则为 en）',
    en: 'language: zh or en (default: from LC_ALL/LC_MESSAGES/LANG, zh_* → zh, else en)',
  },
  langOfMessages: {
    zh: '提示信息的语言：en 或 zh（默认按 LC_ALL/LC_MESSAGES/LANG：zh_* 为 zh，否则为 en）',
    en: 'language of the messages: en or zh (default: from LC_ALL/LC_MESSAGES/LANG, zh_* → zh, else en)',
  },
  langOfReport: {
    zh: '报告的语言：zh 或 en（默认按 LC_ALL/LC_MESSAGES/LANG：zh_* 为 zh，否则为 en）',
    en: 'language of the report: zh or en (default: from LC_ALL/LC_MESSAGES/LANG, zh_* → zh, else en)',
  },
  langOfMessagesAndReport: {
    zh: '提示信息和报告的语言：zh 或 en（默认按 LC_ALL/LC_MESSAGES/LANG：zh_* 为 zh，否则为 en）',
    en: 'language of the messages and the report: zh or en (default: from LC_ALL/LC_MESSAGES/LANG, zh_* → zh, else en)',
  },
  /** `quote --lang` (its choices and default are shown by the help itself). */
  langOfQuote: { zh: '报告的语言', en: 'language of the report' },
  langDefaultFrom: { zh: '按 LC_ALL/LC_MESSAGES/LANG：zh_* 为 zh，否则为 en', en: 'from LC_ALL/LC_MESSAGES/LANG: zh_* → zh, else en' },

  // Runs, seed, workers, memory
  runs: { zh: '蒙特卡洛模拟次数（默认：情景文件的设定）', en: 'number of Monte Carlo runs (default: the scenario\'s)' },
  runsOrAuto: {
    zh: '蒙特卡洛模拟次数，或 auto：一直模拟到要点数字稳定（默认：情景文件的设定）',
    en: 'number of Monte Carlo runs, or auto: until the headline figures are stable (default: the scenario\'s)',
  },
  runsOfReport: {
    zh: '模拟次数，或 auto：一直模拟到要点数字稳定，同 quansim run --runs auto（默认：情景文件的设定；summary.json 有自己的次数）',
    en: 'runs, or auto: until the headline figures are stable, as quansim run --runs auto (default: the scenario\'s; a summary.json has its own)',
  },
  runsOfEvery: { zh: '每个情景的模拟次数（默认：第一个情景的设定）', en: 'runs for every scenario (default: the first scenario\'s)' },
  runsPerVariant: (runs: string): Bilingual => ({ zh: `每个变动情景的模拟次数（默认 ${runs}）`, en: `runs per variant (default ${runs})` }),
  runsPerEvaluation: (runs: string): Bilingual => ({ zh: `每次求值的模拟次数（默认 ${runs}）`, en: `runs per evaluation (default ${runs})` }),
  runsPerCell: (runs: string): Bilingual => ({ zh: `每个格子的模拟次数（默认 ${runs}）`, en: `runs per cell (default ${runs})` }),
  analysisRuns: {
    zh: '各项分析中每个变动情景、每次求值或每个格子的模拟次数（默认：报告的模拟次数）',
    en: 'runs per variant, evaluation or cell of the analyses (default: the report\'s runs)',
  },
  tolerance: {
    zh: '与 --runs auto 同用：p=1%,date=3,paid=1%（概率百分点、天数、占资金池的份额），95% 置信水平',
    en: 'with --runs auto: p=1%,date=3,paid=1% (probability points, days, share of the pool), at 95%',
  },
  batch: (runs: string): Bilingual => ({ zh: `与 --runs auto 同用：每批的模拟次数（默认 ${runs}）`, en: `with --runs auto: runs per batch (default ${runs})` }),
  maxRuns: (runs: string): Bilingual => ({
    zh: `与 --runs auto 同用：到此次数即停止，即使尚未稳定（默认 ${runs}）`,
    en: `with --runs auto: stop here even if not stable (default ${runs})`,
  }),
  seed: { zh: '随机数流的种子（默认：情景文件的设定）', en: 'seed of the random streams (default: the scenario\'s)' },
  seedOfEvery: { zh: '所有情景共用的种子（默认：第一个情景的设定）', en: 'seed for every scenario (default: the first scenario\'s)' },
  seedOfReport: { zh: '种子（默认：情景文件的设定；summary.json 有自己的种子）', en: 'seed (default: the scenario\'s; a summary.json has its own)' },
  workers: { zh: '工作线程数（默认：全部核心）；结果与它无关', en: 'worker threads (default: all cores); results do not depend on it' },
  workersAllCores: { zh: '工作线程数（默认：全部核心）', en: 'worker threads (default: all cores)' },
  maxMemory: {
    zh: '预计内存超过这么多 MB 时拒绝模拟（默认 4096）',
    en: 'refuse to simulate when the estimated memory is above this many MB (default 4096)',
  },

  // What to print and write
  json: { zh: '输出 JSON（同 --format json）', en: 'print JSON (the same as --format json)' },
  jsonResult: { zh: '以 JSON 输出结果', en: 'print the result as JSON' },
  jsonQuote: { zh: '输出一个 JSON 对象（金额以分为单位，并附格式化的写法）', en: 'print one JSON object (money in fen and formatted)' },
  formatTextJson: { zh: '输出什么：text 或 json', en: 'what to print: text or json' },
  formatOfRun: {
    zh: '输出什么：text、json（summary.json）或 csv（每次模拟的合计）',
    en: 'what to print: text, json (summary.json) or csv (per-run totals)',
  },
  outOfRun: {
    zh: '另将 summary.json 及其 schema、CSV、文本报告和图表（SVG）写入此文件夹',
    en: 'also write summary.json, its schema, CSVs, text reports and charts (SVG) into this folder',
  },
  outOfCompare: { zh: '另将每个情景的 summary.json 写入此文件夹', en: 'also write each scenario\'s summary.json into this folder' },
  outOfBacktest: {
    zh: '另将 backtest.json、backtest.{en,zh}.txt、backtest.svg 和 backtest.vl.json 写入此文件夹',
    en: 'also write backtest.json, backtest.{en,zh}.txt, backtest.svg and backtest.vl.json here',
  },
  outOfSensitivity: {
    zh: '另将 sensitivity.json 和龙卷风图（.vl.json、.svg）写入此文件夹',
    en: 'also write sensitivity.json and tornado charts (.vl.json, .svg) into this folder',
  },
  outOfSweep: {
    zh: '另将 sweep.csv、sweep.json 和 heatmap.<lang>.vl.json / .svg 写入此文件夹',
    en: 'also write sweep.csv, sweep.json and heatmap.<lang>.vl.json / .svg into this folder',
  },
  outOfReport: { zh: '写入报告的文件夹（不存在时新建）', en: 'folder to write the report into (created if missing)' },
  outOfSchema: { zh: '写入 <kind>.schema.json 的文件夹', en: 'directory to write <kind>.schema.json into' },
  outOfFit: {
    zh: '把申请企业文件写到这里（诊断报告写在它旁边），而不是打印出来',
    en: 'write the population here (and its diagnostics beside it) instead of printing it',
  },

  // Edits of the scenario (run, report)
  editSet: {
    zh: '像网页表单那样修改情景的一个字段，如 schemes.hangzhou-2024.compute.pool=1.5亿元（可重复）；随后在相同的种子上与未修改的情景对比',
    en: 'edit a field of the scenario as the page\'s form does, e.g. schemes.hangzhou-2024.compute.pool=1.5亿元 (repeatable); the run is then compared with the unedited scenario on the same seeds',
  },
  editPool: {
    zh: '修改一个方案的年度资金池（如 1.5亿元 或 unlimited）；有多个方案时写明是哪一个（可重复）',
    en: 'edit a scheme\'s yearly pool (e.g. 1.5亿元 or unlimited); name the scheme when there are several (repeatable)',
  },
  editCap: {
    zh: '修改一个方案每家企业每年的数额上限（如 500万元）（可重复）',
    en: 'edit a scheme\'s numeric cap per firm a year (e.g. 500万元) (repeatable)',
  },
  editRatio: {
    zh: '按比例缩放一个方案的补贴比例（如 50% 把 30% 变为 15%），同网页上的补贴比例缩放（可重复）',
    en: 'scale a scheme\'s ratios (e.g. 50% turns 30% into 15%), as the page\'s ratio scale (repeatable)',
  },

  // Analyses: sensitivity, goal seek, sweep (their own commands, and report's sections)
  delta: { zh: '每个输入的变动幅度，如 20%', en: 'how far to move each input, e.g. 20%' },
  by: { zh: '报告资金池在此日或之前用完的概率', en: 'report P(the pool runs out on or before this day)' },
  /** `inputs`: every input's name, comma-separated. */
  inputs: (inputs: string): Bilingual => ({
    zh: `要变动的输入，以逗号分隔（默认全部：${inputs}）`,
    en: `inputs to move, comma-separated (default all: ${inputs})`,
  }),
  schemeFollowed: {
    zh: '跟踪其资金池的方案（默认：第一个设有资金池上限的方案）',
    en: 'the scheme whose pool is followed (default: the first with a pool limit)',
  },
  schemeVaried: {
    zh: '要改变并跟踪其资金池的方案（默认：第一个设有资金池上限的方案）',
    en: 'the scheme to vary and whose pool is followed (default: the first with a pool limit)',
  },
  schemeOfAnalyses: {
    zh: '各项分析改变并跟踪的方案（默认：第一个设有资金池上限的方案）',
    en: 'the scheme the analyses vary and follow (default: the first with a pool limit)',
  },
  year: { zh: '读取的模拟年份（默认：第一年）', en: 'the simulated year to read (default: the first)' },
  yearOfAnalyses: { zh: '各项分析读取的模拟年份（默认：第一年）', en: 'the simulated year the analyses read (default: the first)' },
  find: {
    zh: '求什么：pool、cap 或 ratio（方案补贴比例的缩放）',
    en: 'what to find: pool, cap or ratio (a scale of the scheme\'s ratios)',
  },
  target: {
    zh: '目标，如 "P(exhausted before 12-31) <= 10%"、"median exhaustion >= 11-30"、"unmet share <= 5%"',
    en: 'e.g. "P(exhausted before 12-31) <= 10%", "median exhaustion >= 11-30", "unmet share <= 5%"',
  },
  range: {
    zh: '搜索范围，如 1亿..10亿、10万..2000万、0%..100%（默认：最高到当前资金池或上限的 10 倍；ratio 为 0%..100%）',
    en: 'search range, e.g. 1亿..10亿, 10万..2000万, 0%..100% (default: up to 10× the current pool or cap; 0%..100% for ratio)',
  },
  resolution: {
    zh: '答案的网格步长（默认：金额 1万，ratio 0.1%）',
    en: 'grid step of the answer (default 1万 for money, 0.1% for ratio)',
  },
  xAxis: {
    zh: '横轴，如 pool=1亿..5亿:9（变量=起..止:点数；变量为 pool、cap 或 ratio）',
    en: 'horizontal axis, e.g. pool=1亿..5亿:9 (variable=from..to:points; pool, cap or ratio)',
  },
  yAxis: {
    zh: '纵轴，如 cap=200万..1000万:5 或 ratio=50%..100%:6',
    en: 'vertical axis, e.g. cap=200万..1000万:5 or ratio=50%..100%:6',
  },
  compareWith: {
    zh: '与输入对比的情景（或 summary.json 文件），使用相同的种子和模拟次数',
    en: 'scenarios (or summary.json files) to compare with the input, on the same seed and runs',
  },
  sensitivitySection: (delta: string): Bilingual => ({
    zh: `加入敏感性分析一节：每个输入变动 ±delta（默认 ${delta}），附龙卷风图和影响表`,
    en: `add a sensitivity section: each input moved by ±delta (default ${delta}), tornado charts and the table of effects`,
  }),
  bySection: (day: string): Bilingual => ({
    zh: `与 --sensitivity 同用：资金池在此日或之前用完的概率（默认 ${day}）`,
    en: `with --sensitivity: P(the pool runs out on or before this day) (default ${day})`,
  }),
  inputsSection: {
    zh: '与 --sensitivity 同用：要变动的输入，以逗号分隔（默认全部）',
    en: 'with --sensitivity: inputs to move, comma-separated (default all)',
  },
  solveSection: {
    zh: '加入目标求解一节，如 "P(exhausted before 12-31) <= 10%"（与 --find 同用）',
    en: 'add a goal-seek section, e.g. "P(exhausted before 12-31) <= 10%" (with --find)',
  },
  findSection: { zh: '与 --solve 同用：求什么：pool、cap 或 ratio', en: 'with --solve: what to find: pool, cap or ratio' },
  rangeSection: { zh: '与 --solve 同用：搜索范围（默认同 quansim solve）', en: 'with --solve: search range (default as quansim solve)' },
  resolutionSection: {
    zh: '与 --solve 同用：答案的网格步长（默认同 quansim solve）',
    en: 'with --solve: grid step of the answer (default as quansim solve)',
  },
  sweepSection: {
    zh: '加入两个轴上的参数扫描一节，如 --sweep "pool=1亿..5亿:5" "cap=200万..1000万:3"',
    en: 'add a sweep section over two axes, e.g. --sweep "pool=1亿..5亿:5" "cap=200万..1000万:3"',
  },
  xSection: {
    zh: '参数扫描的横轴（代替 --sweep），如 pool=1亿..5亿:5',
    en: 'the sweep\'s horizontal axis (instead of --sweep), e.g. pool=1亿..5亿:5',
  },
  ySection: {
    zh: '参数扫描的纵轴（与 --x 同用），如 cap=200万..1000万:3',
    en: 'the sweep\'s vertical axis (with --x), e.g. cap=200万..1000万:3',
  },

  // Data: fit, backtest
  tiers: {
    zh: '没有 tier 列时：按企业最大一笔合同划分的档数（1–6）',
    en: 'without a tier column: bands of firms by their largest contract (1–6)',
  },
  observed: {
    zh: '实际支付的 CSV：date（YYYY-MM-DD 或 YYYY-MM）、paid，可选 scheme',
    en: 'payments CSV: date (YYYY-MM-DD or YYYY-MM), paid, optional scheme',
  },

  // One application: quote
  date: { zh: '申请日期', en: 'the application date' },
  voucher: { zh: '申请的券种', en: 'the voucher applied for' },
  contract: { zh: '合同费用，如 100万 或 1000000', en: 'the contract amount (合同费用), e.g. 100万 or 1000000' },
  executed: { zh: '合同实际执行金额；默认等于合同费用', en: 'the executed amount (合同实际执行金额); defaults to the contract' },
  category: {
    zh: '算力类别（hangzhou-2024 （三））；补贴比例取决于类别时必须给出',
    en: 'compute category (hangzhou-2024 （三）); required when a ratio depends on it',
  },
  selfControlled: {
    zh: '算力服务为自主算力（zhejiang-2025 （十五））',
    en: 'the compute service is self-controlled (自主, zhejiang-2025 （十五）)',
  },
  foundationModel: {
    zh: '企业为生成式多模态基础大模型企业（hangzhou-2024 （三））',
    en: 'the firm is a generative multimodal foundation-model firm (hangzhou-2024 （三）)',
  },
  sme: { zh: '企业为中小企业', en: 'the firm is an SME (中小企业)' },
  district: { zh: '企业所在区的 id，如 shangcheng', en: 'the firm\'s district id, e.g. shangcheng' },
  received: {
    zh: '本年已获补助：SCHEME=AMOUNT 为某一方案已给的金额（可重复）；只写 AMOUNT 表示来自该券种任一方案的金额，仅能与 --option stacking.cap-counting=voucher 同用',
    en: 'already granted this year: SCHEME=AMOUNT by one scheme (repeatable); a plain AMOUNT, from any scheme of the voucher, only with --option stacking.cap-counting=voucher',
  },
  poolRemaining: { zh: '一个方案本年资金池的余额（可重复）', en: 'what is left of a scheme\'s pool this year (repeatable)' },
  poolMode: {
    zh: '补助超过资金池余额时：partial 支付余额，strict 支付 0',
    en: 'a grant larger than the pool left: partial pays what is left, strict pays 0',
  },
  option: {
    zh: '政策含义不明处的选项，如 zhejiang-2025.compute-cap-scope=all（可重复）',
    en: 'an ambiguity option, e.g. zhejiang-2025.compute-cap-scope=all (repeatable)',
  },
};
