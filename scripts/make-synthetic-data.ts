/**
 * Writes the synthetic data set of the tests and the docs from its known population:
 *   data/synthetic/true-population.yaml ──simulateApplications (seed 'synthetic', years 2021–2024)──▶
 *   data/synthetic/applications.csv
 * and data/synthetic/paid-2024.csv: an illustrative record of what a compute scheme "paid" each month of 2024 on
 * those applications, by a simplified rule (30% of the executed contract, at most 800万 a firm-year, first come
 * first served from a 2.5亿 pool). It is a stand-in for a real payments file in the docs and the notebook, not the
 * engine's output.
 * Run: node --import tsx scripts/make-synthetic-data.ts  (the output is committed; the test checks it is current)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ApplicationRow } from '../src/data/ApplicationRow';
import { parseApplications } from '../src/data/parseApplications';
import { applicationsCsv, simulateApplications } from '../src/data/simulateApplications';
import { makeStream } from '../src/random/makeStream';
import { populationFileSchema } from '../src/scenario/scenarioSchema';
import { loadYaml } from '../src/yaml/loadYaml';

export const SYNTHETIC_YEARS = [2021, 2022, 2023, 2024];
export const SYNTHETIC_SEED = 'synthetic';

/** The synthetic CSV text, drawn afresh from the true population. */
export function syntheticCsv(trueYaml: string): string {
  const population = loadYaml(trueYaml, 'true-population.yaml', populationFileSchema).population;
  return applicationsCsv(simulateApplications(population, SYNTHETIC_YEARS, makeStream(SYNTHETIC_SEED, 'applications')));
}

/** The illustrative 2024 payments (see above) as a payments CSV, one row a month. */
export function syntheticPaidCsv(rows: readonly ApplicationRow[]): string {
  const POOL = 250_000_000_00;
  const CAP = 8_000_000_00;
  const byFirm = new Map<string, number>();
  const monthly = Array.from({ length: 12 }, () => 0);
  let left = POOL;
  for (const r of rows) {
    if (r.year !== 2024 || r.voucher !== 'compute') continue;
    const executed = Math.floor((r.contractFen * (r.executedBp ?? 10_000)) / 10_000);
    const had = byFirm.get(r.firm) ?? 0;
    const grant = Math.min(Math.floor((executed * 3) / 10), CAP - had, left);
    if (grant <= 0) continue;
    byFirm.set(r.firm, had + grant);
    left -= grant;
    monthly[r.month - 1]! += grant;
  }
  const yuan = (f: number): string => `${Math.floor(f / 100)}.${String(f % 100).padStart(2, '0')}`;
  return `date,paid\n${monthly.map((f, i) => `2024-${String(i + 1).padStart(2, '0')},${yuan(f)}`).join('\n')}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = new URL('../data/synthetic/', import.meta.url);
  const csv = syntheticCsv(readFileSync(new URL('true-population.yaml', dir), 'utf8'));
  writeFileSync(new URL('applications.csv', dir), csv);
  writeFileSync(new URL('paid-2024.csv', dir), syntheticPaidCsv(parseApplications(csv, 'applications.csv')));
  process.stdout.write(`data/synthetic/applications.csv: ${csv.split('\n').length - 2} applications\n`);
}
