import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExactSums } from '../../src/stats/ExactSums';

describe('ExactSums', () => {
  it('stays exact past 2^53, where a float sum would not', () => {
    const s = new ExactSums(1);
    const v = 2 ** 52 + 1;
    let float = 0;
    for (let i = 0; i < 5; i++) {
      s.add(0, v);
      float += v;
    }
    expect(s.sum(0).toFixed()).toBe((5n * BigInt(v)).toString());
    expect(BigInt(float)).not.toBe(5n * BigInt(v)); // the float sum has lost the last unit
    expect(s.sum(0).toFixed()).toBe('22517998136852485');
  });

  it('equals the BigInt sum in any order and split (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), { maxLength: 60 }), (values) => {
        const a = new ExactSums(1);
        const b = new ExactSums(1);
        const c = new ExactSums(1);
        values.forEach((v, i) => (i % 2 ? b : c).add(0, v));
        for (const v of [...values].reverse()) a.add(0, v);
        c.merge(b.toData());
        const want = values.reduce((t, v) => t + BigInt(v), 0n).toString();
        expect(a.sum(0).toFixed()).toBe(want);
        expect(c.sum(0).toFixed()).toBe(want);
      }),
    );
  });

  it('rounds the mean half up to a whole number', () => {
    const s = new ExactSums(2);
    s.add(0, 5);
    s.add(0, 0);
    expect(s.meanWhole(0, 2)).toBe(3); // 2.5 → 3
    s.add(1, 7);
    expect(s.meanWhole(1, 3)).toBe(2); // 2.33 → 2
    expect(s.mean(1, 3)).toBeCloseTo(7 / 3, 12);
  });

  it('refuses negative and fractional values', () => {
    const s = new ExactSums(1);
    expect(() => s.add(0, -1)).toThrow();
    expect(() => s.add(0, 0.5)).toThrow();
  });
});
