/**
 * The provenance line of the page's exports (src/output provenance): every chart's SVG and PNG and every CSV the
 * page saves says which scenario it shows, whether the form edited it, runs, seed, quansim version, the day, and
 * that the population is illustrative. File names start with the scenario ids (`hangzhou-2024-schemes-2025.csv`).
 */
import type { Lang } from '../i18n/Bilingual';
import { csvWithProvenance, provenanceLine, provenanceOf, type Provenance } from '../output/provenance';
import { svgWithFooter } from '../output/svgWithFooter';
import type { RunResult } from './App';

/** The provenance of each scenario of a run; a summary whose scenario lists changes is marked edited. */
export function resultProvenance(r: RunResult, date: Date = new Date()): Provenance[] {
  return r.summaries.map((s) => provenanceOf(s, { date }));
}

/** The line under the charts and at the top of the CSVs, in the page's language. */
export function resultProvenanceLine(r: RunResult, lang: Lang, slot: number | null = null): string {
  const all = resultProvenance(r);
  return provenanceLine(slot === null ? all : [all[slot]!], lang);
}

/** A CSV of the page with its provenance line first. */
export function csvForExport(csv: string, r: RunResult, lang: Lang, slot: number | null = null): string {
  return csvWithProvenance(csv, slot === null ? resultProvenance(r) : [resultProvenance(r)[slot]!], lang);
}

/** A chart's SVG with its provenance footer. */
export function svgForExport(svg: string, r: RunResult, lang: Lang, slot: number | null = null): string {
  return svgWithFooter(svg, resultProvenanceLine(r, lang, slot));
}

/** The scenarios of a run in a file name: `hangzhou-2024` or `hangzhou-2024-vs-zhejiang-2025`. */
export function fileStem(r: RunResult): string {
  return r.summaries.map((s) => s.scenario.id).join('-vs-').replace(/[^\w.\-\u4e00-\u9fff]+/g, '_');
}

/**
 * A PNG of a drawn chart (a canvas from vega's toCanvas) with the provenance line drawn under it in the page's font,
 * as a data URL.
 */
export function pngWithFooter(chart: HTMLCanvasElement, line: string, scale: number, font: string): string {
  const size = 10 * scale;
  const pad = 6 * scale;
  const probe = document.createElement('canvas').getContext('2d')!;
  probe.font = `${size}px ${font}`;
  const lines = wrapToWidth(line, chart.width - 2 * pad, (s) => probe.measureText(s).width);
  const extra = pad + lines.length * 14 * scale + pad;
  const out = document.createElement('canvas');
  out.width = chart.width;
  out.height = chart.height + extra;
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = 'white';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(chart, 0, 0);
  ctx.fillStyle = '#555';
  ctx.font = `${size}px ${font}`;
  ctx.textBaseline = 'alphabetic';
  lines.forEach((l, i) => ctx.fillText(l, pad, chart.height + pad + (i + 1) * 14 * scale - 3 * scale));
  return out.toDataURL('image/png');
}

/** Breaks a line at ` · ` or spaces so each piece fits `max` pixels. */
function wrapToWidth(line: string, max: number, measure: (s: string) => number): string[] {
  const words = line.split(/(?<= · )|(?<= )/);
  const out: string[] = [];
  let cur = '';
  for (const w of words) {
    if (cur && measure(cur + w) > max) {
      out.push(cur.trimEnd());
      cur = w;
    } else cur += w;
  }
  if (cur) out.push(cur.trimEnd());
  return out;
}
