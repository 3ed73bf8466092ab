/** The analyses' inputs and runs: auto travel in the link with the rest of the page state, and are checked there. */
import { describe, expect, it } from 'vitest';
import { decodeState, encodeState } from '../../src/web/urlState';
import { defaultPageState, pageStateSchema, type PageState } from '../../src/web/pageState';

describe('analysis inputs in the page state', () => {
  it('round-trips runs: auto and every analysis field through the URL', async () => {
    const state: PageState = {
      ...defaultPageState('scenarios/hangzhou-2024.yaml', 'en'),
      runsAuto: true,
      analysis: {
        tab: 'sweep', scheme: 'hangzhou-2024.compute', year: 2025, delta: '15%', sensitivityRuns: '200',
        find: 'cap', target: 'median exhaustion >= 11-30', range: '100万..2000万', resolution: '10万', solveRuns: '300',
        x: { variable: 'pool', from: '1亿', to: '5亿', points: '9' }, y: { variable: 'ratio', points: '3' }, sweepRuns: '100',
      },
    };
    expect((await decodeState(await encodeState(state))).state).toEqual(state);
  });

  it('still reads a link written before the analyses existed', () => {
    expect(pageStateSchema.safeParse(defaultPageState('scenarios/hangzhou-2024.yaml')).success).toBe(true);
  });

  it('refuses unknown fields, variables and tabs instead of half-applying them', () => {
    const base = defaultPageState('scenarios/hangzhou-2024.yaml');
    expect(pageStateSchema.safeParse({ ...base, analysis: { tab: 'tornado' } }).success).toBe(false);
    expect(pageStateSchema.safeParse({ ...base, analysis: { x: { variable: 'weather' } } }).success).toBe(false);
    expect(pageStateSchema.safeParse({ ...base, analysis: { budget: '1亿' } }).success).toBe(false);
    expect(pageStateSchema.safeParse({ ...base, runsAuto: 'yes' }).success).toBe(false);
  });
});
