import { describe, expect, it } from 'vitest';
import { toAppInput } from '../../src/policy/appInput';
import { compileRules } from '../../src/policy/compile';
import {
  BOUND_CAP, BOUND_NOT_CONSIDERED, BOUND_NOT_ELIGIBLE, BOUND_NOT_IN_FORCE, BOUND_POOL, BOUND_RATIO, BOUND_REMAINING_CAP,
  evaluate, evaluateTopUps, makeEvalOut, POOL_IGNORE, POOL_PARTIAL, POOL_STRICT, WHY_CATEGORY, WHY_DISTRICT,
  WHY_LEVEL_NOT_MATCHED, WHY_NO_RULE_IN_FORCE, WHY_NO_RULE_MATCHES, WHY_NOTHING_TO_MATCH, WHY_OUTSIDE_VALIDITY,
} from '../../src/policy/evaluate';
import type { Application, RuleSet } from '../../src/policy/model';
import { application, cap, day, grant, pool, ratio, ruleSet, topUp, WAN } from './handRules';
import { FLAG_SELF_CONTROLLED, FLAG_SME } from '../../src/vocabulary';

function run(rules: RuleSet, app: Application, received: number[] = [], pools: number[] | null = null, mode: 0 | 1 | 2 = POOL_IGNORE) {
  const c = compileRules(rules);
  const out = makeEvalOut(c);
  const rec = new Float64Array(c.schemeCount);
  received.forEach((v, i) => { rec[i] = v; });
  evaluate(c, toAppInput(c, app), rec, 0, pools ? Float64Array.from(pools) : null, mode, out);
  return { c, out };
}

// A Hangzhou-like compute grant (category sub-ratios, 800万 cap) and a Zhejiang-like one (executed amount,
// self-controlled 30% / other 10%), written by hand so the evaluator is tested apart from the policy files.
const city = grant('city.compute', 'city', 'compute', {
  ratios: [ratio(3000, { category: 'maas' }), ratio(3000, { category: 'domestic' }), ratio(2000, { category: 'other' })],
  caps: [cap(null, { foundationModel: true }), cap(800 * WAN)],
});
const province = grant('province.compute', 'province', 'compute', {
  basis: 'executed',
  ratios: [ratio(3000, { selfControlled: true }), ratio(1000, { selfControlled: false })],
  caps: [cap(800 * WAN, { selfControlled: false })],
});

describe('evaluate: one grant scheme', () => {
  it('applies the ratio of the category on the contract fee', () => {
    const { out } = run(ruleSet(city), application({ category: 'other', contractFen: 100 * WAN }));
    expect(out.own[0]).toBe(20 * WAN);
    expect(out.bound[0]).toBe(BOUND_RATIO);
    expect(out.ratioBp[0]).toBe(2000);
    expect(out.ratioRule[0]).toBe(2);
    expect(out.basis[0]).toBe(100 * WAN);
    expect(out.capFen[0]).toBe(800 * WAN);
    expect(out.remainingCap[0]).toBe(800 * WAN);
    expect(out.chosen).toBe(0);
    expect(out.total).toBe(20 * WAN);
  });

  it('pays on the executed amount when the scheme says so', () => {
    const { out } = run(ruleSet(province), application({ contractFen: 100 * WAN, executedFen: 60 * WAN, selfControlled: true }));
    expect(out.basis[0]).toBe(60 * WAN);
    expect(out.own[0]).toBe(18 * WAN);
    expect(out.capFen[0]).toBe(-1); // the only cap rule is for non-self-controlled services
  });

  it('rounds down to the fen with integer arithmetic', () => {
    const { out } = run(ruleSet(grant('g.x', 'city', 'compute', { ratios: [ratio(2900)] })), application({ contractFen: 100 }));
    expect(out.own[0]).toBe(29);
  });

  it('stops at the yearly cap (bound cap), then at what is left of it (bound remaining-cap)', () => {
    const app = application({ category: 'maas', contractFen: 4000 * WAN });
    const first = run(ruleSet(city), app).out;
    expect(first.raw[0]).toBe(1200 * WAN);
    expect(first.own[0]).toBe(800 * WAN);
    expect(first.bound[0]).toBe(BOUND_CAP);
    const second = run(ruleSet(city), app, [700 * WAN]).out;
    expect(second.own[0]).toBe(100 * WAN);
    expect(second.remainingCap[0]).toBe(100 * WAN);
    expect(second.bound[0]).toBe(BOUND_REMAINING_CAP);
    const full = run(ruleSet(city), app, [900 * WAN]).out;
    expect(full.own[0]).toBe(0);
    expect(full.remainingCap[0]).toBe(0);
    expect(full.chosen).toBe(-1);
  });

  it('takes the first cap rule that matches: no cap for foundation-model firms here', () => {
    const { out } = run(ruleSet(city), application({ category: 'maas', contractFen: 4000 * WAN, foundationModel: true }));
    expect(out.own[0]).toBe(1200 * WAN);
    expect(out.capFen[0]).toBe(-1);
    expect(out.capRule[0]).toBe(0);
    expect(out.bound[0]).toBe(BOUND_RATIO);
  });

  it('is not in force outside its dates, nor on a day no ratio rule covers', () => {
    const g = grant('g.x', 'city', 'compute', { validFrom: day('2024-08-19'), ratios: [ratio(3000, {}, day('2024-08-19'), day('2025-12-31'))] });
    const before = run(ruleSet(g), application({ date: day('2024-08-18') })).out;
    expect(before.bound[0]).toBe(BOUND_NOT_IN_FORCE);
    expect(before.why[0]).toBe(WHY_OUTSIDE_VALIDITY);
    const gap = run(ruleSet(g), application({ date: day('2026-01-01') })).out;
    expect(gap.bound[0]).toBe(BOUND_NOT_IN_FORCE);
    expect(gap.why[0]).toBe(WHY_NO_RULE_IN_FORCE);
    const first = run(ruleSet(g), application({ date: day('2024-08-19') })).out;
    expect(first.own[0]).toBe(30 * WAN);
  });

  it('is not eligible when the firm fails its eligibility, and says which conditions', () => {
    const g = grant('g.x', 'city', 'compute', { eligibility: { sme: true, district: 'xihu' } });
    const { out } = run(ruleSet(g), application({ sme: false, district: null }));
    expect(out.bound[0]).toBe(BOUND_NOT_ELIGIBLE);
    expect(out.why[0]).toBe(FLAG_SME | WHY_DISTRICT);
    expect(out.own[0]).toBe(0);
  });

  it('is not eligible when no ratio rule matches (category missing)', () => {
    const { out } = run(ruleSet(city), application({}));
    expect(out.bound[0]).toBe(BOUND_NOT_ELIGIBLE);
    expect(out.why[0]).toBe(WHY_NO_RULE_MATCHES);
    expect(out.chosen).toBe(-1);
    expect(out.total).toBe(0);
  });

  it('ignores schemes of other vouchers', () => {
    const corpus = grant('p.corpus', 'province', 'corpus');
    const { out } = run(ruleSet(corpus, city), application({ category: 'other' }));
    expect(out.bound[0]).toBe(BOUND_NOT_CONSIDERED);
    expect(out.own[0]).toBe(0);
    expect(out.chosen).toBe(1);
  });
});

describe('evaluate: pools', () => {
  const g = grant('g.x', 'city', 'compute', { pool: [pool(100 * WAN)] });
  const app = application({ contractFen: 100 * WAN }); // 30万 at 30%
  it('partial pays what is left', () => {
    const { out } = run(ruleSet(g), app, [], [10 * WAN], POOL_PARTIAL);
    expect(out.own[0]).toBe(10 * WAN);
    expect(out.bound[0]).toBe(BOUND_POOL);
  });
  it('strict pays 0 when the grant does not fit, and all of it when it does', () => {
    expect(run(ruleSet(g), app, [], [10 * WAN], POOL_STRICT).out.own[0]).toBe(0);
    const fits = run(ruleSet(g), app, [], [30 * WAN], POOL_STRICT).out;
    expect(fits.own[0]).toBe(30 * WAN);
    expect(fits.bound[0]).toBe(BOUND_RATIO);
  });
  it('ignores pools in mode 0 or when none are given; Infinity is no limit', () => {
    expect(run(ruleSet(g), app, [], [10 * WAN], POOL_IGNORE).out.own[0]).toBe(30 * WAN);
    expect(run(ruleSet(g), app, [], null, POOL_STRICT).out.own[0]).toBe(30 * WAN);
    expect(run(ruleSet(g), app, [], [Infinity], POOL_STRICT).out.own[0]).toBe(30 * WAN);
  });
  it('applies the pool after the cap', () => {
    const capped = grant('g.x', 'city', 'compute', { caps: [cap(20 * WAN)] });
    const { out } = run(ruleSet(capped), app, [], [25 * WAN], POOL_STRICT);
    expect(out.own[0]).toBe(20 * WAN);
    expect(out.bound[0]).toBe(BOUND_CAP);
  });
});

describe('evaluate: 从优、就高、不重复 and top-ups', () => {
  it('pays the single largest grant, not the sum', () => {
    // contract 100万, executed 100万, not self-controlled, other: city 20万, province 10万
    const { out } = run(ruleSet(province, city), application({ category: 'other' }));
    expect(Array.from(out.own)).toEqual([10 * WAN, 20 * WAN]);
    expect(out.chosen).toBe(1);
    expect(Array.from(out.paid)).toEqual([0, 20 * WAN]);
    expect(out.total).toBe(20 * WAN);
  });

  it('gives a tie to the scheme listed first', () => {
    const app = application({ category: 'maas', selfControlled: true });
    expect(run(ruleSet(province, city), app).out.chosen).toBe(0);
    expect(run(ruleSet(city, province), app).out.chosen).toBe(0);
  });

  const shangcheng = topUp('shangcheng.compute-topup');
  it('adds a district top-up matching the city grant, up to its own cap', () => {
    const app = application({ category: 'maas', contractFen: 1000 * WAN, district: 'shangcheng' });
    const { out } = run(ruleSet(city, shangcheng), app);
    expect(out.own[0]).toBe(300 * WAN);
    expect(out.basis[1]).toBe(300 * WAN);
    expect(out.paid[1]).toBe(300 * WAN);
    expect(out.total).toBe(600 * WAN);
    const big = run(ruleSet(city, shangcheng), { ...app, contractFen: 4000 * WAN }).out;
    expect(big.paid[0]).toBe(800 * WAN);
    expect(big.paid[1]).toBe(500 * WAN);
    expect(big.bound[1]).toBe(BOUND_CAP);
    expect(big.total).toBe(1300 * WAN);
  });

  it('does not match a provincial grant when it tops up city grants only', () => {
    // 1亿, other, self-controlled: province 30% = 3000万 (no cap) beats city 800万 + top-up 500万 = 1300万
    const app = application({ category: 'other', selfControlled: true, district: 'shangcheng', contractFen: 10000 * WAN, executedFen: 10000 * WAN });
    const { out } = run(ruleSet(province, city, shangcheng), app);
    expect(out.chosen).toBe(0);
    expect(out.bound[2]).toBe(BOUND_NOT_ELIGIBLE);
    expect(out.why[2]).toBe(WHY_LEVEL_NOT_MATCHED);
    expect(out.paid[2]).toBe(0);
    expect(out.total).toBe(3000 * WAN);
    expect(Array.from(out.packageTotal)).toEqual([3000 * WAN, 1300 * WAN, 0]);
    const any = topUp('shangcheng.compute-topup', { ofLevels: ['city', 'province'] });
    expect(run(ruleSet(province, city, any), app).out.paid[2]).toBe(500 * WAN);
  });

  it('从优就高不重复 over packages: the city grant with its top-up (20万 + 20万) beats a larger provincial grant alone (30万)', () => {
    const app = application({ category: 'other', selfControlled: true, district: 'shangcheng' });
    const { out } = run(ruleSet(province, city, shangcheng), app);
    expect(Array.from(out.own)).toEqual([30 * WAN, 20 * WAN, 20 * WAN]);
    expect(Array.from(out.packageTotal)).toEqual([30 * WAN, 40 * WAN, 0]);
    expect(out.chosen).toBe(1);
    expect(Array.from(out.paid)).toEqual([0, 20 * WAN, 20 * WAN]);
    expect(out.total).toBe(40 * WAN);
    // outside the district the top-up is not triggered: the province's 30万 wins
    const elsewhere = run(ruleSet(province, city, shangcheng), { ...app, district: null }).out;
    expect([elsewhere.chosen, elsewhere.total]).toEqual([0, 30 * WAN]);
  });

  it('从优就高不重复 over packages: a tie of package totals goes to the grant listed first', () => {
    // province 40万 alone (40% of 100万); city 20万 + top-up 20万 = 40万
    const wide = grant('province.compute', 'province', 'compute', { ratios: [ratio(4000)] });
    const app = application({ category: 'other', district: 'shangcheng' });
    const first = run(ruleSet(wide, city, shangcheng), app).out;
    expect([first.chosen, first.total, first.paid[2]]).toEqual([0, 40 * WAN, 0]);
    const second = run(ruleSet(city, wide, shangcheng), app).out;
    expect([second.chosen, second.total, second.paid[2]]).toEqual([0, 40 * WAN, 20 * WAN]);
  });

  it('从优就高不重复 over packages: a top-up short of pool counts in its package as it would pay', () => {
    // city 20万 + top-up with only 5万 left in its pool = 25万 < province 30万
    const app = application({ category: 'other', selfControlled: true, district: 'shangcheng' });
    const { out } = run(ruleSet(province, city, shangcheng), app, [], [Infinity, Infinity, 5 * WAN], POOL_PARTIAL);
    expect(Array.from(out.packageTotal)).toEqual([30 * WAN, 25 * WAN, 0]);
    expect([out.chosen, out.total]).toEqual([0, 30 * WAN]);
  });

  it('tops up nothing when no grant is paid, and nothing outside its district', () => {
    const none = run(ruleSet(city, shangcheng), application({ district: 'shangcheng' })).out; // category missing
    expect(none.why[1]).toBe(WHY_NOTHING_TO_MATCH);
    expect(none.paid[1]).toBe(0);
    const elsewhere = run(ruleSet(city, shangcheng), application({ category: 'maas' })).out;
    expect(elsewhere.bound[1]).toBe(BOUND_NOT_ELIGIBLE);
    expect(elsewhere.why[1]).toBe(WHY_DISTRICT);
  });

  it('recomputes top-ups and the total on a scaled-down chosen grant (evaluateTopUps)', () => {
    const c = compileRules(ruleSet(city, shangcheng));
    const out = makeEvalOut(c);
    const app = toAppInput(c, application({ category: 'maas', contractFen: 1000 * WAN, district: 'shangcheng' }));
    const rec = new Float64Array(2);
    evaluate(c, app, rec, 0, null, POOL_IGNORE, out);
    evaluateTopUps(c, app, out.chosen, 120 * WAN, rec, 0, null, POOL_IGNORE, out);
    expect(out.own[0]).toBe(300 * WAN);
    expect(out.paid[0]).toBe(120 * WAN);
    expect(out.paid[1]).toBe(120 * WAN);
    expect(out.total).toBe(240 * WAN);
  });

  it('evaluateTopUps pays only the grant it is given, also when it differs from the one evaluate chose', () => {
    const c = compileRules(ruleSet(city, province, topUp('d.t', { ofLevels: ['city', 'province'] })));
    const out = makeEvalOut(c);
    const app = toAppInput(c, application({ category: 'maas', district: 'shangcheng' })); // city 30万, province 10万
    const rec = new Float64Array(3);
    evaluate(c, app, rec, 0, null, POOL_IGNORE, out);
    expect(out.chosen).toBe(0);
    evaluateTopUps(c, app, 1, 10 * WAN, rec, 0, null, POOL_IGNORE, out);
    expect(Array.from(out.paid)).toEqual([0, 10 * WAN, 10 * WAN]);
    expect(out.total).toBe(20 * WAN);
    evaluateTopUps(c, app, -1, 0, rec, 0, null, POOL_IGNORE, out);
    expect(Array.from(out.paid)).toEqual([0, 0, 0]);
    expect(out.total).toBe(0);
  });
});

describe('evaluate: inputs', () => {
  it('reads received at the offset and writes neither received nor pools', () => {
    const c = compileRules(ruleSet(city));
    const out = makeEvalOut(c);
    const app = toAppInput(c, application({ category: 'maas', contractFen: 4000 * WAN }));
    const rec = Float64Array.from([0, 0, 700 * WAN, 0]);
    const pools = Float64Array.from([5000 * WAN]);
    evaluate(c, app, rec, 2, pools, POOL_PARTIAL, out);
    expect(out.own[0]).toBe(100 * WAN);
    expect(Array.from(rec)).toEqual([0, 0, 700 * WAN, 0]);
    expect(Array.from(pools)).toEqual([5000 * WAN]);
  });

  it('encodes flags, category and district', () => {
    const c = compileRules(ruleSet(city, topUp('d.t')));
    expect(c.districts).toEqual(['shangcheng']);
    const a = toAppInput(c, application({ selfControlled: true, category: 'domestic', district: 'shangcheng' }));
    expect(a.flags).toBe(FLAG_SELF_CONTROLLED);
    expect(a.category).toBe(1);
    expect(a.district).toBe(0);
    expect(toAppInput(c, application({ district: 'xihu' })).district).toBe(-1);
    expect(WHY_CATEGORY).toBe(8);
  });
});

describe('compileRules', () => {
  it('lists grant and top-up schemes per voucher in RuleSet order', () => {
    const c = compileRules(ruleSet(grant('a.corpus', 'province', 'corpus'), city, topUp('d.t'), province));
    expect(Array.from(c.grantList.subarray(c.grantStart[0], c.grantStart[1]))).toEqual([1, 3]);
    expect(Array.from(c.grantList.subarray(c.grantStart[1], c.grantStart[2]))).toEqual([0]);
    expect(Array.from(c.topUpList.subarray(c.topUpStart[0], c.topUpStart[1]))).toEqual([2]);
    expect(c.schemeIndex('d.t')).toBe(2);
    expect(c.schemeIndex('nope')).toBe(-1);
  });

  it('gives the pool in force on 1 January or on the first day of a mid-year start, null when none', () => {
    const g = grant('g.x', 'city', 'compute', {
      validFrom: day('2024-08-19'), validTo: day('2027-12-31'),
      pool: [pool(2500 * WAN, day('2024-08-19'), day('2025-12-31')), pool(3000 * WAN, day('2026-01-01'), day('2027-12-31'))],
    });
    const c = compileRules(ruleSet(g, grant('h.y', 'city', 'compute')));
    expect(c.poolFor(0, 2024)).toBe(2500 * WAN);
    expect(c.poolFor(0, 2025)).toBe(2500 * WAN);
    expect(c.poolFor(0, 2026)).toBe(3000 * WAN);
    expect(c.poolFor(0, 2023)).toBeNull();
    expect(c.poolFor(0, 2028)).toBeNull();
    expect(c.poolFor(1, 2025)).toBeNull();
  });
});
