/**
 * What every chart builder shares: picking the year, naming scenarios, money in the chart unit (万元 in
 * Chinese, million yuan in English), the common config (fonts that carry Chinese) and a title with subtitle
 * lines.
 */
import type { Lang } from '../i18n/Bilingual';
import { fenPerUnit, unitName } from '../output/moneyInUnit';
import type { Summary, YearSummary } from '../stats/Summary';

/** Options every chart builder takes. */
export interface ChartOptions {
  /** The simulated year to draw; the first year by default. */
  year?: number;
  /** Width of one panel in pixels. */
  width?: number;
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
  const list = Array.isArray(input) ? (input as readonly Summary[]) : [input as Summary];
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

/** Money in the chart unit, to 4 decimals (a drawing value, never a money figure). */
export function toUnit(fen: number, lang: Lang): number {
  return Math.round((fen / fenPerUnit(lang)) * 10_000) / 10_000;
}

/** An axis title with its unit: `累计支付（万元）`, `Cumulative paid (million yuan)`. */
export function moneyAxis(title: string, lang: Lang): string {
  return lang === 'zh' ? `${title}（${unitName(lang)}）` : `${title} (${unitName(lang)})`;
}

/**
 * A title with subtitle lines (empty lines dropped), each wrapped to about `width` pixels: Vega renders a line as
 * one piece and, without a canvas to measure fonts (SVG in Node), estimates 0.8 em per character, so long
 * sentences would widen the whole picture.
 */
export function chartTitle(text: string, subtitle: ReadonlyArray<string | null | undefined>, width = 560) {
  const maxChars = Math.max(20, Math.floor(width / (0.8 * SUBTITLE_FONT_SIZE)));
  const lines = subtitle.filter((s): s is string => !!s).flatMap((s) => wrapLine(s, maxChars));
  return { text, subtitle: lines, anchor: 'start' as const, subtitleColor: '#444', subtitleFontSize: SUBTITLE_FONT_SIZE };
}

const SUBTITLE_FONT_SIZE = 12;

/**
 * Breaks a line into pieces of at most `maxChars` characters: after a space, or after CJK punctuation, or
 * anywhere inside a run of CJK text; a word longer than the limit stays whole.
 * @example wrapLine('aaa bbb ccc', 7) // ['aaa bbb', 'ccc']
 */
export function wrapLine(line: string, maxChars: number): string[] {
  const out: string[] = [];
  let rest = line;
  while (Array.from(rest).length > maxChars) {
    const chars = Array.from(rest);
    let cut = -1;
    for (let i = maxChars; i > 0; i--) {
      const c = chars[i - 1]!;
      const next = chars[i] ?? '';
      if (c === ' ' || next === ' ' || /[，。；、：）]/.test(c) || (/[\u3400-\u9fff]/.test(c) && /[\u3400-\u9fff（]/.test(next))) {
        cut = i;
        break;
      }
    }
    if (cut <= 0) {
      const space = chars.indexOf(' ', maxChars);
      if (space < 0) break;
      cut = space + 1;
    }
    out.push(chars.slice(0, cut).join('').trimEnd());
    rest = chars.slice(cut).join('').trimStart();
  }
  if (rest) out.push(rest);
  return out;
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

/** Month axis label expression: `1月` or `Jan`. */
export function monthLabelExpr(lang: Lang): string {
  return lang === 'zh'
    ? "datum.value + '月'"
    : "['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][datum.value - 1]";
}

/** D3 time format of a date axis, in UTC: `%-m月` / `%b`. */
export function dateFormat(lang: Lang): string {
  return lang === 'zh' ? '%-m月' : '%b';
}

/** A subtitle line for one scenario in a comparison: "name: sentence". */
export function prefixed(inputs: readonly ChartInput[], i: number, sentence: string | null | undefined, lang: Lang): string | null {
  if (!sentence) return null;
  return inputs.length > 1 ? `${inputs[i]!.name}${lang === 'zh' ? '：' : ': '}${sentence}` : sentence;
}
