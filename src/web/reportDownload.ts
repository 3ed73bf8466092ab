/**
 * "Download report": the same self-contained HTML report as `quansim report` (src/report: buildReport and
 * reportHtml), built in the browser for the scenarios on screen. The charts are rendered by Vega here (the
 * browser measures text itself, so the Node-only font metrics are not needed; vega-embed's expression
 * interpreter, as the page's charts, since the page's content security policy forbids eval), and the @font-face rules carry the
 * page's own Noto Sans SC parts that the report's text needs, as data: URLs, so the file draws offline.
 */
import { buildReport, type ReportSubject } from '../report/buildReport';
import { documentCharts } from '../report/ReportDocument';
import { FONT_FAMILY } from '../report/fontFamily';
import { reportHtml } from '../report/reportHtml';
import embed from 'vega-embed';
import type { TopLevelSpec } from 'vega-lite';
import type { RunResult } from './App';
import type { Lang } from '../i18n/Bilingual';

/** The report's HTML for a finished run of the page (the first scenario the baseline, as in `quansim report`). */
export async function pageReportHtml(r: RunResult, lang: Lang, commands: { run: string; report: string }): Promise<string> {
  const subjects: ReportSubject[] = r.summaries.map((summary, k) => ({ summary, perRun: r.perRun[k] ?? null, origin: 'run', file: r.slots[k]?.file ?? summary.scenario.file }));
  const doc = buildReport({
    subjects, lang, dataFiles: [],
    reportCommand: commands.report,
    runCommand: commands.run,
  });
  const svgs = new Map<string, string>();
  for (const c of documentCharts(doc)) svgs.set(c.file, await chartSvg(c.spec));
  let wanted = { regular: '', bold: '' };
  reportHtml(doc, svgs, (regular, bold) => {
    wanted = { regular, bold };
    return '';
  });
  const css = await fontCss(wanted.regular, wanted.bold);
  return reportHtml(doc, svgs, () => css);
}

/** The page's @font-face parts of Noto Sans SC that `regular` and `bold` text need, embedded as data: URLs. */
async function fontCss(regular: string, bold: string): Promise<string> {
  const out: string[] = [];
  for (const sheet of [...document.styleSheets]) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue;
    }
    for (const rule of [...rules]) {
      if (!(rule instanceof CSSFontFaceRule)) continue;
      const st = rule.style;
      if (!st.getPropertyValue('font-family').includes(FONT_FAMILY)) continue;
      const weight = st.getPropertyValue('font-weight').trim() || '400';
      const text = weight === '700' ? bold : weight === '400' ? regular : '';
      const range = st.getPropertyValue('unicode-range');
      if (text === '' || !coversAny(range, text)) continue;
      const url = /url\(["']?([^"')]+\.woff2)["']?\)/.exec(st.getPropertyValue('src'))?.[1];
      if (!url) continue;
      const bytes = new Uint8Array(await (await fetch(new URL(url, sheet.href ?? location.href))).arrayBuffer());
      let bin = '';
      for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      out.push(`@font-face{font-family:'${FONT_FAMILY}';font-style:normal;font-weight:${weight};font-display:block;src:url(data:font/woff2;base64,${btoa(bin)}) format('woff2');unicode-range:${range};}`);
    }
  }
  return out.join('\n');
}

/** True when some character of `text` falls in a CSS unicode-range ("U+4e00-4e3f, U+20"). */
function coversAny(range: string, text: string): boolean {
  const spans = range.split(',').map((p) => {
    const [a, b] = p.trim().replace(/^U\+/i, '').split('-');
    const lo = parseInt(a ?? '', 16);
    return [lo, b ? parseInt(b, 16) : lo] as const;
  });
  for (const ch of new Set(text)) {
    const c = ch.codePointAt(0)!;
    if (spans.some(([lo, hi]) => c >= lo && c <= hi)) return true;
  }
  return false;
}

/** A chart's SVG as the report embeds it, rendered off screen with the page's Vega options. */
async function chartSvg(spec: TopLevelSpec): Promise<string> {
  const box = document.createElement('div');
  box.style.cssText = 'position:absolute;left:-10000px;top:0';
  document.body.append(box);
  try {
    const result = await embed(box, spec, { renderer: 'svg', actions: false, ast: true });
    try {
      return await result.view.toSVG();
    } finally {
      result.finalize();
    }
  } finally {
    box.remove();
  }
}
