/**
 * Every chart builder: the spec validates against the published Vega-Lite JSON schema, compiles without a
 * warning, renders to SVG in Node with marks and without NaN/undefined, and matches its golden SVG in
 * test/golden/ (re-generate on purpose with UPDATE_GOLDEN=1, then review the pictures in the diff).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Ajv from 'ajv';
import { compile, type TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import * as charts from '../../src/charts';
import type { Lang } from '../../src/i18n/Bilingual';
import type { Summary } from '../../src/stats/Summary';
import { goldenSummaries } from './goldenSummaries';

type Builder = (input: Summary | readonly Summary[], lang: Lang) => TopLevelSpec;

const BUILDERS: Record<string, Builder> = {
  budgetExhaustion: charts.budgetExhaustion,
  exhaustionDate: charts.exhaustionDate,
  grantPerFirmByTier: charts.grantPerFirmByTier,
  shareOfPoolByTier: charts.shareOfPoolByTier,
  capShareByTier: charts.capShareByTier,
  subsidyRateByGroup: charts.subsidyRateByGroup,
  unmetByMonth: charts.unmetByMonth,
  unmetByTier: charts.unmetByTier,
  unmetDemand: charts.unmetDemand,
  whoPays: charts.whoPays,
};

const require = createRequire(import.meta.url);
const ajv = new Ajv({ strict: false, allErrors: true });
const validate = ajv.compile(require('vega-lite/vega-lite-schema.json') as object);
const GOLDEN = join(import.meta.dirname, '..', 'golden', 'charts');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

const { a, b } = goldenSummaries();
const CASES: Array<{ name: string; lang: Lang; input: Summary | Summary[]; file: string | null }> = Object.keys(BUILDERS).flatMap(
  (name) => [
    { name, lang: 'zh' as const, input: a, file: `${name}.zh.svg` },
    { name, lang: 'en' as const, input: a, file: null },
    { name, lang: 'en' as const, input: [a, b], file: `${name}.compare.en.svg` },
  ],
);

describe.each(CASES)('$name ($lang, $file)', ({ name, lang, input, file }) => {
  const spec = BUILDERS[name]!(input, lang);

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

  it('has a title, a subtitle and units on the money axis', () => {
    const title = spec.title as { text: string; subtitle: string[] };
    expect(title.text.length).toBeGreaterThan(0);
    expect(title.subtitle.length).toBeGreaterThan(0);
    const text = JSON.stringify(spec);
    if (/budget|grant|unmet|whoPays/i.test(name)) expect(text).toContain(lang === 'zh' ? '万元' : 'million yuan');
  });

  it('renders to SVG with marks, no NaN or undefined, and matches its golden file', async () => {
    const svg = await charts.renderSvg(spec);
    expect(svg.startsWith('<svg')).toBe(true);
    expect((svg.match(/<path|<rect|<line/g) ?? []).length).toBeGreaterThan(0);
    expect(svg).not.toMatch(/NaN|undefined|Infinity/);
    if (!file) return;
    const path = join(GOLDEN, file);
    if (UPDATE) {
      mkdirSync(GOLDEN, { recursive: true });
      writeFileSync(path, svg);
    }
    expect(existsSync(path), `${file} is missing: run with UPDATE_GOLDEN=1 and review it`).toBe(true);
    expect(svg).toBe(readFileSync(path, 'utf8'));
  });
});
