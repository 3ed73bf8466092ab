/**
 * The words of the report's studies (src/report): goal seek, sensitivity and sweep. Each entry is a text in both
 * languages, or takes the figures already written for people (in the report's language) and gives the text in both.
 * Which figure, and how it is formatted, stays in src/report.
 */
import type { Bilingual } from './Bilingual';

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export const studyWords = {
  solveTitle: (year: string): Bilingual => ({ zh: `目标求解：已计算的取值（${year}年）`, en: `Goal seek: the values evaluated (${year})` }),
  solveAnswerMark: { zh: '（结果）', en: ' (answer)' },
  solveNote: (runs: string, seed: string): Bilingual => ({
    zh: `每个取值都用同一批 ${runs} 次模拟（随机种子 ${seed}）计算。`,
    en: `Every value is evaluated on the same ${runs} runs (seed ${seed}).`,
  }),
  solveSchemeId: (scheme: string, id: string): Bilingual => ({ zh: `${scheme}（${id}）`, en: `${scheme} (${id})` }),
  solveRatioScale: { zh: '（补贴比例缩放：100% 即情景中的比例，公布的比例为上限）', en: ' (a scale of its ratios: 100% is the scenario\'s, the published ratios being maxima)' },
  solveSmallest: { zh: '最小', en: 'smallest' },
  solveLargest: { zh: '最大', en: 'largest' },
  solveMethod: (wanted: string, name: string, ratio: string, id: string, year: string, target: string, from: string, to: string, step: string, runs: string, seed: string): Bilingual => ({
    zh: `方法：寻找使 ${target} 的${wanted}${name}${ratio}（方案 ${id}，${year}年）。在 ${from} 至 ${to}、步长 ${step} 的网格上先计算两端，再二分找到开始达到目标的位置；每次计算都用同一批 ${runs} 次模拟（随机种子 ${seed}，共同随机数），所以相邻取值的差别来自${name}本身而非噪声。不确定范围由目标数字的 95% 区间反推：稳妥值处连区间的不利端也达到目标，乐观值处只有有利端达到；两者之间的取值用 ${runs} 次模拟无法与结果区分（精确到结果的 1%）。二分法假定目标数字随${name}单调变化，求解后会检查。`,
    en: `Method: the ${wanted} ${name}${ratio} of ${id} in ${year} such that ${target}. On a grid from ${from} to ${to} in steps of ${step}, both ends are evaluated, then bisection finds where the target starts to be met; every evaluation runs the same ${runs} runs (seed ${seed}, common random numbers), so two values differ by the ${name}, not by noise. The uncertainty inverts the figure's 95% interval: the safe value is where even the interval's unfavourable end meets the target, the optimistic one where only its favourable end does; values between them cannot be told apart from the answer with ${runs} runs (found to 1% of the answer). Bisection assumes the figure moves one way with the ${name}; the values evaluated are checked afterwards.`,
  }),
  solveNone: (name: string, from: string, to: string, target: string, low: string, lowAt: string, high: string, highAt: string): Bilingual => ({
    zh: `${from} 至 ${to} 范围内没有任何${name}达到目标 ${target}：已计算的取值中，该数字从 ${low}（${lowAt}）到 ${high}（${highAt}）。请放宽范围或修改目标。`,
    en: `No ${name} from ${from} to ${to} meets the target ${target}: over the values evaluated the figure goes from ${low} (at ${lowAt}) to ${high} (at ${highAt}). Widen the range or change the target.`,
  }),
  solveAbove: { zh: '及以上', en: 'larger' },
  solveBelow: { zh: '及以下', en: 'smaller' },
  /** `side`: solveAbove or solveBelow in the report's language. */
  solveAnswer: (answer: string, estimate: string, wanted: string, name: string, target: string, side: string): Bilingual => ({
    zh: `结果：使 ${target} 的${wanted}${name}为 ${answer}（${estimate}），${answer}${side}均达到目标。`,
    en: `Answer: ${answer} (${estimate}) is the ${wanted} ${name} such that ${target}; every ${side} value meets it too.`,
  }),
  solveWholeRange: (wanted: string, name: string): Bilingual => ({
    zh: `整个范围都达到目标，所以结果是范围的端点；真实的${wanted}${name}可能在范围之外，请放宽 --range。`,
    en: `The whole range meets the target, so the answer is the end of the range; the true ${wanted} ${name} may lie beyond it: widen --range.`,
  }),
  solveNext: (value: string, estimate: string): Bilingual => ({
    zh: `相邻的 ${value} 为 ${estimate}，未达到目标。`,
    en: `The next value, ${value}, gives ${estimate} and does not meet it.`,
  }),
  solveBeyond: { zh: '范围之外', en: 'beyond the range' },
  solveNoSafe: { zh: '范围内没有取值在区间的不利端也达到目标', en: 'no value in the range meets the target at the unfavourable end of the interval' },
  solveSafe: (safe: string): Bilingual => ({
    zh: `${safe} 在 95% 区间的不利端也达到目标（稳妥值）`,
    en: `${safe} meets it even at the unfavourable end of the 95% interval (the safe value)`,
  }),
  /** `safe`: solveNoSafe or solveSafe in the report's language. */
  solveUncertainty: (runs: string, first: string, second: string, safe: string): Bilingual => ({
    zh: `以 ${runs} 次模拟，${first} 至 ${second} 之间的取值无法与结果区分；${safe}。`,
    en: `With ${runs} runs, values from ${first} to ${second} cannot be told apart from the answer; ${safe}.`,
  }),
  solveNotMonotone: (name: string, wanted: string): Bilingual => ({
    zh: `注意：已计算的数字并非随${name}单调变化（见上表），结果是目标被跨越的一处，不一定是${wanted}的那个。`,
    en: `Note: the figure is not monotone in the ${name} over the values evaluated (see the table): the answer is a crossing of the target, not necessarily the ${wanted} one.`,
  }),
  sensitivityDeltaP: { zh: 'ΔP（百分点）', en: 'ΔP (pp)' },
  sensitivityTitle: (delta: string, year: string): Bilingual => ({
    zh: `敏感性：各输入变动 ±${delta} 的效果（${year}年）`,
    en: `Sensitivity: the effect of moving each input by ±${delta} (${year})`,
  }),
  sensitivityNote: (by: string, runs: string): Bilingual => ({
    zh: `P：${by}前用完的概率；支付：全年支付均值（所有方案）。每格为配对差（变动后 − 基准，同一批 ${runs} 次模拟）的均值，方括号内为其 95% 区间。`,
    en: `P: the chance the pool runs out by ${by}; paid: the mean money paid in the year (all schemes). Each cell is the mean paired difference (moved − baseline, on the same ${runs} runs), its 95% interval in brackets.`,
  }),
  sensitivityMethod: (delta: string, runs: string, scenario: string, seed: string, year: string, pool: string, by: string): Bilingual => ({
    zh: `方法：下表每个输入单独变动 −${delta} 和 +${delta}，在与基准相同的 ${runs} 次模拟（情景 ${scenario}，随机种子 ${seed}）上重新模拟——共同随机数：变体的第 i 次模拟与基准的第 i 次模拟抽取相同的企业与随机数。效果是逐次配对差（变体 − 基准）的均值及其 95% 区间（正态近似，差值的 s/√n）。比较两个结果：${year}年${pool}资金池在${by}前用完的概率，以及全年支付（所有方案）。输入按对用完概率的最大效果排序。`,
    en: `Method: each input below is moved by −${delta} and by +${delta} alone and run again on the same ${runs} runs as the baseline (scenario ${scenario}, seed ${seed}) — common random numbers: run i of a variant draws the same firms and numbers as run i of the baseline. An effect is the mean over runs of the paired difference (variant − baseline) with its 95% interval (normal, s/√n of the differences). Two outputs: the chance that the ${pool} pool runs out by ${by} in ${year}, and the money paid in the year by all schemes. Inputs are sorted by their largest effect on that chance.`,
  }),
  sensitivityInterval: (value: string, lo: string, hi: string): Bilingual => ({ zh: `${value}（95% 区间 ${lo}–${hi}）`, en: `${value} (95%: ${lo}–${hi})` }),
  sensitivityBaseline: (pool: string, by: string, chance: string, paid: string): Bilingual => ({
    zh: `基准：${pool}资金池在${by}前用完的概率为 ${chance}，全年支付均值 ${paid}。`,
    en: `Baseline: the ${pool} pool runs out by ${by} in ${chance} of runs, and a mean of ${paid} is paid in the year.`,
  }),
  /** `inputs`: the inputs, already listed in the report's language (listJoin). */
  sensitivitySkipped: (inputs: string): Bilingual => ({
    zh: `不适用（变动后情景不变）：${inputs}。`,
    en: `Not applicable (moving it changes nothing in this scenario): ${inputs}.`,
  }),
  sensitivityNoChange: (by: string): Bilingual => ({ zh: `没有任何输入改变${by}前用完的概率。`, en: `No input changes the chance it runs out by ${by}.` }),
  sensitivityTopP: (input: string, delta: string, down: string, up: string): Bilingual => ({
    zh: `对用完概率影响最大的是${input}：−${delta} 使其变化 ${down}，+${delta} 使其变化 ${up}。`,
    en: `${cap(input)} moves that chance the most: −${delta} changes it by ${down}, +${delta} by ${up}.`,
  }),
  sensitivityTopPaid: (input: string, delta: string, down: string, up: string): Bilingual => ({
    zh: `对全年支付影响最大的是${input}：−${delta} 时 ${down}，+${delta} 时 ${up}。`,
    en: `The money paid moves most with the ${input}: ${down} at −${delta}, ${up} at +${delta}.`,
  }),
  sensitivityExactlyZero: (inputs: string, by: string): Bilingual => ({
    zh: `${inputs}：每一次模拟中${by}前是否用完都与基准相同（效果恰为 0）。`,
    en: `${cap(inputs)}: whether the pool runs out by ${by} is the same as in the baseline in every run (an effect of exactly 0).`,
  }),
  sensitivityNoEffect: (inputs: string, by: string): Bilingual => ({
    zh: `${inputs}：这些模拟无法把它对${by}前用完概率的效果与零区分开（两个区间都包含 0）。`,
    en: `${cap(inputs)}: these runs cannot tell its effect on the chance of running out by ${by} from zero (both intervals contain 0).`,
  }),
  /** A signed number of percentage points: `+1.2 个百分点`, `+1.2 pp`. */
  points: (x: string): Bilingual => ({ zh: `${x} 个百分点`, en: `${x} pp` }),
  listJoin: { zh: '、', en: ', ' },
  sweepTitle: (x: string, y: string, year: string): Bilingual => ({
    zh: `12月31日前用完的概率：按${x}（横向）与${y}（纵向）（${year}年）`,
    en: `P(runs out by 31 Dec) by ${x} (across) and ${y} (down) (${year})`,
  }),
  sweepNote: (runs: string, maxSe: string): Bilingual => ({
    zh: `每格：用完的模拟所占比例及其 95% Wilson 区间；每格 ${runs} 次模拟，标准误最大 ${maxSe} 个百分点。sweep.csv 还给出每格的用完日期中位数、全年支付与未满足比例。`,
    en: `Each cell: the share of runs in which the pool runs out, with its 95% Wilson interval; ${runs} runs per cell, standard error at most ${maxSe} pp. sweep.csv also gives each cell's median exhaustion date, money paid and unmet share.`,
  }),
  sweepMethod: (x: string, xFrom: string, xTo: string, nx: string, y: string, yFrom: string, yTo: string, ny: string, year: string, id: string, runs: string, scenario: string, seed: string): Bilingual => ({
    zh: `方法：在${x}（${xFrom}–${xTo}，${nx} 个等距取值）与${y}（${yFrom}–${yTo}，${ny} 个取值）的网格上，计算${year}年方案 ${id}的资金池在12月31日前用完的概率。每格都用同一批 ${runs} 次模拟（情景 ${scenario}，随机种子 ${seed}，共同随机数），所以相邻格子之差来自输入而非噪声；每格给出用完的模拟所占比例及其 95% Wilson 区间。`,
    en: `Method: the chance that the pool of ${id} runs out by 31 December ${year}, on a grid of ${nx} evenly spaced values of the ${x} (${xFrom}–${xTo}) by ${ny} values of the ${y} (${yFrom}–${yTo}). Every cell runs the same ${runs} runs (scenario ${scenario}, seed ${seed}, common random numbers), so neighbouring cells differ by the inputs, not by noise; a cell gives the share of runs in which the pool runs out, with its 95% Wilson interval.`,
  }),
  sweepCell: (x: string, xValue: string, y: string, yValue: string): Bilingual => ({ zh: `${x} ${xValue}、${y} ${yValue}`, en: `${x} ${xValue}, ${y} ${yValue}` }),
  /** A whole column or row: `name value`, at every value of `other`. */
  sweepLine: (name: string, value: string, other: string): Bilingual => ({ zh: `${name} ${value}，${other}取任何值`, en: `${name} ${value}, at every ${other}` }),
  sweepCells: (count: string, first: string): Bilingual => ({ zh: `${count} 格，如 ${first}`, en: `${count} cells, e.g. ${first}` }),
  sweepEveryCell: (chance: string): Bilingual => ({ zh: `网格上每一格用完的概率都是 ${chance}。`, en: `The chance it runs out by 31 Dec is ${chance} in every cell.` }),
  sweepFromTo: (high: string, highAt: string, low: string, lowAt: string): Bilingual => ({
    zh: `12月31日前用完的概率从 ${high}（${highAt}）到 ${low}（${lowAt}）。`,
    en: `The chance it runs out by 31 Dec goes from ${high} (${highAt}) to ${low} (${lowAt}).`,
  }),
  sweepEffects: (x: string, xFrom: string, xTo: string, dx: string, y: string, yFrom: string, yTo: string, dy: string): Bilingual => ({
    zh: `${x}从 ${xFrom} 增加到 ${xTo}，平均使其变化 ${dx}（对${y}的各个取值平均）；${y}从 ${yFrom} 增加到 ${yTo}，平均变化 ${dy}。`,
    en: `Raising the ${x} from ${xFrom} to ${xTo} changes it by ${dx} on average over the ${y} values; raising the ${y} from ${yFrom} to ${yTo}, by ${dy} on average over the ${x} values.`,
  }),
  sweepMatters: (input: string): Bilingual => ({ zh: `在这两个范围内，${input}的影响更大。`, en: `Over these ranges the ${input} matters more.` }),
  /** How a study's sentences are joined into a paragraph. */
  sentenceJoin: { zh: '', en: ' ' },
};
