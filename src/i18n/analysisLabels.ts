/**
 * The words of the analyses' text output and charts, both languages side by side so they are reviewed together.
 */
import type { Bilingual } from './Bilingual';

export const analysisLabels = {
  precision: { zh: '蒙特卡洛精度（95%区间）', en: 'Monte Carlo precision (95% intervals)' },
  runsOut: { zh: '年内用完概率', en: 'P(runs out by 31 Dec)' },
  notInForce: { zh: '本年未施行（没有资金池）', en: 'not in force this year (no pool)' },
  medianDate: { zh: '用完日期中位数（用完的模拟中）', en: 'median date it runs out (runs where it does)' },
  paid: { zh: '全年支付', en: 'money paid' },
  tooFew: { zh: '模拟次数太少，无法给出区间', en: 'too few runs for an interval' },
  never: { zh: '全年未用完', en: 'never' },
  converged: { zh: '已收敛', en: 'Converged' },
  notConverged: { zh: '未收敛', en: 'Not converged' },
  sensitivity: { zh: '敏感性分析', en: 'Sensitivity' },
  baseline: { zh: '基准', en: 'Baseline' },
  input: { zh: '输入', en: 'Input' },
  notApplicable: { zh: '不适用（情景不变）', en: 'n/a (changes nothing)' },
  deltaP: { zh: 'ΔP（百分点）', en: 'ΔP (pp)' },
  deltaPaid: { zh: 'Δ支付均值', en: 'Δ paid, mean' },
  solve: { zh: '目标求解', en: 'Goal seek' },
  answer: { zh: '结果', en: 'Answer' },
  uncertainty: { zh: '不确定范围', en: 'Uncertainty' },
  pointsEvaluated: { zh: '已计算的取值', en: 'Points evaluated' },
  estimate: { zh: '估计值', en: 'estimate' },
  interval: { zh: '95%区间', en: '95% interval' },
  meets: { zh: '达到目标', en: 'meets' },
  yes: { zh: '是', en: 'yes' },
  no: { zh: '否', en: 'no' },
  sweep: { zh: '参数扫描', en: 'Sweep' },
  pool: { zh: '资金池', en: 'pool' },
  cap: { zh: '单家企业年度上限', en: 'cap' },
  ratio: { zh: '补贴比例缩放', en: 'ratio scale' },
  runs: { zh: '模拟次数', en: 'runs' },
  seed: { zh: '随机种子', en: 'seed' },
  crn: { zh: '共同随机数：各方案使用同一批模拟', en: 'common random numbers: every variant on the same runs' },
} satisfies Record<string, Bilingual>;
