/**
 * The sweep grid on the closed-form case: each cell's P(exhausted) is share(N ≥ ⌊pool / g⌋ + 1) over the same runs,
 * g the grant under the cell's ratio scale, so the grid is exactly monotone in both inputs; and the axes' grammar.
 */
import { describe, expect, it } from 'vitest';
import { inThreadSimulator } from '../../src/analysis/inThreadSimulator';
import { parseAxis } from '../../src/analysis/parseAxis';
import { sweep } from '../../src/analysis/sweep';
import { sweepCsv } from '../../src/analysis/sweepCsv';
import { runRange } from '../../src/engine/runRange';
import { UserError } from '../../src/errors/UserError';
import { analyticScenario, perRunN, poissonAtLeast, shareAtLeast } from './analyticScenario';

const runs = 400;
const scenario = analyticScenario({ lambda: 60, runs, seed: 'sweep' });
const n = perRunN(runRange(scenario, 0, runs).years[0]!);
const scheme = { id: 'hangzhou-2024.compute', index: 0 };

describe('parseAxis', () => {
  it('spaces the values evenly, rounded half up to the fen or basis point', () => {
    expect(parseAxis('pool=1亿..5亿:9').values).toEqual([1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5].map((x) => x * 1e10));
    expect(parseAxis('ratio=50%..100%:6')).toMatchObject({ variable: 'ratio', values: [5000, 6000, 7000, 8000, 9000, 10000] });
    expect(parseAxis(' cap = 1 .. 2 : 4 ').values).toEqual([100, 133, 167, 200]);
  });

  it('refuses what it cannot read', () => {
    for (const bad of ['pool=1亿..5亿', 'rate=1..2:3', 'pool=5亿..1亿:3', 'pool=1亿..5亿:1', 'pool=1亿..5亿:51', 'ratio=50%..150%:3']) {
      expect(() => parseAxis(bad), bad).toThrow(UserError);
    }
  });
});

describe('sweep pool × ratio', async () => {
  const x = parseAxis('pool=800万..1600万:5'); // 40 … 80 grants of 20万
  const y = parseAxis('ratio=80%..100%:3'); // grants of 16万, 18万, 20万
  const r = await sweep(scenario, { x, y, scheme, year: 2025, runs }, inThreadSimulator());

  it('every cell is share(N ≥ ⌊pool / grant⌋ + 1) on the same runs', () => {
    expect(r.cells).toHaveLength(15);
    for (const c of r.cells) {
      const grant = 100_0000_00 * (Math.floor((2000 * c.y) / 10_000)) / 10_000;
      const k = Math.floor(c.x / grant);
      expect(c.exhausted.value, `${c.x} ${c.y}`).toBe(shareAtLeast(n, k + 1));
      expect(Math.abs(c.exhausted.value - poissonAtLeast(60, k + 1))).toBeLessThanOrEqual(4 * Math.sqrt(0.25 / runs));
    }
  });

  it('is monotone: P falls with the pool and rises with the ratio', () => {
    const at = (px: number, py: number) => r.cells.find((c) => c.x === px && c.y === py)!.exhausted.value;
    for (let i = 1; i < x.values.length; i++) for (const py of y.values) expect(at(x.values[i]!, py)).toBeLessThanOrEqual(at(x.values[i - 1]!, py));
    for (let j = 1; j < y.values.length; j++) for (const px of x.values) expect(at(px, y.values[j]!)).toBeGreaterThanOrEqual(at(px, y.values[j - 1]!));
  });

  it('writes one CSV row per cell, in fen and basis points', () => {
    const lines = sweepCsv(r).split('\r\n');
    expect(lines[0]).toBe('pool_fen,ratio_bp,runs,p_exhausted,p_se,p_lo,p_hi,median_exhaustion,paid_mean_fen,unmet_share');
    expect(lines).toHaveLength(16);
    expect(lines[1]!.startsWith('800000000,8000,400,')).toBe(true);
  });

  it('refuses two axes on the same variable', async () => {
    await expect(sweep(scenario, { x, y: x, scheme, year: 2025, runs }, inThreadSimulator())).rejects.toThrow();
  });
});
