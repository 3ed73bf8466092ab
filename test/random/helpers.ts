import type { Rng } from '../../src/random/Rng';

/** Sample mean and (unbiased) variance of n draws. */
export function moments(n: number, draw: () => number): { mean: number; variance: number } {
  let mean = 0;
  let m2 = 0;
  for (let i = 1; i <= n; i++) {
    const x = draw();
    const d = x - mean;
    mean += d / i;
    m2 += d * (x - mean);
  }
  return { mean, variance: m2 / (n - 1) };
}

/** Pearson correlation of two equally long lists. */
export function correlation(xs: ArrayLike<number>, ys: ArrayLike<number>): number {
  const n = xs.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i]!;
    my += ys[i]!;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxy / Math.sqrt(sxx * syy);
}

/** An rng that counts its calls, drawing from `inner`. */
export function countingRng(inner: Rng): Rng & { calls: number } {
  const f = (() => {
    f.calls++;
    return inner();
  }) as Rng & { calls: number };
  f.calls = 0;
  return f;
}

/**
 * Pearson's χ² of observed counts against expected probabilities, pooling the cells whose expected count is
 * below 5 into their neighbour; returns the statistic and its degrees of freedom.
 */
export function chiSquare(observed: readonly number[], probabilities: readonly number[], n: number): { stat: number; df: number } {
  const cells: { o: number; e: number }[] = [];
  let o = 0;
  let e = 0;
  for (let k = 0; k < probabilities.length; k++) {
    o += observed[k] ?? 0;
    e += probabilities[k]! * n;
    if (e >= 5) {
      cells.push({ o, e });
      o = 0;
      e = 0;
    }
  }
  if (cells.length > 0) {
    cells[cells.length - 1]!.o += o;
    cells[cells.length - 1]!.e += e;
  }
  return { stat: cells.reduce((s, c) => s + ((c.o - c.e) ** 2) / c.e, 0), df: cells.length - 1 };
}

/**
 * The χ² quantile for probability 1 − 1e-4 with df degrees of freedom (Wilson–Hilferty; within 1% for df ≥ 3):
 * a seeded check that fails only on a real mismatch.
 */
export function chiSquareCritical(df: number): number {
  const z = 3.719016485455709; // Φ⁻¹(1 − 1e-4)
  const a = 2 / (9 * df);
  return df * (1 - a + z * Math.sqrt(a)) ** 3;
}
