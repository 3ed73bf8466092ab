/**
 * What the scenario library (scenarios/*.yaml) promises, beyond loading (test/scenario/loadScenario.test.ts loads
 * every file): each file explains itself in both languages and flags its assumptions; files meant to be compared
 * share their firms, seed and runs; and each variant differs from its base only where it says it does. The last is
 * checked by deriving the variant from its base file (text edits stated here) and comparing the normalised Scenario
 * objects field by field.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMap, isScalar, parse, parseDocument, type Pair, type YAMLMap } from 'yaml';
import { yearPool } from '../../src/fast/engine/EngineContext';
import { compileRules } from '../../src/policy/compile';
import { loadScenario } from '../../src/scenario/loadScenario';
import type { Scenario } from '../../src/scenario/model';
import { yearStart } from '../../src/time/day';

const root = resolve(import.meta.dirname, '../..');
const read = (p: string): string => readFileSync(resolve(root, p), 'utf8');
const files = readdirSync(resolve(root, 'scenarios')).filter((f) => f.endsWith('.yaml')).sort();
const DEFAULT = 'hangzhou-2024.yaml';
const SHARED_POPULATION = 'scenarios/populations/hangzhou-ai-firms.yaml';

const load = (f: string): Scenario => loadScenario(read(`scenarios/${f}`), `scenarios/${f}`, read);

/** Loads `base` after replacing text in it (and, through `files`, in the files it reads), as if it were `as`. */
function derive(base: string, edits: [string, string][], fileEdits: Record<string, [string, string][]> = {}): Scenario {
  const apply = (text: string, list: [string, string][], where: string): string =>
    list.reduce((t, [from, to]) => {
      if (t.split(from).length !== 2) throw new Error(`${where}: expected "${from}" exactly once`);
      return t.replace(from, to);
    }, text);
  const reader = (p: string): string => apply(read(p), fileEdits[p] ?? [], p);
  return loadScenario(apply(read(`scenarios/${base}`), edits, base), `scenarios/${base}`, reader);
}

/** The parts of a Scenario that decide the simulation (the rest describes it). */
function substance(s: Scenario): Omit<Scenario, 'id' | 'title' | 'question' | 'assumptions' | 'source'> & { population: unknown } {
  const { id: _id, title: _t, question: _q, assumptions: _a, source: _s, ...rest } = s;
  return rest;
}

/** Paths of the leaves where two plain-data values differ, e.g. `population.firms.mean`. */
function differingPaths(a: unknown, b: unknown, path = ''): string[] {
  if (Object.is(a, b)) return [];
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) {
    return [path || '(root)'];
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].flatMap((k) =>
    differingPaths((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], path ? `${path}.${k}` : k));
}

const han = /\p{Script=Han}/gu;
const hanShare = (s: string): number => (s.match(han)?.length ?? 0) / Math.max(1, s.replace(/\s/g, '').length);

describe('every scenario explains itself', () => {
  it.each(files)('%s: a comment block with the question, the assumptions and its policy files', (f) => {
    const text = read(`scenarios/${f}`);
    const head = text.slice(0, text.indexOf('\nscenario:'));
    const comment = head.split('\n').filter((l) => l.startsWith('#')).map((l) => l.slice(1)).join('\n');
    expect(head.split('\n').every((l) => l === '' || l.startsWith('#')), 'only comments before `scenario:`').toBe(true);
    expect(comment.split('\n').length).toBeGreaterThanOrEqual(6);
    expect(comment).toMatch(/Question/);
    expect(comment).toMatch(/assum/i);
    for (const p of (parse(text) as { policies: string[] }).policies) expect(comment).toContain(p);
  });

  it.each(files)('%s: title, question and every assumption in Chinese and English', (f) => {
    const s = load(f);
    for (const b of [s.title, s.question, ...s.assumptions]) {
      expect(hanShare(b.zh), b.zh).toBeGreaterThan(0.3);
      expect(hanShare(b.en), b.en).toBeLessThan(0.3);
      expect(b.en).toMatch(/[A-Za-z]{3,}/);
    }
    expect(s.assumptions.length).toBeGreaterThanOrEqual(2);
  });

  it.each(files)('%s: every option and scheme setting is explained, and flagged ASSUMPTION unless it is the policy default', (f) => {
    const text = read(`scenarios/${f}`);
    const doc = parseDocument(text);
    const s = load(f);
    const assumptions = s.assumptions.map((a) => a.en).join('\n');
    // The option defaults, read from the policy files themselves.
    const defaults = new Map<string, string>();
    for (const p of s.source.policies) {
      const policy = parse(read(p)) as { document: { id: string }; options?: Record<string, { default?: unknown }> };
      for (const [k, o] of Object.entries(policy.options ?? {})) {
        if (o.default !== undefined) defaults.set(`${policy.document.id}.${k}`, String(o.default));
      }
    }
    for (const section of ['options', 'schemes'] as const) {
      const map = doc.get(section);
      if (map === undefined) continue;
      expect(isMap(map)).toBe(true);
      (map as YAMLMap).items.forEach((item, i) => {
        const pair = item as Pair;
        const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
        const note = [
          // a comment above the first entry belongs to the map itself
          i === 0 ? (map as YAMLMap).commentBefore : undefined,
          isScalar(pair.key) ? pair.key.commentBefore : undefined,
          (pair.value as { comment?: string } | null)?.comment,
        ].filter((c): c is string => typeof c === 'string').join('\n');
        const named = assumptions.includes(key);
        expect(note !== '' || named, `${section}.${key}: needs a comment or an assumption naming it`).toBe(true);
        const value = isScalar(pair.value) ? String(pair.value.value) : undefined;
        const isPolicyDefault = section === 'options' && value !== undefined && defaults.get(key) === value;
        if (!isPolicyDefault && !named) expect(note, `${section}.${key}: not the policy default`).toMatch(/ASSUMPTION/);
      });
    }
  });

  it('every scenario runs moderately (1000–2000 runs), on one seed, on a population file', () => {
    const seeds = new Set<string>();
    for (const f of files) {
      const s = load(f);
      expect(s.runs, f).toBeGreaterThanOrEqual(1000);
      expect(s.runs, f).toBeLessThanOrEqual(2000);
      expect(s.source.population, f).toMatch(/^scenarios\/populations\//);
      seeds.add(s.seed);
    }
    expect([...seeds]).toEqual([load(DEFAULT).seed]);
  });

  it('the library exercises several allocation mechanisms', () => {
    const mechanisms = new Set(files.map((f) => load(f).allocation.mechanism));
    expect([...mechanisms]).toEqual(expect.arrayContaining(['fcfs-partial', 'batch-prorata', 'batch-ranked']));
  });
});

describe('scenarios meant to be compared run on the same firms, seed and runs', () => {
  const cvp = ['city-vs-province-city.yaml', 'city-vs-province-province.yaml', 'city-vs-province-both.yaml', 'city-vs-province-both-fallback.yaml'];

  it('city vs province: one population, year, seed, runs and first-year rule; the same allocation but for the fallback variant', () => {
    const [city, ...others] = cvp.map(load);
    for (const s of others) {
      expect(s.source.population).toBe(SHARED_POPULATION);
      expect(s.population).toEqual(city!.population);
      expect([s.years, s.seed, s.runs, s.firstYearPool]).toEqual([city!.years, city!.seed, city!.runs, city!.firstYearPool]);
    }
    expect(others[0]!.allocation).toEqual(city!.allocation);
    expect(others[1]!.allocation).toEqual(city!.allocation);
    // and the rule sets are what the names say: the city's scheme, the province's, both
    const computeSchemes = (s: Scenario): string[] =>
      s.rules.schemes.filter((x) => x.kind === 'grant' && x.voucher === 'compute').map((x) => x.id).sort();
    expect(cvp.slice(0, 3).map((f) => computeSchemes(load(f)))).toEqual([
      ['hangzhou-2024.compute'], ['zhejiang-2025.compute'], ['hangzhou-2024.compute', 'zhejiang-2025.compute'],
    ]);
  });

  it('city vs province: the provincial compute voucher is the same in the province-only and both files', () => {
    const province = load('city-vs-province-province.yaml').rules.schemes;
    const both = load('city-vs-province-both.yaml').rules.schemes;
    for (const s of province) expect(both.find((x) => x.id === s.id)).toEqual(s);
  });

  it('the both-fallback file is the both file with allocation.fallback on, nothing else', () => {
    const derived = derive('city-vs-province-both.yaml', [['  mechanism: fcfs-partial\n', '  mechanism: fcfs-partial\n  fallback: true\n']]);
    const actual = load('city-vs-province-both-fallback.yaml');
    expect(differingPaths(substance(actual), substance(derived))).toEqual([]);
    expect(actual.allocation.fallback).toBe(true);
  });

  it('the first-year files differ only in firstYearPool', () => {
    const derived = derive('first-year-2024-full.yaml', [['\nfirstYearPool: full\n', '\nfirstYearPool: prorated\n']]);
    const prorated = load('first-year-2024-prorated.yaml');
    expect(differingPaths(substance(prorated), substance(derived))).toEqual([]);
    expect(differingPaths(substance(prorated), substance(load('first-year-2024-full.yaml')))).toEqual(['firstYearPool']);
  });

  it('the pro-rated 2024 pool the first-year file states (9221万) is the engine\'s own figure, 2.5亿 × 135/366 rounded down', () => {
    const prorated = load('first-year-2024-prorated.yaml');
    const c = compileRules(prorated.rules);
    const fen = yearPool(prorated, c, c.schemeIndex('hangzhou-2024.compute'), 2024);
    // independently: 250,000,000 yuan × 135 days in force (2024-08-19 … 12-31) ÷ 366 days = 92,213,114.75 yuan
    expect(fen).toBe(Math.floor((25_000_000_000 * 135) / 366));
    const wan = Math.floor(fen / 1_000_000);
    expect(wan).toBe(9221);
    const text = read('scenarios/first-year-2024-prorated.yaml');
    const stated = [...text.matchAll(/(\d{4})万/g)].map((m) => Number(m[1]));
    expect(stated.length).toBeGreaterThanOrEqual(3);
    for (const n of stated) expect(n).toBe(wan);
    // the English sentences state it in million yuan: 9221万 = 92.21 million
    const statedEn = [...text.matchAll(/(\d+\.\d+) million yuan/g)].filter((m) => m[1]!.startsWith('92')).map((m) => Number(m[1]));
    expect(statedEn.length).toBeGreaterThanOrEqual(2);
    for (const n of statedEn) expect(Math.round(n * 100)).toBe(wan);
    expect(read('docs/scenarios.md')).not.toContain('9222万');
  });

  it('the 2023 draft runs on the default scenario\'s firms, year and seed, with only the draft loaded', () => {
    const base = load(DEFAULT);
    const draft = load('hangzhou-2023-draft.yaml');
    expect(draft.population).toEqual(base.population);
    expect([draft.years, draft.seed]).toEqual([base.years, base.seed]);
    expect(draft.rules.schemes.map((s) => s.id)).toEqual(['hangzhou-2023-draft.compute']);
    // the assumed start leaves the simulated year wholly in force, so the unknown start cannot change the result
    expect(draft.rules.schemes[0]!.validFrom).toBeLessThanOrEqual(yearStart(draft.years[0]!));
  });

  it('shangcheng-topup is the default scenario plus the top-up: the same firms, seed, runs and city scheme', () => {
    const base = load(DEFAULT);
    const topup = load('shangcheng-topup.yaml');
    expect(topup.population).toEqual(base.population);
    expect([topup.years, topup.seed, topup.runs, topup.firstYearPool, topup.allocation])
      .toEqual([base.years, base.seed, base.runs, base.firstYearPool, base.allocation]);
    expect(topup.rules.schemes.find((s) => s.id === 'hangzhou-2024.compute')).toEqual(base.rules.schemes[0]);
    const extra = topup.rules.schemes.filter((s) => s.id !== 'hangzhou-2024.compute');
    expect(extra.map((s) => [s.id, s.kind])).toEqual([['shangcheng-draft.topup', 'topup']]);
    expect(topup.unlimitedPools).toEqual(['shangcheng-draft.topup']);
  });
});

describe('stress cases differ from the default only where they say they do', () => {
  const firms = 'scenarios/populations/hangzhou-ai-firms-doubled.yaml';
  const rush = 'scenarios/populations/hangzhou-ai-firms-q4-rush.yaml';
  const training = 'scenarios/populations/hangzhou-ai-firms-foundation-training.yaml';
  const usePopulation = (p: string): [string, string] =>
    ['populationFile: populations/hangzhou-ai-firms.yaml', `populationFile: ${p.replace('scenarios/', '')}`];
  const foundationAmount: [string, string] = [
    'amount: {law: lognormal, median: 2000万, p90: 8000万, truncate: {min: 100万, max: 10亿}}',
    'amount: {law: lognormal, median: 1亿, p90: 4亿, truncate: {min: 100万, max: 10亿}}',
  ];
  const cases: { file: string; edits: [string, string][]; population: string; popEdits: [string, string][]; changes: RegExp }[] = [
    {
      file: 'stress-demand-doubled.yaml', edits: [usePopulation(firms)], population: firms,
      popEdits: [['firms: {law: poisson, mean: 300}', 'firms: {law: poisson, mean: 600}']],
      changes: /^population\.firms\.mean$/,
    },
    {
      file: 'stress-q4-rush.yaml', edits: [usePopulation(rush)], population: rush,
      popEdits: [['monthly: [0.7, 0.5, 1, 1, 1, 1, 1, 0.9, 1.1, 1, 1.3, 1.5]', 'monthly: [0.5, 0.35, 0.7, 0.7, 0.7, 0.7, 0.7, 0.6, 0.8, 1.5, 2.5, 3]']],
      changes: /^population\.arrivals\.monthlyWeights\.\d+$/,
    },
    {
      file: 'stress-foundation-relaxed-cap.yaml',
      edits: [usePopulation(training), ['foundation-model-cap: 800万元', 'foundation-model-cap: none']],
      population: training, popEdits: [foundationAmount],
      changes: /^(population\.tiers\.4\.vouchers\.compute\.amount\.(mu|sigma)|rules\.(options\.\d+\.(value|isDefault)|schemes\.0\.caps\.0\.(value|adjusted)))$/,
    },
    {
      file: 'stress-foundation-relaxed-cap-2000w.yaml',
      edits: [usePopulation(training), ['foundation-model-cap: 800万元', 'foundation-model-cap: 2000万元']],
      population: training, popEdits: [foundationAmount],
      changes: /^(population\.tiers\.4\.vouchers\.compute\.amount\.(mu|sigma)|rules\.(options\.\d+\.(value|isDefault)|schemes\.0\.caps\.0\.(value|adjusted)))$/,
    },
    {
      file: 'stress-foundation-cap-800w.yaml', edits: [usePopulation(training)], population: training,
      popEdits: [foundationAmount], changes: /^population\.tiers\.4\.vouchers\.compute\.amount\.(mu|sigma)$/,
    },
  ];

  it.each(cases)('$file = hangzhou-2024.yaml with its stated edits', ({ file, edits, population, popEdits }) => {
    // Expected: the default scenario, with the scenario edits, on the shared population with the edits the variant
    // population's header states. The variant population file must then add nothing else.
    const expected = derive(DEFAULT, edits.filter(([from]) => !from.startsWith('populationFile')), { [SHARED_POPULATION]: popEdits });
    const actual = load(file);
    expect(read(`scenarios/${file}`)).toContain(usePopulation(population)[1]);
    expect(actual.source.population).toBe(population);
    expect(differingPaths(substance(actual), substance(expected))).toEqual([]);
  });

  it.each(cases)('$file: the fields that differ from the default are only those stated', ({ file, changes }) => {
    const diff = differingPaths(substance(load(file)), substance(load(DEFAULT)));
    expect(diff.length).toBeGreaterThan(0);
    for (const p of diff) expect(p).toMatch(changes);
  });

  it('the foundation-cap files set the cap of foundation-model firms only, to none, 2000万 and 800万', () => {
    const capOf = (f: string): string | undefined => load(f).rules.options.find((o) => o.key === 'hangzhou-2024.foundation-model-cap')?.value;
    expect(['stress-foundation-relaxed-cap.yaml', 'stress-foundation-relaxed-cap-2000w.yaml', 'stress-foundation-cap-800w.yaml'].map(capOf))
      .toEqual(['none', '2000万元', '800万元']);
  });
});
