/**
 * The tornado and heatmap charts, as helper D's chart tests do for the summary charts: each spec validates against
 * the published Vega-Lite JSON schema, compiles without a warning, renders to SVG in Node without NaN/undefined, and
 * matches its golden SVG in test/golden/analysis/ (re-generate on purpose with UPDATE_GOLDEN=1 and review the
 * pictures in the diff). The inputs are small seeded analyses of the closed-form case.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Ajv from 'ajv';
import { compile, type TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { inThreadSimulator } from '../../src/analysis/inThreadSimulator';
import { parseAxis } from '../../src/analysis/parseAxis';
import { sensitivity } from '../../src/analysis/sensitivity';
import { sweep } from '../../src/analysis/sweep';
import { heatmap } from '../../src/charts/heatmap';
import { renderSvg } from '../../src/charts/renderSvg';
import { tornado } from '../../src/charts/tornado';
import { analyticScenario } from './analyticScenario';

const require = createRequire(import.meta.url);
const ajv = new Ajv({ strict: false, allErrors: true });
const validate = ajv.compile(require('vega-lite/vega-lite-schema.json') as object);
const GOLDEN = join(import.meta.dirname, '..', 'golden', 'analysis');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

const scheme = { id: 'hangzhou-2024.compute', index: 0 };
const scenario = analyticScenario({ lambda: 60, runs: 200, seed: 'charts' });
const sens = await sensitivity(scenario, { deltaBp: 2000, runs: 200, scheme, year: 2025 }, inThreadSimulator());
const grid = await sweep(scenario, { x: parseAxis('pool=800万..1600万:5'), y: parseAxis('cap=10万..20万:3'), scheme, year: 2025, runs: 200 }, inThreadSimulator());

const CASES: Array<{ name: string; spec: TopLevelSpec; file: string }> = [
  { name: 'tornado P (zh)', spec: tornado(sens, 'zh'), file: 'tornado-exhausted.zh.svg' },
  { name: 'tornado P (en)', spec: tornado(sens, 'en'), file: 'tornado-exhausted.en.svg' },
  { name: 'tornado paid (en)', spec: tornado(sens, 'en', { metric: 'paid' }), file: 'tornado-paid.en.svg' },
  { name: 'heatmap (zh)', spec: heatmap(grid, 'zh'), file: 'heatmap.zh.svg' },
  { name: 'heatmap (en)', spec: heatmap(grid, 'en'), file: 'heatmap.en.svg' },
];

describe.each(CASES)('$name', ({ spec, file }) => {
  it('validates against the Vega-Lite JSON schema', () => {
    const ok = validate(spec);
    expect(ok ? [] : (validate.errors ?? []).slice(0, 3)).toEqual([]);
  });

  it('compiles without warnings', () => {
    const warnings: string[] = [];
    const logger = {
      level: () => logger, error: (...m: unknown[]) => { warnings.push(m.join(' ')); return logger; },
      warn: (...m: unknown[]) => { warnings.push(m.join(' ')); return logger; },
      info: () => logger, debug: () => logger,
    };
    compile(spec, { logger: logger as never });
    expect(warnings).toEqual([]);
  });

  it('renders to SVG with marks, no NaN or undefined, and matches its golden file', async () => {
    const svg = await renderSvg(spec);
    expect(svg.startsWith('<svg')).toBe(true);
    expect((svg.match(/<path|<rect|<line/g) ?? []).length).toBeGreaterThan(0);
    expect(svg).not.toMatch(/NaN|undefined|Infinity/);
    const path = join(GOLDEN, file);
    if (UPDATE) {
      mkdirSync(GOLDEN, { recursive: true });
      writeFileSync(path, svg);
    }
    expect(existsSync(path), `${file} is missing: run with UPDATE_GOLDEN=1 and review it`).toBe(true);
    expect(svg).toBe(readFileSync(path, 'utf8'));
  });
});

describe('what the charts show', () => {
  it('tornado: inputs sorted by their largest effect, each with a band for −δ and one for +δ', () => {
    const spec = tornado(sens, 'en') as { layer: Array<{ encoding: { y?: { sort?: string[] } } }>; data: { values: Array<{ input: string; value: number }> } };
    const keys = spec.layer[0]!.encoding.y!.sort!;
    expect(keys.slice(0, 2)).toEqual([`${keys[0]!.split('|')[0]}|−20%`, `${keys[0]!.split('|')[0]}|+20%`]);
    const order = keys.filter((_, i) => i % 2 === 0).map((k) => k.split('|')[0]!);
    const swing = (label: string) => Math.max(...spec.data.values.filter((r) => r.input === label).map((r) => Math.abs(r.value)));
    expect(order.map(swing)).toEqual([...order.map(swing)].sort((a, b) => b - a));
    expect(order).toContain('pool');
  });

  it('tornado: leaves out inputs that cannot move the measure and merges inputs that are the same change, saying so', () => {
    for (const metric of ['exhausted', 'paid'] as const) {
      const spec = tornado(sens, 'en', { metric }) as { title: { subtitle: string[] }; data: { values: Array<{ input: string }> } };
      const drawn = new Set(spec.data.values.map((v) => v.input));
      const subtitle = spec.title.subtitle.join(' ');
      const same = (a: typeof sens.rows[number], b: typeof sens.rows[number]) =>
        JSON.stringify([a.down, a.up].map((e) => [e!.exhausted.difference, e!.paid.difference])) === JSON.stringify([b.down, b.up].map((e) => [e!.exhausted.difference, e!.paid.difference]));
      for (const r of sens.rows) {
        if (!r.applicable) continue;
        const zero = [r.down!, r.up!].every((e) => e[metric].difference.mean === 0 && (e[metric].difference.lo ?? 0) === 0 && (e[metric].difference.hi ?? 0) === 0);
        const twins = sens.rows.filter((x) => x.applicable && x !== r && same(x, r));
        if (zero) {
          // not drawn, named as an input that cannot move the measure
          expect([...drawn].some((d) => d.split(' = ').includes(r.label.en)), `${metric}: ${r.label.en}`).toBe(false);
          expect(subtitle).toMatch(new RegExp(`cannot move this measure[^]*${r.label.en}`));
        } else if (twins.length > 0) {
          const row = [...drawn].find((d) => d.split(' = ').includes(r.label.en));
          expect(row, `${metric}: ${r.label.en} merged`).toBeDefined();
          for (const t of twins) expect(row!.split(' = ')).toContain(t.label.en);
          expect(subtitle).toContain(`${row}: the same change`);
        } else expect(drawn.has(r.label.en), `${metric}: ${r.label.en}`).toBe(true);
      }
    }
    // an input that moves nothing in any run (as a Q4 weight cannot move P(runs out by 31 Dec) when every
    // application is paid): built from a real row with its differences set to 0
    const base = sens.rows.find((r) => r.applicable)!;
    const nil = (e: NonNullable<typeof base.down>) => ({
      ...e,
      exhausted: { ...e.exhausted, difference: { ...e.exhausted.difference, mean: 0, lo: 0, hi: 0 } },
      paid: { ...e.paid, difference: { ...e.paid.difference, mean: 0, lo: 0, hi: 0 } },
    });
    const still = { ...base, label: { zh: '第四季度权重', en: 'Q4 weight' }, down: nil(base.down!), up: nil(base.up!) };
    const withStill = tornado({ ...sens, rows: [...sens.rows, still] }, 'en') as { title: { subtitle: string[] }; data: { values: Array<{ input: string }> } };
    expect(withStill.data.values.map((v) => v.input)).not.toContain('Q4 weight');
    expect(withStill.title.subtitle.join(' ')).toMatch(/Inputs that cannot move this measure \(a difference of 0 in every run\): [^]*Q4 weight/);
    // the scheme and scenario by their names when given
    const named = tornado(sens, 'en', { scenarioTitle: { zh: '杭州', en: 'Hangzhou 2024' }, schemeLabel: { zh: '杭州市算力券', en: 'Hangzhou compute voucher' } }) as { title: { subtitle: string[] } };
    expect(named.title.subtitle[0]).toMatch(/^Hangzhou 2024, 2025, pool of the Hangzhou compute voucher;/);
    expect(named.title.subtitle.join(' ')).not.toContain('hangzhou-2024.compute');
  });

  it('heatmap: one cell per grid point, the percentages of the sweep', () => {
    const spec = heatmap(grid, 'en') as { data: { values: Array<{ p: number; text: string }> } };
    expect(spec.data.values).toHaveLength(15);
    spec.data.values.forEach((v, i) => expect(v.p).toBeCloseTo(grid.cells[i]!.exhausted.value, 4));
  });
});
