/**
 * The words of the headline sentences (src/stats/headlines.ts): each entry takes the figures already written for
 * people in both languages (amounts, shares, dates) and gives the sentence in both. The logic that picks the
 * figures stays in headlines.ts.
 */
import type { Bilingual } from './Bilingual';

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The levels of government as the who-pays sentence names them; the districts are many, so their verb is "pay". */
const LEVEL_NAMES: Record<string, Bilingual & { verb: string }> = {
  province: { zh: '省级', en: 'the province', verb: 'pays' },
  city: { zh: '市级', en: 'the city', verb: 'pays' },
  district: { zh: '区级', en: 'the districts', verb: 'pay' },
};

/** Month `month` (1–12): `11月`, `Nov`. */
export function monthName(month: number): Bilingual {
  return { zh: `${month}月`, en: MONTHS_EN[month - 1]! };
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A tier's English label as a noun for firms: population files name tiers "micro firms" or just "micro". */
function firmsOf(label: string): string {
  return /\bfirms?$/i.test(label) ? label : `${label} firms`;
}

export const headlineWords = {
  notInForce: (scheme: Bilingual, year: number): Bilingual => ({
    zh: `${scheme.zh}${year}年未施行（无资金池，无申请）`,
    en: `The ${scheme.en} is not in force in ${year} (no pool, no applications)`,
  }),
  poolLastsToYearEnd: (share: string, scheme: Bilingual): Bilingual => ({
    zh: `${share}的模拟中${scheme.zh}资金池可支撑到年底`,
    en: `In ${share} of runs the ${scheme.en} pool lasts to the end of the year`,
  }),
  poolLastsUntil: (share: string, scheme: Bilingual, day: Bilingual): Bilingual => ({
    zh: `${share}的模拟中${scheme.zh}资金池可支撑到${day.zh}`,
    en: `In ${share} of runs the ${scheme.en} pool lasts until ${day.en}`,
  }),
  poolNeverRunsOut: (scheme: Bilingual): Bilingual => ({
    zh: `所有模拟中${scheme.zh}资金池在年内都未用完`,
    en: `The ${scheme.en} pool never runs out within the year`,
  }),
  poolRunsOut: (share: string, scheme: Bilingual): Bilingual => ({
    zh: `${share}的模拟中${scheme.zh}资金池在年底前用完`,
    en: `The ${scheme.en} pool runs out before year end in ${share} of runs`,
  }),
  runsOutByLine: (day: Bilingual, share: string): Bilingual => ({
    zh: `${day.zh}前用完的概率：${share}`,
    en: `P(runs out by ${day.en}) = ${share}`,
  }),
  /** The quarter ends in one sentence, from (day, share) pairs. */
  runsOutBy: (parts: Array<{ day: Bilingual; share: string }>): Bilingual => ({
    zh: `用完概率：${parts.map((p) => `${p.day.zh}前${p.share}`).join('，')}`,
    en: `Runs out by ${parts.map((p) => `${p.day.en}: ${p.share}`).join(', ')}`,
  }),
  disbursed: (scheme: Bilingual, median: Bilingual, p5: Bilingual, p95: Bilingual, pool: Bilingual | null): Bilingual => ({
    zh: `${scheme.zh}全年支付中位数${median.zh}（5%–95%：${p5.zh}–${p95.zh}）${pool ? `，资金池${pool.zh}` : ''}`,
    en: `${scheme.en}: a median of ${median.en} paid in the year (5–95%: ${p5.en} – ${p95.en})${pool ? `, pool ${pool.en}` : ''}`,
  }),
  allPaidInFull: { zh: '所有申请都足额获得补助', en: 'Every request is paid in full' },
  unmet: (mean: Bilingual, share: string, refused: Bilingual, scaled: Bilingual): Bilingual => ({
    zh: `平均${mean.zh}的需求未获满足（占申请额的${share}），其中拒绝${refused.zh}、削减${scaled.zh}`,
    en: `On average ${mean.en} of demand (${share}) goes unmet: ${refused.en} refused, ${scaled.en} cut`,
  }),
  nothingPaid: { zh: '没有支付任何补助', en: 'Nothing is paid' },
  /** Levels by their share of the money, the largest first (ids of LEVEL_NAMES). */
  whoPays: (levels: Array<{ level: string; share: string }>): Bilingual => {
    const name = (l: string) => LEVEL_NAMES[l] ?? { zh: l, en: l, verb: 'pays' };
    const [first, ...rest] = levels;
    const lead = name(first!.level);
    return {
      zh: `${lead.zh}承担${first!.share}${rest.map((l) => `，${name(l.level).zh}${l.share}`).join('')}`,
      en: `${cap(lead.en)} ${lead.verb} ${first!.share} of the money${rest.map((l) => `, ${name(l.level).en} ${l.share}`).join('')}`,
    };
  },
  noFirmApplied: { zh: '没有企业申请', en: 'No firm applied' },
  grantPerTier: (tiers: Array<{ label: Bilingual; grant: Bilingual }>): Bilingual => ({
    zh: `每家企业获补助中位数：${tiers.map((t) => `${t.label.zh}${t.grant.zh}`).join('，')}`,
    en: `Median grant per firm: ${tiers.map((t) => `${t.label.en} ${t.grant.en}`).join(', ')}`,
  }),
  tierShare: (tier: Bilingual, firmShare: string, moneyShare: string): Bilingual => ({
    zh: `${tier.zh}占申请企业的${firmShare}，获得${moneyShare}的资金`,
    en: `${cap(firmsOf(tier.en))} are ${firmShare} of the applicants and receive ${moneyShare} of the money`,
  }),
  noFirmAtCap: { zh: '没有企业达到年度补助上限', en: 'No firm reaches a yearly cap' },
  atCap: (share: string, tier: Bilingual): Bilingual => ({
    zh: `${share}的${tier.zh}达到年度补助上限`,
    en: `${share} of ${firmsOf(tier.en)} reach a yearly cap`,
  }),
  subsidyRate: (share: string): Bilingual => ({
    zh: `补助总额约为合同金额的${share}`,
    en: `Overall the grants come to ${share} of the contract fees`,
  }),
  noUnmetMonth: { zh: '各月均无未满足的需求', en: 'No demand goes unmet in any month' },
  unmetMonth: (month: Bilingual, refused: Bilingual, scaled: Bilingual): Bilingual => ({
    zh: `未满足需求最多的月份是${month.zh}：平均被拒${refused.zh}，被削减${scaled.zh}`,
    en: `Most unmet demand falls in ${month.en}: on average ${refused.en} refused and ${scaled.en} cut`,
  }),
};
