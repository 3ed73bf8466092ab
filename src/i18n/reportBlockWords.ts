/**
 * The words of the report's blocks (src/report): the tables' notes, the fit diagnostics page, the methods and the
 * precision of the figures. Each entry is a text in both languages, or takes the figures already written for people
 * and gives the text in both. Which figure, and how it is formatted, stays in src/report.
 */
import type { Bilingual } from './Bilingual';

export const reportBlockWords = {
  schemesNote: {
    zh: '5%–95%：各次模拟之间的范围；用完日期中位数只计资金池用完的模拟。',
    en: '5–95%: the range over runs; the median date counts only the runs in which the pool runs out.',
  },
  tiersNote: {
    zh: '每家补助中位数：汇总所有模拟中的企业（未获补助的企业计为0）；占比与补助率为所有模拟合计之比。',
    en: 'Median grant per firm: over the firms of all runs (firms paid nothing count as 0); shares and rates are totals over all runs.',
  },
  fitTitle: { zh: '拟合诊断', en: 'Fit diagnostics' },
  fitMean: { zh: '均值', en: 'mean' },
  fitNegativeBinomial: { zh: '负二项', en: 'negative binomial' },
  fitEmpirical: { zh: '经验分布', en: 'empirical' },
  fitLognormalRejected: { zh: '拒绝对数正态', en: 'lognormal rejected' },
  fitTooFew: { zh: '样本太少', en: 'too few' },
  fitAllEqual: { zh: '金额相同', en: 'all equal' },
  fitData: { zh: '数据', en: 'Data' },
  fitApplications: { zh: '条申请', en: 'applications' },
  fitYears: { zh: '年份', en: 'years' },
  fitApplicants: { zh: '申请企业数', en: 'firms that applied' },
  fitFirmsPerYear: { zh: '每年考虑申请的企业数', en: 'Firms that consider applying each year' },
  fitDispersionIndex: { zh: '离散指数', en: 'Dispersion index' },
  fitOverdispersed: { zh: '过度离散', en: 'overdispersed' },
  fitPoissonLike: { zh: '与 Poisson 相符', en: 'consistent with Poisson' },
  fitTooFewYears: { zh: '年份太少，未检验过度离散。', en: 'Too few years to test overdispersion.' },
  fitSeekCorrelation: { zh: '申请券种的相关系数', en: 'Correlation of the vouchers sought' },
  fitAssumptions: { zh: '假设', en: 'Assumptions' },
  fitTier: { zh: '企业类别', en: 'tier' },
  fitVoucher: { zh: '券种', en: 'voucher' },
  fitSeek: { zh: '申请概率', en: 'seek' },
  fitContracts: { zh: '合同数', en: 'contracts' },
  fitAmountLaw: { zh: '金额分布', en: 'amount law' },
  /** A number of percentage points: `1.2 个百分点`, `1.2 pp`. */
  points: (x: string): Bilingual => ({ zh: `${x} 个百分点`, en: `${x} pp` }),
  /** A number of days: `3 天`, `3 d`. */
  days: (x: string): Bilingual => ({ zh: `${x} 天`, en: `${x} d` }),
  precisionHeadlineError: (p: string, se: string, interval: string): Bilingual => ({
    zh: `（${p} ${se}，95% 区间 ${interval}）`,
    en: ` (${p} ${se}; 95%: ${interval})`,
  }),
  precisionOneDay: { zh: '区间只有这一天', en: 'the interval is one day' },
  precisionMethodRecorded: { zh: '方法（summary.json 的 methods.monteCarlo）：', en: 'The method, as the summary.json records it (methods.monteCarlo):' },
  precisionMethodNone: (none: Bilingual): Bilingual => ({ zh: `方法：${none.zh}。`, en: `The method: ${none.en}.` }),
  precisionIntro: (runs: string, seed: string, method: Bilingual): Bilingual => ({
    zh: `${runs} 次模拟（随机种子 ${seed}）对每个要点数字的确定程度：估计值、蒙特卡洛标准误（± 后的数字：换一个随机种子重复同样次数的模拟，这个数字通常会变动这么多）及其 95% 区间。${method.zh}`,
    en: `How precisely the ${runs} runs (seed ${seed}) pin down each headline figure: the estimate, its Monte Carlo standard error (after ±: how much the figure typically moves if the same number of runs is repeated with another seed) and its 95% interval. ${method.en}`,
  }),
  precisionLeast: { zh: '，是这些概率中最不精确的', en: ', the least precise of these chances' },
  precisionWidest: (runs: string, pool: Bilingual, p: string, se: string, lo: string, hi: string, least: Bilingual, more: string): Bilingual => ({
    zh: `${runs} 次模拟下，${pool.zh}资金池在12月31日前用完的概率为 ${p} ± ${se} 个百分点（95% 区间 ${lo}–${hi}）${least.zh}；标准误随模拟次数的平方根减小，${more} 次模拟可使其减半。`,
    en: `With ${runs} runs, the chance that the ${pool.en} pool runs out by 31 Dec is ${p} ± ${se} pp (95%: ${lo}–${hi})${least.en}; the standard error falls with the square root of the runs, so ${more} runs would halve it.`,
  }),
  /** Pools that never ran out in the runs; `many` when there are several. */
  precisionNever: (pools: Bilingual, runs: string, bound: string, many: boolean): Bilingual => ({
    zh: `${pools.zh}资金池在 ${runs} 次模拟中从未用完：标准误为 0，但 95% 区间仍容许高达 ${bound}的用完概率。`,
    en: `The ${pools.en} pool${many ? 's' : ''} never ran out in the ${runs} runs: the standard error is 0, but the 95% interval still allows a chance of up to ${bound}.`,
  }),
  /** Pools that ran out in every run; `many` when there are several. */
  precisionAlways: (pools: Bilingual, runs: string, bound: string, many: boolean): Bilingual => ({
    zh: `${pools.zh}资金池在 ${runs} 次模拟中每次都用完：标准误为 0，但 95% 区间仍容许低至 ${bound}的用完概率。`,
    en: `The ${pools.en} pool${many ? 's' : ''} ran out every time in the ${runs} runs: the standard error is 0, but the 95% interval still allows a chance as low as ${bound}.`,
  }),
  convergenceTolerance: (probability: string, days: string, dateMinShare: string, paidShare: string): Bilingual => ({
    zh: `用完概率 ±${probability} 个百分点，用完日期中位数 ±${days} 天（仅当资金池在至少 ${dateMinShare}% 的模拟中用完时检查），全年支付的 5%、95% 分位数 ±资金池的 ${paidShare}%`,
    en: `probability ±${probability} pp, median exhaustion date ±${days} d (checked only where the pool runs out in at least ${dateMinShare}% of runs), money paid p5 and p95 ±${paidShare}% of the pool`,
  }),
  convergenceReached: (batch: string, batches: string, runs: string, tolerance: string): Bilingual => ({
    zh: `模拟次数由 --runs auto 决定：按每批 ${batch} 次追加，${batches} 批、${runs} 次模拟后已收敛，每个要点数字的 95% 区间半宽都在容差之内（${tolerance}）。`,
    en: `The number of runs was chosen by --runs auto: batches of ${batch} runs were added until it converged after ${runs} runs (${batches} batches), with the 95% interval of every headline figure within its tolerance (${tolerance}).`,
  }),
  /** `outside`: the figures still outside their tolerance, already listed in the report's language. */
  convergenceNotReached: (batch: string, runs: string, tolerance: string, outside: string): Bilingual => ({
    zh: `模拟次数由 --runs auto 决定：按每批 ${batch} 次追加，已达上限 ${runs} 次仍未收敛（容差：${tolerance}）；仍超出容差的数字：${outside}。`,
    en: `The number of runs was chosen by --runs auto: batches of ${batch} runs were added up to the maximum of ${runs} without converging (tolerances: ${tolerance}); still outside: ${outside}.`,
  }),
  /** A figure still outside its tolerance and its half-width. */
  halfWidth: (name: string, width: string): Bilingual => ({ zh: `${name}（半宽 ${width}）`, en: `${name} (half-width ${width})` }),
  /** How lists of names are joined in each language. */
  listJoin: { zh: '、', en: ', ' },
  listJoinSemicolon: { zh: '、', en: '; ' },
};
