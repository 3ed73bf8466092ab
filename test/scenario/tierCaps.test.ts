import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../src/scenario/loadScenarioFile';
import { tierCaps } from '../../src/scenario/tierCaps';

// The caps read from the policy files by hand: Hangzhou 2024 (000 （三）) caps every firm at 800万元 a year, and
// foundation-model firms (基础大模型企业, the only tier that is all foundation-model firms) at the option's value:
// the published 800万 by default (hangzhou-2024.foundation-model-cap); the stress scenarios set none or 2000万.
describe('tierCaps', () => {
  it('gives every tier the 800万 cap, foundation-model firms too (default option: the published cap)', () => {
    const caps = tierCaps(loadScenarioFile('scenarios/hangzhou-2024.yaml'), 2025);
    const s = loadScenarioFile('scenarios/hangzhou-2024.yaml');
    const ordinary = s.population.tiers.filter((t) => t.foundationModelBp === 0).map((t) => t.id);
    const foundation = s.population.tiers.filter((t) => t.foundationModelBp === 10_000).map((t) => t.id);
    expect(ordinary.length).toBeGreaterThan(2);
    expect(foundation.length).toBe(1);
    for (const id of ordinary) expect(caps.get(id)).toEqual({ kind: 'cap', fen: 800_000_000 });
    expect(caps.get(foundation[0]!)).toEqual({ kind: 'cap', fen: 800_000_000 });
  });
  it('follows the option: no cap for foundation-model firms (the generous reading)', () => {
    const s = loadScenarioFile('scenarios/stress-foundation-relaxed-cap.yaml');
    const foundation = s.population.tiers.find((t) => t.foundationModelBp === 10_000)!;
    expect(tierCaps(s, s.years[0]!).get(foundation.id)).toEqual({ kind: 'none' });
  });
  it('follows the option: a relaxed cap of 2000万', () => {
    const s = loadScenarioFile('scenarios/stress-foundation-relaxed-cap-2000w.yaml');
    const foundation = s.population.tiers.find((t) => t.foundationModelBp === 10_000)!;
    expect(tierCaps(s, s.years[0]!).get(foundation.id)).toEqual({ kind: 'cap', fen: 2_000_000_000 });
  });
});
