import { describe, expect, it } from 'vitest';
import {
  SCHEME_COLORS, budgetExhaustion, colorScale, exhaustionDate, grantPerFirmByTier, paletteColor, renderSvg, whoPays,
} from '../../src/charts';
import { wrapLine } from '../../src/charts/chartBase';
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
