import { describe, expect, it } from 'vitest';
import {
  SCHEME_COLORS, budgetExhaustion, colorScale, exhaustionDate, grantPerFirmByTier, paletteColor, renderSvg, subsidyRateByGroup, unmetDemand,
  whoPays,
} from '../../src/charts';
import { bandLabelExpr, chartTitle, wrapLine } from '../../src/charts/chartBase';
import { estimateTextWidth } from '../../src/charts/estimateTextWidth';
import { poolLastsSentence, whoPaysSentence } from '../../src/stats/headlines';
import type { Summary } from '../../src/stats/Summary';
import { goldenSummaries } from './goldenSummaries';

type Rows = Array<Record<string, unknown>>;
const rowsOf = (spec: object): Rows => (spec as { data: { values: Rows } }).data.values;
const colorOf = (spec: object): { domain: string[]; range: string[] } => {
  const text = JSON.stringify(spec);
  const m = /"scale":\{"domain":(\[[^\]]*\]),"range":(\[[^\]]*\])\}/.exec(text);
  if (!m) throw new Error('no colour scale');
  return { domain: JSON.parse(m[1]!) as string[], range: JSON.parse(m[2]!) as string[] };
};

describe('palette', () => {
  it('gives the i-th colour and wraps around', () => {
    expect(paletteColor('scheme', 0)).toBe(SCHEME_COLORS[0]);
    expect(paletteColor('scheme', SCHEME_COLORS.length)).toBe(SCHEME_COLORS[0]);
    expect(colorScale('scenario', ['a', 'b'])).toEqual({ domain: ['a', 'b'], range: [paletteColor('scenario', 0), paletteColor('scenario', 1)] });
  });
});

describe('chart contents', () => {
  const { a, b } = goldenSummaries();
  const y = a.years[0]!;

  it('budgetExhaustion: one row per day and scheme, in 万元 (zh) / million yuan (en), scheme colours in rule-set order', () => {
    const zh = budgetExhaustion(a, 'zh');
    const rows = rowsOf(zh);
    expect(rows).toHaveLength(365 * y.schemes.length);
    const first = y.schemes[0]!;
    const last = rows.find((r) => r.panel === first.label.zh && r.day === 364)!;
    expect(last.p50).toBeCloseTo(first.cumulative[364]!.p50.fen / 1_000_000, 3);
    expect(last.pool).toBeCloseTo(first.pool!.p50.fen / 1_000_000, 3);
    const en = rowsOf(budgetExhaustion(a, 'en')).find((r) => r.day === 364)!;
    expect(en.p50).toBeCloseTo(first.cumulative[364]!.p50.fen / 100_000_000, 3);
    expect(colorOf(zh)).toEqual({ domain: y.schemes.map((s) => s.label.zh), range: y.schemes.map((_, i) => paletteColor('scheme', i)) });
    expect((zh.title as { subtitle: string[] }).subtitle.join('')).toContain(poolLastsSentence(y, 0, 0.9)!.zh.slice(0, 10));
  });

  it('keeps a scheme in the same colour across charts', () => {
    const be = colorOf(budgetExhaustion(a, 'en'));
    const ed = colorOf(exhaustionDate(a, 'en'));
    for (const [i, label] of ed.domain.entries()) expect(ed.range[i]).toBe(be.range[be.domain.indexOf(label)]);
  });

  it('comparisons colour by scenario, baseline first, and tell same-titled scenarios apart', () => {
    const spec = budgetExhaustion([a, b], 'en');
    expect(rowsOf(spec)).toHaveLength(2 * 365 * y.schemes.length);
    expect(colorOf(spec)).toEqual({ domain: [a.scenario.title.en, b.scenario.title.en], range: [paletteColor('scenario', 0), paletteColor('scenario', 1)] });
    const twin: Summary = { ...b, scenario: { ...b.scenario, title: a.scenario.title } };
    expect(colorOf(whoPays([a, twin], 'en')).domain).toEqual([a.scenario.title.en, `${a.scenario.title.en} (${b.scenario.id})`]);
    expect((whoPays([a, b], 'zh').title as { subtitle: string[] }).subtitle.join('')).toContain(whoPaysSentence(b.years[0]!).zh);
  });

  it('the box of grant per firm is drawn from ordered quantiles of each tier', () => {
    const rows = rowsOf(grantPerFirmByTier(a, 'zh')) as Array<Record<'p5' | 'p25' | 'p50' | 'p75' | 'p95', number>>;
    expect(rows.length).toBe(y.groups.tier.filter((g) => g.grantPerFirm?.p50).length);
    for (const r of rows) {
      expect(r.p5).toBeLessThanOrEqual(r.p25);
      expect(r.p25).toBeLessThanOrEqual(r.p50);
      expect(r.p50).toBeLessThanOrEqual(r.p75);
      expect(r.p75).toBeLessThanOrEqual(r.p95);
    }
  });

  it('says so when no scheme has a pool, instead of drawing nothing', async () => {
    const noPool: Summary = structuredClone(a);
    for (const s of noPool.years[0]!.schemes) {
      s.exhaustion = null;
      s.pool = null;
    }
    const spec = exhaustionDate(noPool, 'en');
    expect(JSON.stringify(spec)).toContain('No scheme has a pool limit');
    expect(await renderSvg(spec)).toContain('No scheme has a pool limit');
  });

  it('refuses a year the summary does not have', () => {
    expect(() => whoPays(a, 'en', { year: 1999 })).toThrow(/no year 1999/);
    expect(() => whoPays([], 'en')).toThrow(/at least one/);
  });
});

describe('wrapLine', () => {
  it('breaks at spaces and inside Chinese text, never beyond the limit unless a word is longer', () => {
    expect(wrapLine('aaa bbb ccc', 7)).toEqual(['aaa bbb', 'ccc']);
    expect(wrapLine('short', 20)).toEqual(['short']);
    expect(wrapLine('unbreakableword rest', 5)).toEqual(['unbreakableword', 'rest']);
    const zh = wrapLine('90%的模拟中杭州算力券资金池可支撑到12月16日', 12);
    expect(zh.join('')).toBe('90%的模拟中杭州算力券资金池可支撑到12月16日');
    for (const l of zh) expect(Array.from(l).length).toBeLessThanOrEqual(12);
  });
});

describe('renderSvg', () => {
  it('renders a minimal spec headless', async () => {
    const svg = await renderSvg({ data: { values: [{ x: 'a', y: 1 }] }, mark: 'bar', encoding: { x: { field: 'x', type: 'nominal' }, y: { field: 'y', type: 'quantitative' } } });
    expect(svg).toMatch(/^<svg/);
    expect(svg).toMatch(/<path/);
  });

  it('rejects a spec that does not compile', async () => {
    await expect(renderSvg({ data: { values: [] }, mark: 'bogus' } as never)).rejects.toThrow();
  });
});

describe('text widths without a canvas', () => {
  it('CJK characters are 1 em, everything else 0.55 em', () => {
    expect(estimateTextWidth('资金池', 12)).toBe(36);
    expect(estimateTextWidth('Share of runs', 10)).toBeCloseTo(71.5, 9);
    expect(estimateTextWidth('12月', 10)).toBeCloseTo(21, 9);
    expect(estimateTextWidth('', 12)).toBe(0);
  });

  it('subtitles use the width: a 73-character sentence is one line in 560 px (it used to break at 46 characters)', () => {
    const sentence = 'The Hangzhou compute voucher pool runs out before year end in 17% of runs';
    expect(chartTitle('t', [sentence], 560).subtitle).toEqual([sentence]);
    const zh = '用完概率：3月31日前0%，6月30日前0%，9月30日前2%，12月31日前83%（每次模拟同一批企业）';
    expect(chartTitle('t', [zh], 560).subtitle).toEqual([zh]);
    // Too long for one line: every line fits, none is a lone word.
    const long = `${sentence}, and ${sentence.toLowerCase()}`;
    const lines = chartTitle('t', [long], 560).subtitle;
    expect(lines.length).toBe(2);
    for (const l of lines) {
      // The plot's 560 px and the y axis's 24 px; balanced lines fill at least 70% of it.
      expect(estimateTextWidth(l, 12)).toBeLessThanOrEqual(584);
      expect(estimateTextWidth(l, 12)).toBeGreaterThan(0.7 * 584 - 12);
    }
    expect(lines.join(' ')).toBe(long);
  });

  it('Node lays text out with the same estimate: a long Latin title does not widen the picture', async () => {
    const title = 'A subtitle line of ninety characters in Latin letters, which Vega used to think were wide.';
    expect(title.length).toBe(90);
    const svg = await renderSvg({
      title: { text: 'T', subtitle: [title] }, width: 560, height: 40, data: { values: [{ x: 1 }] }, mark: 'point',
      encoding: { x: { field: 'x', type: 'quantitative' } },
    });
    const width = Number(/^<svg[^>]* width="([\d.]+)"/.exec(svg)![1]);
    // 90 × 0.8 em × 12 px = 864 px with Vega's own estimate; the plot with its axis is about 580 px.
    expect(width).toBeLessThan(620);
  });
});

describe('wrapLine by width', () => {
  const px = (s: string) => estimateTextWidth(s, 11);

  it('prefers a space or CJK punctuation, then a break inside CJK text, then after a hyphen', () => {
    expect(wrapLine('foundation-model firms', 70, px)).toEqual(['foundation-', 'model firms']);
    expect(wrapLine('基础大模型企业', 60, px)).toEqual(['基础大模型', '企业']);
    expect(wrapLine('MaaS/智能体开发', 60, px)).toEqual(['MaaS/', '智能体开发']);
    expect(wrapLine('用完概率：3月31日前0%，6月30日前2%', 135, px)).toEqual(['用完概率：3月31日前0%，', '6月30日前2%']);
  });
});

describe('category labels', () => {
  it('wrap to the room of their band, and stay whole when they fit', () => {
    expect(bandLabelExpr(['micro', 'small'], 100)).toBe('datum.label');
    expect(bandLabelExpr(['微型企业', '基础大模型企业'], 64)).toBe('({"基础大模型企业":["基础大模型","企业"]})[datum.label] || datum.label');
    expect(bandLabelExpr(['micro firms', 'foundation-model firms'], 80)).toBe(
      '({"foundation-model firms":["foundation-","model firms"]})[datum.label] || datum.label',
    );
  });

  it('the subsidy-rate panels are as wide as their share of the categories', () => {
    const { a } = goldenSummaries();
    const spec = subsidyRateByGroup(a, 'en') as unknown as { hconcat: Array<{ width: number }> };
    const [tier, category] = spec.hconcat.map((p) => p.width) as [number, number];
    const y = a.years[0]!;
    expect(tier / category).toBeCloseTo(y.groups.tier.length / y.groups.category.length, 1);
  });

  it('the unmet-demand panels are stacked, each the full width', () => {
    const { a } = goldenSummaries();
    const spec = unmetDemand(a, 'zh', { width: 560 }) as unknown as { vconcat: Array<{ width: number }> };
    expect(spec.vconcat.map((p) => p.width)).toEqual([560, 560]);
  });
});

describe('a scheme not in force in the year drawn', () => {
  const { a } = goldenSummaries();
  /** A: the Shangcheng top-up as the engine records a scheme outside its window (pool 0, no request). */
  const off: Summary = structuredClone(a);
  const sc = off.years[0]!.schemes[3]!;
  const zero = { fen: 0, yuan: '0.00' };
  sc.pool = { mean: zero, p5: zero, p25: zero, p50: zero, p75: zero, p95: zero };
  for (const k of ['mean', 'p5', 'p25', 'p50', 'p75', 'p95'] as const) sc.applications.requested[k] = 0;

  it('draws no panel for it, names it in the subtitle, and keeps the other schemes\' colours', () => {
    for (const build of [budgetExhaustion, exhaustionDate]) {
      const spec = build(off, 'en');
      const panels = (spec as unknown as { vconcat: Array<{ title: { text: string } }> }).vconcat.map((p) => p.title.text);
      expect(panels).not.toContain('Shangcheng top-up');
      expect(panels).toContain('Hangzhou compute voucher');
      const subtitle = (spec.title as { subtitle: string[] }).subtitle.join(' ');
      expect(subtitle).toContain('Not in force in 2025: Shangcheng top-up');
      expect(subtitle).not.toMatch(/Shangcheng top-up pool/);
      expect(colorOf(spec)).toEqual(colorOf(build(a, 'en')));
    }
    expect((budgetExhaustion(off, 'zh').title as { subtitle: string[] }).subtitle).toContain('2025年未施行：上城区配套');
  });

  it('says so when no scheme is in force, instead of "no pool limit"', () => {
    const none: Summary = structuredClone(off);
    for (const s of none.years[0]!.schemes) {
      s.pool = structuredClone(sc.pool);
      s.applications.requested = structuredClone(sc.applications.requested);
    }
    expect(JSON.stringify(exhaustionDate(none, 'en'))).toContain('No scheme is in force in 2025');
    expect(JSON.stringify(budgetExhaustion(none, 'zh'))).toContain('2025年没有施行中的方案');
  });
});

describe('the exhaustion-date axis', () => {
  it('ticks the first day of each month of the year, and not 1 January of the next', () => {
    const { a } = goldenSummaries();
    const x = (exhaustionDate(a, 'en') as unknown as { vconcat: Array<{ encoding: { x: { axis: { values: unknown[] } } } }> }).vconcat[0]!.encoding.x.axis.values;
    expect(x).toHaveLength(12);
    expect(x[0]).toEqual({ year: 2025, month: 1, date: 1, utc: true });
    expect(x[11]).toEqual({ year: 2025, month: 12, date: 1, utc: true });
  });
});

