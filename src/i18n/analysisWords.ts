/**
 * The words of the analysis texts (src/analysis): each entry is a text in both languages or takes the figures
 * already written for people (strings) and gives the text in both. The logic that picks and formats the figures
 * stays in src/analysis.
 */
import type { Bilingual } from './Bilingual';

export const analysisWords = {
  /** After a ± figure in percentage points, then the "(SE)" that names it. */
  ppSe: { zh: '个百分点（标准误）', en: ' pp (SE)' },
  /** A median date whose 95% interval is one day. */
  oneDayInterval: { zh: '（95% 区间只有这一天）', en: ' (its 95% interval is this one day)' },
  /** A number of days after a ±. */
  daysUnit: { zh: '天', en: ' d' },
  /** A unit name in brackets after a heading. */
  inUnit: (unit: string): Bilingual => ({ zh: `（${unit}）`, en: ` (${unit})` }),
  mean: { zh: '均值', en: 'mean' },
  precisionHeading: (title: string, year: string, runs: string): Bilingual => ({
    zh: `${title}：${year}年，${runs}次模拟`,
    en: `${title}: ${year}, ${runs} runs`,
  }),
  tolerance: (pp: string, days: string, share: string): Bilingual => ({
    zh: `概率±${pp}个百分点，日期±${days}天，支付分位数±资金池的${share}%`,
    en: `probability ±${pp} pp, date ±${days} d, paid quantiles ±${share}% of the pool`,
  }),
  converged: (runs: string, batch: string, tol: string): Bilingual => ({
    zh: `已收敛：${runs} 次模拟（每批 ${batch} 次）后所有要点数字均在容差内（95%：${tol}）`,
    en: `Converged after ${runs} runs (batches of ${batch}): every headline figure within tolerance (95%: ${tol})`,
  }),
  notConverged: (runs: string, tol: string, figures: Bilingual): Bilingual => ({
    zh: `未收敛：已达上限 ${runs} 次模拟，仍超出容差（${tol}）的数字：${figures.zh}`,
    en: `Not converged: reached the limit of ${runs} runs with figures still outside tolerance (${tol}): ${figures.en}`,
  }),
  /** The headline figures a convergence check names. */
  figureProbabilityByYearEnd: { zh: '年内用完概率', en: 'P(runs out by 31 Dec)' },
  figureMedianExhaustionDate: { zh: '用完日期中位数', en: 'median date it runs out' },
  figurePaidP5: { zh: '全年支付 p5', en: 'money paid p5' },
  figurePaidP95: { zh: '全年支付 p95', en: 'money paid p95' },
  /** A list's separators: 、 and ", "; ； and "; ". */
  listSep: { zh: '、', en: ', ' },
  semicolon: { zh: '；', en: '; ' },
  colon: { zh: '：', en: ': ' },
  sweepHeading: (sweep: Bilingual, scenario: string, year: string, scheme: string, runsOut: Bilingual, x: Bilingual, y: Bilingual): Bilingual => ({
    zh: `${sweep.zh}：${scenario}（${year}年，方案 ${scheme}）的${runsOut.zh}，横向 ${x.zh}，纵向 ${y.zh}`,
    en: `${sweep.en} of ${scenario} (${year}, ${scheme}): ${runsOut.en} by ${x.en} (across) and ${y.en} (down)`,
  }),
  sweepRuns: (runs: string, seed: string, crn: Bilingual, maxSe: string): Bilingual => ({
    zh: `每格 ${runs} 次模拟，随机种子 ${seed}，${crn.zh}；标准误最大 ${maxSe} 个百分点`,
    en: `${runs} runs per cell, seed ${seed}, ${crn.en}; largest standard error ${maxSe} pp`,
  }),
};

/** The label of a yearly pool the analysis sets where the scenario had none (src/analysis/setPool.ts). */
export const setPoolWords = {
  poolSetByAnalysis: { zh: '分析设定的每年资金池', en: 'Yearly pool set by the analysis' },
};

/** A backtest series of every scheme together (src/analysis/backtest.ts). */
export const backtestWords = {
  allSchemes: { zh: '全部方案', en: 'all schemes' },
};

/** The inputs a sensitivity moves (src/analysis/sensitivity.ts), by input: what the table names them. */
export const sensitivityInputLabels = {
  pool: { zh: '资金池', en: 'pool' },
  ratios: { zh: '补贴比例', en: 'ratios' },
  caps: { zh: '年度上限', en: 'caps' },
  firms: { zh: '企业数', en: 'number of firms' },
  contracts: { zh: '合同金额', en: 'contract size' },
  seasonality: { zh: '四季度申请权重', en: 'Q4 seasonality' },
};

/** The inputs a sensitivity moves, by input: what each move changes in the scenario. */
export const sensitivityInputDetails = {
  pool: { zh: '每个方案的年度资金池', en: 'every scheme\'s yearly pool' },
  ratios: { zh: '所有补贴比例与区级配套比例（ratioScale）', en: 'every subsidy and top-up ratio (ratioScale)' },
  caps: { zh: '所有数值形式的单家企业年度上限', en: 'every numeric yearly cap per firm' },
  firms: { zh: '考虑申请的企业数的均值', en: 'mean number of firms that consider applying' },
  contracts: { zh: '每一种合同金额分布', en: 'every contract amount law' },
  seasonality: { zh: '10–12月的申请强度（申请总数不变）', en: 'weight of Oct–Dec arrivals (same number of applications)' },
};

/** The text report of a sensitivity (src/analysis/formatSensitivity.ts). */
export const sensitivityTextWords = {
  heading: (title: Bilingual, scenario: string, year: string, scheme: string, delta: string, runs: string, seed: string, crn: Bilingual): Bilingual => ({
    zh: `${title.zh}：${scenario}（${year}年，资金池 ${scheme}），各输入分别变动 ±${delta}，${runs} 次模拟，随机种子 ${seed}，${crn.zh}`,
    en: `${title.en} of ${scenario} (${year}, pool of ${scheme}): each input moved by ±${delta} alone, ${runs} runs, seed ${seed}, ${crn.en}`,
  }),
  /** `runsOut`: the chance of running out by the day (tornadoWords.chanceBy); `unit`: the money unit's name. */
  baseline: (baseline: Bilingual, runsOut: string, chance: string, unit: string, paid: string): Bilingual => ({
    zh: `${baseline.zh}：${runsOut} ${chance}；全年支付均值（${unit}） ${paid}`,
    en: `${baseline.en}: ${runsOut} ${chance}; money paid, mean (${unit}) ${paid}`,
  }),
  pairedNote: { zh: '差值为配对差（同一批模拟）的均值及其95%区间。', en: 'Differences are mean paired differences (same runs) with 95% intervals.' },
};

/**
 * The text report of a goal seek (src/analysis/formatSolve.ts). `wanted` is studyWords' solveSmallest or
 * solveLargest and `name` the variable (analysisLabels), both in the report's language.
 */
export const solveTextWords = {
  heading: (title: Bilingual, target: string, wanted: string, name: string, scheme: string, year: string): Bilingual => ({
    zh: `${title.zh}：使 ${target} 的${wanted}${name}（方案 ${scheme}，${year}年）`,
    en: `${title.en}: the ${wanted} ${name} of ${scheme} (${year}) such that ${target}`,
  }),
  runs: (runs: string, seed: string, from: string, to: string, resolution: string, evaluations: string): Bilingual => ({
    zh: `每次计算 ${runs} 次模拟（随机种子 ${seed}，共同随机数），范围 ${from} – ${to}，精度 ${resolution}，共计算 ${evaluations} 个取值`,
    en: `${runs} runs per evaluation (seed ${seed}, common random numbers), range ${from} – ${to}, resolution ${resolution}, ${evaluations} evaluations`,
  }),
  none: (name: string): Bilingual => ({ zh: `范围内没有任何${name}达到目标。`, en: `No ${name} in the range meets the target.` }),
  andAbove: { zh: '及以上', en: 'this value and above' },
  andBelow: { zh: '及以下', en: 'this value and below' },
  /** `side`: andAbove or andBelow in the report's language. */
  answer: (answer: Bilingual, value: string, estimate: string, side: string): Bilingual => ({
    zh: `${answer.zh}：${value}（${estimate}）；${value}${side}均达到目标`,
    en: `${answer.en}: ${value} (${estimate}); ${side} meet the target`,
  }),
  wholeRange: (wanted: string, name: string): Bilingual => ({
    zh: `整个范围都达到目标：真实的${wanted}${name}可能在范围之外，请放宽 --range。`,
    en: `The whole range meets the target: the true ${wanted} ${name} may lie outside it; widen --range.`,
  }),
  next: (value: string, estimate: string): Bilingual => ({
    zh: `相邻取值 ${value}：${estimate}，未达到目标`,
    en: `Next value ${value}: ${estimate}, does not meet it`,
  }),
  optimistic: (value: string): Bilingual => ({
    zh: `${value}（乐观：95%区间的乐观端达到目标）`,
    en: `${value} (optimistic: the favourable end of the 95% interval meets the target)`,
  }),
  safe: (value: string): Bilingual => ({
    zh: `${value}（稳妥：95%区间的保守端也达到目标）`,
    en: `${value} (safe: even its unfavourable end does)`,
  }),
  uncertainty: (label: Bilingual, first: string, second: string): Bilingual => ({
    zh: `${label.zh}：${first} – ${second}`,
    en: `${label.en}: ${first} – ${second}`,
  }),
  notMonotone: (name: string, wanted: string): Bilingual => ({
    zh: `注意：计算得到的数字并非随${name}单调变化（见下表）。二分法假定单调；结果是目标被跨越的一个位置，不一定是${wanted}的那个。`,
    en: `Warning: the figure is not monotone in the ${name} over the points evaluated (see below). Bisection assumes it is; the answer is a crossing of the target, not necessarily the ${wanted} one.`,
  }),
};

/** A target as people read it (src/analysis/formatTarget.ts), before its operator and value. */
export const targetWords = {
  medianExhaustionDate: { zh: '用完日期中位数', en: 'median exhaustion date' },
  unmetShare: { zh: '未满足需求占比', en: 'unmet share of demand' },
};

/** A chance seen in no run or in every run (src/analysis/formatAllOrNone.ts); `runs` already written. */
export const allOrNoneWords = {
  noneOfRuns: (runs: string): Bilingual => ({ zh: `${runs} 次模拟中 0 次`, en: `0 of ${runs} runs` }),
  allOfRuns: (runs: string): Bilingual => ({ zh: `${runs} 次模拟全部`, en: `${runs} of ${runs} runs` }),
  upperBound: { zh: '上限', en: 'upper bound' },
  lowerBound: { zh: '下限', en: 'lower bound' },
  /** `count`: noneOfRuns or allOfRuns, `bound`: upperBound or lowerBound, in the text's language. */
  text: (value: string, count: string, bound: string, at: string): Bilingual => ({
    zh: `${value}（${count}；95% ${bound} ${at}）`,
    en: `${value} (${count}; 95% ${bound} ${at})`,
  }),
  note: (count: string, bound: string, at: string): Bilingual => ({
    zh: `（${count}，95% ${bound} ${at}）`,
    en: ` (${count}; 95% ${bound} ${at})`,
  }),
};
