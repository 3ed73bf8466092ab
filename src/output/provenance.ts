/**
 * Where an exported figure comes from, in one line every chart image and every CSV carries: the scenario and
 * whether it was edited, runs, seed, quansim version, the date the file was made, and "population: illustrative"
 * when the firms are an assumption. The page fills `edited` when the form changed the scenario (see the page's
 * baseline); the CLI's scenarios are as written (not edited).
 */
import pkg from '../../package.json';
import type { Bilingual, Lang } from '../i18n/Bilingual';
import { reportLabels as L } from '../i18n/reportLabels';
import type { Summary } from '../stats/Summary';

/** The version of quansim running now (package.json). */
export const QUANSIM_VERSION: string = pkg.version;

/** The facts of the provenance line. */
export interface Provenance {
  /** The scenario's title, both languages. */
  scenario: Bilingual;
  /** The scenario's id (kept for file names and machines; the line shows the title). */
  scenarioId: string;
  /** Whether the scenario on screen differs from its file (an edit in the page's form). */
  edited: boolean;
  runs: number;
  seed: string;
  /** quansim's version (package.json) that computed the figures. */
  version: string;
  /** The day the file was made, `YYYY-MM-DD` (UTC). */
  date: string;
  /**
   * Whether the applicant firms are an illustrative assumption rather than data. Every population quansim ships is
   * (the documents publish no uptake data), so this is true unless a caller knows better.
   */
  illustrativePopulation: boolean;
}

/** What a caller may say beyond the summary. */
export interface ProvenanceOptions {
  edited?: boolean;
  /** Defaults to today (UTC). */
  date?: string | Date;
  illustrativePopulation?: boolean;
}

/**
 * The provenance of figures computed from `summary`.
 * @example provenanceOf(summary, { date: '2026-12-05' }).edited // false
 */
export function provenanceOf(summary: Summary, opts: ProvenanceOptions = {}): Provenance {
  const d = opts.date ?? new Date();
  return {
    scenario: summary.scenario.title,
    scenarioId: summary.scenario.id,
    edited: opts.edited ?? (summary.scenario.changes?.length ?? 0) > 0,
    runs: summary.runs,
    seed: summary.seed,
    version: summary.quansim,
    date: typeof d === 'string' ? d : d.toISOString().slice(0, 10),
    illustrativePopulation: opts.illustrativePopulation ?? true,
  };
}

/**
 * The provenance of an analysis (sensitivity, sweep) that has no summary: its scenario id, runs and seed, and the
 * quansim running now.
 */
export function analysisProvenance(a: { scenario: string; title?: Bilingual; runs: number; seed: string }, opts: ProvenanceOptions = {}): Provenance {
  const d = opts.date ?? new Date();
  return {
    scenario: a.title ?? { zh: a.scenario, en: a.scenario },
    scenarioId: a.scenario,
    edited: opts.edited ?? false,
    runs: a.runs,
    seed: a.seed,
    version: QUANSIM_VERSION,
    date: typeof d === 'string' ? d : d.toISOString().slice(0, 10),
    illustrativePopulation: opts.illustrativePopulation ?? true,
  };
}

/**
 * The line itself, in `lang`:
 * `情景：杭州2024算力券（已修改）· 1,000次模拟 · 种子 quansim · quansim 0.1.0 · 2026-12-05 · 申请企业：示意性假设`,
 * `Scenario: Hangzhou 2024 compute voucher (edited) · 1,000 runs · seed quansim · quansim 0.1.0 · 2026-12-05 · population: illustrative`.
 * A provenance of several scenarios (a comparison) joins their names with ` vs `.
 */
export function provenanceLine(p: Provenance | readonly Provenance[], lang: Lang): string {
  const list = Array.isArray(p) ? (p as readonly Provenance[]) : [p as Provenance];
  const first = list[0];
  if (!first) throw new Error('a provenance line needs at least one scenario');
  const w = (k: keyof typeof L, x = '') => L[k][lang].replace('{x}', () => x);
  const mark = w('edited');
  // An edited scenario's title already ends with the mark (editedScenario): it is said once.
  const name = (x: Provenance) => {
    const title = x.scenario[lang] || x.scenarioId;
    return x.edited && !title.endsWith(mark) ? `${title}${mark}` : title;
  };
  const runs = new Intl.NumberFormat('en-US').format(first.runs);
  const parts = [
    `${w('provenanceScenario')}${list.map(name).join(w('provenanceVs'))}`,
    w('provenanceRuns', runs),
    w('provenanceSeed', first.seed),
    `quansim ${first.version}`,
    first.date,
  ];
  if (list.some((x) => x.illustrativePopulation)) parts.push(w('illustrativePopulation'));
  return parts.join(' · ');
}

/**
 * A CSV with the provenance as its first line, a comment (`# …`): spreadsheets show it as a first row, and
 * readers skip it with their comment option (papaparse `comments: '#'`, pandas `comment='#'`).
 */
export function csvWithProvenance(csv: string, p: Provenance | readonly Provenance[], lang: Lang): string {
  return `# ${provenanceLine(p, lang)}\r\n${csv}`;
}

/** `csvWithProvenance` for a CSV written in parts (streamed): the provenance comment line, then the parts. */
export function* csvPartsWithProvenance(parts: Iterable<string>, p: Provenance | readonly Provenance[], lang: Lang): Generator<string> {
  yield `# ${provenanceLine(p, lang)}\r\n`;
  yield* parts;
}
