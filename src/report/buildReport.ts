/**
 * The report of one scenario, or of several compared, as a structured document:
 *
 *   ReportSubject[] (summary + per-run values when run now), ReportAnalyses (results of src/analysis)
 *     ─▶ headlines (src/stats/headlines) · Monte Carlo precision (the summary's errors) · comparison
 *        (src/output/compareTable, paired) · sensitivity, goal seek, sweep (when asked) · charts (src/charts)
 *        · tables (summary) · assumptions and citations (summary.sources) · methods · commands
 *     ─▶ ReportDocument ─▶ reportMarkdown / reportHtml, and the SVG, PNG and CSV files (writeReport)
 *
 * Pure: no I/O. Every figure is read from the summaries; citations are never invented: a summary without
 * `sources` says so and names only the policy files it records.
 */
import { messages } from '../i18n/messages';
import { outputWords } from '../i18n/outputWords';
import { methodText } from './methodText';
import { analysisLabels } from '../i18n/analysisLabels';
import { formatTarget } from '../analysis/formatTarget';
import type { Lang } from '../i18n/Bilingual';
import type { PerRunHeadlines } from '../output/perRunHeadlines';
import type { Summary } from '../stats/Summary';
import { compareTables } from './compareTables';
import { precisionBlocks } from './precisionBlocks';
import type { ReportAnalyses } from './ReportAnalyses';
import { reportCharts } from './reportCharts';
import type { ReportBlock, ReportDocument, ReportSection } from './ReportDocument';
import { reportHeadlines } from './reportHeadlines';
import type { ReportTable } from './ReportTable';
import { firstYearPoolWords, mechanismWords, periodWords, reportWords as W } from '../i18n/reportWords';
import { sensitivityBlocks } from './sensitivityBlocks';
import { solveBlocks } from './solveBlocks';
import { sourceTables } from './sourceTables';
import { summaryTables } from './summaryTables';
import { sweepBlocks } from './sweepBlocks';

/** One scenario of a report. */
export interface ReportSubject {
  summary: Summary;
  /** Per-run headline values by year when the scenario was run for this report (paired differences); null from a summary.json. */
  perRun: PerRunHeadlines[] | null;
  /** `run`: simulated for this report; `summary`: read from a summary.json. */
  origin: 'run' | 'summary';
  /** The file named on the command line. */
  file: string;
}

export interface ReportRequest {
  /** The scenarios, the first being the baseline of a comparison. */
  subjects: readonly ReportSubject[];
  lang: Lang;
  /** The command that makes this report again. */
  reportCommand: string;
  /** The command that reproduces the figures from the scenario files, or null when they are unknown. */
  runCommand: string | null;
  /** Data files written beside the report (besides the tables' CSVs), by name. */
  dataFiles: readonly string[];
  /** Width of one chart panel in pixels (the builders' default when absent). */
  chartWidth?: number;
  /** Analyses of the baseline scenario, each a section after the comparison. */
  analyses?: ReportAnalyses;
}

/** The sections of the analyses of the baseline (sensitivity, goal seek, sweep) the request carries. */
function analysisSections(req: ReportRequest, colon: string): Array<{ title: string; anchor: string; blocks: ReportBlock[] }> {
  const { lang } = req;
  const base = req.subjects[0]!;
  const t = (k: keyof typeof W) => W[k][lang];
  const out: Array<{ title: string; anchor: string; blocks: ReportBlock[] }> = [];
  const a = req.analyses ?? {};
  const label = (year: number, id: string) => base.summary.years.find((y) => y.year === year)?.schemes.find((x) => x.id === id)?.label ?? null;
  if (a.sensitivity) {
    const r = a.sensitivity.result;
    out.push({ title: t('sensitivity'), anchor: 'sensitivity', blocks: sensitivityBlocks(a.sensitivity, lang, label(r.year, r.scheme), req.chartWidth) });
  }
  if (a.solve) {
    const r = a.solve.result;
    out.push({ title: `${t('solve')}${colon}${formatTarget(r.target, lang)}`, anchor: 'solve', blocks: solveBlocks(a.solve, lang, label(r.year, r.scheme)) });
  }
  if (a.sweep) {
    const r = a.sweep.result;
    out.push({ title: `${t('sweep')}${colon}${analysisLabels[r.x.variable][lang]} × ${analysisLabels[r.y.variable][lang]}`, anchor: 'sweep', blocks: sweepBlocks(a.sweep, lang, label(r.year, r.scheme), req.chartWidth) });
  }
  return out;
}

/**
 * @throws Error when no subject is given
 */
export function buildReport(req: ReportRequest): ReportDocument {
  const { subjects, lang } = req;
  const base = subjects[0];
  if (!base) throw new Error('a report needs at least one scenario');
  const t = (k: keyof typeof W) => W[k][lang];
  const names = subjectNames(subjects.map((s) => s.summary), lang);
  const compare = subjects.length > 1;
  const colon = outputWords.labelColon[lang];
  const sections: ReportSection[] = [];
  const section = (level: 2 | 3, title: string, anchor: string, blocks: ReportBlock[]) => sections.push({ level, title, anchor, blocks });
  const prefix = (k: number) => (k === 0 ? '' : `${k + 1}-${subjects[k]!.summary.scenario.id}-`);
  // a section with each subject's blocks: under one heading per scenario when comparing, else in the section itself
  const perSubject = (title: string, anchor: string, blocksOf: (s: ReportSubject, k: number) => ReportBlock[]) => {
    section(2, title, anchor, []);
    subjects.forEach((s, k) => {
      const blocks = blocksOf(s, k);
      if (compare) section(3, names[k]!, `${anchor}-${k + 1}`, blocks);
      else sections[sections.length - 1]!.blocks.push(...blocks);
    });
  };

  // Headlines
  section(2, t('headlines'), 'headlines', []);
  subjects.forEach((s, k) => {
    const years = reportHeadlines(s.summary, lang);
    if (compare) {
      const items = years.flatMap((y) => y.lines.map((l) => (years.length > 1 ? `${y.year}${colon}${l}` : l)));
      section(3, names[k]!, `headlines-${k + 1}`, [{ kind: 'list', items }]);
    } else if (years.length === 1) {
      sections[sections.length - 1]!.blocks.push({ kind: 'list', items: years[0]!.lines });
    } else {
      for (const y of years) section(3, `${t('year')} ${y.year}`, `headlines-${y.year}`, [{ kind: 'list', items: y.lines }]);
    }
  });

  // Monte Carlo precision of the headline figures
  perSubject(t('precision'), 'precision', (s, k) => precisionBlocks(s.summary, lang, prefix(k)));

  // Comparison
  if (compare) {
    const paired = subjects.every((s) => s.perRun !== null) ? subjects.map((s) => s.perRun!) : undefined;
    section(2, t('comparison'), 'comparison', [
      { kind: 'paragraph', text: `${t('baseline')}${colon}${names[0]!} (${base.summary.scenario.id})` },
      ...compareTables(subjects.map((s) => s.summary), lang, paired).map((table): ReportBlock => ({ kind: 'table', table })),
    ]);
  }

  // Analyses of the baseline
  for (const x of analysisSections(req, colon)) section(2, x.title, x.anchor, x.blocks);

  // Charts
  const charts = reportCharts(subjects.map((s) => s.summary), lang, req.chartWidth);
  const chartYears = [...new Set(charts.map((c) => c.year))];
  section(2, t('charts'), 'charts', []);
  for (const year of chartYears) {
    const blocks: ReportBlock[] = charts.filter((c) => c.year === year).map((chart) => ({ kind: 'chart', chart }));
    if (chartYears.length === 1) sections[sections.length - 1]!.blocks.push(...blocks);
    else section(3, `${t('year')} ${year}`, `charts-${year}`, blocks);
  }

  // Tables, assumptions, citations
  perSubject(t('tables'), 'tables', (s, k) => summaryTables(s.summary, lang, prefix(k)).map((table): ReportBlock => ({ kind: 'table', table })));

  perSubject(t('assumptions'), 'assumptions', (s, k) => assumptionBlocks(s.summary, lang, prefix(k)));
  perSubject(t('citations'), 'citations', (s, k) => {
    const same = subjects.findIndex((o, j) => j < k && o.summary.sources && s.summary.sources && sameCitations(o.summary, s.summary));
    return same >= 0
      ? [{ kind: 'paragraph', text: `${t('sameSourcesAs')}${lang === 'zh' ? '' : ' '}${names[same]!}` }]
      : citationBlocks(s.summary, lang, prefix(k));
  });

  // Methods, commands, files
  const m = base.summary.methods;
  section(2, t('methods'), 'methods', [{ kind: 'list', items: [m.quantile, m.rounding, m.histogram, m.means, ...(m.monteCarlo ? [m.monteCarlo] : [])].map((x) => methodText(x, lang)) }]);
  section(2, t('reproduce'), 'reproduce', [
    { kind: 'paragraph', text: t('reproduceReport') },
    { kind: 'code', text: req.reportCommand },
    ...(req.runCommand ? ([{ kind: 'paragraph', text: t('reproduceRun') }, { kind: 'code', text: req.runCommand }] as ReportBlock[]) : []),
  ]);
  const tableFiles = sections.flatMap((x) => x.blocks.flatMap((b) => (b.kind === 'table' ? [tableFile(b.table)] : [])));
  section(2, t('files'), 'files', [{ kind: 'paragraph', text: t('filesIntro') }, { kind: 'list', items: [...req.dataFiles, ...tableFiles] }]);

  const meta = [
    `${t('seed')}${colon}${base.summary.seed} · ${t('runs')}${colon}${base.summary.runs} · ${t('years')}${colon}${base.summary.years.map((y) => y.year).join(', ')}`,
    subjects.some((s) => s.origin === 'summary') ? t('fromSummary') : t('fromScenario'),
    `${t('generatedBy')}${colon}quansim ${base.summary.quansim}`,
  ];
  return {
    lang,
    title: compare ? `${t('comparison')}${colon}${names.join(' / ')}` : `${names[0]!} · ${t('reportOf')}`,
    subtitle: `${t('question')}${colon}${base.summary.scenario.question[lang]}`,
    meta,
    sections,
  };
}

/** The file name of a table's CSV. */
export function tableFile(table: ReportTable): string {
  return `table-${table.id}.csv`;
}

/** Names in legends and headings: the title, or `title (id)` when two scenarios share a title (as the charts do). */
function subjectNames(summaries: readonly Summary[], lang: Lang): string[] {
  const names = summaries.map((s) => s.scenario.title[lang] || s.scenario.id);
  return names.map((n, i) => (names.indexOf(n) === i ? n : `${n} (${summaries[i]!.scenario.id})`));
}

function assumptionBlocks(summary: Summary, lang: Lang, prefix: string): ReportBlock[] {
  const t = (k: keyof typeof W) => W[k][lang];
  const colon = outputWords.labelColon[lang];
  const src = summary.sources;
  const blocks: ReportBlock[] = [];
  if (src) {
    blocks.push({ kind: 'paragraph', text: t('scenarioAssumptions') }, { kind: 'list', items: src.assumptions.map((a) => a[lang]) });
    const notes = src.documents.flatMap((d) => (d.notes ?? []).map((n) => `${n.text[lang]} (${n.reference.doc} ${n.reference.clause})`));
    // several documents: say how their grants combine (src/policy/evaluate.ts)
    if (src.documents.length > 1) notes.unshift(messages.stackingRule()[lang]);
    if (notes.length) blocks.push({ kind: 'paragraph', text: t('documentNotes') }, { kind: 'list', items: notes });
  }
  const a = summary.allocation;
  const batches = a.mechanism !== 'fcfs-partial' && a.mechanism !== 'fcfs-strict';
  const settings = [
    `${t('scenarioFile')}${colon}${summary.scenario.file}`,
    `${t('policyFiles')}${colon}${summary.scenario.policies.join(', ')}`,
    `${t('mechanism')}${colon}${mechanismWords[a.mechanism]?.[lang] ?? a.mechanism} (${a.mechanism})`,
    ...(batches ? [`${t('period')}${colon}${periodWords[a.period]?.[lang] ?? a.period}`] : []),
    ...(a.priority.length ? [`${t('priority')}${colon}${a.priority.join(', ')}`] : []),
    `${t('fallback')}${colon}${a.fallback ? t('yes') : t('no')}`,
    `${t('firstYearPool')}${colon}${firstYearPoolWords[summary.firstYearPool]?.[lang] ?? summary.firstYearPool}`,
    `${t('unlimitedPools')}${colon}${summary.unlimitedPools.length ? summary.unlimitedPools.join(', ') : t('none')}`,
  ];
  blocks.push({ kind: 'paragraph', text: t('settings') }, { kind: 'list', items: settings });
  if (src) {
    const options = sourceTables(src, lang, prefix).find((x) => x.id === `${prefix}options`);
    if (options) blocks.push({ kind: 'table', table: options });
  } else if (summary.options.length) {
    blocks.push({
      kind: 'table',
      table: {
        id: `${prefix}options`,
        title: t('options'),
        columns: [{ header: t('option'), align: 'left' }, { header: t('setting'), align: 'left' }, { header: t('isDefault'), align: 'left' }],
        rows: summary.options.map((o) => [o.key, o.value, o.isDefault ? t('optionDefault') : t('optionSet')]),
        note: null,
      },
    });
  }
  const file = src?.population.file ?? summary.scenario.population;
  blocks.push({ kind: 'paragraph', text: `${t('population')}${file ? `${colon}${file}` : ''}` });
  if (file === null) blocks.push({ kind: 'paragraph', text: t('populationInline') });
  else if (src) {
    const note = src.population.note;
    // A note written in another language than the report's is not quoted whole (no English paragraph in a Chinese
    // report): the report says where it is and what it says of the firms.
    if (note && lang === 'zh' && !mostlyChinese(note)) blocks.push({ kind: 'paragraph', text: W.populationNoteElsewhere.zh.replace('{file}', file) });
    else blocks.push(note ? { kind: 'quote', text: note } : { kind: 'paragraph', text: t('populationNoNote') });
  }
  return blocks;
}

function citationBlocks(summary: Summary, lang: Lang, prefix: string): ReportBlock[] {
  const src = summary.sources;
  if (!src) {
    return [
      { kind: 'paragraph', text: W.noSources[lang] },
      { kind: 'list', items: summary.scenario.policies },
    ];
  }
  return sourceTables(src, lang, prefix)
    .filter((x) => x.id !== `${prefix}options`)
    .map((table): ReportBlock => ({ kind: 'table', table }));
}

function sameCitations(a: Summary, b: Summary): boolean {
  const key = (s: Summary) => JSON.stringify({ ...s.sources, assumptions: [], population: null });
  return key(a) === key(b);
}

/** Whether at least a third of a text's letters are Chinese characters. */
function mostlyChinese(text: string): boolean {
  const cjk = (text.match(/[\u3400-\u9fff]/g) ?? []).length;
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  return cjk * 3 >= cjk + latin;
}
