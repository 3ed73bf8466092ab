import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { makeStream } from '../../src/random/makeStream';
import { tableExp } from '../../src/random/tableExp';

Decimal.set({ precision: 40 });

/** The exact value of a double as a decimal (a double is m·2^−e). */
function exact(x: number): Decimal {
  let m = x;
  let e = 0;
  while (!Number.isInteger(m)) {
    m *= 2;
    e++;
  }
  return new Decimal(m).div(new Decimal(2).pow(e));
}

/** The gap between |y| and the next double up: one unit in the last place. */
function ulp(y: number): number {
  const b = new Float64Array([Math.abs(y)]);
  const i = new BigInt64Array(b.buffer);
  i[0]! += 1n;
  return b[0]! - Math.abs(y);
}

describe('tableExp', () => {
  it('is within 2 ulp of e^x over its table’s range (40-digit reference, 5,000 points)', () => {
    const rng = makeStream('table-exp');
    let worst = 0;
    for (let n = 0; n < 5_000; n++) {
      const x = -2 + rng() * 26;
      const ref = exact(x).exp();
      const err = exact(tableExp(x)).minus(ref).abs().toNumber() / ulp(ref.toNumber());
      worst = Math.max(worst, err);
    }
    expect(worst).toBeLessThanOrEqual(2);
  });

  it('is exact at table points, and Math.exp outside the table and for NaN', () => {
    expect(tableExp(0)).toBe(1);
    expect(tableExp(1)).toBe(Math.exp(1));
    expect(tableExp(-1.5)).toBe(Math.exp(-1.5));
    for (const x of [-2.1, -50, 24.1, 700, -Infinity, Infinity]) expect(tableExp(x)).toBe(Math.exp(x));
    expect(tableExp(Number.NaN)).toBeNaN();
  });

  it('stays within 3 ulp of Math.exp on both sides of every cell edge, where the nearest table entry changes', () => {
    let worst = 0;
    for (let k = 1; k < 26 * 128; k++) {
      const edge = -2 + (k - 0.5) / 128;
      for (const x of [edge - Math.abs(edge) * 2 ** -52, edge, edge + Math.abs(edge) * 2 ** -52]) {
        worst = Math.max(worst, Math.abs(tableExp(x) - Math.exp(x)) / ulp(Math.exp(x)));
      }
    }
    expect(worst).toBeLessThanOrEqual(3);
  });
});
