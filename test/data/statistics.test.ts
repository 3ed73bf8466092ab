import { describe, expect, it } from 'vitest';
import { andersonDarlingNormal } from '../../src/data/andersonDarlingNormal';
import { solveMinOnePoisson } from '../../src/data/fitPopulation';
import { sharesToBp } from '../../src/data/fittedPopulationYaml';
import { seekBoth, seekNone, unconditionalSeek } from '../../src/data/seekCopula';

describe('andersonDarlingNormal', () => {
  it('gives SciPy\'s A² (scipy.stats.anderson, 1.17.1) and the modified statistic', () => {
    const x = Object.freeze([12.1, 13.4, 11.8, 12.9, 14.2, 12.5, 13.1, 12.0, 15.3, 12.7, 13.8, 11.5]);
    const r = andersonDarlingNormal(x);
    expect(r.statistic).toBeCloseTo(0.22344509392445744, 10);
    expect(r.modified).toBeCloseTo(0.22344509392445744 * (1 + 0.75 / 12 + 2.25 / 144), 10);
    // A*² = 0.2391 falls in [0.2, 0.34): p = 1 − exp(−8.318 + 42.796 A − 59.938 A²)
    const a = r.modified;
    expect(r.pValue).toBeCloseTo(1 - Math.exp(-8.318 + 42.796 * a - 59.938 * a * a), 12);
    expect(r.pValue).toBeGreaterThan(0.5);
  });
});

describe('seek copula', () => {
  it('matches SciPy\'s bivariate normal CDF (multivariate_normal, ρ 0.3)', () => {
    // P(z1 < Φ⁻¹(0.4), z2 < Φ⁻¹(0.6)) with correlation 0.3 = 0.28492698480329703 (SciPy 1.17.1)
    expect(seekBoth(0.4, 0.6, 0.3)).toBeCloseTo(0.28492698480329703, 6);
    // by symmetry P(neither) = P(z1 > Φ⁻¹(0.4), z2 > Φ⁻¹(0.6)) is the same number
    expect(seekNone([0.4, 0.6], 0.3)).toBeCloseTo(0.28492698480329703, 6);
    expect(seekNone([0.5, 0.5], 0)).toBe(0.25);
  });

  it('undoes the selection of firms that applied: p = 1/3 each, independent, is seen as 0.6 each', () => {
    const { p, applies } = unconditionalSeek([0.6, 0.6], 0);
    expect(p[0]).toBeCloseTo(1 / 3, 8);
    expect(applies).toBeCloseTo(5 / 9, 8);
  });
});

describe('helpers', () => {
  it('solves λ + e^−λ = m (the mean of max(1, Poisson(λ)))', () => {
    for (const lambda of [0.3, 1, 2.5]) expect(solveMinOnePoisson(lambda + Math.exp(-lambda))).toBeCloseTo(lambda, 9);
    expect(solveMinOnePoisson(1)).toBe(0);
  });

  it('rounds shares to basis points that add up to 10,000', () => {
    expect(sharesToBp([1 / 3, 1 / 3, 1 / 3])).toEqual([3334, 3333, 3333]);
    expect(sharesToBp([0.5779, 0.3257, 0.0964]).reduce((a, b) => a + b, 0)).toBe(10_000);
  });
});
