/**
 * Run records made by hand for the statistics tests, and a small synthetic "engine" that fills records the way
 * src/engine does (first come, first served, 从优就高 between a city and a provincial compute voucher, a district
 * top-up) so that charts and summaries have realistic shapes. The numbers are test inputs, not policy data.
 */
import seedrandom from 'seedrandom';
import {
  GROUP_FIELDS, SCHEME_FIELDS, groupOffset, makeRunRecord, type GroupDim, type GroupField, type RunRecord, type RunShape,
  type SchemeField,
} from '../../src/record/RunRecord';
import type { AccumulatorMeta } from '../../src/stats/AccumulatorMeta';
import { Accumulator } from '../../src/stats/Accumulator';
import type { Scenario } from '../../src/scenario/model';
import { yearStart } from '../../src/time/day';

export const WAN = 1_000_000; // 1万元 in fen
export const YI = 10_000 * WAN; // 1亿元 in fen

export const SHAPE: RunShape = {
  year: 2025,
  days: 365,
  schemeIds: ['hz.compute', 'zj.compute', 'zj.corpus', 'sc.topup'],
  groups: {
    tier: ['micro', 'small', 'medium', 'large'],
    category: ['maas', 'domestic', 'other'],
    voucher: ['compute', 'corpus', 'model'],
    district: ['shangcheng', '(none)'],
  },
  tiers: 4,
};

export const META: AccumulatorMeta = {
  schemes: [
    { id: 'hz.compute', label: { zh: '杭州算力券', en: 'Hangzhou compute voucher' }, level: 'city', kind: 'grant', vouchers: ['compute'] },
    { id: 'zj.compute', label: { zh: '浙江算力券', en: 'Zhejiang compute voucher' }, level: 'province', kind: 'grant', vouchers: ['compute'] },
    { id: 'zj.corpus', label: { zh: '浙江语料券', en: 'Zhejiang corpus voucher' }, level: 'province', kind: 'grant', vouchers: ['corpus'] },
    { id: 'sc.topup', label: { zh: '上城区配套', en: 'Shangcheng top-up' }, level: 'district', kind: 'topup', vouchers: ['compute'] },
  ],
  groups: {
    tier: [
      { key: 'micro', label: { zh: '微型企业', en: 'micro' } },
      { key: 'small', label: { zh: '小型企业', en: 'small' } },
      { key: 'medium', label: { zh: '中型企业', en: 'medium' } },
      { key: 'large', label: { zh: '大型企业', en: 'large' } },
    ],
    category: [
      { key: 'maas', label: { zh: 'MaaS/智能体开发', en: 'MaaS / agents' } },
      { key: 'domestic', label: { zh: '国产算力', en: 'domestic compute' } },
      { key: 'other', label: { zh: '其他算力', en: 'other compute' } },
    ],
    voucher: [
      { key: 'compute', label: { zh: '算力券', en: 'compute voucher' } },
      { key: 'corpus', label: { zh: '语料券', en: 'corpus voucher' } },
      { key: 'model', label: { zh: '模型券', en: 'model voucher' } },
    ],
    district: [
      { key: 'shangcheng', label: { zh: '上城区', en: 'Shangcheng' } },
      { key: '(none)', label: { zh: '（无）', en: '(none)' } },
    ],
  },
};

const NSF = SCHEME_FIELDS.length;
const NGF = GROUP_FIELDS.length;

/** Sets a scheme field of a record. */
export function setScheme(rec: RunRecord, s: number, field: SchemeField, v: number): void {
  rec.scheme[s * NSF + SCHEME_FIELDS.indexOf(field)] = v;
}

/** Sets a group field of a record. */
export function setGroup(rec: RunRecord, dim: GroupDim, value: number, field: GroupField, v: number): void {
  rec.group[groupOffset(rec.shape, dim) + value * NGF + GROUP_FIELDS.indexOf(field)] = v;
}

/** A zeroed record of SHAPE with every pool unlimited and no exhaustion. */
export function blankRecord(shape: RunShape = SHAPE): RunRecord {
  const rec = makeRunRecord(shape, 16);
  for (let s = 0; s < shape.schemeIds.length; s++) {
    setScheme(rec, s, 'poolFen', -1);
    setScheme(rec, s, 'exhaustionDay', -1);
  }
  return rec;
}

const POOL_HZ = 2.5 * YI;
const POOL_SC = 0.5 * YI;
const CAP = 800 * WAN;
const CAP_SC = 500 * WAN;
const TIER_P = [0.5, 0.3, 0.15, 0.05];
const TIER_MEDIAN_YUAN = [300_000, 1_000_000, 4_000_000, 15_000_000];
const RATIO_HZ = [3000, 3000, 2000]; // maas, domestic, other (bp)

/**
 * One run of the synthetic engine: 280–339 firms apply first come, first served over 2025; the city voucher
 * (pool 2.5亿元, 30%/30%/20%, cap 800万元) and the provincial one (no pool, 10%, cap 800万元) compete by 从优就高;
 * Shangcheng firms get a 100% top-up of the city grant (pool 5000万元, cap 500万元); 10% of applications are corpus
 * vouchers (provincial, 30%, cap 200万元). Every figure of the record is booked consistently.
 */
export function syntheticRecord(run: number, rec: RunRecord = makeRunRecord(SHAPE, 512), poolHz = POOL_HZ): RunRecord {
  const rng = seedrandom(`quansim-stats-fixture-${run}`);
  const normal = () => Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
  const nF = 280 + Math.floor(rng() * 60);
  const firmTier: number[] = [];
  const firmDistrict: number[] = [];
  type App = { day: number; firm: number; voucher: number; category: number; contract: number };
  const apps: App[] = [];
  for (let f = 0; f < nF; f++) {
    let u = rng();
    let t = 0;
    while (t < 3 && u >= TIER_P[t]!) u -= TIER_P[t++]!;
    firmTier.push(t);
    firmDistrict.push(rng() < 0.2 ? 0 : 1);
    const k = 1 + Math.floor(rng() * 2);
    for (let i = 0; i < k; i++) {
      const voucher = rng() < 0.9 ? 0 : 1;
      const category = voucher === 0 ? Math.floor(rng() * 3) : -1;
      const yuan = TIER_MEDIAN_YUAN[t]! * Math.exp(0.6 * normal());
      apps.push({ day: Math.floor(rng() * 365), firm: f, voucher, category, contract: Math.round(yuan) * 100 });
    }
  }
  apps.sort((a, b) => a.day - b.day || a.firm - b.firm);

  rec.scheme.fill(0);
  rec.dailyPaid.fill(0);
  rec.byLevel.fill(0);
  rec.group.fill(0);
  rec.monthly.fill(0);
  rec.monthlyTier.fill(0);
  const nS = SHAPE.schemeIds.length;
  const pools = [poolHz, -1, -1, POOL_SC];
  const left = [poolHz, Infinity, Infinity, POOL_SC];
  pools.forEach((p, s) => {
    setScheme(rec, s, 'poolFen', p);
    setScheme(rec, s, 'exhaustionDay', -1);
  });
  const received = new Float64Array(nF * nS);
  const requested = new Float64Array(nF * nS);
  const atCap = new Uint8Array(nF);
  const inGroup: Array<Set<string>> = Array.from({ length: nF }, () => new Set());
  const levelOf = [1, 0, 0, 2];
  const capOf = [CAP, CAP, 200 * WAN, CAP_SC];
  const add = (s: number, f: SchemeField, v: number) => {
    rec.scheme[s * NSF + SCHEME_FIELDS.indexOf(f)]! += v;
  };
  const addG = (dim: GroupDim, v: number, f: GroupField, x: number) => {
    rec.group[groupOffset(SHAPE, dim) + v * NGF + GROUP_FIELDS.indexOf(f)]! += x;
  };
  const month = (day: number) => new Date((yearStart(2025) + day) * 86_400_000).getUTCMonth();
  for (const a of apps) {
    const want = (s: number, bp: number) =>
      Math.max(0, Math.min(Math.floor((a.contract * bp) / 10_000), capOf[s]! - received[a.firm * nS + s]!));
    const reqs = [0, 0, 0, 0];
    if (a.voucher === 0) {
      const hz = want(0, RATIO_HZ[a.category]!);
      const zj = want(1, 1000);
      if (hz >= zj) reqs[0] = hz;
      else reqs[1] = zj;
    } else reqs[2] = want(2, 3000);
    const paid = [0, 0, 0, 0];
    for (const s of [0, 1, 2]) {
      paid[s] = Math.min(reqs[s]!, left[s]!);
    }
    if (a.voucher === 0 && firmDistrict[a.firm] === 0 && paid[0]! > 0) {
      reqs[3] = Math.min(paid[0]!, CAP_SC - received[a.firm * nS + 3]!);
      paid[3] = Math.min(reqs[3]!, left[3]!);
    }
    let reqTotal = 0;
    let paidTotal = 0;
    for (let s = 0; s < nS; s++) {
      const r = reqs[s]!;
      const p = paid[s]!;
      if (r === 0) continue;
      reqTotal += r;
      paidTotal += p;
      left[s]! -= p;
      received[a.firm * nS + s]! += p;
      requested[a.firm * nS + s]! += r;
      if (received[a.firm * nS + s]! >= capOf[s]!) atCap[a.firm] = 1;
      add(s, 'requestedFen', r);
      add(s, 'paidFen', p);
      add(s, 'appsRequested', 1);
      if (p >= r) add(s, 'appsFunded', 1);
      else if (p > 0) {
        add(s, 'appsPartial', 1);
        add(s, 'scaledFen', r - p);
      } else {
        add(s, 'appsRefused', 1);
        add(s, 'refusedFen', r);
      }
      if (p < r && rec.scheme[s * NSF + SCHEME_FIELDS.indexOf('exhaustionDay')]! < 0) setScheme(rec, s, 'exhaustionDay', a.day);
      rec.dailyPaid[s * SHAPE.days + a.day]! += p;
      rec.byLevel[levelOf[s]!]! += p;
    }
    const tier = firmTier[a.firm]!;
    const groups: Array<[GroupDim, number]> = [
      ['tier', tier],
      ['voucher', a.voucher],
      ['district', firmDistrict[a.firm]!],
    ];
    if (a.category >= 0) groups.push(['category', a.category]);
    for (const [dim, v] of groups) {
      addG(dim, v, 'apps', 1);
      addG(dim, v, 'contractFen', a.contract);
      addG(dim, v, 'basisFen', a.contract);
      addG(dim, v, 'requestedFen', reqTotal);
      addG(dim, v, 'paidFen', paidTotal);
      addG(dim, v, 'refusedFen', paidTotal === 0 ? reqTotal : 0);
      addG(dim, v, 'scaledFen', paidTotal > 0 ? reqTotal - paidTotal : 0);
      inGroup[a.firm]!.add(`${dim}:${v}`);
    }
    const m = month(a.day);
    const refused = paidTotal === 0 ? reqTotal : 0;
    const scaled = paidTotal > 0 ? reqTotal - paidTotal : 0;
    rec.monthly[m * 3]! += refused;
    rec.monthly[m * 3 + 1]! += scaled;
    if (reqTotal > 0 && paidTotal === 0) rec.monthly[m * 3 + 2]! += 1;
    rec.monthlyTier[(m * 4 + tier) * 2]! += refused;
    rec.monthlyTier[(m * 4 + tier) * 2 + 1]! += scaled;
  }
  // Year end: firms per scheme and per group, and the per-firm totals.
  let k = 0;
  const firmSeen = new Set(apps.map((a) => a.firm));
  for (let f = 0; f < nF; f++) {
    if (!firmSeen.has(f)) continue;
    let paid = 0;
    let req = 0;
    for (let s = 0; s < nS; s++) {
      const r = requested[f * nS + s]!;
      const p = received[f * nS + s]!;
      paid += p;
      req += r;
      if (r > 0) {
        add(s, 'firmsRequested', 1);
        if (p >= r) add(s, 'firmsFunded', 1);
        else if (p > 0) add(s, 'firmsPartial', 1);
        else add(s, 'firmsRefused', 1);
        if (p >= capOf[s]!) add(s, 'firmsAtCap', 1);
      }
    }
    for (const key of inGroup[f]!) {
      const [dim, v] = key.split(':');
      addG(dim as GroupDim, Number(v), 'firms', 1);
      addG(dim as GroupDim, Number(v), 'firmsAtCap', atCap[f]!);
      addG(dim as GroupDim, Number(v), 'firmsRefused', req > 0 && paid === 0 ? 1 : 0);
    }
    rec.firmPaid[k] = paid;
    rec.firmRequested[k] = req;
    rec.firmTier[k] = firmTier[f]!;
    k++;
  }
  rec.firmCount = k;
  rec.applications = apps.length;
  return rec;
}

/**
 * An accumulator of `runs` synthetic runs (run indices 0 … runs − 1), added in order; `poolHz` replaces the
 * city pool (a second scenario on the same seeds, for comparisons).
 */
export function syntheticAccumulator(runs: number, poolHz = POOL_HZ): Accumulator {
  const acc = new Accumulator(SHAPE, runs, META);
  const rec = makeRunRecord(SHAPE, 512);
  for (let r = 0; r < runs; r++) acc.add(r, syntheticRecord(r, rec, poolHz));
  return acc;
}

/** A scenario object around SHAPE for summarize(): only the header fields matter to it. */
export function fixtureScenario(runs: number): Scenario {
  return {
    id: 'stats-fixture',
    title: { zh: '统计测试情景', en: 'Statistics test scenario' },
    question: { zh: '资金池能支撑多久？', en: 'How long does the pool last?' },
    assumptions: [],
    source: { file: 'test/stats/fixtures.ts', policies: [], population: null },
    rules: { documents: [], schemes: [], options: [{ key: 'zhejiang-2025.compute-cap-scope', value: 'literal', isDefault: true, label: { zh: '上限范围', en: 'cap scope' }, reference: { doc: 'test', clause: 'test' }, accepts: 'literal|both' }], capCounting: 'scheme' },
    years: [2025],
    firstYearPool: 'full',
    allocation: { mechanism: 'fcfs-partial', period: 'month', priority: [], fallback: false },
    population: { firms: { law: 'fixed', n: 300 }, tiers: [], arrivals: { monthlyWeights: Array(12).fill(1), windows: [] } },
    unlimitedPools: ['zj.compute', 'zj.corpus'],
    runs,
    seed: 'fixture',
  };
}
