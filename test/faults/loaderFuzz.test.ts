/**
 * Issue 16 item 8: random YAML near the schema. The default scenario and its population with one value replaced
 * by a random one (a wrong type, an odd number, a hostile string), or with random text spliced in: loading gives a
 * scenario or user errors that each name the file and say what is wrong in both languages, never anything else.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { UserError, userErrorsOf } from '../../src/errors/UserError';
import { loadScenario } from '../../src/scenario/loadScenario';
import { userErrorText } from '../../src/i18n/userErrorText';

const root = resolve(import.meta.dirname, '../..');
const SCENARIO = 'scenarios/hangzhou-2024.yaml';
const POPULATION = 'scenarios/populations/hangzhou-ai-firms.yaml';
const texts: Record<string, string> = {
  [SCENARIO]: readFileSync(resolve(root, SCENARIO), 'utf8'),
  [POPULATION]: readFileSync(resolve(root, POPULATION), 'utf8'),
  'scenarios/policies/hangzhou-2024.yaml': readFileSync(resolve(root, 'scenarios/policies/hangzhou-2024.yaml'), 'utf8'),
};

/** Every path to a leaf of a parsed YAML value. */
function leaves(v: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(v)) return v.flatMap((x, i) => leaves(x, [...path, i]));
  if (v !== null && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => leaves(x, [...path, k]));
  return [path];
}

function setAt(root: unknown, path: readonly (string | number)[], value: unknown): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let at = copy;
  for (const p of path.slice(0, -1)) at = at[p] as Record<string | number, unknown>;
  at[path[path.length - 1]!] = value;
  return copy;
}

const hostile = fc.oneof(
  fc.constantFrom(null, true, 0, -0, -1, 1.5, 1e20, 2 ** 53, -(2 ** 60), '', ' ', '1e20', '90.08亿', '0.001元', '-0', '10²万', '٣万', 'unlimited',
    'none', '100%', '101%', '2025-02-30', '\u2028', 'a\u0000b', '=cmd|x', '*a', '&a', '{', '[', 'NaN', '.inf', [], {}, [null], { x: 1 }),
  fc.string(), fc.integer(), fc.double(), fc.array(fc.integer(), { maxLength: 3 }),
);

/** Loads the scenario with `file` replaced by `text`: the outcome, with everything not a UserError rethrown. */
function load(file: string, text: string): 'ok' | UserError[] {
  const files = { ...texts, [file]: text };
  try {
    loadScenario(files[SCENARIO]!, SCENARIO, (p) => {
      const t = files[p];
      if (t === undefined) throw new UserError('file.missing', { zh: '文件不存在', en: 'no such file' }, { file: p });
      return t;
    });
    return 'ok';
  } catch (e) {
    const errs = userErrorsOf(e);
    if (!errs) throw e;
    return errs;
  }
}

function expectUserErrors(r: 'ok' | UserError[]): void {
  if (r === 'ok') return;
  expect(r.length).toBeGreaterThan(0);
  for (const u of r) {
    expect(u.where.file, u.message).toBeTruthy();
    expect(userErrorText(u).zh.length).toBeGreaterThan(0);
    expect(userErrorText(u).en.length).toBeGreaterThan(0);
    // a value is quoted as the user wrote it, never as [object Object] or a bare undefined
    expect(userErrorText(u).en).not.toMatch(/\[object Object\]|(^|[^"])undefined([^"]|$)/);
  }
}

describe('scenario loader (fuzz)', () => {
  for (const file of [SCENARIO, POPULATION]) {
    const value = parse(texts[file]!) as unknown;
    const paths = leaves(value);

    it(`a random value at a random place of ${file} gives a scenario or user errors naming the file`, () => {
      fc.assert(fc.property(fc.integer({ min: 0, max: paths.length - 1 }), hostile, (k, v) => {
        expectUserErrors(load(file, stringify(setAt(value, paths[k]!, v))));
      }), { numRuns: 120 });
    });
  }

  it('random text spliced into the scenario gives a scenario or user errors naming the file', () => {
    const text = texts[SCENARIO]!;
    fc.assert(fc.property(fc.integer({ min: 0, max: text.length }), fc.string({ maxLength: 12 }), (at, s) => {
      expectUserErrors(load(SCENARIO, text.slice(0, at) + s + text.slice(at)));
    }), { numRuns: 120 });
  });
});
