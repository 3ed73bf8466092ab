/**
 * What every chart builder shares: picking the year, naming scenarios, money in the chart unit (万元 in
 * Chinese, million yuan in English), the common config (fonts that carry Chinese) and a title with subtitle
 * lines.
 */
import type { Lang } from '../i18n/Bilingual';
import { fenPerUnit, unitName } from '../figures/moneyInUnit';
import type { TierCap } from '../scenario/tierCaps';
import type { Summary, YearSummary } from '../stats/Summary';
import { schemeInForce } from '../stats/schemeInForce';
import { chartLabels as L } from '../i18n/chartLabels';
import { chartTextWords, monthAxisWords } from '../i18n/chartWords';
import { estimateTextWidth } from './estimateTextWidth';

/** Options every chart builder takes. */
export interface ChartOptions {
  /** The simulated year to draw; the first year by default. */
  year?: number;
  /** Width of one panel in pixels. */
  width?: number;
  /**
   * The yearly cap per firm of each tier (src/scenario tierCaps), per summary drawn: the grant chart draws it as a
   * line, and tiers without a cap say so instead of "0% reach the cap". Absent: nothing is said of caps.
   */
  tierCaps?: ReadonlyArray<ReadonlyMap<string, TierCap> | undefined>;
}

/** A summary with the year drawn and the name it goes by in legends. */
export interface ChartInput {
  summary: Summary;
  year: YearSummary;
  name: string;
}

/**
 * Normalises one summary or several (a comparison) to the year drawn.
 * @throws Error when no summary is given or one lacks the year
 */
export function chartInputs(input: Summary | readonly Summary[], lang: Lang, opts: ChartOptions = {}): ChartInput[] {
  const list = (Array.isArray(input) ? (input as readonly Summary[]) : [input as Summary]).map(withoutLineSeparators);
  if (list.length === 0) throw new Error('a chart needs at least one summary');
  const wanted = opts.year ?? list[0]!.years[0]!.year;
  const names = list.map((s) => s.scenario.title[lang] || s.scenario.id);
  // Two scenarios with the same title would share a colour: tell them apart by id.
  const unique = names.map((n, i) => (names.indexOf(n) === i ? n : `${n} (${list[i]!.scenario.id})`));
  return list.map((summary, i) => {
    const year = summary.years.find((y) => y.year === wanted);
    if (!year) throw new Error(`summary ${summary.scenario.id} has no year ${wanted}`);
    return { summary, year, name: unique[i]! };
  });
}

/**
 * The summary with U+2028 and U+2029 in its texts (labels, titles) turned into line feeds, for charts only.
 * Vega-Lite writes a sort order into an expression with a JSON that leaves these two characters raw, and Vega's
 * expression parser ends a string at them ("Unexpected token ILLEGAL"), so a tier label holding one stopped every
 * chart of its tiers. A line feed is escaped there, and an SVG shows either as a break between words. The summary
 * itself (summary.json, CSV, text, HTML, Markdown) keeps the characters as written.
 */
function withoutLineSeparators(summary: Summary): Summary {
  const json = JSON.stringify(summary);
  if (!/[\u2028\u2029]/.test(json)) return summary;
  return JSON.parse(json.replace(/[\u2028\u2029]/g, '\\n')) as Summary;
}

/** Money in the chart unit, to 4 decimals (a drawing value, never a money figure). */
export function toUnit(fen: number, lang: Lang): number {
  return Math.round((fen / fenPerUnit(lang)) * 10_000) / 10_000;
}

/** An axis title with its unit: `累计支付（万元）`, `Cumulative paid (million yuan)`. */
export function moneyAxis(title: string, lang: Lang): string {
  return chartTextWords.titleInUnit(title, unitName(lang))[lang];
}

/**
 * A title with subtitle lines (empty lines dropped), each wrapped to the chart's width (`width`, the plot's, and
 * the y axis). Vega-Lite breaks a title only between the lines it is given, so the lines are cut here, measured
 * with estimateTextWidth: near the width in a browser (real fonts) and in Node (renderSvg lays text out with the
 * same estimate).
 */
export function chartTitle(text: string, subtitle: ReadonlyArray<string | null | undefined>, width = 560) {
  const measure = (s: string) => estimateTextWidth(s, SUBTITLE_FONT_SIZE);
  // The title starts at the left of the y axis, so it has the plot's width and the axis labels' (≥ 24 px).
  const lines = subtitle.filter((s): s is string => !!s).flatMap((s) => balancedWrap(s, width + Y_AXIS_ROOM, measure));
  return { text, subtitle: lines, anchor: 'start' as const, subtitleColor: '#444', subtitleFontSize: SUBTITLE_FONT_SIZE, offset: 10 };
}

const SUBTITLE_FONT_SIZE = 12;
const Y_AXIS_ROOM = 24;

/**
 * wrapLine with more even lines: the narrowest width down to 70% of `maxWidth` that needs no more lines, so a
 * sentence that spills over does not end on a lone word, while the lines still use most of the width.
 */
function balancedWrap(line: string, maxWidth: number, measure: (s: string) => number): string[] {
  const lines = wrapLine(line, maxWidth, measure);
  if (lines.length < 2) return lines;
  let lo = maxWidth * 0.7;
  let hi = maxWidth;
  let best = lines;
  for (let i = 0; i < 12 && hi - lo > 2; i++) {
    const mid = (lo + hi) / 2;
    const tryLines = wrapLine(line, mid, measure);
    if (tryLines.length <= lines.length && tryLines.every((l) => measure(l) <= mid)) {
      best = tryLines;
      hi = mid;
    } else lo = mid;
  }
  return best;
}

/** Whether a line may break between `c` and `next`, and how good a place it is (lower is better). */
function breakRank(c: string, next: string): number | null {
  if (c === ' ' || next === ' ' || /[，。；、：）/]/.test(c)) return 0;
  if (/[\u3400-\u9fff]/.test(c) && /[\u3400-\u9fff（]/.test(next)) return 1;
  if (c === '-' && /[A-Za-z]/.test(next)) return 2;
  return null;
}

/**
 * Breaks a line into pieces no wider than `maxWidth` as `measure` counts (characters by default): after a space,
 * a slash or CJK punctuation when that fills the line at least half, else inside a run of CJK text, else after a hyphen
 * ("foundation-|model"), else at the last space that fits; a word wider than the limit stays whole.
 * @example wrapLine('aaa bbb ccc', 7) // ['aaa bbb', 'ccc']
 * @example wrapLine('Median grant per firm: micro 12万元', 300, (s) => estimateTextWidth(s, 12)) // one line (≈ 220 px)
 */
export function wrapLine(line: string, maxWidth: number, measure: (s: string) => number = (s) => Array.from(s).length): string[] {
  const out: string[] = [];
  let rest = line.trim();
  while (rest && measure(rest) > maxWidth) {
    const chars = Array.from(rest);
    let fit = 0;
    while (fit < chars.length && measure(chars.slice(0, fit + 1).join('')) <= maxWidth) fit++;
    const best: Array<number | null> = [null, null, null];
    for (let i = fit; i > 0; i--) {
      const r = breakRank(chars[i - 1]!, chars[i] ?? '');
      if (r !== null && best[r] === null) best[r] = i;
    }
    const [space = null, cjk = null, hyphen = null] = best;
    const full = (i: number) => measure(chars.slice(0, i).join('').trimEnd()) >= 0.5 * maxWidth;
    let cut: number | null = space !== null && full(space) ? space : cjk ?? hyphen ?? space;
    if (cut === null || cut <= 0) {
      const next = chars.indexOf(' ', fit);
      if (next < 0) break;
      cut = next + 1;
    }
    out.push(chars.slice(0, cut).join('').trimEnd());
    rest = chars.slice(cut).join('').trimStart();
  }
  if (rest) out.push(rest);
  return out;
}

/**
 * An axis `labelExpr` that writes each category label on as many lines as it needs to fit `bandWidth` pixels
 * (the space between neighbouring labels) at `fontSize`: "foundation-model firms" → "foundation-" / "model firms",
 * "基础大模型企业" → "基础大模型" / "企业". Labels that fit stay on one line.
 * @example bandLabelExpr(['micro', 'foundation-model firms'], 60) // '({"foundation-model firms":["foundation-","model firms"]})[datum.label] || datum.label'
 */
export function bandLabelExpr(labels: readonly string[], bandWidth: number, fontSize = 11): string {
  const measure = (s: string) => estimateTextWidth(s, fontSize);
  const room = Math.max(bandWidth - 6, 3 * fontSize);
  const map: Record<string, string[]> = {};
  for (const l of labels) {
    const lines = wrapLine(l, room, measure);
    if (lines.length > 1) map[l] = lines;
  }
  // JSON is not quite an expression: Vega's parser ends a string at U+2028/U+2029, which JSON leaves raw
  const literal = JSON.stringify(map).replaceAll('\u2028', '\\u2028').replaceAll('\u2029', '\\u2029');
  return Object.keys(map).length === 0 ? 'datum.label' : `(${literal})[datum.label] || datum.label`;
}

/**
 * The shared config: fonts that carry Chinese, no outer frame on views, and y-axis titles written horizontally
 * above the axis (read without turning the head, and a long title cannot stretch a short panel).
 */
export function chartConfig(lang: Lang) {
  const font = lang === 'zh' ? 'PingFang SC, Microsoft YaHei, Noto Sans CJK SC, sans-serif' : 'Helvetica, Arial, sans-serif';
  return {
    font,
    view: { stroke: null },
    axis: { labelFontSize: 11, titleFontSize: 12 },
    axisY: { titleAngle: 0, titleAlign: 'left' as const, titleAnchor: 'end' as const, titleBaseline: 'bottom' as const, titleX: 0, titleY: -8 },
  };
}

/**
 * A legend above the plot, clear of the y-axis title written above the axis (Vega places a top legend from the plot,
 * not from that title), with symbols drawn opaque even where the marks are light bands.
 */
export function topLegend(title: string) {
  return { title, orient: 'top' as const, labelLimit: 400, offset: 26, symbolOpacity: 1 };
}

/** Month axis label expression: `1月` or `Jan`. */
export function monthLabelExpr(lang: Lang): string {
  return monthAxisWords.monthLabelExpr[lang];
}

/** D3 time format of a date axis, in UTC: `%-m月` / `%b`. */
export function dateFormat(lang: Lang): string {
  return monthAxisWords.dateFormat[lang];
}

/** A subtitle line for one scenario in a comparison: "name: sentence". */
export function prefixed(inputs: readonly ChartInput[], i: number, sentence: string | null | undefined, lang: Lang): string | null {
  if (!sentence) return null;
  return inputs.length > 1 ? chartTextWords.prefixed(inputs[i]!.name, sentence)[lang] : sentence;
}

/**
 * "Not in force in 2024: Zhejiang compute voucher, Zhejiang corpus voucher": a subtitle line for each input whose
 * year has schemes outside their validity window (pool 0, no request), which the pool charts leave out.
 */
export function notInForceLines(inputs: readonly ChartInput[], lang: Lang): Array<string | null> {
  return inputs.map(({ year }, i) => {
    const names = year.schemes.filter((s) => !schemeInForce(s)).map((s) => s.label[lang]);
    if (names.length === 0) return null;
    const line = L.notInForce[lang].replace('{year}', String(year.year)).replace('{names}', names.join(chartTextWords.listSep[lang]));
    return prefixed(inputs, i, line, lang);
  });
}

/** The title of one panel of a vconcat chart: bold, at the left edge of the plot (aligned with the y-axis title). */
export function panelTitle(text: string) {
  return { text, anchor: 'start' as const, frame: 'group' as const, fontSize: 12, fontWeight: 'bold' as const, offset: 4 };
}
