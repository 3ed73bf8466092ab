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
