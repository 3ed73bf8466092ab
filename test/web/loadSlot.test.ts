import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPolicy } from '../../src/policy/loadPolicy';
import { bundledFiles, builtinScenarios, DEFAULT_SCENARIO, readBundled } from '../../src/web/bundledFiles';
import { editableFields } from '../../src/scenario/editableFields';
import { formFields } from '../../src/web/formFields';
import { errorBelongsTo } from '../../src/web/formView';
import { applyEdits, loadSlot } from '../../src/web/loadSlot';
import type { Slot } from '../../src/web/pageState';
import { userErrorText } from '../../src/i18n/userErrorText';

const builtin = (file: string, edits: Slot['edits'] = []): Slot => ({ source: { kind: 'builtin', file }, edits });

describe('bundled files', () => {
  it('holds every scenario and policy file of the project, as on disk', () => {
    expect(bundledFiles.get(DEFAULT_SCENARIO)).toBe(readFileSync(DEFAULT_SCENARIO, 'utf8'));
    expect(bundledFiles.get('scenarios/policies/hangzhou-2024.yaml')).toBe(readFileSync('scenarios/policies/hangzhou-2024.yaml', 'utf8'));
  });
  it('lists the scenarios (not policies or populations), the default first', () => {
    const list = builtinScenarios();
    expect(list[0]!.file).toBe(DEFAULT_SCENARIO);
    expect(list.every((b) => !b.file.includes('/policies/') && !b.file.includes('/populations/'))).toBe(true);
    expect(list.length).toBeGreaterThan(1);
  });
  it('reads a user file\'s relative policy paths from scenarios/, and names a missing file', () => {
    expect(readBundled('policies/hangzhou-2024.yaml')).toBe(bundledFiles.get('scenarios/policies/hangzhou-2024.yaml'));
    expect(() => readBundled('policies/nowhere.yaml')).toThrow(expect.objectContaining({ where: { file: 'policies/nowhere.yaml' } }));
  });
});

describe('applyEdits', () => {
  const text = '# top comment\nscenario:\n  id: x # the id\nruns: 10\n';
  it('sets values through the YAML document and keeps comments', () => {
    const out = applyEdits(text, [{ path: ['runs'], value: 20 }, { path: ['schemes', 'a.b', 'pool'], value: '3亿元' }], 'x.yaml', () => '');
    expect(out).toContain('# top comment');
    expect(out).toContain('id: x # the id');
    expect(out).toContain('runs: 20');
    expect(out).toMatch(/schemes:\n {2}a\.b:\n {4}pool: 3亿元/);
  });
  it('leaves a text with syntax errors alone, and refuses a path through a scalar', () => {
    expect(applyEdits('a: [1,\n', [{ path: ['a'], value: 1 }], 'x.yaml', () => '')).toBe('a: [1,\n');
    expect(() => applyEdits(text, [{ path: ['runs', 'x'], value: 1 }], 'x.yaml', () => '')).toThrow(expect.objectContaining({ code: 'page.edit-path' }));
  });
});

describe('loadSlot', () => {
  it('loads the default scenario as the CLI does', () => {
    const l = loadSlot(builtin(DEFAULT_SCENARIO));
    expect(l.errors).toEqual([]);
    expect(l.custom).toBe(false);
    expect(l.scenario?.id).toBe('hangzhou-2024');
    expect(l.text).toBe(l.original);
  });

  it('applies a ratio scale and a pool through the file, and the rules change accordingly', () => {
    const plain = loadSlot(builtin(DEFAULT_SCENARIO)).scenario!;
    const l = loadSlot(builtin(DEFAULT_SCENARIO, [
      { path: ['schemes', 'hangzhou-2024.compute', 'ratioScale'], value: '50%' },
      { path: ['schemes', 'hangzhou-2024.compute', 'pool'], value: '3亿元' },
    ]));
    expect(l.errors).toEqual([]);
    expect(l.custom).toBe(true);
    const before = plain.rules.schemes[0]!;
    const after = l.scenario!.rules.schemes[0]!;
    expect(after.kind === 'grant' && before.kind === 'grant').toBe(true);
    if (after.kind === 'grant' && before.kind === 'grant') {
      expect(after.ratios.map((r) => r.value)).toEqual(before.ratios.map((r) => r.value / 2));
    }
    expect(after.pool.map((p) => p.value)).toEqual(after.pool.map(() => 300_000_000_00));
  });

  it('copies a population file in before a population edit, so the edited scenario is one file', () => {
    const l = loadSlot(builtin(DEFAULT_SCENARIO, [{ path: ['population', 'firms', 'mean'], value: 450 }]));
    expect(l.errors).toEqual([]);
    expect(l.text).not.toMatch(/^populationFile:/m);
    expect(l.text).toMatch(/^population:/m);
    expect(l.scenario!.population.firms).toEqual({ law: 'poisson', mean: 450 });
    expect(l.scenario!.population.tiers.map((t) => t.id)).toEqual(loadSlot(builtin(DEFAULT_SCENARIO)).scenario!.population.tiers.map((t) => t.id));
  });

  it('reports an invalid edit at its field, in both languages, and loads nothing', () => {
    const l = loadSlot(builtin(DEFAULT_SCENARIO, [{ path: ['schemes', 'hangzhou-2024.compute', 'pool'], value: '很多钱' }]));
    expect(l.scenario).toBeNull();
    expect(l.errors.length).toBeGreaterThan(0);
    const e = l.errors[0]!;
    expect(errorBelongsTo(e, 'schemes.hangzhou-2024.compute.pool', l.file)).toBe(true);
    expect(errorBelongsTo(e, 'schemes.hangzhou-2024.compute.cap', l.file)).toBe(false);
    expect(userErrorText(e).zh).toContain('很多钱');
    expect(userErrorText(e).en).toContain('很多钱');
    expect(e.where.line).toBeGreaterThan(0);
  });

  it('reports a broken file of the user with its name and line', () => {
    const l = loadSlot({ source: { kind: 'text', name: 'mine.yaml', text: 'scenario:\n  id: [\n' }, edits: [] });
    expect(l.scenario).toBeNull();
    expect(l.errors[0]!.where.file).toBe('mine.yaml');
    expect(l.errors[0]!.where.line).toBeGreaterThan(0);
  });

  it('says when a built-in file does not exist', () => {
    const l = loadSlot(builtin('scenarios/nope.yaml'));
    expect(l.errors[0]!.code).toBe('page.unknown-builtin');
  });
});

describe('formFields', () => {
  it('offers stacking.cap-counting as a choice where two grants share a voucher (city vs province)', () => {
    const l = loadSlot(builtin('scenarios/city-vs-province-both.yaml', []));
    const s = l.scenario!;
    const policies = new Map(s.source.policies.map((p) => [p, loadPolicy(readBundled(p), p)]));
    const f = formFields(l.text, l.file, s, policies, (p) => readBundled(p)).find((x) => x.key === 'options.stacking.cap-counting');
    expect(f?.kind).toBe('select');
    expect(f?.choices.map((c) => c.value)).toEqual(['scheme', 'voucher']);
  });

  it('has a pool, ratio scale and cap per scheme, the options, the population and the allocation, with the file\'s values', () => {
    const l = loadSlot(builtin(DEFAULT_SCENARIO, [{ path: ['schemes', 'hangzhou-2024.compute', 'ratioScale'], value: '80%' }]));
    const s = l.scenario!;
    const policies = new Map(s.source.policies.map((p) => [p, loadPolicy(readBundled(p), p)]));
    const fields = formFields(l.text, l.file, s, policies, (p) => readBundled(p));
    const byKey = new Map(fields.map((f) => [f.key, f]));
    expect(byKey.get('schemes.hangzhou-2024.compute.ratioScale')?.value).toBe('80%');
    expect(byKey.get('schemes.hangzhou-2024.compute.pool')?.value).toBe('');
    expect(byKey.get('schemes.hangzhou-2024.compute.pool')?.placeholder?.zh).toContain('2.5亿元');
    expect(byKey.get('schemes.hangzhou-2024.compute.cap')?.placeholder?.zh).toContain('800万元');
    expect(byKey.get('options.hangzhou-2024.foundation-model-cap')?.value).toBe('800万元');
    expect(byKey.get('population.firms.mean')?.value).toBe('300');
    expect(fields.filter((f) => f.section === 'population' && f.key.endsWith('.share')).map((f) => f.value)).toEqual(s.population.tiers.map(() => expect.stringMatching(/%$/)));
    expect(byKey.get('allocation.mechanism')?.value).toBe('fcfs-partial');
    expect(byKey.get('allocation.mechanism')?.choices.map((c) => c.value)).toContain('lottery');
  });

  it('offers exactly the fields quansim run --set edits (editableFields), in the same order, for every built-in scenario', () => {
    for (const { file } of builtinScenarios()) {
      const l = loadSlot(builtin(file));
      const s = l.scenario!;
      const policies = new Map(s.source.policies.map((p) => [p, loadPolicy(readBundled(p), p)]));
      const keys = formFields(l.text, l.file, s, policies, (p) => readBundled(p)).map((f) => f.key);
      expect(editableFields(s).map((f) => f.key), file).toEqual(keys);
    }
  });
});
