/**
 * Scenario files: every file in scenarios/ loads; bad scenarios give clear messages naming the file, line and field.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserErrors, type UserError } from '../../src/errors/UserError';
import { loadScenario, resolveRelative } from '../../src/scenario/loadScenario';
import { scenarioText, type ScenarioParts } from '../engine/scenarioText';
import { userErrorText } from '../../src/i18n/userErrorText';

const root = resolve(import.meta.dirname, '../..');
const read = (p: string): string => readFileSync(resolve(root, p), 'utf8');

function errorsOf(text: string): UserError[] {
  try {
    loadScenario(text, 'bad.yaml', read);
  } catch (e) {
    if (e instanceof UserErrors) return e.errors;
    throw e;
  }
  throw new Error('expected the scenario to be rejected');
}

/** 1-based line of the first line containing `needle`. */
function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((l) => l.includes(needle)) + 1;
}

function errorsOfParts(p: ScenarioParts): UserError[] {
  return errorsOf(scenarioText(p));
}

describe('the scenario library', () => {
  const files = readdirSync(join(root, 'scenarios')).filter((f) => f.endsWith('.yaml'));
  it.each(files)('scenarios/%s loads', (f) => {
    const s = loadScenario(read(`scenarios/${f}`), `scenarios/${f}`, read);
    expect(s.runs).toBeGreaterThan(0);
    expect(s.rules.schemes.length).toBeGreaterThan(0);
  });
});

describe('bad scenarios', () => {
  it('tier shares summing above 100%: names the field and the sum', () => {
    const [e] = errorsOfParts({
      tiers: `
    - {id: a, label: {zh: 甲, en: a}, share: 70%, sme: 0%, foundationModel: 0%, vouchers: {corpus: {seek: 10%, count: {law: fixed, n: 1}, amount: {law: constant, value: 10万}, executed: {law: constant, value: 100%}}}}
    - {id: b, label: {zh: 乙, en: b}, share: 50%, sme: 0%, foundationModel: 0%, vouchers: {corpus: {seek: 10%, count: {law: fixed, n: 1}, amount: {law: constant, value: 10万}, executed: {law: constant, value: 100%}}}}`,
    });
    expect(e!.where.file).toBe('bad.yaml');
    expect(e!.where.field).toBe('population.tiers');
    expect(e!.where.line).toBeGreaterThan(0);
    expect(userErrorText(e!).en).toContain('120%');
  });

  it('a negative sigma: names the field and the value', () => {
    const errs = errorsOfParts({
      tiers: `
    - {id: a, label: {zh: 甲, en: a}, share: 100%, sme: 0%, foundationModel: 0%, vouchers: {corpus: {seek: 10%, count: {law: fixed, n: 1}, amount: {law: lognormal, mu: 12, sigma: -1}, executed: {law: constant, value: 100%}}}}`,
    });
    const e = errs.find((x) => x.where.field?.endsWith('sigma'));
    expect(e, JSON.stringify(errs.map((x) => x.where))).toBeDefined();
    expect(userErrorText(e!).en).toContain('-1');
  });

  it('an application window outside the year: names the window', () => {
    const text = scenarioText({ arrivals: '{windows: [{from: 03-01, to: 13-05}]}' });
    const errs = errorsOf(text);
    expect(errs.some((x) => x.where.field?.startsWith('population.arrivals.windows'))).toBe(true);
    expect(errs[0]!.where.line).toBe(lineOf(text, 'arrivals:'));
  });

  it('runs = 0: names the field and says what is valid', () => {
    const [e] = errorsOfParts({ runs: 0 });
    expect(e!.where.field).toBe('runs');
    expect(userErrorText(e!).en).toMatch(/1/);
  });

  it('an unknown key: lists the allowed keys', () => {
    const errs = errorsOf(`${scenarioText({})}\nbudget: 5亿\n`);
    expect(errs[0]!.where.field).toBe('budget');
    expect(userErrorText(errs[0]!).en).toContain('firstYearPool');
  });

  it('a scheme in force without a published pool and none given (Zhejiang 2025): says how to fix it', () => {
    const errs = errorsOfParts({ policies: ['scenarios/policies/zhejiang-2025.yaml'], schemes: '' });
    expect(errs.map((e) => e.where.field)).toEqual(expect.arrayContaining(['schemes.zhejiang-2025.compute.pool']));
    expect(userErrorText(errs[0]!).en).toContain('unlimited');
  });

  it('zhejiang-2025 cap-basis firm-validity over several simulated years: refused, saying why and what to choose', () => {
    const zj = 'schemes:\n  zhejiang-2025.compute: {pool: 1亿}\n  zhejiang-2025.corpus: {pool: 1亿}\n  zhejiang-2025.model: {pool: 1亿}';
    const errs = errorsOfParts({
      policies: ['scenarios/policies/zhejiang-2025.yaml'], schemes: zj, years: '[2025, 2026]', options: '{zhejiang-2025.cap-basis: firm-validity}',
    });
    expect(errs.map((e) => [e.code, e.where.field])).toEqual([
      ['scenario.cap-validity-years', 'zhejiang-2025.cap-basis'], ['scenario.cap-validity-years', 'zhejiang-2025.cap-basis'],
      ['scenario.cap-validity-years', 'zhejiang-2025.cap-basis'],
    ]);
    expect(userErrorText(errs[0]!).en).toContain('each simulated year draws new firms');
    expect(userErrorText(errs[0]!).en).toContain('(2025, 2026)');
    // one simulated year is accepted
    const one = scenarioText({ policies: ['scenarios/policies/zhejiang-2025.yaml'], schemes: zj, years: '[2026]', options: '{zhejiang-2025.cap-basis: firm-validity}' });
    expect(loadScenario(one, 'ok.yaml', read).rules.schemes.map((x) => x.capBasis)).toEqual(['firm-validity', 'firm-validity', 'firm-validity']);
  });

  it('a missing required option (Hangzhou 2023 draft ratio): names the option with an example', () => {
    const errs = errorsOfParts({ policies: ['scenarios/policies/hangzhou-2023-draft.yaml'], schemes: '' });
    expect(errs.some((e) => /hangzhou-2023-draft\./.test(userErrorText(e).en))).toBe(true);
    expect(errs.every((e) => e.where.file === 'bad.yaml' && (e.where.line ?? 0) > 0)).toBe(true);
  });

  it('an unknown option key: placed on the options line', () => {
    const text = scenarioText({ options: '{hangzhou-2024.no-such-option: 1}' });
    const errs = errorsOf(text);
    expect(errs[0]!.where.line).toBe(lineOf(text, 'options:'));
    expect(errs[0]!.where.field).toBe('options.hangzhou-2024.no-such-option');
    expect(userErrorText(errs[0]!).en).toContain('foundation-model-cap');
  });

  it('a missing policy file: names the path looked for', () => {
    const errs = errorsOfParts({ policies: ['scenarios/policies/nowhere.yaml'] });
    expect(userErrorText(errs[0]!).en).toContain('nowhere.yaml');
    expect(errs[0]!.where.field).toBe('policies[0]');
  });

  it('a batch mechanism without its period, and ranked without priorities', () => {
    expect(errorsOfParts({ mechanism: 'batch-prorata' })[0]!.where.field).toBe('allocation.period');
    expect(errorsOfParts({ mechanism: 'batch-ranked', extraAllocation: 'period: month' })[0]!.where.field).toBe('allocation.priority');
  });
});

describe('resolveRelative', () => {
  it('joins paths relative to a file', () => {
    expect(resolveRelative('scenarios/a.yaml', 'policies/b.yaml')).toBe('scenarios/policies/b.yaml');
    expect(resolveRelative('bench/plain.yaml', '../scenarios/x.yaml')).toBe('scenarios/x.yaml');
    expect(resolveRelative('a.yaml', 'b.yaml')).toBe('b.yaml');
  });
});
