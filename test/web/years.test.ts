import { describe, expect, it } from 'vitest';
import type { Summary } from '../../src/stats/Summary';
import { unionYears, yearOf } from '../../src/web/years';

const summary = (...years: number[]) => ({ years: years.map((year) => ({ year })) }) as unknown as Summary;

describe('years of compared scenarios', () => {
  it('offers every year any scenario simulates, in order, each once', () => {
    expect(unionYears([summary(2025), summary(2024, 2025, 2026, 2027), summary(2026)])).toEqual([2024, 2025, 2026, 2027]);
  });
  it('finds a scenario\'s year, or says it has none', () => {
    expect(yearOf(summary(2024, 2025), 2025)?.year).toBe(2025);
    expect(yearOf(summary(2024, 2025), 2026)).toBeUndefined();
  });
});
