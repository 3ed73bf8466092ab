/** targetText writes a target back in the grammar of parseTarget (the page prints it in `quansim solve --target`). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTarget } from '../../src/analysis/parseTarget';
import type { Target } from '../../src/analysis/Target';
import { targetText } from '../../src/analysis/targetText';

const op = fc.constantFrom('<=', '<', '>=', '>' as const);
const monthDay = fc.integer({ min: 1, max: 12 }).chain((month) =>
  fc.integer({ min: 1, max: new Date(Date.UTC(2024, month, 0)).getUTCDate() }).map((day) => ({ month, day })));
const bp = fc.integer({ min: 0, max: 10_000 });
const target: fc.Arbitrary<Target> = fc.oneof(
  fc.record({ figure: fc.constant('exhausted' as const), by: monthDay, op, bp }),
  fc.record({ figure: fc.constant('medianExhaustion' as const), op, date: monthDay }),
  fc.record({ figure: fc.constant('unmetShare' as const), op, bp }),
);

describe('targetText', () => {
  it('writes the three figures as the CLI reads them', () => {
    expect(targetText({ figure: 'exhausted', by: { month: 12, day: 31 }, op: '<=', bp: 1000 })).toBe('P(exhausted before 12-31) <= 10%');
    expect(targetText({ figure: 'medianExhaustion', op: '>=', date: { month: 9, day: 1 } })).toBe('median exhaustion >= 09-01');
    expect(targetText({ figure: 'unmetShare', op: '<', bp: 1250 })).toBe('unmet share < 12.5%');
  });

  it('is read back by parseTarget as the same target, whatever the target', () => {
    fc.assert(fc.property(target, (t) => {
      const frozen = Object.freeze({ ...t });
      expect(parseTarget(targetText(frozen))).toEqual(t);
    }));
  });

  it('normalises a target typed in Chinese or with other symbols', () => {
    expect(targetText(parseTarget('P（12-31前用完） ≤ 0.1'))).toBe('P(exhausted before 12-31) <= 10%');
    expect(targetText(parseTarget('用完日期中位数 ≥ 11-30'))).toBe('median exhaustion >= 11-30');
  });
});
