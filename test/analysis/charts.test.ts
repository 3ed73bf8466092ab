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

  it('heatmap: one cell per grid point, the percentages of the sweep', () => {
    const spec = heatmap(grid, 'en') as { data: { values: Array<{ p: number; text: string }> } };
    expect(spec.data.values).toHaveLength(15);
    spec.data.values.forEach((v, i) => expect(v.p).toBeCloseTo(grid.cells[i]!.exhausted.value, 4));
  });
});
