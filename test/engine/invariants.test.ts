/**
 * Invariants of the ledger over randomly generated scenarios (fast-check): no pool overspent, no firm above its
 * yearly cap, every total equal to the sum of its parts to the fen.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeEngineContext } from '../../src/fast/engine/EngineContext';
import { GROUP_DIMS, GROUP_FIELDS, SCHEME_FIELDS, groupOffset } from '../../src/record/RunRecord';
import { runYear } from '../../src/fast/engine/runYear';
import { makeStream } from '../../src/random/makeStream';
import { allVouchersTier, oneTier, scenarioOf } from './scenarioText';

const mechanisms = [
  { mechanism: 'fcfs-partial' },
  { mechanism: 'fcfs-strict' },
  { mechanism: 'fcfs-partial', extra: 'fallback: true' },
  { mechanism: 'batch-prorata', extra: 'period: month' },
  { mechanism: 'batch-ranked', extra: 'period: quarter, priority: [category:domestic, sme, smaller-first]' },
  { mechanism: 'lottery', extra: 'period: month' },
];

const policies = [
  'scenarios/policies/hangzhou-2024.yaml',
  'scenarios/policies/zhejiang-2025.yaml',
  'scenarios/policies/shangcheng-draft.yaml',
];

describe('ledger invariants over random scenarios', () => {
  it('holds for every mechanism, pool, cap and population', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...mechanisms),
        fc.integer({ min: 1, max: 400 }), // city pool in 万元
        fc.integer({ min: 1, max: 200 }), // province pool in 万元
        fc.integer({ min: 5, max: 80 }), // firms
        fc.integer({ min: 1, max: 500 }), // median contract in 万元
        fc.constantFrom('none', '1000万'),
        fc.boolean(),
        fc.integer({ min: 0, max: 1000 }),
        (mech, cityPool, provincePool, firms, median, fmCap, capOverride, seed) => {
          const scenario = scenarioOf({
            policies,
            options: `{hangzhou-2024.foundation-model-cap: "${fmCap}", shangcheng-draft.start: 2024-01-01, shangcheng-draft.end: 2027-12-31}`,
            schemes: `schemes:
  hangzhou-2024.compute: {pool: ${cityPool}万${capOverride ? ', cap: 50万' : ''}}
  zhejiang-2025.compute: {pool: ${provincePool}万}
  zhejiang-2025.corpus: {pool: ${provincePool}万}
  zhejiang-2025.model: {pool: ${provincePool}万}
  shangcheng-draft.topup: {pool: ${Math.ceil(cityPool / 4)}万}`,
            mechanism: mech.mechanism,
            extraAllocation: mech.extra,
            firms: `{law: poisson, mean: ${firms}}`,
            tiers: `${allVouchersTier(median, '10%', '50%')}
    - id: b${oneTier('{law: uniform, min: 1万, max: 3000万}', '{law: fixed, n: 3}').replace(/^\s*- id: t/, '').replace('share: 100%', 'share: 30%')}`,
            runs: 3,
            seed,
          });
          const ctx = makeEngineContext(scenario);
          const nS = ctx.nS;
          for (let run = 0; run < 3; run++) {
            const rec = runYear(ctx, 0, makeStream(seed, run), makeStream(seed, run, 'alloc'));
            const field = (s: number, f: (typeof SCHEME_FIELDS)[number]): number => rec.scheme[s * SCHEME_FIELDS.length + SCHEME_FIELDS.indexOf(f)]!;
            let total = 0;
            for (let s = 0; s < nS; s++) {
              const paid = field(s, 'paidFen');
              const pool = field(s, 'poolFen');
              total += paid;
              if (pool >= 0) expect(paid).toBeLessThanOrEqual(pool); // no pool overspent
              let daily = 0;
              for (let d = 0; d < rec.shape.days; d++) daily += rec.dailyPaid[s * rec.shape.days + d]!;
              expect(daily).toBe(paid);
              expect(field(s, 'requestedFen') - paid).toBe(field(s, 'refusedFen') + field(s, 'scaledFen'));
              // no firm above its yearly cap: the largest cap in force for any firm of the scheme
              const caps = scenario.rules.schemes[s]!.caps.map((c) => c.value);
              if (caps.length > 0 && caps.every((c) => c !== null)) {
                const maxCap = Math.max(...(caps as number[]));
                for (let f = 0; f < ctx.pop.firmCount; f++) expect(ctx.received[f * nS + s]!).toBeLessThanOrEqual(maxCap);
              }
              for (let f = 0; f < ctx.pop.firmCount; f++) expect(ctx.received[f * nS + s]!).toBeGreaterThanOrEqual(0);
            }
            // the ledger total equals the sum of grants, by level, by firm, and per group dimension, to the fen
            expect(rec.byLevel[0]! + rec.byLevel[1]! + rec.byLevel[2]!).toBe(total);
            let firmsTotal = 0;
            for (let k = 0; k < rec.firmCount; k++) firmsTotal += rec.firmPaid[k]!;
            expect(firmsTotal).toBe(total);
            for (const dim of GROUP_DIMS) {
              if (dim === 'category') continue; // corpus and model applications have no compute category
              let sum = 0;
              const off = groupOffset(rec.shape, dim);
              for (let v = 0; v < rec.shape.groups[dim].length; v++) sum += rec.group[off + v * GROUP_FIELDS.length + GROUP_FIELDS.indexOf('paidFen')]!;
              expect(sum).toBe(total);
            }
          }
        },
      ),
      { numRuns: 60, seed: 20251 },
    );
  });
});
