/**
 * Writes a run's outputs to a folder for the CLI (Node only: kept apart from the pure writers so the page can
 * import those without `node:fs`).
 *
 *   json    summary.json
 *   schema  summary.schema.json (the JSON Schema of summary.json)
 *   csv     runs.csv (needs the accumulators), bands.csv, groups.csv
 *   text    summary.zh.txt, summary.en.txt
 *   charts  charts/<chart>.<lang>.svg and the Vega-Lite spec beside it, charts/<chart>.<lang>.vl.json
 *           (charts/<chart>.<year>.<lang>.* for each year of a multi-year scenario)
 */
import { mkdir, open, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TopLevelSpec } from 'vega-lite';
import {
  budgetExhaustion, capShareByTier, exhaustionDate, grantPerFirmByTier, shareOfPoolByTier, subsidyRateByGroup, unmetDemand, whoPays,
} from '../charts';
import { renderSvg } from '../charts/renderSvg';
import type { ChartOptions } from '../charts/chartBase';
import type { Lang } from '../i18n/Bilingual';
import type { Scenario } from '../scenario/model';
import { tierCaps } from '../scenario/tierCaps';
import type { Accumulator } from '../stats/Accumulator';
import { summaryJsonSchema, type Summary } from '../stats/Summary';
import { bandsCsv } from './bandsCsv';
import { formatSummaryText } from './formatSummaryText';
import { groupsCsv } from './groupsCsv';
import { perRunCsvParts } from './perRunCsv';
import { csvPartsWithProvenance, csvWithProvenance, provenanceLine, provenanceOf } from './provenance';
import { svgWithFooter } from './svgWithFooter';
import { summaryJson } from './summaryJson';

export const OUTPUT_FORMATS = ['json', 'schema', 'csv', 'text', 'charts'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** The charts written by the `charts` format, by file name. */
export const OUTPUT_CHARTS: Record<string, (s: Summary, lang: Lang, opts: ChartOptions) => TopLevelSpec> = {
  'budget-exhaustion': budgetExhaustion,
  'exhaustion-date': exhaustionDate,
  'grant-per-firm': grantPerFirmByTier,
  'share-of-pool': shareOfPoolByTier,
  'cap-share': capShareByTier,
  'subsidy-rate': subsidyRateByGroup,
  'unmet-demand': unmetDemand,
  'who-pays': whoPays,
};

/**
 * Writes `formats` of `summary` into `dir` (created if missing) and returns the paths written, in order.
 * `years` are the merged accumulators, one per year; without them the per-run CSV is skipped.
 */
export async function writeOutputs(
  dir: string,
  summary: Summary,
  years: readonly Accumulator[] | null,
  formats: readonly OutputFormat[],
  /** The scenario run, when known: the tier charts then draw each tier's cap (src/scenario tierCaps). */
  scenario?: Scenario,
): Promise<string[]> {
  const written: string[] = [];
  const put = async (name: string, text: string) => {
    const path = join(dir, name);
    await writeFile(path, text, 'utf8');
    written.push(path);
  };
  await mkdir(dir, { recursive: true });
  const want = new Set(formats);
  // Every CSV and chart picture carries the provenance line (scenario, runs, seed, version, date, population).
  const prov = provenanceOf(summary);
  const csv = (text: string) => csvWithProvenance(text, prov, 'en');
  if (want.has('json')) await put('summary.json', summaryJson(summary));
  if (want.has('schema')) await put('summary.schema.json', `${JSON.stringify(summaryJsonSchema(), null, 2)}\n`);
  if (want.has('csv')) {
    if (years) {
      await writeParts(join(dir, 'runs.csv'), csvPartsWithProvenance(perRunCsvParts(years), prov, 'en'));
      written.push(join(dir, 'runs.csv'));
    }
    await put('bands.csv', csv(bandsCsv(summary)));
    await put('groups.csv', csv(groupsCsv(summary)));
  }
  if (want.has('text')) {
    const labels = scenario?.rules.options ?? [];
    const caps = (year: number) => (scenario ? tierCaps(scenario, year) : undefined);
    await put('summary.zh.txt', formatSummaryText(summary, 'zh', labels, caps));
    await put('summary.en.txt', formatSummaryText(summary, 'en', labels, caps));
  }
  if (want.has('charts')) {
    await mkdir(join(dir, 'charts'), { recursive: true });
    // one set per simulated year; a one-year scenario keeps the plain names
    const years = summary.years.map((y) => y.year);
    for (const year of years) {
      const suffix = years.length > 1 ? `.${year}` : '';
      for (const [name, build] of Object.entries(OUTPUT_CHARTS)) {
        for (const lang of ['zh', 'en'] as const) {
          const spec = build(summary, lang, { year, ...(scenario ? { tierCaps: [tierCaps(scenario, year)] } : {}) });
          await put(join('charts', `${name}${suffix}.${lang}.vl.json`), `${JSON.stringify(spec, null, 2)}\n`);
          await put(join('charts', `${name}${suffix}.${lang}.svg`), svgWithFooter(await renderSvg(spec), provenanceLine(prov, lang)));
        }
      }
    }
  }
  return written;
}

/** Writes text that comes in parts (a per-run CSV of a million runs) without holding it whole. */
export async function writeParts(path: string, parts: Iterable<string>): Promise<void> {
  const fh = await open(path, 'w');
  try {
    for (const part of parts) await fh.write(part, null, 'utf8');
  } finally {
    await fh.close();
  }
}
