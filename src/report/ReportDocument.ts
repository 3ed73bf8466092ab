/**
 * A report as structured content, before it is written as Markdown or HTML: a title, lines under it, and
 * sections of blocks (sentences, lists, tables, charts, code). Both writers walk the same document, so the two
 * files say the same things in the same order.
 */
import type { Lang } from '../i18n/Bilingual';
import type { ReportChart } from './reportCharts';
import type { ReportTable } from './ReportTable';

export type ReportBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; table: ReportTable }
  | { kind: 'chart'; chart: ReportChart }
  | { kind: 'code'; text: string }
  | { kind: 'quote'; text: string };

export interface ReportSection {
  /** 2 for a section, 3 for a part of one. */
  level: 2 | 3;
  title: string;
  /** Unique in the document (HTML id, Markdown link target). */
  anchor: string;
  blocks: ReportBlock[];
}

export interface ReportDocument {
  lang: Lang;
  title: string;
  /** The question the scenario answers. */
  subtitle: string;
  /** Lines under the title: seed, runs, where the figures come from. */
  meta: string[];
  sections: ReportSection[];
}

/** Every chart of the document, in order. */
export function documentCharts(doc: ReportDocument): ReportChart[] {
  return doc.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'chart' ? [b.chart] : [])));
}

/** Every table of the document, in order. */
export function documentTables(doc: ReportDocument): ReportTable[] {
  return doc.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : [])));
}
