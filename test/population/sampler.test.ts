import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyRatio } from '../../src/money/applyRatio';
import { MAX_FEN } from '../../src/money/fen';
import { expectedApplications } from '../../src/population/expectedApplications';
import { makePopulationSampler } from '../../src/fast/sampler/makePopulationSampler';
import type { PopulationModel } from '../../src/population/model';
import { makePopulationBuffers, type PopulationBuffers } from '../../src/fast/sampler/PopulationBuffers';
import { populationSchema } from '../../src/population/schema';
import { inverseNormalCdf } from '../../src/random/inverseNormalCdf';
import { makeStream } from '../../src/random/makeStream';
import { normalCdf } from '../../src/random/normalCdf';
import { yearStart } from '../../src/time/day';
import { FLAG_FOUNDATION_MODEL, FLAG_SELF_CONTROLLED, FLAG_SME } from '../../src/vocabulary';

/**
 * Every statistical check below compares a share or a mean pooled over seeded runs with its model value, within
 * 5 standard errors (binomial √(p(1−p)/n) for shares). The seeds are fixed, so the checks are reproducible; a
 * correct sampler would fail one with probability below 1e-6.
 */
function expectShare(hits: number, n: number, p: number): void {
  expect(n).toBeGreaterThan(0);
  expect(Math.abs(hits / n - p)).toBeLessThanOrEqual(5 * Math.sqrt((p * (1 - p)) / n) + 1e-12);
}

const compute = { seek: '60%', categories: { maas: '20%', domestic: '30%', other: '50%' }, selfControlled: { maas: '10%', domestic: '80%', other: '30%' } };

const model: PopulationModel = populationSchema.parse({
  firms: { law: 'fixed', n: 20_000 },
  arrivals: { monthly: [1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2] },
  tiers: [
    {
      id: 'small',
      label: { zh: '小型企业', en: 'small firms' },
      share: '70%',
      sme: '90%',
      foundationModel: '5%',
      districts: { shangcheng: '20%', xihu: '10%' },
      seekCorrelation: '50%',
      contracts: {
        count: { law: 'poisson', mean: 1.2, min: 1 },
        amount: { law: 'lognormal', median: '30万', p90: '120万', truncate: { min: '1万', max: '500万' } },
        executed: { law: 'beta', mean: '85%', sd: '10%' },
      },
      vouchers: { compute, corpus: { seek: '30%' }, model: { seek: '20%', executed: { law: 'constant', value: '90%' } } },
    },
    {
      id: 'large',
      label: { zh: '大型企业', en: 'large firms' },
      share: '30%',
      sme: '0%',
      foundationModel: '40%',
      districts: { shangcheng: '50%' },
      contracts: {
        count: { law: 'fixed', n: 2 },
        amount: { law: 'lognormal', median: '300万', p90: '2000万' },
        executed: { law: 'constant', value: '95%' },
      },
      vouchers: { compute: { ...compute, seek: '80%' }, corpus: { seek: '40%' } },
    },
  ],
});

const RUNS = 5;

/** Copies what a run left in the buffers (they are overwritten by the next run). */
function snapshot(b: PopulationBuffers) {
  return {
    firmCount: b.firmCount,
    firmTier: b.firmTier.slice(0, b.firmCount),
    firmFlags: b.firmFlags.slice(0, b.firmCount),
    firmDistrict: b.firmDistrict.slice(0, b.firmCount),
    appCount: b.appCount,
    appFirm: b.appFirm.slice(0, b.appCount),
    appVoucher: b.appVoucher.slice(0, b.appCount),
    appDay: b.appDay.slice(0, b.appCount),
    appContractFen: b.appContractFen.slice(0, b.appCount),
    appExecutedFen: b.appExecutedFen.slice(0, b.appCount),
    appCategory: b.appCategory.slice(0, b.appCount),
    appFlags: b.appFlags.slice(0, b.appCount),
  };
}
type Run = ReturnType<typeof snapshot>;

/** The names of the fields in which two runs differ (typed arrays compared element by element, fast). */
function differences(a: Run, b: Run): string[] {
  return (Object.keys(a) as (keyof Run)[]).filter((k) => {
    const x = a[k];
    const y = b[k];
    if (typeof x === 'number' || typeof y === 'number') return x !== y;
    if (x.length !== y.length) return true;
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return true;
    return false;
  });
}

function sampleRuns(m: PopulationModel, year: number, districts: string[], runs = RUNS, seed: string | number = 'population'): Run[] {
  const sampler = makePopulationSampler(m, { year, districts });
  const buffers = makePopulationBuffers();
  return Array.from({ length: runs }, (_, r) => {
    sampler.sample(makeStream(seed, r), buffers);
    return snapshot(buffers);
  });
}

const runs = sampleRuns(model, 2025, ['xihu', 'shangcheng']);

describe('population sampler: firms', () => {
  it('recovers the tier shares, SME, foundation-model and district probabilities', () => {
    const tiers = model.tiers;
    const count = (pred: (r: Run, f: number) => boolean): number =>
      runs.reduce((s, r) => s + Array.from({ length: r.firmCount }, (_, f) => (pred(r, f) ? 1 : 0) as number).reduce((a, b) => a + b, 0), 0);
    const firms = runs.reduce((s, r) => s + r.firmCount, 0);
    expect(firms).toBe(RUNS * 20_000);
    tiers.forEach((t, ti) => {
      const inTier = count((r, f) => r.firmTier[f] === ti);
      expectShare(inTier, firms, t.shareBp / 10_000);
      expectShare(count((r, f) => r.firmTier[f] === ti && (r.firmFlags[f]! & FLAG_SME) !== 0), inTier, t.smeBp / 10_000);
      expectShare(count((r, f) => r.firmTier[f] === ti && (r.firmFlags[f]! & FLAG_FOUNDATION_MODEL) !== 0), inTier, t.foundationModelBp / 10_000);
      // district indexes follow opts.districts: ['xihu', 'shangcheng']
      expectShare(count((r, f) => r.firmTier[f] === ti && r.firmDistrict[f] === 1), inTier, (t.districtBp.shangcheng ?? 0) / 10_000);
      expectShare(count((r, f) => r.firmTier[f] === ti && r.firmDistrict[f] === 0), inTier, (t.districtBp.xihu ?? 0) / 10_000);
    });
    expect(count((r, f) => ![-1, 0, 1].includes(r.firmDistrict[f]!))).toBe(0);
  });

  it('maps a district the rules do not name to −1', () => {
    const [r] = sampleRuns(model, 2025, ['shangcheng'], 1);
    const named = Array.from(r!.firmDistrict).filter((d) => d === 0).length;
    const none = Array.from(r!.firmDistrict).filter((d) => d === -1).length;
    expect(named + none).toBe(r!.firmCount);
    expectShare(none, r!.firmCount, 1 - (0.7 * 0.2 + 0.3 * 0.5));
  });
});

describe('population sampler: vouchers sought', () => {
  /** Per firm, bit v set when it has an application for voucher v (counts have min 1, so seeking ⇔ applying). */
  const sought = runs.map((r) => {
    const mask = new Uint8Array(r.firmCount);
    for (let a = 0; a < r.appCount; a++) mask[r.appFirm[a]!]! |= 1 << r.appVoucher[a]!;
    return mask;
  });

  it('recovers each voucher probability per tier', () => {
    model.tiers.forEach((t, ti) => {
      (['compute', 'corpus', 'model'] as const).forEach((v, vi) => {
        let firms = 0;
        let hits = 0;
        runs.forEach((r, k) => {
          for (let f = 0; f < r.firmCount; f++) {
            if (r.firmTier[f] !== ti) continue;
            firms++;
            if (sought[k]![f]! & (1 << vi)) hits++;
          }
        });
        expectShare(hits, firms, (t.vouchers[v]?.seekBp ?? 0) / 10_000);
      });
    });
  });

  // With the common-factor copula, P(seek both) = ∫ φ(c) Φ((t₁ − √ρc)/√(1−ρ)) Φ((t₂ − √ρc)/√(1−ρ)) dc (Simpson's
  // rule on [−9, 9], 3,600 steps: error far below 1e-9); without correlation it is p₁p₂.
  function bothProbability(p1: number, p2: number, rho: number): number {
    if (rho === 0) return p1 * p2;
    const [t1, t2] = [inverseNormalCdf(p1), inverseNormalCdf(p2)];
    const a = Math.sqrt(rho);
    const b = Math.sqrt(1 - rho);
    const g = (c: number): number => (Math.exp(-c * c / 2) / Math.sqrt(2 * Math.PI)) * normalCdf((t1 - a * c) / b) * normalCdf((t2 - a * c) / b);
    const n = 3600;
    const h = 18 / n;
    let s = g(-9) + g(9);
    for (let i = 1; i < n; i++) s += (i % 2 ? 4 : 2) * g(-9 + i * h);
    return (s * h) / 3;
  }

  it('recovers the correlation between vouchers sought (ρ = 50% for small firms, 0 for large ones)', () => {
    model.tiers.forEach((t, ti) => {
      let firms = 0;
      let both = 0;
      runs.forEach((r, k) => {
        for (let f = 0; f < r.firmCount; f++) {
          if (r.firmTier[f] !== ti) continue;
          firms++;
          if ((sought[k]![f]! & 3) === 3) both++;
        }
      });
      const p = bothProbability(t.vouchers.compute!.seekBp / 10_000, t.vouchers.corpus!.seekBp / 10_000, t.seekCorrelationBp / 10_000);
      expectShare(both, firms, p);
    });
    // The check has power: ρ = 50% lifts P(compute and corpus) for small firms from 0.18 to about 0.24.
    expect(bothProbability(0.6, 0.3, 0.5) - 0.18).toBeGreaterThan(0.05);
  });

  it('gives firms that seek nothing no application, and recovers the mean count of contracts', () => {
    // small firms: Poisson(1.2) with min 1 → mean 1.2 + e^−1.2; large firms: fixed 2.
    const perFirm = [1.2 + Math.exp(-1.2), 2];
    model.tiers.forEach((_t, ti) => {
      let firmVouchers = 0;
      let apps = 0;
      runs.forEach((r, k) => {
        for (let f = 0; f < r.firmCount; f++) if (r.firmTier[f] === ti) firmVouchers += popcount(sought[k]![f]!);
        for (let a = 0; a < r.appCount; a++) if (r.firmTier[r.appFirm[a]!] === ti) apps++;
      });
      const mean = apps / firmVouchers;
      // Poisson(1.2) with min 1 has variance below 1.2: SE ≤ √(1.2/n); tolerance 5 SE. Fixed counts are exact.
      expect(Math.abs(mean - perFirm[ti]!)).toBeLessThanOrEqual(5 * Math.sqrt(1.2 / firmVouchers));
    });
  });

  it('expectedApplications matches the mean number of applications', () => {
    const mean = runs.reduce((s, r) => s + r.appCount, 0) / RUNS;
    const expected = expectedApplications(model);
    // per run: 20,000 firms; applications per firm have variance below 4: SE of the mean ≤ √(4·20,000/5) ≈ 126
    expect(Math.abs(mean - expected)).toBeLessThanOrEqual(5 * Math.sqrt((4 * 20_000) / RUNS));
    expect(expected).toBeCloseTo(20_000 * (0.7 * (0.6 + 0.3 + 0.2) * (1.2 + Math.exp(-1.2)) + 0.3 * (0.8 + 0.4) * 2), 6);
  });
});

function popcount(x: number): number {
  let n = 0;
  for (let v = x; v; v &= v - 1) n++;
  return n;
}

describe('population sampler: applications', () => {
  it('are sorted by day, inside the year, with exact money and consistent flags', () => {
    const start = yearStart(2025);
    const bad: string[] = [];
    for (const r of runs) {
      for (let a = 0; a < r.appCount; a++) {
        const day = r.appDay[a]!;
        const contract = r.appContractFen[a]!;
        const executed = r.appExecutedFen[a]!;
        const voucher = r.appVoucher[a]!;
        const category = r.appCategory[a]!;
        const flags = r.appFlags[a]!;
        const problems = [
          a > 0 && day < r.appDay[a - 1]! && 'not sorted',
          (day < start || day >= start + 365) && 'outside the year',
          !(Number.isSafeInteger(contract) && contract % 100 === 0 && contract >= 100) && 'contract not whole yuan',
          !(Number.isSafeInteger(executed) && executed >= 0 && executed <= contract) && 'executed out of range',
          (flags & ~FLAG_SELF_CONTROLLED) !== r.firmFlags[r.appFirm[a]!] && 'flags differ from the firm',
          voucher === 0 && ![0, 1, 2].includes(category) && 'compute without category',
          voucher !== 0 && (category !== -1 || (flags & FLAG_SELF_CONTROLLED) !== 0) && 'category or self-controlled off compute',
        ].filter(Boolean);
        if (problems.length > 0 && bad.length < 5) bad.push(`app ${a}: ${problems.join(', ')}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('recovers the compute category mix and the self-controlled probability per category', () => {
    const cats = [0, 0, 0];
    const self = [0, 0, 0];
    let n = 0;
    for (const r of runs) {
      for (let a = 0; a < r.appCount; a++) {
        if (r.appVoucher[a] !== 0) continue;
        n++;
        const c = r.appCategory[a]!;
        cats[c]!++;
        if (r.appFlags[a]! & FLAG_SELF_CONTROLLED) self[c]!++;
      }
    }
    [0.2, 0.3, 0.5].forEach((p, c) => expectShare(cats[c]!, n, p));
    [0.1, 0.8, 0.3].forEach((p, c) => expectShare(self[c]!, cats[c]!, p));
  });

  it('respects the truncation, recovers the lognormal median, and the executed shares', () => {
    // small-firm contracts: lognormal median 30万 truncated to [1万, 500万]; the truncation is nearly symmetric
    // in probability (Φ(−3.08) vs 1 − Φ(2.54)), so the median stays within a few yuan of 30万: count those below.
    let small = 0;
    let below = 0;
    let ratioSum = 0;
    let ratioN = 0;
    let outside = 0;
    let wrongConstant = 0;
    for (const r of runs) {
      for (let a = 0; a < r.appCount; a++) {
        if (r.firmTier[r.appFirm[a]!] !== 0) continue;
        const c = r.appContractFen[a]!;
        if (c < 1_000_000 || c > 500_000_000) outside++;
        if (r.appVoucher[a] === 2) {
          if (r.appExecutedFen[a] !== Math.floor((c * 9000) / 10_000)) wrongConstant++;
          continue;
        }
        small++;
        if (c < 30_000_000) below++;
        ratioSum += r.appExecutedFen[a]! / c;
        ratioN++;
      }
    }
    expect(outside).toBe(0);
    expect(wrongConstant).toBe(0);
    const F = (x: number): number => normalCdf((Math.log(x) - Math.log(300_000)) / (Math.log(4) / inverseNormalCdf(0.9)));
    const p = (F(299_999.5) - F(10_000)) / (F(5_000_000) - F(10_000));
    expectShare(below, small, p);
    // beta mean 85%, sd 10%: the mean of executed/contract (flooring to the fen moves it by < 1e-7)
    expect(Math.abs(ratioSum / ratioN - 0.85)).toBeLessThanOrEqual(5 * 0.1 / Math.sqrt(ratioN));
  });

  it('respects the seasonal weights: doubled Q4 weights give Q4 a share 2·92/(273 + 2·92)', () => {
    const q4 = yearStart(2025) + 273; // 1 October 2025 is day 273 of the year
    let apps = 0;
    let inQ4 = 0;
    for (const r of runs) {
      apps += r.appCount;
      for (let a = 0; a < r.appCount; a++) if (r.appDay[a]! >= q4) inQ4++;
    }
    expectShare(inQ4, apps, 184 / 457);
  });

  it('puts applications only inside the windows, and handles a leap year', () => {
    const windowed = { ...model, arrivals: { monthlyWeights: Array(12).fill(1), windows: [{ from: { month: 2, day: 20 }, to: { month: 3, day: 10 } }, { from: { month: 11, day: 1 }, to: { month: 11, day: 30 } }] } };
    const [r] = sampleRuns(windowed, 2024, [], 1);
    const start = yearStart(2024);
    const open = (d: number): boolean => (d >= 50 && d <= 69) || (d >= 305 && d <= 334); // 2024-02-20 = day 50 (leap)
    let leapDay = 0;
    let closed = 0;
    for (let a = 0; a < r!.appCount; a++) {
      const d = r!.appDay[a]! - start;
      if (!open(d)) closed++;
      if (d === 59) leapDay++; // 2024-02-29
    }
    expect(closed).toBe(0);
    // 50 open days, equally likely: 2024-02-29 gets 1/50 of the applications
    expectShare(leapDay, r!.appCount, 1 / 50);
    const sampler = makePopulationSampler(windowed, { year: 2024, districts: [] });
    expect(sampler.days).toBe(366);
    expect(sampler.dayProbabilities.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 12);
  });
});

describe('population sampler: reproducibility and buffers', () => {
  afterEach(() => vi.restoreAllMocks());

  it('gives identical buffers for the same seed, different ones for another seed', () => {
    const again = sampleRuns(model, 2025, ['xihu', 'shangcheng']);
    again.forEach((r, i) => expect(differences(r, runs[i]!)).toEqual([]));
    const other = sampleRuns(model, 2025, ['xihu', 'shangcheng'], 1, 'another seed');
    expect(differences(other[0]!, runs[0]!)).toContain('appContractFen');
  });

  it('grows small buffers geometrically and gives the same result as large ones', () => {
    const sampler = makePopulationSampler(model, { year: 2025, districts: ['xihu', 'shangcheng'] });
    const tiny = makePopulationBuffers(1, 1);
    sampler.sample(makeStream('population', 0), tiny);
    expect(differences(snapshot(tiny), runs[0]!)).toEqual([]);
    const capacity = tiny.appFirm.length;
    expect(capacity & (capacity - 1)).toBe(0); // a power of two: doubled from 1
    // a second run of the same size does not reallocate
    const arrays = [tiny.appFirm, tiny.appContractFen, tiny.firmTier, tiny.scratch.firm, tiny.scratch.contractFen];
    sampler.sample(makeStream('population', 0), tiny);
    const after = [tiny.appFirm, tiny.appContractFen, tiny.firmTier, tiny.scratch.firm, tiny.scratch.contractFen];
    after.forEach((x, i) => expect(x).toBe(arrays[i]));
  });

  it('draws only from the rng it is given', () => {
    const spy = vi.spyOn(Math, 'random');
    const sampler = makePopulationSampler(model, { year: 2025, districts: [] });
    let calls = 0;
    const inner = makeStream('population', 'rng-only');
    sampler.sample(() => {
      calls++;
      return inner();
    }, makePopulationBuffers());
    expect(calls).toBeGreaterThan(20_000);
    expect(spy).not.toHaveBeenCalled();
  });

  it('reads the stream exactly: through a wrapper (one call per draw) the same buffers, and the stream ends alike', () => {
    const sampler = makePopulationSampler(model, { year: 2025, districts: ['xihu', 'shangcheng'] });
    const direct = makeStream('population', 0);
    const a = makePopulationBuffers();
    sampler.sample(direct, a);
    const inner = makeStream('population', 0);
    let calls = 0;
    const b = makePopulationBuffers();
    sampler.sample(() => {
      calls++;
      return inner();
    }, b);
    expect(differences(snapshot(b), snapshot(a))).toEqual([]);
    expect(differences(snapshot(a), runs[0]!)).toEqual([]);
    // the direct stream was read in blocks and moved back: both continue with draw number calls + 1
    const ref = makeStream('population', 0);
    for (let i = 0; i < calls; i++) ref();
    const next = ref();
    expect(direct()).toBe(next);
    expect(inner()).toBe(next);
  });

  it('keeps generation order within a day (a stable sort): by firm, then voucher', () => {
    const mixed = populationSchema.parse(parse(readFileSync(new URL('./fixtures/mixed.yaml', import.meta.url), 'utf8')));
    for (const r of [...runs, ...sampleRuns(mixed, 2025, ['shangcheng'], 2)]) {
      let unordered = 0;
      let sameDay = 0;
      for (let a = 1; a < r.appCount; a++) {
        if (r.appDay[a] !== r.appDay[a - 1]) continue;
        sameDay++;
        const firm = r.appFirm[a]! - r.appFirm[a - 1]!;
        if (firm < 0 || (firm === 0 && r.appVoucher[a]! < r.appVoucher[a - 1]!)) unordered++;
      }
      expect(sameDay).toBeGreaterThan(100);
      expect(unordered).toBe(0);
    }
  });

  it('writes the days up to a last day, then the rest, as it writes the whole year at once', () => {
    // one voucher: every plan draws alike, so the sampler can leave the later days as draws
    const tier = (id: string, share: string, median: string) => ({
      id,
      label: { zh: id, en: id },
      share,
      sme: '50%',
      foundationModel: '10%',
      districts: { shangcheng: '20%' },
      contracts: {
        count: { law: 'poisson', mean: 1.5, min: 1 },
        amount: { law: 'lognormal', median, p90: '120万' },
        executed: { law: 'beta', mean: '85%', sd: '10%' },
      },
      vouchers: { compute: { ...compute, seek: '100%' } },
    });
    // days drawn from seasonal weights (an alias table) and evenly (flat)
    const samplers = [{ monthly: [1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2] }, undefined].map((arrivals) =>
      makePopulationSampler(
        populationSchema.parse({ firms: { law: 'poisson', mean: 400 }, arrivals, tiers: [tier('small', '70%', '30万'), tier('large', '30%', '60万')] }),
        { year: 2025, districts: ['xihu', 'shangcheng'] },
      ),
    );
    const whole = makePopulationBuffers();
    const part = makePopulationBuffers();
    const start = yearStart(2025);
    let nothingBefore = 0;
    for (let run = 0; run < 4; run++) {
      const sampler = samplers[run % 2]!;
      expect(sampler.canDefer).toBe(true);
      sampler.sample(makeStream('deferred', run), whole);
      const all = snapshot(whole);
      const first = all.appDay[0]! - start;
      // the day before the first application (nothing written before the rest), the first day, others, the last
      for (const lastDay of [first - 1, first, 0, 40, 200, 364]) {
        if (lastDay < 0) continue;
        sampler.sample(makeStream('deferred', run), part, lastDay);
        const upTo = all.appDay.filter((d) => d - start <= lastDay).length;
        expect(part.appWritten).toBe(upTo);
        expect(Array.from(part.appFirm.subarray(0, upTo))).toEqual(Array.from(all.appFirm.subarray(0, upTo)));
        if (upTo === 0) nothingBefore++;
        sampler.writeRest(part);
        expect(part.appWritten).toBe(all.appCount);
        expect(differences(snapshot(part), all)).toEqual([]);
      }
    }
    expect(nothingBefore).toBeGreaterThan(0);
  });

  it('samples the mixed fixture: sorted, within windows, executed ≤ contract', () => {
    const mixed = populationSchema.parse(parse(readFileSync(new URL('./fixtures/mixed.yaml', import.meta.url), 'utf8')));
    const [r] = sampleRuns(mixed, 2025, ['shangcheng'], 1);
    const start = yearStart(2025);
    expect(r!.appCount).toBeGreaterThan(1000);
    let bad = 0;
    for (let a = 0; a < r!.appCount; a++) {
      const d = r!.appDay[a]! - start;
      if (a > 0 && r!.appDay[a]! < r!.appDay[a - 1]!) bad++;
      if (d < 45 || d > 353) bad++; // 02-15 … 12-20
      if (r!.appExecutedFen[a]! > r!.appContractFen[a]!) bad++;
    }
    expect(bad).toBe(0);
  });
});

describe('population sampler: executed amounts are applyRatio exactly', () => {
  // The sampler floors contract × bp / 10,000 without `%` (see drawAndSort in makePopulationSampler.ts); compare it
  // with src/money's applyRatio over amounts of every magnitude up to MAX_FEN and awkward ratios (29% is the
  // classic float trap: Math.floor(100 × 0.29) = 28).
  it('matches applyRatio for every application', () => {
    const rng = makeStream('executed-exactness');
    const values = [100, 101, 199, 10_001, MAX_FEN, MAX_FEN - 1, 2 ** 39 + 7, 123_456_789_012_345 % MAX_FEN];
    for (let i = 0; i < 400; i++) values.push(Math.max(100, Math.floor(Math.exp(rng() * Math.log(MAX_FEN)))));
    const shares = [2900, 9999, 1, 3333, 7001, 10_000, 0, 5000];
    const tier = (bp: number, i: number) => ({
      id: `t${i}`,
      label: { zh: `层级${i}`, en: `tier ${i}` },
      share: `${100 / shares.length}%`,
      sme: '0%',
      foundationModel: '0%',
      vouchers: {
        corpus: {
          seek: '100%',
          count: { law: 'fixed', n: 1 },
          amount: { law: 'empirical', values: values.map((v) => (v / 100).toFixed(2)) },
          executed: { law: 'constant', value: `${bp / 100}%` },
        },
      },
    });
    const m = populationSchema.parse({ firms: { law: 'fixed', n: 40_000 }, tiers: shares.map(tier) });
    const [r] = sampleRuns(m, 2025, [], 1, 'executed');
    let wrong = 0;
    for (let a = 0; a < r!.appCount; a++) {
      const bp = shares[r!.firmTier[r!.appFirm[a]!]!]!;
      if (r!.appExecutedFen[a] !== applyRatio(r!.appContractFen[a]!, bp)) wrong++;
    }
    expect(r!.appCount).toBe(40_000);
    expect(wrong).toBe(0);
  });
});
