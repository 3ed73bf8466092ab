/**
 * Known values against the real policy files, computed by hand from the clauses (each test is named after
 * its clause). 1万元 = 1,000,000 fen; amounts in the comments are in 万元.
 */
import { describe, expect, it } from 'vitest';
import { UserError, userErrorsOf } from '../../src/errors/UserError';
import { quote } from '../../src/policy/quote';
import { app, line, quoteSeries, rules, WAN } from './realRules';
import { userErrorText } from '../../src/i18n/userErrorText';

const HZ = 'hangzhou-2024.compute';
const HZ23 = 'hangzhou-2023-draft.compute';
const ZJ = 'zhejiang-2025.compute';
const SC = 'shangcheng-draft.topup';
const SC_DATES = { 'shangcheng-draft.start': '2024-08-19', 'shangcheng-draft.end': '2027-12-31' };
const HZ23_OPTIONS = { 'hangzhou-2023-draft.start': '2024-01-01', 'hangzhou-2023-draft.compute-ratio': '20%', 'hangzhou-2023-draft.compute-cap': '300万元' };

function errorsOf(f: () => unknown): UserError[] {
  try { f(); } catch (e) { const errs = userErrorsOf(e); if (errs) return errs; throw e; }
  throw new Error('expected user errors');
}

describe('000 （三） Hangzhou compute voucher', () => {
  const r = rules(['hangzhou-2024']);
  it.each([
    ['maas', 30 * WAN, 3000], // 依托经备案的生成式多模态基础大模型…不超过算力合同费用的30%
    ['domestic', 30 * WAN, 3000], // 使用国产算力设施…30%
    ['other', 20 * WAN, 2000], // 使用其他算力设施…20%
  ] as const)('000 （三） %s: 100万 contract → %i fen at %i bp', (category, fen, bp) => {
    const q = quote(r, app({ category, contract: 100 }));
    expect(q.totalFen).toBe(fen);
    expect(q.chosen).toBe(HZ);
    const l = line(q, HZ);
    expect(l).toMatchObject({ fen, paidFen: fen, bound: 'ratio', ratioBp: bp, basisFen: 100 * WAN, capFen: 800 * WAN, remainingCapFen: 800 * WAN });
  });

  it('000 （三） reasons are written from the numbers, in both languages', () => {
    const l = line(quote(r, app({ category: 'maas', contract: 100 })), HZ);
    expect(l.reason.zh).toBe('合同费用100万元 × 30% = 30万元，未超过每年800万元上限');
    expect(l.reason.en).toBe('30% × 1,000,000 yuan contract fee = 300,000 yuan, below the 8,000,000 yuan yearly cap');
    expect(l.reference.clause).toBe('（三）');
  });

  it('000 （三） pays on the contract fee, not the executed amount', () => {
    const l = line(quote(r, app({ category: 'maas', contract: 100, executed: 50 })), HZ);
    expect(l.basisFen).toBe(100 * WAN);
    expect(l.fen).toBe(30 * WAN);
  });

  it('000 （三） 单家企业每年不超过800万元: 4000万 × 30% = 1200万 is capped at 800万', () => {
    const l = line(quote(r, app({ category: 'maas', contract: 4000 })), HZ);
    expect(l).toMatchObject({ fen: 800 * WAN, bound: 'cap', capFen: 800 * WAN });
    expect(l.reason.zh).toBe('合同费用4000万元 × 30% = 1200万元，超过每年800万元上限，按800万元补助');
    expect(l.reason.en).toContain('above the 8,000,000 yuan yearly cap: pays 8,000,000 yuan');
    // exactly at the cap: 2666.6667万 would be over; 4000万 × 20% = 800万 is exactly the cap
    expect(line(quote(r, app({ category: 'other', contract: 4000 })), HZ)).toMatchObject({ fen: 800 * WAN, bound: 'ratio' });
  });

  it('000 （三） 可以放宽 not assumed (default 800万元): a foundation-model firm is capped at 800万 like any other', () => {
    const l = line(quote(r, app({ category: 'maas', contract: 4000, foundationModel: true })), HZ);
    expect(l).toMatchObject({ fen: 800 * WAN, bound: 'cap', capFen: 800 * WAN });
    expect(r.options.find((o) => o.key === 'hangzhou-2024.foundation-model-cap')).toMatchObject({ value: '800万元', isDefault: true });
  });

  it('000 （三） 可以放宽 read generously as no cap (option none): a foundation-model firm gets the full 1200万', () => {
    const none = rules(['hangzhou-2024'], { 'hangzhou-2024.foundation-model-cap': 'none' });
    const l = line(quote(none, app({ category: 'maas', contract: 4000, foundationModel: true })), HZ);
    expect(l).toMatchObject({ fen: 1200 * WAN, bound: 'ratio', capFen: null });
    expect(l.reason.en).toContain('no yearly cap');
  });

  it('000 （三） 可以放宽, read as a higher cap (option 2000万元) or as not relaxed (800万元)', () => {
    const higher = rules(['hangzhou-2024'], { 'hangzhou-2024.foundation-model-cap': '2000万元' });
    expect(line(quote(higher, app({ category: 'maas', contract: 4000, foundationModel: true })), HZ)).toMatchObject({ fen: 1200 * WAN, capFen: 2000 * WAN });
    expect(line(quote(higher, app({ category: 'maas', contract: 10000, foundationModel: true })), HZ)).toMatchObject({ fen: 2000 * WAN, bound: 'cap' });
    const same = rules(['hangzhou-2024'], { 'hangzhou-2024.foundation-model-cap': '800万元' });
    expect(line(quote(same, app({ category: 'maas', contract: 4000, foundationModel: true })), HZ)).toMatchObject({ fen: 800 * WAN, bound: 'cap' });
    // a firm that is not a foundation-model firm keeps the 800万 cap whatever the option
    expect(line(quote(higher, app({ category: 'maas', contract: 4000 })), HZ).fen).toBe(800 * WAN);
  });

  it('000 （三） the ratio depends on the category: without one nothing is paid, and the reason says why', () => {
    const q = quote(r, app({ contract: 100 }));
    expect(q.totalFen).toBe(0);
    expect(q.chosen).toBeNull();
    const l = line(q, HZ);
    expect(l.bound).toBe('not-eligible');
    expect(l.reason.en).toContain('compute category');
    expect(l.reason.zh).toContain('算力类别');
  });

  it('000 结尾段 in force from 2024-08-19 to 2027-12-31: dates outside pay 0 with the dates in the reason', () => {
    const before = line(quote(r, app({ category: 'maas', date: '2024-08-18' })), HZ);
    expect(before).toMatchObject({ fen: 0, bound: 'not-in-force' });
    expect(before.reason.en).toBe('not in force on 2024-08-18: hangzhou-2024.compute applies from 2024-08-19 to 2027-12-31; pays 0');
    expect(before.reason.zh).toBe('申请日2024-08-18不在hangzhou-2024.compute的施行期内（2024-08-19至2027-12-31），补助为0');
    expect(line(quote(r, app({ category: 'maas', date: '2024-08-19' })), HZ).fen).toBe(30 * WAN);
    expect(line(quote(r, app({ category: 'maas', date: '2027-12-31' })), HZ).fen).toBe(30 * WAN);
    const after = line(quote(r, app({ category: 'maas', date: '2028-01-01' })), HZ);
    expect(after).toMatchObject({ fen: 0, bound: 'not-in-force' });
    expect(after.reason.en).toContain('2028-01-01');
  });

  it('000 结尾段 由市和各区按财政体制共同承担: the default split city=50%,district=50% splits the paid amount', () => {
    // 1,000,100 yuan × 20% = 200,020 yuan = 20,002,000 fen, half each
    const q = quote(r, app({ category: 'other', contract: 100.01 }));
    expect(q.totalFen).toBe(20_002_000);
    expect(q.byLevel).toEqual({ province: 0, city: 10_001_000, district: 10_001_000 });
    // 5.10 yuan × 20% = 102 fen; 30% / 70% gives 30.6 and 71.4: floors 30 and 71, the fen left goes to the city (listed first)
    const r2 = rules(['hangzhou-2024'], { 'hangzhou-2024.funding': 'city=30%,district=70%' });
    const small = quote(r2, app({ category: 'other', contract: 0.00051 }));
    expect(small.totalFen).toBe(102);
    expect(small.byLevel).toEqual({ province: 0, city: 31, district: 71 });
    expect(line(small, HZ).byLevel).toEqual({ province: 0, city: 31, district: 71 });
  });
});

describe('003 三（一） Hangzhou draft compute voucher (ratio and cap not published)', () => {
  it('003 三（一） refuses to resolve without the required options, naming each', () => {
    const errs = errorsOf(() => rules(['hangzhou-2023-draft']));
    const fields = errs.map((e) => e.where.field);
    expect(fields).toEqual(expect.arrayContaining(['hangzhou-2023-draft.start', 'hangzhou-2023-draft.compute-ratio', 'hangzhou-2023-draft.compute-cap']));
    expect(errs.every((e) => e.code === 'option.required')).toBe(true);
  });

  it('003 三（一） with the options given: ratio of the contract fee, capped', () => {
    const r = rules(['hangzhou-2023-draft'], HZ23_OPTIONS);
    expect(line(quote(r, app({ contract: 100, executed: 10, date: '2025-03-01' })), HZ23)).toMatchObject({ fen: 20 * WAN, bound: 'ratio', basisFen: 100 * WAN, ratioBp: 2000, capFen: 300 * WAN });
    expect(line(quote(r, app({ contract: 2000, date: '2025-03-01' })), HZ23)).toMatchObject({ fen: 300 * WAN, bound: 'cap' });
    const none = rules(['hangzhou-2023-draft'], { ...HZ23_OPTIONS, 'hangzhou-2023-draft.compute-cap': 'none' });
    expect(line(quote(none, app({ contract: 2000, date: '2025-03-01' })), HZ23)).toMatchObject({ fen: 400 * WAN, capFen: null });
  });

  it('003 结尾段 有效期至2025年12月31日: not in force from 2026, nor before the start option', () => {
    const r = rules(['hangzhou-2023-draft'], HZ23_OPTIONS);
    const after = line(quote(r, app({ date: '2026-01-01' })), HZ23);
    expect(after.bound).toBe('not-in-force');
    expect(after.reason.en).toContain('from 2024-01-01 to 2025-12-31');
    expect(line(quote(r, app({ date: '2023-12-31' })), HZ23).bound).toBe('not-in-force');
  });

  it('003 三（一） 重点支持中小企业 read as sme-only: a firm that is not an SME is not eligible', () => {
    const r = rules(['hangzhou-2023-draft'], { ...HZ23_OPTIONS, 'hangzhou-2023-draft.sme-reading': 'sme-only' });
    const l = line(quote(r, app({ date: '2025-03-01' })), HZ23);
    expect(l).toMatchObject({ fen: 0, bound: 'not-eligible' });
    expect(l.reason.en).toBe('not eligible: requires an SME (中小企业); pays 0');
    expect(line(quote(r, app({ date: '2025-03-01', sme: true })), HZ23).fen).toBe(20 * WAN);
  });
});

describe('004 Zhejiang vouchers (paid on the executed amount)', () => {
  const literal = rules(['zhejiang-2025']);
  const all = rules(['zhejiang-2025'], { 'zhejiang-2025.compute-cap-scope': 'all' });

  it('004 （十五） self-controlled: 30% of the executed amount (合同实际执行金额)', () => {
    const l = line(quote(literal, app({ selfControlled: true, contract: 100, executed: 80 })), ZJ);
    expect(l).toMatchObject({ fen: 24 * WAN, basisFen: 80 * WAN, ratioBp: 3000, bound: 'ratio', capFen: null });
    expect(l.reason.zh).toBe('合同实际执行金额80万元 × 30% = 24万元，不设年度上限');
  });

  it('004 （十五） not self-controlled: 10% of the executed amount', () => {
    expect(line(quote(literal, app({ contract: 100, executed: 80 })), ZJ)).toMatchObject({ fen: 8 * WAN, ratioBp: 1000, capFen: 800 * WAN });
  });

  it('004 （十五） 给予最高800万元 read literally: caps the non-self-controlled clause only', () => {
    expect(line(quote(literal, app({ executed: 10000, contract: 10000 })), ZJ)).toMatchObject({ fen: 800 * WAN, bound: 'cap' }); // 1000万 → 800万
    expect(line(quote(literal, app({ selfControlled: true, contract: 10000 })), ZJ)).toMatchObject({ fen: 3000 * WAN, bound: 'ratio', capFen: null });
  });

  it('004 （十五） 给予最高800万元 read as the whole clause\'s cap: self-controlled capped too', () => {
    expect(line(quote(all, app({ selfControlled: true, contract: 10000 })), ZJ)).toMatchObject({ fen: 800 * WAN, bound: 'cap', capFen: 800 * WAN });
    expect(line(quote(all, app({ executed: 10000, contract: 10000 })), ZJ)).toMatchObject({ fen: 800 * WAN, bound: 'cap' });
  });

  it('004 （十八） corpus voucher: 30% of the executed amount, at most 200万', () => {
    const small = line(quote(literal, app({ voucher: 'corpus', contract: 120, executed: 100 })), 'zhejiang-2025.corpus');
    expect(small).toMatchObject({ fen: 30 * WAN, basisFen: 100 * WAN, bound: 'ratio', capFen: 200 * WAN });
    expect(line(quote(literal, app({ voucher: 'corpus', contract: 1000 })), 'zhejiang-2025.corpus')).toMatchObject({ fen: 200 * WAN, bound: 'cap' });
  });

  it('004 （二十一） model voucher: 30% of the executed amount, at most 500万', () => {
    expect(line(quote(literal, app({ voucher: 'model', contract: 100, executed: 90 })), 'zhejiang-2025.model')).toMatchObject({ fen: 27 * WAN, bound: 'ratio' });
    expect(line(quote(literal, app({ voucher: 'model', contract: 2000 })), 'zhejiang-2025.model')).toMatchObject({ fen: 500 * WAN, bound: 'cap', capFen: 500 * WAN });
  });

  it('004 结尾段 自2025年5月31日起实施: 2025-05-30 pays 0 with the dates, 2025-05-31 pays', () => {
    const before = line(quote(literal, app({ selfControlled: true, date: '2025-05-30' })), ZJ);
    expect(before).toMatchObject({ fen: 0, bound: 'not-in-force' });
    expect(before.reason.en).toContain('applies from 2025-05-31 to 2027-12-31');
    expect(before.reason.zh).toContain('2025-05-31至2027-12-31');
    expect(line(quote(literal, app({ selfControlled: true, date: '2025-05-31' })), ZJ).fen).toBe(30 * WAN);
    expect(line(quote(literal, app({ selfControlled: true, date: '2028-01-01' })), ZJ).bound).toBe('not-in-force');
  });

  it('004: a compute category is accepted and ignored by the province (its ratio does not depend on it)', () => {
    expect(line(quote(literal, app({ category: 'other', selfControlled: true })), ZJ).fen).toBe(30 * WAN);
  });
});

describe('从优、就高、不重复 (000, 003, 004 closing paragraphs): city against province', () => {
  const r = rules(['hangzhou-2024', 'zhejiang-2025']);

  it('the city wins: maas, not self-controlled (city 30% of 100万 = 30万; province 10% = 10万)', () => {
    const q = quote(r, app({ category: 'maas' }));
    expect(q.chosen).toBe(HZ);
    expect(q.totalFen).toBe(30 * WAN);
    expect(line(q, ZJ)).toMatchObject({ fen: 10 * WAN, paidFen: 0 });
    expect(line(q, ZJ).reason.en).toContain('not chosen: hangzhou-2024.compute pays more (从优、就高、不重复)');
    expect(line(q, HZ).reason.zh).toContain('补助最高，予以采用（从优、就高、不重复）');
  });

  it('the city wins on the contract fee: both 30%, contract 100万 but executed 90万 (30万 vs 27万)', () => {
    const q = quote(r, app({ category: 'maas', selfControlled: true, contract: 100, executed: 90 }));
    expect(q.chosen).toBe(HZ);
    expect(line(q, ZJ).fen).toBe(27 * WAN);
    expect(q.totalFen).toBe(30 * WAN);
  });

  it('the province wins at 30% against the city\'s 20%: other compute, self-controlled (30万 vs 20万)', () => {
    const q = quote(r, app({ category: 'other', selfControlled: true }));
    expect(q.chosen).toBe(ZJ);
    expect(q.totalFen).toBe(30 * WAN);
    expect(line(q, HZ)).toMatchObject({ fen: 20 * WAN, paidFen: 0 });
    expect(line(q, HZ).reason.zh).toContain('未采用：zhejiang-2025.compute补助更高');
  });

  it('the province wins above the city cap: self-controlled, 1亿 contract (city 800万 cap; province 3000万 uncapped, literal)', () => {
    const q = quote(r, app({ category: 'maas', selfControlled: true, contract: 10000 }));
    expect(q.chosen).toBe(ZJ);
    expect(q.totalFen).toBe(3000 * WAN);
  });

  it('a tie goes to the scheme listed first (the order of the policy files)', () => {
    const a = app({ category: 'maas', selfControlled: true }); // 30万 each
    expect(quote(r, a).chosen).toBe(HZ);
    expect(line(quote(r, a), ZJ).reason.en).toContain('pays as much and is listed first');
    expect(quote(rules(['zhejiang-2025', 'hangzhou-2024']), a).chosen).toBe(ZJ);
  });

  it('before Zhejiang takes effect only the city pays; the reason of the province names its start', () => {
    const q = quote(r, app({ category: 'other', selfControlled: true, date: '2025-05-30' }));
    expect(q.chosen).toBe(HZ);
    expect(q.totalFen).toBe(20 * WAN);
  });

  it('the city 2024 scheme and the 2023 draft do not add up either', () => {
    const both = rules(['hangzhou-2024', 'hangzhou-2023-draft'], HZ23_OPTIONS);
    const q = quote(both, app({ category: 'other', date: '2025-03-01', contract: 2000 })); // 2024: 400万; draft: 400万 → 300万 cap
    expect(q.chosen).toBe(HZ);
    expect(q.totalFen).toBe(400 * WAN);
    expect(line(q, HZ23)).toMatchObject({ fen: 300 * WAN, paidFen: 0 });
  });
});

describe('001 （1） Shangcheng top-up: 按照市级认定补贴金额给予100%额外补助，单家企业最高补贴500万元/年', () => {
  const r = rules(['hangzhou-2024', 'zhejiang-2025', 'shangcheng-draft'], SC_DATES);

  it('001 （1） requires its start and end options (the draft gives no dates)', () => {
    const errs = errorsOf(() => rules(['shangcheng-draft']));
    expect(errs.map((e) => e.where.field)).toEqual(expect.arrayContaining(['shangcheng-draft.start', 'shangcheng-draft.end']));
  });

  it('从优就高不重复 over packages: Shangcheng firm, domestic self-controlled compute, 3000万 on 2025-07-01: Hangzhou 800万 + Shangcheng 500万 = 1300万 beats Zhejiang 900万', () => {
    // city: 30% × 3000万 = 900万 → 800万 cap; top-up 100% × 800万 → 500万 cap; province: 30% × 3000万 = 900万, no cap (literal)
    const q = quote(r, app({ category: 'domestic', selfControlled: true, district: 'shangcheng', contract: 3000, date: '2025-07-01' }));
    expect(q.chosen).toBe(HZ);
    expect(q.totalFen).toBe(1300 * WAN);
    expect(line(q, HZ)).toMatchObject({ fen: 800 * WAN, paidFen: 800 * WAN, bound: 'cap' });
    expect(line(q, ZJ)).toMatchObject({ fen: 900 * WAN, paidFen: 0 });
    expect(line(q, SC)).toMatchObject({ fen: 500 * WAN, paidFen: 500 * WAN, bound: 'cap' });
    expect(q.packages.map((p) => [p.grant, p.grantFen / WAN, p.topUps.map((t) => t.fen / WAN), p.totalFen / WAN, p.chosen])).toEqual([
      [HZ, 800, [500], 1300, true], [ZJ, 900, [0], 900, false],
    ]);
    expect(q.packages[0]!.reason.en).toBe('the largest total: paid');
    expect(q.packages[1]!.reason.en).toBe('not chosen: the package of hangzhou-2024.compute totals more, 13,000,000 yuan');
    expect(q.byLevel).toEqual({ province: 0, city: 400 * WAN, district: 900 * WAN });
  });

  it('001 （1） under its cap: 100% of the 30万 city grant is added (total 60万)', () => {
    const q = quote(r, app({ category: 'maas', district: 'shangcheng' }));
    expect(q.chosen).toBe(HZ);
    expect(line(q, SC)).toMatchObject({ fen: 30 * WAN, paidFen: 30 * WAN, basisFen: 30 * WAN, ratioBp: 10000, bound: 'ratio', capFen: 500 * WAN });
    expect(q.totalFen).toBe(60 * WAN);
    expect(q.byLevel).toEqual({ province: 0, city: 15 * WAN, district: 45 * WAN }); // city grant split 50/50; top-up all district
    expect(line(q, SC).reason.zh).toBe('市级认定补贴（hangzhou-2024.compute）30万元 × 100% = 30万元，未超过每年500万元上限');
  });

  it('001 （1） over its cap: 800万 city grant, top-up 500万 (total 1300万)', () => {
    const q = quote(r, app({ category: 'maas', district: 'shangcheng', contract: 4000 }));
    expect(line(q, SC)).toMatchObject({ fen: 500 * WAN, bound: 'cap', basisFen: 800 * WAN });
    expect(q.totalFen).toBe(1300 * WAN);
  });

  it('001 （1） 市级认定补贴金额, topup-of city-only (default): a provincial grant is not topped up, so the city package wins', () => {
    // other compute, self-controlled, 100万: province 30% = 30万 alone; city 20% = 20万 + top-up 20万 = 40万
    const a = app({ category: 'other', selfControlled: true, district: 'shangcheng' });
    const q = quote(r, a);
    expect(q.chosen).toBe(HZ);
    expect(q.totalFen).toBe(40 * WAN);
    expect(line(q, SC)).toMatchObject({ fen: 20 * WAN, paidFen: 20 * WAN, basisFen: 20 * WAN });
    expect(line(q, ZJ)).toMatchObject({ fen: 30 * WAN, paidFen: 0 });
    expect(line(q, ZJ).reason.en).toContain('not chosen: hangzhou-2024.compute with the top-ups it triggers pays more');
    expect(q.packages.map((p) => [p.grant, p.totalFen / WAN, p.chosen])).toEqual([[HZ, 40, true], [ZJ, 30, false]]);
    expect(q.packages[1]!.topUps).toEqual([{ scheme: SC, fen: 0 }]);
  });

  it('001 （1） topup-of chosen (the generous reading) tops up the provincial grant too: 30万 + 30万 beats 20万 + 20万', () => {
    const chosen = rules(['hangzhou-2024', 'zhejiang-2025', 'shangcheng-draft'], { ...SC_DATES, 'shangcheng-draft.topup-of': 'chosen' });
    const q = quote(chosen, app({ category: 'other', selfControlled: true, district: 'shangcheng' }));
    expect(q.chosen).toBe(ZJ);
    expect(line(q, SC)).toMatchObject({ fen: 30 * WAN, basisFen: 30 * WAN });
    expect(q.totalFen).toBe(60 * WAN);
    expect(q.packages.map((p) => [p.grant, p.totalFen / WAN, p.chosen])).toEqual([[HZ, 40, false], [ZJ, 60, true]]);
  });

  it('001 （1） with city-only and a provincial grant winning anyway: the top-up says it matches city grants only', () => {
    // other, self-controlled, 1亿: province 30% = 3000万 (uncapped, literal); city 800万 + 500万 = 1300万
    const q = quote(r, app({ category: 'other', selfControlled: true, district: 'shangcheng', contract: 10000 }));
    expect(q.chosen).toBe(ZJ);
    expect(q.totalFen).toBe(3000 * WAN);
    expect(line(q, SC)).toMatchObject({ fen: 0, paidFen: 0, bound: 'not-eligible' });
    expect(line(q, SC).reason.en).toBe('tops up city grants only, and the grant paid (zhejiang-2025.compute) is provincial; pays 0');
  });

  it('001 （1） 支持我区企业: a firm outside Shangcheng gets no top-up', () => {
    const q = quote(r, app({ category: 'maas', district: 'xihu' }));
    expect(line(q, SC)).toMatchObject({ fen: 0, bound: 'not-eligible' });
    expect(line(q, SC).reason.en).toBe('not eligible: requires a firm in shangcheng; pays 0');
    expect(q.totalFen).toBe(30 * WAN);
  });

  it('001 （1） 模型服务: a Shangcheng firm\'s 1000万 model contract gets 300万, the provincial model voucher, with no city grant to match', () => {
    const q = quote(r, app({ voucher: 'model', district: 'shangcheng', contract: 1000 }));
    expect(q.chosen).toBe('zhejiang-2025.model');
    expect(q.totalFen).toBe(300 * WAN);
    expect(line(q, SC)).toMatchObject({ fen: 0, bound: 'not-eligible' });
    // under the generous reading the top-up matches it: 300万 + 300万
    const chosen = rules(['hangzhou-2024', 'zhejiang-2025', 'shangcheng-draft'], { ...SC_DATES, 'shangcheng-draft.topup-of': 'chosen' });
    expect(quote(chosen, app({ voucher: 'model', district: 'shangcheng', contract: 1000 })).totalFen).toBe(600 * WAN);
  });

  it('001 （1） 语料券 is not topped up (the clause names compute and model services)', () => {
    const c = quote(r, app({ voucher: 'corpus', district: 'shangcheng', contract: 100 }));
    expect(c.grants.map((g) => g.scheme)).toEqual(['zhejiang-2025.corpus']);
    expect(c.totalFen).toBe(30 * WAN);
    expect(c.packages.map((p) => [p.grant, p.totalFen / WAN, p.chosen])).toEqual([['zhejiang-2025.corpus', 30, true]]);
  });
});

describe('yearly caps over several applications (每年, cumulative per firm)', () => {
  it('000 （三） and 001 （1）: four 1000万 maas contracts of a Shangcheng firm in one year', () => {
    const r = rules(['hangzhou-2024', 'shangcheng-draft'], SC_DATES);
    const a = app({ category: 'maas', district: 'shangcheng', contract: 1000 });
    const qs = quoteSeries(r, [a, a, a, a]);
    // city: 300, 300, 200 (left of 800), 0; top-up: 300, 200 (left of 500), 200→0 left, 0
    expect(qs.map((q) => line(q, HZ).paidFen / WAN)).toEqual([300, 300, 200, 0]);
    expect(qs.map((q) => line(q, HZ).bound)).toEqual(['ratio', 'ratio', 'remaining-cap', 'remaining-cap']);
    expect(qs.map((q) => line(q, SC).paidFen / WAN)).toEqual([300, 200, 0, 0]);
    expect(qs.map((q) => q.totalFen / WAN)).toEqual([600, 500, 200, 0]);
    expect(line(qs[2]!, HZ).reason.zh).toBe('合同费用1000万元 × 30% = 300万元，超过每年800万元上限的剩余额度200万元（今年已获600万元），按200万元补助');
    expect(line(qs[1]!, HZ).reason.en).toBe('30% × 10,000,000 yuan contract fee = 3,000,000 yuan, within the 5,000,000 yuan left of the 8,000,000 yuan yearly cap (3,000,000 yuan already received this year)');
    expect(qs[3]!.chosen).toBeNull();
    expect(line(qs[3]!, SC).reason.en).toBe('no grant is paid on this application, so there is nothing to top up; pays 0');
  });

  it('004 （十八）: the 200万 corpus cap is shared by a firm\'s contracts in a year', () => {
    const r = rules(['zhejiang-2025']);
    const a = app({ voucher: 'corpus', contract: 400 }); // 120万 each
    expect(quoteSeries(r, [a, a, a]).map((q) => q.totalFen / WAN)).toEqual([120, 80, 0]);
  });
});

describe('zhejiang-2025 "给予最高…补助" without 每年: option cap-basis', () => {
  const a = app({ voucher: 'corpus', contract: 1000 }); // 300万 each, cap 200万
  it('zhejiang-2025 （十八） per firm per year (default): three 1000万 corpus contracts get 200万, then 0, 0', () => {
    expect(quoteSeries(rules(['zhejiang-2025']), [a, a, a]).map((q) => q.totalFen / WAN)).toEqual([200, 0, 0]);
  });
  it('zhejiang-2025 （十八） per contract: each contract gets its own 200万, whatever the firm received', () => {
    const r = rules(['zhejiang-2025'], { 'zhejiang-2025.cap-basis': 'contract' });
    const qs = quoteSeries(r, [a, a, a]);
    expect(qs.map((q) => q.totalFen / WAN)).toEqual([200, 200, 200]);
    expect(line(qs[2]!, 'zhejiang-2025.corpus').reason.en).toContain('above the 2,000,000 yuan per-contract cap: pays 2,000,000 yuan');
  });
  it('zhejiang-2025 （二十一） per firm over the validity: what the firm received in earlier years counts', () => {
    const r = rules(['zhejiang-2025'], { 'zhejiang-2025.cap-basis': 'firm-validity' });
    const l = line(quote(r, app({ voucher: 'model', contract: 1000 }), { receivedFen: { 'zhejiang-2025.model': 400 * WAN } }), 'zhejiang-2025.model');
    expect(l).toMatchObject({ fen: 100 * WAN, bound: 'remaining-cap' });
    expect(l.reason.en).toContain('of the 5,000,000 yuan whole-validity cap (4,000,000 yuan already received in the validity)');
    expect(l.reason.zh).toContain('有效期内已获400万元');
  });
  it('the Hangzhou and Shangcheng caps stay per firm per year (每年) whatever the Zhejiang option', () => {
    const r = rules(['hangzhou-2024', 'zhejiang-2025'], { 'zhejiang-2025.cap-basis': 'contract' });
    expect(r.schemes.map((x) => [x.id, x.capBasis])).toEqual([
      ['hangzhou-2024.compute', 'firm-year'], ['zhejiang-2025.compute', 'contract'], ['zhejiang-2025.corpus', 'contract'], ['zhejiang-2025.model', 'contract'],
    ]);
  });
});

describe('stacking.cap-counting: what counts against a yearly cap', () => {
  // other compute, not self-controlled, 4000万: city 20% = 800万, province 10% = 400万 (cap 800万)
  const a = app({ category: 'other', contract: 4000 });
  it('scheme (default): the city grant does not use up the provincial cap', () => {
    const r = rules(['hangzhou-2024', 'zhejiang-2025']);
    expect(quoteSeries(r, [a, a, a]).map((q) => [q.chosen, q.totalFen / WAN])).toEqual([[HZ, 800], [ZJ, 400], [ZJ, 400]]);
  });
  it('voucher: the firm\'s city grants count against the provincial cap too', () => {
    const r = rules(['hangzhou-2024', 'zhejiang-2025'], { 'stacking.cap-counting': 'voucher' });
    const qs = quoteSeries(r, [a, a]);
    expect(qs.map((q) => q.totalFen / WAN)).toEqual([800, 0]);
    expect(line(qs[1]!, ZJ)).toMatchObject({ fen: 0, remainingCapFen: 0, bound: 'remaining-cap' });
    expect(line(qs[1]!, ZJ).reason.en).toContain('(8,000,000 yuan already received this year)');
  });
  it('voucher: the Shangcheng top-up keeps its own 500万 cap (an 额外补助 counts only its own grants)', () => {
    const r = rules(['hangzhou-2024', 'shangcheng-draft'], { ...SC_DATES, 'stacking.cap-counting': 'voucher' });
    const b = app({ category: 'maas', district: 'shangcheng', contract: 1000 }); // city 300万 + top-up 300万
    expect(quoteSeries(r, [b, b]).map((q) => [line(q, HZ).paidFen / WAN, line(q, SC).paidFen / WAN])).toEqual([[300, 300], [300, 200]]);
  });
  it('a plain amount received from any scheme is refused unless caps count by voucher', () => {
    const r = rules(['hangzhou-2024', 'zhejiang-2025']);
    expect(errorsOf(() => quote(r, a, { receivedAnyFen: 700 * WAN })).map((e) => e.code)).toEqual(['quote.received-any']);
    const v = rules(['hangzhou-2024', 'zhejiang-2025'], { 'stacking.cap-counting': 'voucher' });
    expect(quote(v, a, { receivedAnyFen: 700 * WAN }).grants.map((g) => g.fen / WAN)).toEqual([100, 100]);
  });
});

describe('document notes: conditions the rules take as met', () => {
  it('hangzhou-2024 （三） supplier condition and shangcheng-draft （1） come with the quote of a compute voucher', () => {
    const r = rules(['hangzhou-2024', 'zhejiang-2025', 'shangcheng-draft'], SC_DATES);
    const q = quote(r, app({ category: 'maas', district: 'shangcheng' }));
    const refs = q.notes.map((n) => `${n.document} ${n.reference.clause}`);
    expect(refs).toEqual(expect.arrayContaining(['hangzhou-2024 （三）', 'shangcheng-draft （1）', 'shangcheng-draft 导言', 'zhejiang-2025 （十五）']));
    expect(q.notes.find((n) => n.reference.clause === '（三）')!.text.zh).toContain('符合杭州市规划布局的智算中心以及纳入算力撮合的合作伙伴');
    // a corpus application concerns only the provincial standard
    expect(new Set(quote(r, app({ voucher: 'corpus' })).notes.map((n) => n.document))).toEqual(new Set(['zhejiang-2025']));
  });
  it('hangzhou-2023-draft 三（一） catalogue condition and undated status', () => {
    const q = quote(rules(['hangzhou-2023-draft'], HZ23_OPTIONS), app({ date: '2025-03-01' }));
    expect(q.notes.map((n) => n.text.en).join(' ')).toMatch(/catalogue \(目录库\)[\s\S]*|undated draft/);
    expect(q.notes.some((n) => n.text.en.includes('undated draft'))).toBe(true);
    expect(q.notes.some((n) => n.text.en.includes('catalogue (目录库)'))).toBe(true);
  });
});

describe('pools given in the state', () => {
  const r = rules(['hangzhou-2024']);
  const a = app({ category: 'maas', contract: 100 }); // 30万
  it('partial (default) pays what is left of the pool', () => {
    const l = line(quote(r, a, { poolRemainingFen: { [HZ]: 12 * WAN } }), HZ);
    expect(l).toMatchObject({ fen: 12 * WAN, bound: 'pool' });
    expect(l.reason.en).toContain('only 120,000 yuan left in the pool this year: pays 120,000 yuan');
  });
  it('strict pays 0 when the grant does not fit', () => {
    const l = line(quote(r, a, { poolRemainingFen: { [HZ]: 12 * WAN } }, { poolMode: 'strict' }), HZ);
    expect(l).toMatchObject({ fen: 0, bound: 'pool' });
    expect(l.reason.zh).toContain('本年度资金池仅剩12万元，不足30万元');
  });
});

describe('quote validates the application and the state', () => {
  const r = rules(['hangzhou-2024', 'zhejiang-2025']);
  it.each([
    [{ ...app({ category: 'maas' }), executedFen: 200 * WAN }, 'quote.executed-above-contract'],
    [{ ...app({ category: 'maas' }), contractFen: 1.5 }, 'quote.amount'],
    [{ ...app({ category: 'maas' }), contractFen: -1, executedFen: 0 }, 'quote.amount'],
    [app({ category: 'gpu' as never }), 'quote.category'],
    [app({ voucher: 'corpus', category: 'maas' }), 'quote.category-not-compute'],
    [{ ...app({}), voucher: 'data' as never }, 'quote.voucher'],
    [{ ...app({}), date: 1.5 }, 'quote.date'],
    [{ ...app({}), sme: 'yes' as never }, 'quote.flag'],
    [{ ...app({}), district: '' }, 'quote.district'],
  ])('rejects %j (%s)', (a, code) => {
    const errs = errorsOf(() => quote(r, a));
    expect(errs.map((e) => e.code)).toContain(code);
  });
  it('rejects an unknown scheme id or a bad amount in the state, naming the schemes loaded', () => {
    const errs = errorsOf(() => quote(r, app({ category: 'maas' }), { receivedFen: { 'hangzhou.compute': 0 }, poolRemainingFen: { [HZ]: -5 } }));
    expect(errs.map((e) => e.code)).toEqual(['quote.unknown-scheme', 'quote.amount']);
    expect(userErrorText(errs[0]!).en).toContain('hangzhou-2024.compute, zhejiang-2025.compute');
  });
  it('includes the options in force', () => {
    const q = quote(r, app({ category: 'maas' }));
    expect(q.options.map((o) => o.key)).toEqual(expect.arrayContaining(['zhejiang-2025.compute-cap-scope', 'hangzhou-2024.foundation-model-cap']));
    expect(q.options.find((o) => o.key === 'zhejiang-2025.compute-cap-scope')).toMatchObject({ value: 'non-self-controlled', isDefault: true });
  });
});
