/**
 * Writes the synthetic data set of the tests and the docs from its known population:
 *   data/synthetic/true-population.yaml ──simulateApplications (seed 'synthetic', years 2021–2024)──▶
 *   data/synthetic/applications.csv
 * Run: node --import tsx scripts/make-synthetic-data.ts  (the output is committed; the test checks it is current)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
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

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = new URL('../data/synthetic/', import.meta.url);
  const csv = syntheticCsv(readFileSync(new URL('true-population.yaml', dir), 'utf8'));
  writeFileSync(new URL('applications.csv', dir), csv);
  process.stdout.write(`data/synthetic/applications.csv: ${csv.split('\n').length - 2} applications\n`);
}
