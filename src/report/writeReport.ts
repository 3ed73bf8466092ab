/**
 * Writes a report into a folder (Node only):
 *
 *   report.md, report.html          the document (Markdown with PNG images; one self-contained HTML file)
 *   <chart>-<year>.svg / .png       every chart, rendered by Vega in Node and rasterised by resvg
 *   <chart>-<year>.vl.json          its Vega-Lite spec
 *   table-<id>.csv                  every table of the document, the same cells
 *   summary.json                    the baseline's summary with its sources, when it was run for the report
 *   summary-<k>-<id>.json           each compared scenario run for the report
 *   bands.csv, groups.csv, runs.csv the baseline's exact figures (runs.csv only when it was run)
 *   sensitivity.json, solve.json,   the analyses' results as their functions return them (the same JSON as the
 *   sweep.json, sweep.csv           commands' --json, and sweep's CSV), when the report carries them
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sweepCsv } from '../analysis/sweepCsv';
import { renderReportSvg } from './renderReportSvg';
import { bandsCsv } from '../output/bandsCsv';
import { groupsCsv } from '../output/groupsCsv';
import { perRunCsvParts } from '../output/perRunCsv';
import { csvPartsWithProvenance, csvWithProvenance, provenanceLine, provenanceOf } from '../output/provenance';
import { svgWithFooter } from '../output/svgWithFooter';
import { writeParts } from '../output/writeOutputs';
import { summaryJson } from '../output/summaryJson';
import type { Accumulator } from '../stats/Accumulator';
import { buildReport, tableFile, type ReportRequest } from './buildReport';
import { fontFaceCss } from './fontFaceCss';
import { documentCharts, documentTables } from './ReportDocument';
import { reportHtml } from './reportHtml';
import { reportMarkdown } from './reportMarkdown';
import { tableCsv } from './ReportTable';
import { svgToPng } from './svgToPng';

/**
 * @param years the baseline's merged accumulators, one per year, when it was run (for runs.csv); null otherwise
 * @param onStep told what is being done, for progress lines
 * @returns the paths written, in order
 */
export async function writeReport(
  dir: string,
  req: Omit<ReportRequest, 'dataFiles'>,
  years: readonly Accumulator[] | null,
  onStep: (what: 'charts' | 'documents', count: number) => void = () => undefined,
): Promise<string[]> {
  const written: string[] = [];
  const put = async (name: string, data: string | Buffer) => {
    const path = join(dir, name);
    await writeFile(path, data);
    written.push(path);
  };
  await mkdir(dir, { recursive: true });

  // runs.csv (null here) is streamed: a million runs make more text than one string holds
  const data: Array<[string, string | null]> = [];
  req.subjects.forEach((s, k) => {
    if (s.origin !== 'run') return;
    data.push([k === 0 ? 'summary.json' : `summary-${k + 1}-${s.summary.scenario.id}.json`, summaryJson(s.summary)]);
  });
  const base = req.subjects[0]!.summary;
  // Every CSV and every picture says where it comes from (scenario, runs, seed, version, date, population).
  const baseLine = provenanceOf(base);
  const allLine = req.subjects.map((s) => provenanceOf(s.summary));
  const withLine = (csv: string) => csvWithProvenance(csv, baseLine, req.lang);
  data.push(['bands.csv', withLine(bandsCsv(base))], ['groups.csv', withLine(groupsCsv(base))]);
  if (years) data.push(['runs.csv', null]);
  const a = req.analyses ?? {};
  const json = (x: unknown) => `${JSON.stringify(x, null, 2)}\n`;
  if (a.sensitivity) data.push(['sensitivity.json', json(a.sensitivity.result)]);
  if (a.solve) data.push(['solve.json', json(a.solve.result)]);
  if (a.sweep) data.push(['sweep.json', json(a.sweep.result)], ['sweep.csv', withLine(sweepCsv(a.sweep.result))]);
  for (const [name, text] of data) {
    if (text !== null) await put(name, text);
    else if (years) {
      await writeParts(join(dir, name), csvPartsWithProvenance(perRunCsvParts(years), baseLine, req.lang));
      written.push(join(dir, name));
    }
  }

  const doc = buildReport({ ...req, dataFiles: data.map(([name]) => name) });
  const charts = documentCharts(doc);
  onStep('charts', charts.length);
  const svgs = new Map<string, string>();
  for (const c of charts) {
    const svg = svgWithFooter(await renderReportSvg(c.spec), provenanceLine(allLine, req.lang));
    svgs.set(c.file, svg);
    await put(`${c.file}.vl.json`, `${JSON.stringify(c.spec, null, 2)}\n`);
    await put(`${c.file}.svg`, svg);
    await put(`${c.file}.png`, svgToPng(svg));
  }
  const tables = documentTables(doc);
  onStep('documents', tables.length);
  for (const t of tables) await put(tableFile(t), csvWithProvenance(tableCsv(t), allLine, req.lang));
  await put('report.md', reportMarkdown(doc));
  await put('report.html', reportHtml(doc, svgs, fontFaceCss));
  return written;
}
