/**
 * Invariants of quote() and evaluate() on random applications and firm states, over random RuleSets
 * resolved from the real policy files with random options and overrides.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyRatio } from '../../src/money/applyRatio';
import { toAppInput } from '../../src/policy/appInput';
import { compileRules } from '../../src/policy/compile';
import { evaluate, makeEvalOut, type PoolMode } from '../../src/policy/evaluate';
import type { Application, FirmYearState, RuleSet } from '../../src/policy/model';
import { quote } from '../../src/policy/quote';
import type { SchemeOverride } from '../../src/policy/resolveRules';
import { formatDay, parseDay } from '../../src/time/day';
import { POLICY_IDS, rules, WAN, type PolicyId } from './realRules';

const SCHEMES: Record<PolicyId, string[]> = {
  'hangzhou-2024': ['hangzhou-2024.compute'],
  'hangzhou-2023-draft': ['hangzhou-2023-draft.compute'],
  'zhejiang-2025': ['zhejiang-2025.compute', 'zhejiang-2025.corpus', 'zhejiang-2025.model'],
  'shangcheng-draft': ['shangcheng-draft.topup'],
};
const D0 = parseDay('2023-01-01');
const D1 = parseDay('2028-12-31');

const dayArb = fc.integer({ min: D0, max: D1 });
const isoArb = dayArb.map(formatDay);
/** Mostly days when every scheme can be in force (2025-05-31 → 2025-12-31), sometimes any day. */
const appDayArb = fc.oneof(
  { arbitrary: fc.integer({ min: parseDay('2025-05-31'), max: parseDay('2025-12-31') }), weight: 3 },
  { arbitrary: dayArb, weight: 1 },
);
const wanArb = fc.integer({ min: 0, max: 100_000 }).map((w) => `${w}万元`);
const capArb = fc.oneof(fc.constant('none'), wanArb);
const ratioArb = fc.integer({ min: 0, max: 10_000 }).map((bp) => `${bp / 100}%`);
const splitArb = fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }))
  .map(([a, b]) => {
    const p = Math.min(a, b);
    const c = Math.max(a, b) - p;
    return `province=${p}%,city=${c}%,district=${100 - p - c}%`;
  });
const datesArb = fc.oneof(
  fc.constant(['2024-08-19', '2027-12-31'] as [string, string]),
  fc.tuple(isoArb, isoArb).map(([a, b]) => (a <= b ? [a, b] : [b, a]) as [string, string]),
);

/** Options (only those of the documents loaded, some left to their defaults) and overrides. */
const settingsArb = (ids: readonly PolicyId[]) => fc.record({
  fmCap: fc.option(capArb),
  hzFunding: fc.option(splitArb),
  scope: fc.option(fc.constantFrom('non-self-controlled', 'all')),
  zjFunding: fc.option(splitArb),
  hz23Start: isoArb,
  hz23Ratio: ratioArb,
  hz23Cap: capArb,
  smeReading: fc.option(fc.constantFrom('sme-first', 'sme-only')),
  scDates: datesArb,
  topupOf: fc.option(fc.constantFrom('chosen', 'city-only')),
  overrides: fc.dictionary(
    fc.constantFrom(...ids.flatMap((id) => SCHEMES[id])),
    fc.record({
      pool: fc.option(fc.integer({ min: 0, max: 1e10 }), { nil: undefined }),
      cap: fc.option(fc.integer({ min: 0, max: 1e10 }), { nil: undefined }),
      ratioScale: fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: undefined }),
    }, { requiredKeys: [] }),
    { maxKeys: 3 },
  ),
}).map((s) => {
  const o: Record<string, string> = {};
  const set = (doc: PolicyId, key: string, v: string | null) => {
    if (ids.includes(doc) && v !== null) o[`${doc}.${key}`] = v;
  };
  set('hangzhou-2024', 'foundation-model-cap', s.fmCap);
  set('hangzhou-2024', 'funding', s.hzFunding);
  set('zhejiang-2025', 'compute-cap-scope', s.scope);
  set('zhejiang-2025', 'funding', s.zjFunding);
  set('hangzhou-2023-draft', 'start', s.hz23Start > '2025-12-31' ? '2024-01-01' : s.hz23Start);
  set('hangzhou-2023-draft', 'compute-ratio', s.hz23Ratio);
  set('hangzhou-2023-draft', 'compute-cap', s.hz23Cap);
  set('hangzhou-2023-draft', 'sme-reading', s.smeReading);
  set('shangcheng-draft', 'start', s.scDates[0]);
  set('shangcheng-draft', 'end', s.scDates[1]);
  set('shangcheng-draft', 'topup-of', s.topupOf);
  return { options: o, overrides: s.overrides as Record<string, SchemeOverride> };
});

/** Which files, in which order, with which options: a short counterexample when a property fails. */
interface RulesSpec { ids: PolicyId[]; options: Record<string, string>; overrides: Record<string, SchemeOverride> }
const specArb = (files: readonly PolicyId[] = POLICY_IDS, always: PolicyId[] = []): fc.Arbitrary<RulesSpec> =>
  fc.shuffledSubarray([...files], { minLength: always.length ? 0 : 1 })
    .map((ids) => [...ids, ...always])
    .chain((ids) => settingsArb(ids).map((s) => ({ ids, ...s })));
const resolved = new Map<string, RuleSet>();
function rulesOf(spec: RulesSpec): RuleSet {
  const key = JSON.stringify(spec);
  let r = resolved.get(key);
  if (!r) {
    r = rules(spec.ids, spec.options, spec.overrides);
    resolved.set(key, r);
  }
  return r;
}

/** Amounts from a few fen to 5亿元, most below 1亿. */
const fenArb = fc.oneof(
  fc.integer({ min: 0, max: 100 }),
  fc.integer({ min: 0, max: 2000 * WAN }),
  fc.integer({ min: 0, max: 50_000 * WAN }),
);

const appArb: fc.Arbitrary<Application> = fc.record({
  date: appDayArb,
  voucher: fc.constantFrom('compute', 'corpus', 'model' as const),
  contractFen: fenArb,
  executedShare: fc.integer({ min: 0, max: 10_000 }),
  category: fc.constantFrom('maas', 'domestic', 'other', undefined),
  selfControlled: fc.boolean(),
  foundationModel: fc.boolean(),
  sme: fc.boolean(),
  district: fc.constantFrom(null, 'shangcheng', 'xihu'),
}).map(({ executedShare, category, ...a }) => ({
  ...a,
  executedFen: applyRatio(a.contractFen, executedShare),
  ...(a.voucher === 'compute' && category !== undefined ? { category } : {}),
}));

const stateArb = (spec: RulesSpec) => {
  const ids = spec.ids.flatMap((d) => SCHEMES[d]);
  return fc.record({
    receivedFen: fc.dictionary(fc.constantFrom(...ids), fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 1500 * WAN }))),
    poolRemainingFen: fc.dictionary(fc.constantFrom(...ids), fc.integer({ min: 0, max: 1000 * WAN })),
    strict: fc.boolean(),
  });
};

const caseArb = specArb().chain((spec) => fc.tuple(fc.constant(spec), appArb, stateArb(spec)));

function deepFreeze<T>(x: T): T {
  if (x && typeof x === 'object') {
    for (const v of Object.values(x)) deepFreeze(v);
    Object.freeze(x);
  }
  return x;
}

describe('quote invariants over random rules, applications and states', () => {
  it('every line is within [0, ratio × basis], the yearly cap left and the pool left; 从优就高 picks the largest package; totals add up', () => {
    fc.assert(fc.property(caseArb, ([spec, a, s]) => {
      const r = rulesOf(spec);
      const state: FirmYearState = { receivedFen: s.receivedFen, poolRemainingFen: s.poolRemainingFen };
      const q = quote(r, deepFreeze(a), deepFreeze(state), { poolMode: s.strict ? 'strict' : 'partial' });
      const poolsOn = Object.keys(s.poolRemainingFen).length > 0;
      const grants = q.grants.filter((g) => g.kind === 'grant');
      const chosen = q.chosen === null ? undefined : grants.find((g) => g.scheme === q.chosen);
      let sum = 0;
      for (const g of q.grants) {
        const scheme = r.schemes.find((x) => x.id === g.scheme)!;
        expect(g.fen).toBeGreaterThanOrEqual(0);
        expect(Number.isSafeInteger(g.fen)).toBe(true);
        if (g.ratioBp === null) {
          expect(g.fen).toBe(0);
        } else {
          expect(g.fen).toBeLessThanOrEqual(applyRatio(g.basisFen, g.ratioBp));
        }
        if (g.capFen !== null) {
          const left = Math.max(0, g.capFen - (s.receivedFen[g.scheme] ?? 0));
          expect(g.remainingCapFen).toBe(left);
          expect(g.fen).toBeLessThanOrEqual(left);
        }
        if (poolsOn && s.poolRemainingFen[g.scheme] !== undefined) {
          expect(g.fen).toBeLessThanOrEqual(s.poolRemainingFen[g.scheme]!);
          if (s.strict && g.bound === 'pool') expect(g.fen).toBe(0);
        }
        if (scheme.kind === 'grant') {
          if (g.ratioBp !== null) expect(g.basisFen).toBe(scheme.basis === 'executed' ? a.executedFen : a.contractFen);
          expect(scheme.voucher).toBe(a.voucher);
          expect(g.paidFen).toBe(g.scheme === q.chosen ? g.fen : 0);
        } else {
          expect(scheme.vouchers).toContain(a.voucher);
          expect(g.paidFen).toBe(g.fen);
          // a top-up matches at most the chosen grant's payment
          if (g.ratioBp !== null) expect(g.basisFen).toBeLessThanOrEqual(chosen?.paidFen ?? 0);
        }
        expect(g.byLevel.province + g.byLevel.city + g.byLevel.district).toBe(g.paidFen);
        expect(g.reason.zh.length).toBeGreaterThan(0);
        expect(g.reason.en.length).toBeGreaterThan(0);
        sum += g.paidFen;
      }
      // 从优就高不重复 over packages: one package per grant paying something, the chosen one the largest (the first
      // on a tie), its total what is paid; a package is never below its grant alone
      expect(q.packages.map((p) => p.grant)).toEqual(grants.filter((g) => g.fen > 0).map((g) => g.scheme));
      for (const p of q.packages) {
        expect(p.grantFen).toBe(grants.find((g) => g.scheme === p.grant)!.fen);
        expect(p.totalFen).toBe(p.grantFen + p.topUps.reduce((t, x) => t + x.fen, 0));
        expect(p.chosen).toBe(p.grant === q.chosen);
      }
      const best = Math.max(0, ...q.packages.map((p) => p.totalFen));
      expect(q.totalFen).toBe(best);
      const firstBest = q.packages.find((p) => p.totalFen === best);
      expect(q.chosen).toBe(firstBest?.grant ?? null);
      for (const g of grants) expect(q.totalFen).toBeGreaterThanOrEqual(g.fen);
      if (chosen === undefined) expect(grants.every((g) => g.fen === 0)).toBe(true);
      else expect(chosen.fen).toBeGreaterThan(0);
      expect(q.totalFen).toBe(sum);
      expect(q.byLevel.province + q.byLevel.city + q.byLevel.district).toBe(q.totalFen);
      // every scheme of the voucher is listed, none of another voucher
      const expected = r.schemes.filter((x) => (x.kind === 'grant' ? x.voucher === a.voucher : x.vouchers.includes(a.voucher))).map((x) => x.id);
      expect(q.grants.map((g) => g.scheme)).toEqual(expected);
    }), { numRuns: 400 });
  });

  it('evaluate does not write its inputs (received at an offset, pools, the application)', () => {
    fc.assert(fc.property(caseArb, fc.integer({ min: 0, max: 3 }), fc.constantFrom(0, 1, 2), ([spec, a, s], offset, mode) => {
      const c = compileRules(rulesOf(spec));
      const n = c.schemeCount;
      const received = new Float64Array(offset + n + 2).map((_, i) => (i * 7919 * WAN) % (900 * WAN));
      const pools = Float64Array.from(c.schemeIds, (id) => s.poolRemainingFen[id] ?? Infinity);
      const receivedCopy = received.slice();
      const poolsCopy = pools.slice();
      const input = toAppInput(c, a);
      const inputCopy = { ...input };
      const out = makeEvalOut(c);
      evaluate(c, input, received, offset, pools, mode as PoolMode, out);
      expect(received).toEqual(receivedCopy);
      expect(pools).toEqual(poolsCopy);
      expect(input).toEqual(inputCopy);
      // and the same call again gives the same answer (nothing left over from the previous call)
      const first = { own: out.own.slice(), paid: out.paid.slice(), chosen: out.chosen, total: out.total };
      evaluate(c, input, received, offset, pools, mode as PoolMode, out);
      expect({ own: out.own.slice(), paid: out.paid.slice(), chosen: out.chosen, total: out.total }).toEqual(first);
    }), { numRuns: 200 });
  });

  it('the top-up never exceeds its cap nor the matched grant × its match ratio', () => {
    const withTopUp = specArb(['hangzhou-2024', 'zhejiang-2025', 'hangzhou-2023-draft'], ['shangcheng-draft'])
      .chain((spec) => fc.tuple(fc.constant(spec), appArb.map((a) => ({ ...a, district: 'shangcheng' })), stateArb(spec)));
    fc.assert(fc.property(withTopUp, ([spec, a, s]) => {
      const r = rulesOf(spec);
      const q = quote(r, a, { receivedFen: s.receivedFen });
      const t = q.grants.find((g) => g.kind === 'topup');
      if (!t) return; // a corpus application: no top-up concerns it
      const chosenPaid = q.grants.find((g) => g.scheme === q.chosen)?.paidFen ?? 0;
      const bp = t.ratioBp ?? 0;
      expect(t.fen).toBeLessThanOrEqual(applyRatio(chosenPaid, bp));
      if (t.capFen !== null) expect(t.fen + (s.receivedFen[t.scheme] ?? 0)).toBeLessThanOrEqual(Math.max(t.capFen, s.receivedFen[t.scheme] ?? 0));
    }), { numRuns: 300 });
  });
});
