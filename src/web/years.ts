/**
 * Compared scenarios may simulate different years (Hangzhou 2024 in 2025, a 2024–2027 run...). The page offers
 * every year any of them simulates; a scenario without the year shown is left out of that year's figures.
 */
import type { Summary, YearSummary } from '../stats/Summary';

/** Every simulated year of the summaries, in order. */
export function unionYears(summaries: readonly Summary[]): number[] {
  return [...new Set(summaries.flatMap((s) => s.years.map((y) => y.year)))].sort((a, b) => a - b);
}

/** The summary of `year` in `s`, or undefined when the scenario does not simulate it. */
export function yearOf(s: Summary, year: number): YearSummary | undefined {
  return s.years.find((y) => y.year === year);
}
