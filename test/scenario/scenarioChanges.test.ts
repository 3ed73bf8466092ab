import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/loadScenario';
import { changeLine, editedScenario, scenarioChanges } from '../../src/scenario/scenarioChanges';

const file = 'scenarios/hangzhou-2024.yaml';
const text = readFileSync(file, 'utf8');
const read = (p: string) => readFileSync(p, 'utf8');
const base = loadScenario(text, file, read);
const withText = (t: string) => loadScenario(t, file, read);

describe('scenarioChanges', () => {
  it('is empty for the scenario against itself, and for a value set to what it was', () => {
    expect(scenarioChanges(base, base)).toEqual([]);
    expect(scenarioChanges(base, withText(text.replace('runs: 2000', 'runs: 2000\n')))).toEqual([]);
    expect(editedScenario(base, base)).toBe(base);
  });

  it('names a pool edit with its old and new amount, and marks the title and question', () => {
    const edited = withText(`${text}\nschemes:\n  hangzhou-2024.compute:\n    pool: 1.5亿元\n`);
    const changes = scenarioChanges(base, edited);
    expect(changes.map((c) => c.key)).toEqual(['pool:hangzhou-2024.compute']);
    // The published pool (000 （三）): 2.5亿元 a year; the edit: 1.5亿元.
    expect(changes[0]!.from.zh).toBe('2.5亿元');
    expect(changes[0]!.to.zh).toBe('1.5亿元');
    expect(changeLine(changes[0]!, 'zh')).toMatch(/每年资金池 2\.5亿元 → 1\.5亿元$/);
    const s = editedScenario(base, edited, changes);
    expect(s.title.zh).toBe('杭州市2024年算力券（2025年）（已修改）');
    expect(s.title.en).toBe('Hangzhou 2024 compute voucher (year 2025) (edited)');
    expect(s.question.zh).toContain('1.5亿元');
    expect(s.question.zh).not.toContain('每年2.5亿元、');
    expect(s.changes).toEqual(changes);
    expect(s.assumptions[0]!.en).toContain('→');
  });

  it('lists several edits in the form order: runs, seed, an option, the mechanism', () => {
    const t = text.replace('runs: 2000', 'runs: 500').replace('seed: 20240819', 'seed: abc')
      .replace('foundation-model-cap: 800万元', 'foundation-model-cap: 2000万元').replace('mechanism: fcfs-partial', 'mechanism: fcfs-strict');
    const changes = scenarioChanges(base, withText(t));
    // The option puts a cap of 2000万元 on foundation-model firms: the caps in force change with it.
    expect(changes.map((c) => c.key)).toEqual(['cap:hangzhou-2024.compute', 'option:hangzhou-2024.foundation-model-cap', 'allocation.mechanism', 'runs', 'seed']);
    expect(changes[0]!.to.zh).toContain('2000万元');
    expect(changes.find((c) => c.key === 'runs')!.from.en).toBe('2000');
    expect(changes.find((c) => c.key === 'runs')!.to.en).toBe('500');
  });

  it('does not mutate its inputs', () => {
    const edited = withText(text.replace('runs: 2000', 'runs: 9'));
    const before = JSON.stringify([base, edited]);
    editedScenario(base, edited);
    expect(JSON.stringify([base, edited])).toBe(before);
  });
});
