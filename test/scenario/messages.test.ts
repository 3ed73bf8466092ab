/** Issue 16: amount, count and year errors in scenario files say what is wrong with the value, in both languages. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatUserError } from '../../src/i18n/formatUserError';
import { userErrorsOf } from '../../src/errors/UserError';
import { loadScenario } from '../../src/scenario/loadScenario';

const root = resolve(import.meta.dirname, '../..');
const scenarioText = readFileSync(resolve(root, 'scenarios/zhejiang-2025.yaml'), 'utf8');
const read = (p: string) => readFileSync(resolve(root, p), 'utf8');

/** The errors of the Zhejiang scenario with `from` replaced by `to`, one line each. */
function errorsWith(from: string, to: string, lang: 'en' | 'zh' = 'en'): string[] {
  expect(scenarioText).toContain(from);
  try {
    loadScenario(scenarioText.replace(from, to), 'scenarios/zhejiang-2025.yaml', read);
  } catch (e) {
    const errs = userErrorsOf(e);
    if (!errs) throw e;
    return errs.map((u) => formatUserError(u, lang));
  }
  return [];
}

describe('scenario messages', () => {
  it.each([
    ['1e20', 'amount "100000000000000000000" is too large'],
    ['90.08亿', 'amount "90.08亿" is too large'],
    ['0.001元', 'amount "0.001元" has a part below one fen'],
    ['-0', 'amount must not be negative: "-0"'],
    ['10²万', 'amount "10²万" contains "²" (U+00B2), which is not a plain digit 0–9'],
    ['lots', 'cannot read the pool "lots": write an amount (e.g. 2.5亿元, 800万元, 500000) or unlimited'],
  ])('pool: %s is told about the amount, not to use "unlimited"', (pool, message) => {
    const errs = errorsWith('zhejiang-2025.compute: {pool: 2.5亿元}', `zhejiang-2025.compute: {pool: ${pool}}`);
    expect(errs).toHaveLength(1);
    expect(errs[0]).toMatch(/^scenarios\/zhejiang-2025\.yaml:58:\d+: schemes\.zhejiang-2025\.compute\.pool: /);
    expect(errs[0]).toContain(message);
    expect(errs[0]).not.toContain('use one of');
  });

  it('pool: unlimited is still read', () => {
    expect(errorsWith('zhejiang-2025.compute: {pool: 2.5亿元}', 'zhejiang-2025.compute: {pool: unlimited}')).toEqual([]);
  });

  it('words counts and years for people', () => {
    expect(errorsWith('runs: 1000', 'runs: 0')).toEqual([expect.stringMatching(/: runs: 0 is too small: it must be at least 1 here$/)]);
    expect(errorsWith('runs: 1000', 'runs: 0', 'zh')).toEqual([expect.stringMatching(/: runs: 0 太小：此处须不小于 1$/)]);
    expect(errorsWith('runs: 1000', 'runs: 2.5')).toEqual([expect.stringMatching(/: runs: expected a whole number, got a number "2.5"$/)]);
    expect(errorsWith('years: [2026]', 'years: [1999]')).toEqual([expect.stringMatching(/: years\[0\]: 1999 is too small: it must be at least 2000 here$/)]);
    expect(errorsWith('years: [2026]', 'years: [2100]')).toEqual([expect.stringMatching(/: years\[0\]: 2100 is too large: it must be at most 2099 here$/)]);
  });
});
