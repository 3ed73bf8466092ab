/**
 * Every message a user can cause, in one place so that both languages can be reviewed together.
 * Each entry returns `{zh, en}` for its parameters. Keep entries short: what is wrong, the bad value,
 * and what would be valid.
 */
import type { Bilingual } from './Bilingual';
import { formatMoney, formatRatio } from './formatMoney';
import { quoteValue as q } from './quoteValue';

/** A number as written; anything else quoted. */
const num = (v: unknown): string => (typeof v === 'number' ? String(v) : q(v));

/** What a per-firm cap bounds (policy/model.ts CapBasis), as the cap reasons name it. */
type CapPer = 'firm-year' | 'firm-validity' | 'contract';
const CAP_PER: Record<CapPer, { zh: string; noCapZh: string; en: string; gotZh: string; gotEn: string }> = {
  'firm-year': { zh: '每年', noCapZh: '年度', en: 'yearly', gotZh: '今年已获', gotEn: 'already received this year' },
  'firm-validity': { zh: '有效期内', noCapZh: '有效期', en: 'whole-validity', gotZh: '有效期内已获', gotEn: 'already received in the validity' },
  contract: { zh: '每份合同', noCapZh: '单份合同', en: 'per-contract', gotZh: '本合同已获', gotEn: 'already received on this contract' },
};

export const messages = {
  poolUnreadable: (input: unknown): Bilingual => ({
    zh: `无法读取资金池 ${q(input)}：请写金额（如 2.5亿元、800万元、500000）或 unlimited（不限）`,
    en: `cannot read the pool ${q(input)}: write an amount (e.g. 2.5亿元, 800万元, 500000) or unlimited`,
  }),

  // Quotes (src/policy/quote.ts): validation of one application, and the reasons of each grant line
  quoteExecutedAboveContract: (executed: string, contract: string): Bilingual => ({
    zh: `合同实际执行金额 ${executed} 超过合同金额 ${contract}：执行金额不能大于合同金额`,
    en: `the executed amount ${executed} is above the contract amount ${contract}: it can be at most the contract`,
  }),
  quoteAmountNotFen: (field: string, value: unknown): Bilingual => ({
    zh: `${field} 应为不小于 0 的整数分（至多约 90亿元），实际为 ${q(value)}`,
    en: `${field} must be a whole, non-negative number of fen (at most about 9 billion yuan), got ${q(value)}`,
  }),
  quoteUnknownVoucher: (value: unknown, allowed: readonly string[]): Bilingual => ({
    zh: `未知的券种 ${q(value)}：可选 ${allowed.join('、')}`,
    en: `unknown voucher ${q(value)}: use one of ${allowed.join(', ')}`,
  }),
  quoteUnknownCategory: (value: unknown, allowed: readonly string[]): Bilingual => ({
    zh: `未知的算力类别 ${q(value)}：可选 ${allowed.join('、')}（hangzhou-2024 （三））`,
    en: `unknown compute category ${q(value)}: use one of ${allowed.join(', ')} (hangzhou-2024 （三）)`,
  }),
  quoteCategoryNotCompute: (voucher: string): Bilingual => ({
    zh: `算力类别只适用于算力券，而本申请为 ${voucher}`,
    en: `a compute category applies to compute vouchers only; this application is for ${voucher}`,
  }),
  quoteCategoryRequired: (schemes: readonly string[], allowed: readonly string[]): Bilingual => ({
    zh: `缺少算力类别：${schemes.join('、')} 的补贴比例取决于类别，请指定 ${allowed.join('、')} 之一`,
    en: `the compute category is missing: the ratio of ${schemes.join(', ')} depends on it; give one of ${allowed.join(', ')}`,
  }),
  quoteBadDate: (value: unknown): Bilingual => ({
    zh: `申请日期 ${q(value)} 无效：应为 2000-01-01 到 2099-12-31 之间的日期`,
    en: `the application date ${q(value)} is not valid: it must be a day between 2000-01-01 and 2099-12-31`,
  }),
  quoteBadFlag: (field: string, value: unknown): Bilingual => ({
    zh: `${field} 应为 true 或 false，实际为 ${q(value)}`,
    en: `${field} must be true or false, got ${q(value)}`,
  }),
  quoteBadDistrict: (value: unknown): Bilingual => ({
    zh: `区县应为区县标识（如 shangcheng）或 null，实际为 ${q(value)}`,
    en: `district must be a district id (e.g. shangcheng) or null, got ${q(value)}`,
  }),
  quoteUnknownScheme: (id: string, known: readonly string[]): Bilingual => ({
    zh: `未知的方案 ${q(id)}：已加载的方案为 ${known.join('、') || '（无）'}`,
    en: `unknown scheme ${q(id)}: the schemes loaded are ${known.join(', ') || '(none)'}`,
  }),
  quoteUnknownDistrict: (id: string, known: readonly string[]): Bilingual => ({
    zh: `注意：已加载的政策未提及区县 ${q(id)}（提及的区县：${known.join('、') || '无'}），按不在其中处理`,
    en: `note: no loaded policy names the district ${q(id)} (named: ${known.join(', ') || 'none'}); treated as none of them`,
  }),
  reasonRatio: (basisName: Bilingual, basis: number, bp: number, raw: number): Bilingual => ({
    zh: `${basisName.zh}${formatMoney(basis, 'zh')} × ${formatRatio(bp)} = ${formatMoney(raw, 'zh')}`,
    en: `${formatRatio(bp)} × ${formatMoney(basis, 'en')} ${basisName.en} = ${formatMoney(raw, 'en')}`,
  }),
  basisContract: (): Bilingual => ({ zh: '合同费用', en: 'contract fee' }),
  basisExecuted: (): Bilingual => ({ zh: '合同实际执行金额', en: 'executed amount' }),
  basisMatched: (level: Bilingual, scheme: string): Bilingual => ({
    zh: `${level.zh}认定补贴（${scheme}）`,
    en: `${level.en} grant (${scheme})`,
  }),
  levelName: (level: 'province' | 'city' | 'district'): Bilingual => ({
    zh: { province: '省级', city: '市级', district: '区级' }[level],
    en: { province: 'provincial', city: 'city', district: 'district' }[level],
  }),
  reasonNoCap: (per: CapPer = 'firm-year'): Bilingual => ({ zh: `，不设${CAP_PER[per].noCapZh}上限`, en: `, no ${CAP_PER[per].en} cap` }),
  reasonBelowCap: (cap: number, per: CapPer = 'firm-year'): Bilingual => ({
    zh: `，未超过${CAP_PER[per].zh}${formatMoney(cap, 'zh')}上限`,
    en: `, below the ${formatMoney(cap, 'en')} ${CAP_PER[per].en} cap`,
  }),
  reasonAtCap: (cap: number, per: CapPer = 'firm-year'): Bilingual => ({
    zh: `，恰为${CAP_PER[per].zh}${formatMoney(cap, 'zh')}上限`,
    en: `, exactly the ${formatMoney(cap, 'en')} ${CAP_PER[per].en} cap`,
  }),
  reasonBelowRemaining: (left: number, cap: number, got: number, per: CapPer = 'firm-year'): Bilingual => ({
    zh: `，未超过${CAP_PER[per].zh}${formatMoney(cap, 'zh')}上限的剩余额度${formatMoney(left, 'zh')}（${CAP_PER[per].gotZh}${formatMoney(got, 'zh')}）`,
    en: `, within the ${formatMoney(left, 'en')} left of the ${formatMoney(cap, 'en')} ${CAP_PER[per].en} cap (${formatMoney(got, 'en')} ${CAP_PER[per].gotEn})`,
  }),
  reasonAboveCap: (cap: number, per: CapPer = 'firm-year'): Bilingual => ({
    zh: `，超过${CAP_PER[per].zh}${formatMoney(cap, 'zh')}上限，按${formatMoney(cap, 'zh')}补助`,
    en: `, above the ${formatMoney(cap, 'en')} ${CAP_PER[per].en} cap: pays ${formatMoney(cap, 'en')}`,
  }),
  reasonAboveRemaining: (left: number, cap: number, got: number, per: CapPer = 'firm-year'): Bilingual => ({
    zh: `，超过${CAP_PER[per].zh}${formatMoney(cap, 'zh')}上限的剩余额度${formatMoney(left, 'zh')}（${CAP_PER[per].gotZh}${formatMoney(got, 'zh')}），按${formatMoney(left, 'zh')}补助`,
    en: `, above the ${formatMoney(left, 'en')} left of the ${formatMoney(cap, 'en')} ${CAP_PER[per].en} cap (${formatMoney(got, 'en')} ${CAP_PER[per].gotEn}): pays ${formatMoney(left, 'en')}`,
  }),
  reasonPoolPartial: (left: number): Bilingual => ({
    zh: `；本年度资金池仅剩${formatMoney(left, 'zh')}，按${formatMoney(left, 'zh')}补助`,
    en: `; only ${formatMoney(left, 'en')} left in the pool this year: pays ${formatMoney(left, 'en')}`,
  }),
  reasonPoolStrict: (amount: number, left: number): Bilingual => ({
    zh: `；本年度资金池仅剩${formatMoney(left, 'zh')}，不足${formatMoney(amount, 'zh')}（不足即不予补助），补助为0`,
    en: `; ${formatMoney(amount, 'en')} does not fit in the ${formatMoney(left, 'en')} left in the pool (strict: no partial grants): pays 0`,
  }),
  reasonOutsideValidity: (date: string, scheme: string, from: string, to: string): Bilingual => ({
    zh: `申请日${date}不在${scheme}的施行期内（${from}至${to}），补助为0`,
    en: `not in force on ${date}: ${scheme} applies from ${from} to ${to}; pays 0`,
  }),
  reasonNoRuleInForce: (date: string, scheme: string, periods: readonly string[]): Bilingual => ({
    zh: `${date}无有效的补贴比例：${scheme}的比例适用于 ${periods.join('、') || '（无）'}，补助为0`,
    en: `no ratio of ${scheme} is in force on ${date} (ratios in force ${periods.join(', ') || '(none)'}); pays 0`,
  }),
  reasonNotEligible: (needs: readonly Bilingual[]): Bilingual => ({
    zh: `不符合申请条件：须${needs.map((x) => x.zh).join('，且须')}，补助为0`,
    en: `not eligible: requires ${needs.map((x) => x.en).join(' and ')}; pays 0`,
  }),
  reasonNoRuleMatches: (alternatives: readonly Bilingual[]): Bilingual => ({
    zh: `没有适用于本申请的补贴比例：须${alternatives.map((x) => x.zh).join('，或')}，补助为0`,
    en: `no ratio applies to this application: requires ${alternatives.map((x) => x.en).join(', or ')}; pays 0`,
  }),
  reasonCategoryMissing: (allowed: readonly string[]): Bilingual => ({
    zh: `补贴比例取决于算力类别（${allowed.join('、')}），而申请未注明类别，补助为0`,
    en: `the ratio depends on the compute category (${allowed.join(', ')}) and the application gives none; pays 0`,
  }),
  needSelfControlled: (v: boolean): Bilingual => (v
    ? { zh: '使用自主算力服务', en: 'a self-controlled (自主) compute service' }
    : { zh: '使用非自主算力服务', en: 'a non-self-controlled compute service' }),
  needFoundationModel: (v: boolean): Bilingual => (v
    ? { zh: '为生成式多模态基础大模型企业', en: 'a generative multimodal foundation-model firm' }
    : { zh: '不是生成式多模态基础大模型企业', en: 'a firm that is not a foundation-model firm' }),
  needSme: (v: boolean): Bilingual => (v
    ? { zh: '为中小企业', en: 'an SME (中小企业)' }
    : { zh: '不是中小企业', en: 'a firm that is not an SME' }),
  needCategory: (category: string): Bilingual => ({
    zh: `算力类别为 ${category}`,
    en: `compute category ${category}`,
  }),
  needDistrict: (district: string): Bilingual => ({
    zh: `注册在 ${district}`,
    en: `a firm in ${district}`,
  }),
  reasonLevelNotMatched: (levels: readonly Bilingual[], chosen: string, level: Bilingual): Bilingual => ({
    zh: `仅对${levels.map((l) => l.zh).join('、')}认定的补贴给予额外补助，而所采用的补贴（${chosen}）为${level.zh}，补助为0`,
    en: `tops up ${levels.map((l) => l.en).join(' or ')} grants only, and the grant paid (${chosen}) is ${level.en}; pays 0`,
  }),
  reasonNothingToMatch: (): Bilingual => ({
    zh: '本申请未获任何补贴，无可配套的金额，补助为0',
    en: 'no grant is paid on this application, so there is nothing to top up; pays 0',
  }),
  reasonChosen: (): Bilingual => ({
    zh: '；补助最高，予以采用（从优、就高、不重复）',
    en: '; the largest grant: paid (从优、就高、不重复)',
  }),
  reasonNotChosen: (winner: string): Bilingual => ({
    zh: `；未采用：${winner}补助更高（从优、就高、不重复）`,
    en: `; not chosen: ${winner} pays more (从优、就高、不重复)`,
  }),
  reasonNotChosenTie: (winner: string): Bilingual => ({
    zh: `；未采用：${winner}补助相同且排序在前（从优、就高、不重复）`,
    en: `; not chosen: ${winner} pays as much and is listed first (从优、就高、不重复)`,
  }),
  reasonChosenPackage: (): Bilingual => ({
    zh: '；连同其触发的配套补助合计最高，予以采用（从优、就高、不重复）',
    en: '; with the top-ups it triggers, the largest total: paid (从优、就高、不重复)',
  }),
  reasonNotChosenPackage: (winner: string): Bilingual => ({
    zh: `；未采用：${winner}连同其触发的配套补助合计更高（从优、就高、不重复）`,
    en: `; not chosen: ${winner} with the top-ups it triggers pays more (从优、就高、不重复)`,
  }),
  reasonNotChosenPackageTie: (winner: string): Bilingual => ({
    zh: `；未采用：${winner}连同配套补助合计相同且排序在前（从优、就高、不重复）`,
    en: `; not chosen: ${winner} with its top-ups pays as much and is listed first (从优、就高、不重复)`,
  }),
  // Packages compared by 从优、就高、不重复 (src/policy/quote.ts packagesOf, formatQuote)
  packageOnly: (): Bilingual => ({ zh: '唯一可得的补助组合', en: 'the only package that pays' }),
  packageChosen: (): Bilingual => ({ zh: '合计最高，予以采用', en: 'the largest total: paid' }),
  packageChosenTie: (tied: readonly string[]): Bilingual => ({
    zh: `与 ${tied.join('、')} 的组合合计相同，排序在前，予以采用`,
    en: `totals as much as the package of ${tied.join(', ')} and is listed first: paid`,
  }),
  packageNotChosen: (winner: string, total: number): Bilingual => ({
    zh: `未采用：${winner} 的组合合计 ${formatMoney(total, 'zh')}，更高`,
    en: `not chosen: the package of ${winner} totals more, ${formatMoney(total, 'en')}`,
  }),
  packageNotChosenTie: (winner: string): Bilingual => ({
    zh: `未采用：${winner} 的组合合计相同且排序在前`,
    en: `not chosen: the package of ${winner} totals as much and is listed first`,
  }),
  quoteReceivedAnyNeedsVoucher: (): Bilingual => ({
    zh: '只给出已获金额而不注明方案（--received 金额）时，只有在各方案的补助都计入每个上限时才有意义：'
      + '请注明方案（--received 方案=金额，如 hangzhou-2024.compute=800万），或设定 --option stacking.cap-counting=voucher',
    en: 'an amount already received without its scheme (--received AMOUNT) means something only when every scheme\'s grants '
      + 'count against each cap: name the scheme (--received SCHEME=AMOUNT, e.g. hangzhou-2024.compute=800万) or set '
      + '--option stacking.cap-counting=voucher',
  }),
  firmReceivedAny: (fen: number): Bilingual => ({
    zh: `今年本券种已获（各方案合计，未注明方案）${formatMoney(fen, 'zh')}`,
    en: `already received for this voucher this year from any scheme: ${formatMoney(fen, 'en')}`,
  }),
  capValidityYears: (scheme: string, years: readonly number[]): Bilingual => ({
    zh: `${scheme} 的上限按整个有效期计算（cap-basis=firm-validity），但情景模拟了它施行的 ${years.length} 个年份（${years.join('、')}）：`
      + '模拟每年抽取新的企业，无法跨年累计同一企业的补助。请只模拟一个年份，或选择 firm-year / contract',
    en: `the cap of ${scheme} bounds the whole validity (cap-basis=firm-validity), but the scenario simulates ${years.length} of its years `
      + `(${years.join(', ')}): each simulated year draws new firms, so a firm's grants cannot add up across years. Simulate one year, `
      + 'or choose firm-year or contract',
  }),
  stackingRule: (): Bilingual => ({
    zh: '从优、就高、不重复：同一合同的每项补助连同其触发的配套补助（如上城区的100%额外补助）为一个组合，企业获得合计最高的组合，'
      + '不同时获得两项补助；合计相同时取排序在前的方案。',
    en: '从优、就高、不重复: for one contract, each grant with the top-ups it triggers (such as the Shangcheng 100% top-up) is one '
      + 'package; the firm receives the package with the largest total, never two grants; on a tie, the scheme listed first.',
  }),
  documentNotes: (): Bilingual => ({
    zh: '文件规定的条件（模拟中视为已满足）及须知：',
    en: 'Conditions the documents set (taken as met in the simulation) and what to know:',
  }),
  quoteNotes: (): Bilingual => ({
    zh: '文件规定的条件（计算时视为已满足）及须知：',
    en: 'Conditions the documents set (taken as met in this quote) and what to know:',
  }),
  quotePackages: (): Bilingual => ({
    zh: '补助组合（从优、就高、不重复：每项补助连同其触发的配套补助为一个组合，企业获得合计最高的组合）：',
    en: 'Packages (从优、就高、不重复: each grant with the top-ups it triggers is one package; the firm receives the package with the largest total):',
  }),
  quotePackageLine: (grant: string, grantFen: number, topUps: readonly { scheme: string; fen: number }[], total: number, lang: 'zh' | 'en'): string => {
    const parts = [`${grant} ${formatMoney(grantFen, lang)}`, ...topUps.filter((t) => t.fen > 0).map((t) => `${t.scheme} ${formatMoney(t.fen, lang)}`)];
    return `${parts.join(' + ')} = ${formatMoney(total, lang)}`;
  },
  // Quote reports (src/policy/formatQuote.ts, src/cli/commands/quote.ts)
  boundName: (bound: string): Bilingual => ({
    zh: ({ ratio: '比例', cap: '上限', 'remaining-cap': '剩余上限', pool: '资金池', 'not-in-force': '不在施行期', 'not-eligible': '不符合条件' } as Record<string, string>)[bound] ?? bound,
    en: bound,
  }),
  voucherName: (voucher: string): Bilingual => ({
    zh: ({ compute: '算力券', corpus: '语料券', model: '模型券' } as Record<string, string>)[voucher] ?? voucher,
    en: `${voucher} voucher`,
  }),
  quoteHeading: (voucher: Bilingual, date: string, contract: number, executed: number): Bilingual => ({
    zh: `申请：${voucher.zh}，${date}，合同金额${formatMoney(contract, 'zh')}，实际执行${formatMoney(executed, 'zh')}`,
    en: `Application: ${voucher.en}, ${date}, contract ${formatMoney(contract, 'en')}, executed ${formatMoney(executed, 'en')}`,
  }),
  quoteFirm: (parts: readonly Bilingual[]): Bilingual => ({
    zh: `企业：${parts.length ? parts.map((p) => p.zh).join('，') : '无特别条件'}`,
    en: `Firm: ${parts.length ? parts.map((p) => p.en).join(', ') : 'no particular conditions'}`,
  }),
  firmCategory: (c: string): Bilingual => ({ zh: `算力类别 ${c}`, en: `category ${c}` }),
  firmSelfControlled: (): Bilingual => ({ zh: '自主算力', en: 'self-controlled compute' }),
  firmFoundationModel: (): Bilingual => ({ zh: '生成式多模态基础大模型企业', en: 'foundation-model firm' }),
  firmSme: (): Bilingual => ({ zh: '中小企业', en: 'SME' }),
  firmDistrict: (d: string): Bilingual => ({ zh: `区县 ${d}`, en: `district ${d}` }),
  firmReceived: (scheme: string, fen: number): Bilingual => ({
    zh: `今年已获 ${scheme} ${formatMoney(fen, 'zh')}`,
    en: `already received from ${scheme} this year: ${formatMoney(fen, 'en')}`,
  }),
  firmPoolLeft: (scheme: string, fen: number, mode: string): Bilingual => ({
    zh: `${scheme} 资金池剩余 ${formatMoney(fen, 'zh')}（${mode === 'strict' ? '不足即不予补助' : '不足时按剩余补助'}）`,
    en: `${formatMoney(fen, 'en')} left in the pool of ${scheme} (${mode})`,
  }),
  quoteColumns: (): Record<'scheme' | 'level' | 'own' | 'paid' | 'bound', Bilingual> => ({
    scheme: { zh: '方案', en: 'Scheme' },
    level: { zh: '级别', en: 'Level' },
    own: { zh: '单独可得', en: 'On its own' },
    paid: { zh: '实付', en: 'Paid' },
    bound: { zh: '约束', en: 'Bound by' },
  }),
  quoteNoScheme: (voucher: Bilingual): Bilingual => ({
    zh: `已加载的政策中没有${voucher.zh}方案`,
    en: `no loaded policy has a scheme for the ${voucher.en}`,
  }),
  quoteReasons: (): Bilingual => ({ zh: '理由：', en: 'Reasons:' }),
  quoteTotal: (total: number, chosen: string | null): Bilingual => ({
    zh: `合计：${formatMoney(total, 'zh')}${chosen ? `（按“从优、就高、不重复”采用 ${chosen}）` : ''}`,
    en: `Total: ${formatMoney(total, 'en')}${chosen ? ` (从优、就高、不重复: ${chosen} is paid)` : ''}`,
  }),
  quoteByLevel: (byLevel: Record<'province' | 'city' | 'district', number>): Bilingual => ({
    zh: `按出资级别：省级 ${formatMoney(byLevel.province, 'zh')}，市级 ${formatMoney(byLevel.city, 'zh')}，区级 ${formatMoney(byLevel.district, 'zh')}`,
    en: `Paid by level: province ${formatMoney(byLevel.province, 'en')}, city ${formatMoney(byLevel.city, 'en')}, district ${formatMoney(byLevel.district, 'en')}`,
  }),
  quoteOptions: (): Bilingual => ({ zh: '生效的选项：', en: 'Options in force:' }),
  quoteNoOptions: (): Bilingual => ({ zh: '  （无）', en: '  (none)' }),
  quoteOptionDefault: (): Bilingual => ({ zh: '（默认）', en: ' (default)' }),
  quoteOptionSet: (): Bilingual => ({ zh: '（已设置）', en: ' (set)' }),
  cliCategoryRequired: (schemes: readonly string[]): Bilingual => ({
    zh: `需要 --category maas|domestic|other：${schemes.join('、')} 的补贴比例取决于算力类别`,
    en: `--category maas|domestic|other is required: the ratio of ${schemes.join(', ')} depends on the compute category`,
  }),
  cliCategoryNotCompute: (voucher: string): Bilingual => ({
    zh: `--category 只适用于 --voucher compute，而不是 ${voucher}`,
    en: `--category applies to --voucher compute only, not ${voucher}`,
  }),
  cliKeyValue: (flag: string, value: string, form: string): Bilingual => ({
    zh: `${flag} ${JSON.stringify(value)} 格式不对：应写 ${form}`,
    en: `${flag} ${JSON.stringify(value)} is not of the form ${form}`,
  }),
  cliRepeated: (flag: string, key: string): Bilingual => ({
    zh: `${flag} 对 ${key} 给了两次`,
    en: `${flag} is given twice for ${key}`,
  }),

  // YAML files (src/yaml): syntax and shape
  yamlSyntax: (code: string, detail: string): Bilingual => ({
    zh: `YAML 语法错误（${code}）：${detail}`,
    en: `YAML syntax error (${code}): ${detail}`,
  }),
  yamlDuplicateKey: (key: string): Bilingual => ({
    zh: `键 ${q(key)} 重复出现：同一层中每个键只能写一次`,
    en: `key ${q(key)} appears twice: each key may appear only once at one level`,
  }),
  fieldMissing: (): Bilingual => ({
    zh: '缺少必填字段',
    en: 'required field is missing',
  }),
  fieldWrongType: (expected: Bilingual, got: Bilingual, value: unknown): Bilingual => ({
    zh: `应为${expected.zh}，实际为${got.zh} ${q(value)}`,
    en: `expected ${expected.en}, got ${got.en} ${q(value)}`,
  }),
  fieldEmpty: (expected: Bilingual): Bilingual => ({
    zh: `值为空：应为${expected.zh}`,
    en: `the value is empty: expected ${expected.en}`,
  }),
  /** What a YAML value is, by its JavaScript type (`object`, `array`, `string`...). */
  yamlTypeName: (t: string): Bilingual => {
    const names: Record<string, Bilingual> = {
      object: { zh: '映射（键: 值）', en: 'a map (key: value)' },
      array: { zh: '列表', en: 'a list' },
      string: { zh: '文字', en: 'text' },
      number: { zh: '数字', en: 'a number' },
      int: { zh: '整数', en: 'a whole number' },
      boolean: { zh: ' true 或 false', en: 'true or false' },
      null: { zh: '空值', en: 'nothing (null)' },
    };
    return names[t] ?? { zh: t, en: t };
  },
  fieldNotOneOf: (value: unknown, allowed: readonly unknown[]): Bilingual => ({
    zh: `值 ${q(value)} 无效：可选值为 ${allowed.map(q).join('、')}`,
    en: `value ${q(value)} is not valid: use one of ${allowed.map(q).join(', ')}`,
  }),
  fieldUnknownKey: (key: string, allowed: readonly string[]): Bilingual => ({
    zh: `未知的键 ${q(key)}：此处允许的键为 ${allowed.join('、')}`,
    en: `unknown key ${q(key)}: the keys allowed here are ${allowed.join(', ')}`,
  }),
  fieldTooFew: (min: number): Bilingual => ({
    zh: `至少需要 ${min} 项`,
    en: `needs at least ${min} item${min === 1 ? '' : 's'}`,
  }),
  numberTooSmall: (value: unknown, min: number, inclusive: boolean): Bilingual => ({
    zh: `${num(value)} 太小：此处须${inclusive ? '不小于' : '大于'} ${min}`,
    en: `${num(value)} is too small: it must be ${inclusive ? 'at least' : 'above'} ${min} here`,
  }),
  numberTooLarge: (value: unknown, max: number, inclusive: boolean): Bilingual => ({
    zh: `${num(value)} 太大：此处须${inclusive ? '不大于' : '小于'} ${max}`,
    en: `${num(value)} is too large: it must be ${inclusive ? 'at most' : 'below'} ${max} here`,
  }),
  fieldNoForm: (forms: readonly Bilingual[], value: unknown): Bilingual => ({
    zh: `无法读取 ${q(value)}：应为以下形式之一：${forms.map((f) => f.zh).join('；')}`,
    en: `cannot read ${q(value)}: expected one of these forms: ${forms.map((f) => f.en).join('; ')}`,
  }),
  fieldInvalid: (detail: string): Bilingual => ({
    zh: `无效：${detail}`,
    en: `invalid: ${detail}`,
  }),
  idInvalid: (id: unknown): Bilingual => ({
    zh: `标识 ${q(id)} 无效：只能用小写字母、数字和连字符，如 hangzhou-2024`,
    en: `id ${q(id)} is not valid: use lower-case letters, digits and hyphens, e.g. hangzhou-2024`,
  }),
  textEmpty: (): Bilingual => ({
    zh: '文字不能为空',
    en: 'text must not be empty',
  }),
  fileKindUnknown: (found: readonly string[], known: readonly string[]): Bilingual => ({
    zh: `无法识别文件类型：顶层键为 ${found.length ? found.join('、') : '（无）'}；文件应以 ${known.map((k) => `${k}:`).join(' 或 ')} 开头`,
    en: `cannot tell what this file is: its top-level keys are ${found.length ? found.join(', ') : '(none)'}; a file starts with ${known.map((k) => `${k}:`).join(' or ')}`,
  }),
  fileTooLarge: (limit: number): Bilingual => ({
    zh: `文件超过 ${limit.toLocaleString('en-US')} 字节（${limit / 1024 / 1024} MB）的上限：quansim 的输入文件通常只有几 KB，请检查是否选错了文件`,
    en: `the file is larger than the limit of ${limit.toLocaleString('en-US')} bytes (${limit / 1024 / 1024} MB): quansim's input files are a few KB; check that this is the file you meant`,
  }),
  fileNotUtf8: (): Bilingual => ({
    zh: '文件不是有效的 UTF-8 文本：请以 UTF-8 编码保存',
    en: 'the file is not valid UTF-8 text: save it with the UTF-8 encoding',
  }),
  fileNulCharacter: (): Bilingual => ({
    zh: '文件含有 NUL 字符（U+0000）：这不是文本文件，或已损坏',
    en: 'the file contains a NUL character (U+0000): it is not a text file, or it is damaged',
  }),
  yamlTooManyAliases: (limit: number): Bilingual => ({
    zh: `YAML 别名（*名称）展开次数超过上限 ${limit}：文件可能是恶意的“别名炸弹”；请直接写出重复的内容`,
    en: `the YAML aliases (*name) expand more than the limit of ${limit} times: the file may be an alias bomb; write the repeated content out instead`,
  }),
  fileMissing: (): Bilingual => ({
    zh: '文件不存在',
    en: 'no such file',
  }),
  fileUnreadable: (reason: string): Bilingual => ({
    zh: `无法读取文件：${reason}`,
    en: `cannot read the file: ${reason}`,
  }),

  populationSumTooLarge: (boundYuan: string, applications: number): Bilingual => ({
    zh: `一次模拟中一年的合同金额合计可能达到约 ${boundYuan} 元（约 ${applications.toLocaleString('en-US')} 份申请 × 各自分布的最大金额），超过 quansim 能精确相加的 2^53 分（约 90万亿元）：请减少企业数或合同数，或用 truncate 限制金额`,
    en: `the contracts of one run-year could add up to about ${boundYuan} yuan (about ${applications.toLocaleString('en-US')} applications × the largest amount of each law), above the 2^53 fen (about 90万亿元) quansim adds exactly: use fewer firms or contracts, or bound the amounts with truncate`,
  }),
  // Memory (src/scenario/estimateMemory.ts, checked before a simulation starts)
  memoryAboveLimit: (e: { mb: number; limitMb: number; applications: number; firms: number; workers: number; runs: number; perWorkerMb: number; rowsMb: number }): Bilingual => ({
    zh: `模拟预计需要约 ${e.mb} MB 内存，超过 ${e.limitMb} MB 的上限：每次模拟约 ${e.firms.toLocaleString('en-US')} 家企业、${e.applications.toLocaleString('en-US')} 份申请，每个线程约 ${e.perWorkerMb} MB × ${e.workers} 个线程，${e.runs.toLocaleString('en-US')} 次模拟的逐次结果约 ${e.rowsMb} MB。请减少企业数或合同数、用更少的 --workers 或 --runs，或用 --max-memory <MB> 提高上限`,
    en: `the simulation needs about ${e.mb} MB of memory, above the limit of ${e.limitMb} MB: about ${e.firms.toLocaleString('en-US')} firms and ${e.applications.toLocaleString('en-US')} applications a run, ${e.perWorkerMb} MB a worker × ${e.workers} workers, ${e.rowsMb} MB for the per-run figures of ${e.runs.toLocaleString('en-US')} runs. Use fewer firms or contracts, fewer --workers or --runs, or raise the limit with --max-memory <MB>`,
  }),

  // Output folders (src/output/outFolder.ts): --out is written whole into a temporary folder beside it, then renamed
  outIsFile: (shown: string): Bilingual => ({
    zh: `--out ${q(shown)} 是一个文件，不是文件夹：请指定一个文件夹（不存在时会新建）`,
    en: `--out ${q(shown)} is a file, not a folder: name a folder (it is created when missing)`,
  }),
  outUnderFile: (shown: string, file: string): Bilingual => ({
    zh: `无法创建 --out ${q(shown)}：路径中的 ${q(file)} 是文件，不是文件夹`,
    en: `cannot create --out ${q(shown)}: ${q(file)} on its path is a file, not a folder`,
  }),
  outNotWritable: (shown: string, reason: string): Bilingual => ({
    zh: `无法写入 --out ${q(shown)}（${reason}）：请指定一个可写的文件夹；原有文件夹（如有）保持不变`,
    en: `cannot write --out ${q(shown)} (${reason}): name a folder you can write to; the folder there before, if any, is left as it was`,
  }),
  outHoldsOther: (shown: string, names: readonly string[]): Bilingual => ({
    zh: `--out ${q(shown)} 已有非 quansim 写出的文件（${names.map(q).join('、')}）：quansim 会整体替换该文件夹，请指定新的或空的文件夹`,
    en: `--out ${q(shown)} already holds files quansim did not write (${names.map(q).join(', ')}): quansim replaces the whole folder, so name a new or empty folder`,
  }),

  // Policy files (src/policy/policySchema.ts, resolveRules.ts)
  policyUnknownSeed: (doc: unknown, ids: readonly string[]): Bilingual => ({
    zh: `引用的文件 ${q(doc)} 不在 docs/sources.md 所列的文件中：应为 ${ids.join('、')}`,
    en: `the reference names ${q(doc)}, which is not a document listed in docs/sources.md: use one of ${ids.join(', ')}`,
  }),
  policyNeedsReference: (): Bilingual => ({
    zh: '数值必须注明出处：请加 reference: {doc, clause, quote}，写明文件和条款',
    en: 'a value needs a reference: add reference: {doc, clause, quote} naming the document and clause it comes from',
  }),
  policyValueOrOption: (): Bilingual => ({
    zh: '请写 value（公布的数值）或 option（由选项给出）二者之一，且只写一个',
    en: 'write exactly one of value (the published number) or option (the value comes from an option)',
  }),
  policyDatesReversed: (from: string, to: string): Bilingual => ({
    zh: `结束日期 ${to} 早于开始日期 ${from}`,
    en: `the end date ${to} is before the start date ${from}`,
  }),
  policyOptionUndefined: (key: string, defined: readonly string[]): Bilingual => ({
    zh: `选项 ${q(key)} 未在本文件的 options 中定义：已定义的选项为 ${defined.length ? defined.join('、') : '（无）'}`,
    en: `option ${q(key)} is not defined under this file's options: the options defined are ${defined.length ? defined.join(', ') : '(none)'}`,
  }),
  policyOptionWrongType: (key: string, type: string, wanted: readonly string[]): Bilingual => ({
    zh: `选项 ${q(key)} 的类型是 ${type}，此处需要 ${wanted.join(' 或 ')}`,
    en: `option ${q(key)} has type ${type}; here it must be ${wanted.join(' or ')}`,
  }),
  policyDuplicateChoice: (): Bilingual => ({
    zh: '选项的可选值不能重复',
    en: 'the choices of an option must be distinct',
  }),

  // Option values and scheme overrides (resolveRules)
  optionUnknown: (key: string, valid: readonly string[]): Bilingual => ({
    zh: `未知选项 ${q(key)}：已载入文件的选项为 ${valid.length ? valid.join('、') : '（无）'}`,
    en: `unknown option ${q(key)}: the options of the loaded files are ${valid.length ? valid.join(', ') : '(none)'}`,
  }),
  optionBadValue: (value: string, accepts: Bilingual, detail: Bilingual): Bilingual => ({
    zh: `选项值 ${q(value)} 无效（${detail.zh}）：可接受${accepts.zh}`,
    en: `option value ${q(value)} is not valid (${detail.en}): it accepts ${accepts.en}`,
  }),
  notAChoice: (): Bilingual => ({
    zh: '不是可选值之一',
    en: 'not one of the choices',
  }),
  optionDefaultBad: (value: string, accepts: Bilingual, detail: Bilingual): Bilingual => ({
    zh: `默认值 ${q(value)} 无效（${detail.zh}）：可接受${accepts.zh}`,
    en: `the default ${q(value)} is not valid (${detail.en}): it accepts ${accepts.en}`,
  }),
  optionChoicesMissing: (): Bilingual => ({
    zh: 'choice 类型的选项须列出 choices',
    en: 'an option of type choice must list its choices',
  }),
  optionChoicesOnlyForChoice: (): Bilingual => ({
    zh: '只有 choice 类型的选项才能有 choices',
    en: 'only an option of type choice has choices',
  }),
  optionRequired: (key: string, label: Bilingual, example: string): Bilingual => ({
    zh: `必须设置此选项（${label.zh}）：文件没有给出这个值，也没有默认值。例如 --option ${key}=${example}`,
    en: `this option must be set (${label.en}): the documents give no value and there is no default. For example --option ${key}=${example}`,
  }),
  documentDuplicate: (id: string): Bilingual => ({
    zh: `政策文件 ${q(id)} 载入了两次`,
    en: `the policy document ${q(id)} is loaded twice`,
  }),
  policyLastNeedsNoWhen: (): Bilingual => ({
    zh: '列表的最后一项不能有 when：它是其他各项都不适用时的情形',
    en: 'the last entry of this list must have no when: it is the case that applies when no other entry does',
  }),
  splitUnreadable: (input: string): Bilingual => ({
    zh: `无法读取分担比例 ${q(input)}：请写如 city=50%,district=50%（级别为 province、city、district）`,
    en: `cannot read the split ${q(input)}: write e.g. city=50%,district=50% (levels: province, city, district)`,
  }),
  splitSum: (input: string, sum: string): Bilingual => ({
    zh: `分担比例 ${q(input)} 合计为 ${sum}，应为 100%`,
    en: `the split ${q(input)} adds up to ${sum}; it must add up to 100%`,
  }),
  noneNotAllowed: (): Bilingual => ({
    zh: '此处不能写 none：只有上限可以写 none（不设上限）',
    en: 'none is not allowed here: only a cap may be none (no cap)',
  }),
  overrideUnknownScheme: (id: string, valid: readonly string[]): Bilingual => ({
    zh: `调整指向未知的资助方案 ${q(id)}：已载入的方案为 ${valid.length ? valid.join('、') : '（无）'}`,
    en: `an override names the unknown scheme ${q(id)}: the schemes loaded are ${valid.length ? valid.join(', ') : '(none)'}`,
  }),
  overrideRatioScale: (bp: number): Bilingual => ({
    zh: `比例缩放 ${bp / 100}% 无效：须在 0% 到 100% 之间（公布的比例是上限，只能调低）`,
    en: `ratio scale ${bp / 100}% is not valid: it must lie between 0% and 100% (published ratios are maxima and can only be lowered)`,
  }),
  overrideAmount: (what: 'pool' | 'cap', value: number): Bilingual => ({
    zh: `调整的${what === 'pool' ? '资金池' : '上限'} ${value} 不是有效的金额（以分计的非负整数）`,
    en: `the override's ${what === 'pool' ? 'pool' : 'cap'} ${value} is not a valid amount (a non-negative whole number of fen)`,
  }),
  optionDatesReversed: (scheme: string, from: string, to: string): Bilingual => ({
    zh: `${scheme}：按所设选项，结束日期 ${to} 早于开始日期 ${from}`,
    en: `${scheme}: with the options set, the end date ${to} is before the start date ${from}`,
  }),

  // quansim validate
  validatedPolicy: (id: string, schemes: number, options: number): Bilingual => ({
    zh: `政策文件 ${id}：${schemes} 个资助方案，${options} 个选项`,
    en: `policy ${id}: ${schemes} scheme${schemes === 1 ? '' : 's'}, ${options} option${options === 1 ? '' : 's'}`,
  }),
  policyFileMissing: (rel: string, path: string): Bilingual => ({
    zh: `找不到政策文件 ${q(rel)}（路径 ${path}）`,
    en: `policy file ${q(rel)} not found (looked for ${path})`,
  }),
  poolMissing: (scheme: string, year: number): Bilingual => ({
    zh: `${scheme} 在 ${year} 年有效，但文件未公布资金池，场景也未给出：请在 schemes.${scheme}.pool 写金额（如 1亿元）或 unlimited`,
    en: `${scheme} is in force in ${year} but no pool is published and the scenario gives none: set schemes.${scheme}.pool to an amount (e.g. 1亿元) or unlimited`,
  }),
  // Population (src/population/schema.ts): the applicant firms of a scenario
  populationNoTiers: (): Bilingual => ({
    zh: '至少需要一个企业层级（tiers）',
    en: 'at least one firm tier is needed (tiers)',
  }),
  populationBadTierId: (id: unknown): Bilingual => ({
    zh: `层级标识 ${q(id)} 无效：请用字母、数字、下划线或连字符，如 micro、small、基础大模型`,
    en: `tier id ${q(id)} is not valid: use letters, digits, _ or -, e.g. micro, small, 基础大模型`,
  }),
  populationDuplicateTier: (id: string): Bilingual => ({
    zh: `层级标识 ${q(id)} 重复：每个层级的 id 须唯一`,
    en: `tier id ${q(id)} appears twice: tier ids must be unique`,
  }),
  populationSharesSum: (sumBp: number): Bilingual => ({
    zh: `各层级的企业占比（share）合计 ${sumBp / 100}%：须恰为 100%`,
    en: `the tiers' shares (share) add up to ${sumBp / 100}%: they must add up to exactly 100%`,
  }),
  populationDistrictsSum: (sumBp: number): Bilingual => ({
    zh: `各区县占比合计 ${sumBp / 100}%，超过 100%：其余企业不在任何区县，合计至多 100%`,
    en: `the district shares add up to ${sumBp / 100}%, above 100%: the rest are in no district, so they can add up to at most 100%`,
  }),
  populationBadDistrictId: (id: unknown): Bilingual => ({
    zh: `区县标识 ${q(id)} 无效：请用小写字母、数字和连字符，如 shangcheng`,
    en: `district id ${q(id)} is not valid: use lower-case letters, digits and hyphens, e.g. shangcheng`,
  }),
  populationCategoriesSum: (sumBp: number): Bilingual => ({
    zh: `算力类别占比（maas、domestic、other）合计 ${sumBp / 100}%：须恰为 100%`,
    en: `the compute category shares (maas, domestic, other) add up to ${sumBp / 100}%: they must add up to exactly 100%`,
  }),
  populationTierSeeksNothing: (tier: string): Bilingual => ({
    zh: `层级 ${q(tier)} 不申请任何券（vouchers 为空或申请概率均为 0%）：请给出至少一种券的申请概率 seek，或删去该层级`,
    en: `tier ${q(tier)} seeks no voucher (vouchers is empty or every seek is 0%): give at least one voucher a seek probability, or remove the tier`,
  }),
  populationMissingContractField: (voucher: string, field: string): Bilingual => ({
    zh: `${voucher} 缺少 ${field}：请在该券下或层级的 contracts 中给出`,
    en: `${voucher} has no ${field}: give it under the voucher or in the tier's contracts`,
  }),
  populationMinAboveMax: (min: string, max: string): Bilingual => ({
    zh: `下限 ${min} 不小于上限 ${max}：min 须小于 max`,
    en: `the minimum ${min} is not below the maximum ${max}: min must be below max`,
  }),
  populationTriangularOrder: (min: string, mode: string, max: string): Bilingual => ({
    zh: `三角分布须满足 min ≤ mode ≤ max 且 min < max，实际为 ${min}、${mode}、${max}`,
    en: `a triangular law needs min ≤ mode ≤ max and min < max, got ${min}, ${mode}, ${max}`,
  }),
  populationP90NotAboveMedian: (median: string, p90: string): Bilingual => ({
    zh: `对数正态分布的 p90 ${p90} 不大于中位数 ${median}：第 90 百分位须大于中位数`,
    en: `the lognormal p90 ${p90} is not above the median ${median}: the 90th percentile must be above the median`,
  }),
  populationLognormalForm: (): Bilingual => ({
    zh: '对数正态分布请给出 {median, p90}（金额）或 {mu, sigma}（ln 元），二者择一',
    en: 'a lognormal law needs either {median, p90} (amounts) or {mu, sigma} (of ln yuan), not both',
  }),
  populationSigmaNegative: (sigma: unknown): Bilingual => ({
    zh: `sigma ${q(sigma)} 无效：须为不小于 0 的有限数`,
    en: `sigma ${q(sigma)} is not valid: it must be a finite number of at least 0`,
  }),
  populationMuInvalid: (mu: unknown): Bilingual => ({
    zh: `mu ${q(mu)} 无效：须为有限数（ln 元，如 ln(30万) ≈ 12.6）`,
    en: `mu ${q(mu)} is not valid: it must be a finite number (of ln yuan, e.g. ln(300,000) ≈ 12.6)`,
  }),
  populationAmountTooSmall: (value: string): Bilingual => ({
    zh: `合同金额 ${value} 过小：至少为 1 元`,
    en: `the contract amount ${value} is too small: it must be at least 1 yuan`,
  }),
  populationTruncationEmpty: (min: string, max: string): Bilingual => ({
    zh: `截断区间 [${min}, ${max}] 内没有该分布的概率（或不含任何不小于 1 元的整元金额）：请放宽截断`,
    en: `the truncation [${min}, ${max}] holds no probability of the law (or no whole-yuan amount of at least 1 yuan): widen it`,
  }),
  populationTruncationNeedsBound: (): Bilingual => ({
    zh: '截断（truncate）须至少给出 min 或 max',
    en: 'a truncation (truncate) needs min, max or both',
  }),
  populationEmpiricalWeights: (values: number, weights: number): Bilingual => ({
    zh: `经验分布有 ${values} 个取值却有 ${weights} 个权重：数量须相同，且权重不为负、合计大于 0`,
    en: `the empirical law has ${values} values but ${weights} weights: give one weight per value, none negative, with a positive sum`,
  }),
  populationBetaForm: (): Bilingual => ({
    zh: 'beta 分布请给出 {alpha, beta} 或 {mean, sd}，二者择一',
    en: 'a beta law needs either {alpha, beta} or {mean, sd}, not both',
  }),
  populationBetaParameter: (name: string, value: unknown): Bilingual => ({
    zh: `beta 分布的 ${name} ${q(value)} 无效：须为正的有限数`,
    en: `the beta ${name} ${q(value)} is not valid: it must be a positive finite number`,
  }),
  populationBetaMeanSd: (mean: string, sd: string): Bilingual => ({
    zh: `没有均值为 ${mean}、标准差为 ${sd} 的 beta 分布：均值须在 0% 与 100% 之间（不含），标准差须大于 0 且小于 √(均值×(1−均值))`,
    en: `no beta law has mean ${mean} and sd ${sd}: the mean must lie strictly between 0% and 100%, and the sd above 0 and below √(mean × (1 − mean))`,
  }),
  populationCountMean: (value: unknown, max: number): Bilingual => ({
    zh: `均值 ${q(value)} 无效：须为 0 到 ${max} 之间的有限数`,
    en: `the mean ${q(value)} is not valid: it must be a finite number from 0 to ${max}`,
  }),
  populationCountFixed: (value: unknown, max: number): Bilingual => ({
    zh: `数量 ${q(value)} 无效：须为 0 到 ${max} 之间的整数`,
    en: `the count ${q(value)} is not valid: it must be a whole number from 0 to ${max}`,
  }),
  populationDispersion: (value: unknown): Bilingual => ({
    zh: `离散参数 dispersion ${q(value)} 无效：须为正的有限数（方差 = 均值 + 均值²/dispersion）`,
    en: `dispersion ${q(value)} is not valid: it must be a positive finite number (variance = mean + mean²/dispersion)`,
  }),
  populationMonthlyWeights: (): Bilingual => ({
    zh: '月度权重（monthly）须为 12 个不小于 0 的有限数，且不全为 0（1 月在前）',
    en: 'monthly weights (monthly) must be 12 finite numbers of at least 0, not all 0 (January first)',
  }),
  populationWindowDate: (value: unknown): Bilingual => ({
    zh: `申请窗口日期 ${q(value)} 无效：请写 MM-DD，如 03-01（02-29 在平年视为 02-28 或 03-01）`,
    en: `application window date ${q(value)} is not valid: write MM-DD, e.g. 03-01 (02-29 means 02-28 or 03-01 in common years)`,
  }),
  populationWindowReversed: (from: string, to: string): Bilingual => ({
    zh: `申请窗口 ${from} 至 ${to} 的开始晚于结束：跨年的窗口请拆成两段（如 11-01 至 12-31 与 01-01 至 01-31）`,
    en: `the application window ${from} to ${to} starts after it ends: split a window across the new year in two (e.g. 11-01 to 12-31 and 01-01 to 01-31)`,
  }),
  populationTooManyFirms: (n: number, max: number): Bilingual => ({
    zh: `一次抽样得到 ${n} 家企业，超过上限 ${max}：负二项分布的 dispersion 过小，请调大`,
    en: `one draw gave ${n} firms, above the limit of ${max}: the negative binomial's dispersion is too small; raise it`,
  }),
  populationNoOpenDay: (year: number): Bilingual => ({
    zh: `${year} 年没有可申请的日子：申请窗口之内的月份权重均为 0`,
    en: `no day of ${year} can receive an application: every month inside the application windows has weight 0`,
  }),
  populationFileMissing: (rel: string, path: string): Bilingual => ({
    zh: `找不到企业群体文件 ${q(rel)}（路径 ${path}）`,
    en: `population file ${q(rel)} not found (looked for ${path})`,
  }),

  // Analyses (src/analysis: --runs auto, sensitivity, solve, sweep)
  /** `maxFen`: the largest amount quansim represents (money/fen.ts MAX_FEN). */
  analysisAmountTooLarge: (what: string, fen: number, maxFen: number): Bilingual => ({
    zh: `${what}放大后为 ${formatMoney(fen, 'zh')}，超过可表示的最大金额 ${formatMoney(maxFen, 'zh')}：请用更小的倍数或范围`,
    en: `${what} scaled up is ${formatMoney(fen, 'en')}, above the largest amount quansim represents (${formatMoney(maxFen, 'en')}): use a smaller factor or range`,
  }),
  analysisTooManyFirms: (mean: number, max: number): Bilingual => ({
    zh: `企业数放大后均值为 ${mean}，超过上限 ${max}`,
    en: `the number of firms scaled up has mean ${mean}, above the limit of ${max}`,
  }),
  analysisUnknownScheme: (id: string, ids: readonly string[]): Bilingual => ({
    zh: `情景中没有方案 ${q(id)}：可选 ${ids.join('、')}`,
    en: `the scenario has no scheme ${q(id)}: choose one of ${ids.join(', ')}`,
  }),
  analysisNoPooledScheme: (year: number): Bilingual => ({
    zh: `${year} 年没有设有资金池上限的方案：无法计算资金池用完的概率`,
    en: `no scheme has a pool limit in ${year}: there is no pool to run out`,
  }),
  analysisSchemeUnlimited: (id: string, year: number): Bilingual => ({
    zh: `方案 ${q(id)} 在 ${year} 年没有资金池上限（或不在有效期内）：请用 --scheme 选择一个有资金池的方案`,
    en: `scheme ${q(id)} has no pool limit in ${year} (or is not in force): choose a scheme with a pool with --scheme`,
  }),
  analysisNoCap: (id: string): Bilingual => ({
    zh: `方案 ${q(id)} 没有数值形式的单家企业年度上限，无法调整上限`,
    en: `scheme ${q(id)} has no numeric yearly cap per firm to vary`,
  }),
  analysisUnknownYear: (year: string, years: readonly number[]): Bilingual => ({
    zh: `情景没有模拟 ${q(year)} 年：可选 ${years.join('、')}`,
    en: `the scenario does not simulate the year ${q(year)}: choose one of ${years.join(', ')}`,
  }),
  targetUnreadable: (input: string): Bilingual => ({
    zh: `无法读取目标 ${q(input)}：请写如 "P(exhausted before 12-31) <= 10%"、"median exhaustion >= 11-30" 或 "unmet share <= 5%"（比较符 <=、<、>=、>）`,
    en: `cannot read the target ${q(input)}: write e.g. "P(exhausted before 12-31) <= 10%", "median exhaustion >= 11-30" or "unmet share <= 5%" (comparisons <=, <, >=, >)`,
  }),
  targetDate: (input: string): Bilingual => ({
    zh: `目标中的日期 ${q(input)} 不是有效的月-日：请写 MM-DD，如 12-31 或 11-30`,
    en: `the date ${q(input)} in the target is not a real month and day: write MM-DD, e.g. 12-31 or 11-30`,
  }),
  targetValue: (figure: string, input: string, expected: 'share' | 'date'): Bilingual => ({
    zh: `${figure} 须与${expected === 'share' ? '百分比（如 10% 或 0.1）' : '日期（MM-DD，如 11-30）'}比较，而不是 ${q(input)}`,
    en: `${figure} must be compared with ${expected === 'share' ? 'a share (e.g. 10% or 0.1)' : 'a date (MM-DD, e.g. 11-30)'}, not ${q(input)}`,
  }),
  axisUnreadable: (input: string): Bilingual => ({
    zh: `无法读取扫描轴 ${q(input)}：请写 变量=起点..终点:点数，如 pool=1亿..5亿:9、cap=200万..1000万:5 或 ratio=50%..100%:6`,
    en: `cannot read the axis ${q(input)}: write variable=from..to:points, e.g. pool=1亿..5亿:9, cap=200万..1000万:5 or ratio=50%..100%:6`,
  }),
  axisVariable: (name: string): Bilingual => ({
    zh: `未知的变量 ${q(name)}：可选 pool（资金池）、cap（单家企业年度上限）、ratio（补贴比例的缩放）`,
    en: `unknown variable ${q(name)}: choose pool, cap (yearly cap per firm) or ratio (scale of the ratios)`,
  }),
  axisPoints: (input: string, max: number): Bilingual => ({
    zh: `点数 ${q(input)} 无效：须为 2 到 ${max} 之间的整数`,
    en: `the number of points ${q(input)} is not valid: use a whole number from 2 to ${max}`,
  }),
  axesSame: (name: string): Bilingual => ({
    zh: `--x 与 --y 都是 ${name}：两个轴须是不同的变量`,
    en: `--x and --y are both ${name}: the two axes must vary different things`,
  }),
  rangeUnreadable: (input: string): Bilingual => ({
    zh: `无法读取范围 ${q(input)}：请写 起点..终点，如 1亿..10亿、10万..2000万 或 0%..100%`,
    en: `cannot read the range ${q(input)}: write from..to, e.g. 1亿..10亿, 10万..2000万 or 0%..100%`,
  }),
  rangeReversed: (from: string, to: string): Bilingual => ({
    zh: `范围的终点 ${to} 须大于起点 ${from}`,
    en: `the end of the range (${to}) must be above its start (${from})`,
  }),
  resolutionInvalid: (input: string): Bilingual => ({
    zh: `精度 ${q(input)} 无效：须大于 0，金额如 1万，比例如 0.1%`,
    en: `the resolution ${q(input)} is not valid: it must be above 0, e.g. 1万 for money or 0.1% for ratios`,
  }),
  toleranceUnreadable: (input: string): Bilingual => ({
    zh: `无法读取容差 ${q(input)}：请写如 p=1%,date=3,paid=1%（概率的百分点、天数、占资金池的比例），或只写 1%（概率）`,
    en: `cannot read the tolerance ${q(input)}: write e.g. p=1%,date=3,paid=1% (probability points, days, share of the pool), or just 1% (the probability)`,
  }),
  solveUnmet: (target: Bilingual, range: Bilingual): Bilingual => ({
    zh: `在 ${range.zh} 范围内没有取值达到目标 ${target.zh}：请放宽 --range 或修改目标`,
    en: `no value in ${range.en} meets the target ${target.en}: widen --range or change the target`,
  }),
  deltaInvalid: (input: string): Bilingual => ({
    zh: `变动幅度 ${q(input)} 无效：须在 0% 与 100% 之间（不含两端），如 20%`,
    en: `the change ${q(input)} is not valid: it must lie strictly between 0% and 100%, e.g. 20%`,
  }),
  reportNotJson: (reason: string): Bilingual => ({
    zh: `不是有效的 JSON（${reason}）：请给出情景文件（.yaml）或 quansim run --out 写出的 summary.json`,
    en: `not valid JSON (${reason}): give a scenario file (.yaml) or a summary.json written by quansim run --out`,
  }),
  reportNotSummary: (problems: readonly string[]): Bilingual => ({
    zh: `不是 quansim 的 summary.json：${problems.join('；')}。请给出 quansim run --out 写出的 summary.json，或情景文件（.yaml）`,
    en: `not a quansim summary.json: ${problems.join('; ')}. Give a summary.json written by quansim run --out, or a scenario file (.yaml)`,
  }),
  reportSettingOfSummary: (flag: string, given: string, inFile: string): Bilingual => ({
    zh: `${flag} ${given} 与 summary.json 中的 ${inFile} 不同：summary.json 的数字已经算好，不会重新模拟；请去掉 ${flag}，或对情景文件生成报告`,
    en: `${flag} ${given} differs from the summary.json's ${inFile}: a summary.json is reported as it is, not re-run; drop ${flag}, or report on the scenario file`,
  }),
  reportAnalysisOfSummary: (flags: readonly string[]): Bilingual => ({
    zh: `${flags.join('、')} 需要情景文件：summary.json 只有汇总数字，没有可以改变输入重新模拟的情景；请对情景文件生成报告`,
    en: `${flags.join(', ')} need a scenario file: a summary.json holds the figures, not a scenario whose inputs can be moved and run again; report on the scenario file`,
  }),
  reportFlagWithout: (flag: string, needs: string): Bilingual => ({
    zh: `${flag} 须与 ${needs} 一起使用`,
    en: `${flag} goes with ${needs}`,
  }),
  reportSweepAxes: (count: number): Bilingual => ({
    zh: `--sweep 需要两个轴，例如 --sweep "pool=1亿..5亿:5" "cap=200万..1000万:3"（或 --x 与 --y），而不是 ${count} 个`,
    en: `--sweep takes two axes, e.g. --sweep "pool=1亿..5亿:5" "cap=200万..1000万:3" (or --x and --y), not ${count}`,
  }),
  reportSweepTwice: (): Bilingual => ({
    zh: '扫描的轴请用 --sweep 或 --x/--y 之一给出，不要同时使用',
    en: 'give the sweep\'s axes with --sweep or with --x and --y, not both',
  }),
  reportSolveUnmet: (target: string, range: string): Bilingual => ({
    zh: `目标求解：${range} 范围内没有取值达到 ${target}；报告照常写出并说明了这一点（quansim solve 在这种情况下以退出码 1 结束）`,
    en: `goal seek: no value in ${range} meets ${target}; the report is written and says so (quansim solve exits 1 in this case)`,
  }),
} as const;
