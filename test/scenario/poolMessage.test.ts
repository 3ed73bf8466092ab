import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { userErrorsOf } from '../../src/errors/UserError';
import { userErrorText } from '../../src/i18n/userErrorText';
import { loadScenario } from '../../src/scenario/loadScenario';

const file = 'scenarios/hangzhou-2024.yaml';
const text = readFileSync(file, 'utf8');
const messages = (pool: string): string[] => {
  try {
    loadScenario(`${text}\nschemes:\n  hangzhou-2024.compute:\n    pool: ${pool}\n`, file, (p) => readFileSync(p, 'utf8'));
  } catch (e) {
    return (userErrorsOf(e) ?? []).map((u) => userErrorText(u).en);
  }
  return [];
};

describe('a pool that is not an amount', () => {
  it('gets the amount\'s message, not "use unlimited"', () => {
    expect(messages('abc').join('\n')).toMatch(/cannot read the pool "abc": write an amount|无法读取资金池 “?abc”?：请写金额/);
    expect(messages('-3亿元').join('\n')).toMatch(/must not be negative|不能为负数/);
    expect(messages('unlimited')).toEqual([]);
    expect(messages('1.5亿元')).toEqual([]);
  });
});
