/**
 * Every user-facing word lives in a catalogue of src/i18n, and every entry has both languages with the same
 * placeholders: a `{x}` in one is in the other, and a message function puts each of its arguments into both texts
 * or into neither (called with marker arguments, so a value dropped from one language shows). The words of the
 * base's errors (`baseErrors`) are functions of one params record, called with a marker for each param its code
 * carries (`errors/baseError`).
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE_ERROR_PARAMS } from '../../src/errors/baseError';
import { baseErrors } from '../../src/i18n/baseErrors';

/**
 * The files of src/i18n that are not catalogues: the types, the quoting of values, the rendering of errors, and
 * formatMoney (amounts in each language's units, 万元/亿元 and yuan).
 */
const HELPERS = ['Bilingual.ts', 'formatMoney.ts', 'formatUserError.ts', 'quoteValue.ts', 'userErrorText.ts'];

/** Every module of src/i18n but the helpers, as Vite loads it. */
const modules = import.meta.glob<Record<string, unknown>>('../../src/i18n/*.ts', { eager: true });
const catalogueFiles = Object.keys(modules).map((path) => path.slice(path.lastIndexOf('/') + 1)).filter((f) => !HELPERS.includes(f)).sort();

/** Each plain object a catalogue file exports is a catalogue (`reportLabels` exports four), named `file.export`. */
const catalogues: Record<string, Record<string, unknown>> = Object.fromEntries(
  Object.entries(modules)
    .filter(([path]) => !HELPERS.some((helper) => path.endsWith(`/${helper}`)))
    .flatMap(([path, exports]) =>
      Object.entries(exports)
        .filter(([, value]) => typeof value === 'object' && value !== null && !Array.isArray(value))
        .map(([name, value]) => [`${path.slice(path.lastIndexOf('/') + 1, -3)}.${name}`, value as Record<string, unknown>]),
    ),
);

const isBilingual = (v: unknown): v is { zh: string; en: string } =>
  typeof v === 'object' && v !== null && typeof (v as { zh?: unknown }).zh === 'string' && typeof (v as { en?: unknown }).en === 'string';

/** `{x}` placeholders of a text, sorted. */
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

/**
 * Marker arguments: strings that survive any formatting a message applies to a string argument, and that read as
 * the same marker in both languages when the message takes a text in both (`{zh, en}`: a label, a figure written
 * per language).
 */
const markers = (n: number) => Array.from({ length: n }, (_, i) => Object.assign(new String(`ARG${i}MARK`), { zh: `ARG${i}MARK`, en: `ARG${i}MARK` }));

describe('the word catalogues of src/i18n', () => {
  it('are read from every file of src/i18n that is not a helper, and each file exports at least one', () => {
    const files = readdirSync(resolve(import.meta.dirname, '../../src/i18n')).filter((f) => !HELPERS.includes(f)).sort();
    expect(catalogueFiles).toEqual(files);
    for (const file of files) expect(Object.keys(catalogues).some((name) => name.startsWith(`${file.slice(0, -3)}.`)), file).toBe(true);
  });

  for (const [name, catalogue] of Object.entries(catalogues)) {
    it(`${name}: every entry has zh and en with the same placeholders and arguments`, () => {
      let texts = 0;
      let functions = 0;
      const problems: string[] = [];
      for (const [key, value] of Object.entries(catalogue)) {
        if (isBilingual(value)) {
          texts += 1;
          if (value.zh.trim() === '' && value.en.trim() !== '') problems.push(`${key}: no Chinese`);
          if (value.en.trim() === '' && value.zh.trim() !== '') problems.push(`${key}: no English`);
          if (placeholders(value.zh).join() !== placeholders(value.en).join()) problems.push(`${key}: {…} differ: zh ${placeholders(value.zh)} en ${placeholders(value.en)}`);
        } else if (typeof value === 'function') {
          const names = catalogue === baseErrors ? BASE_ERROR_PARAMS[key as keyof typeof BASE_ERROR_PARAMS] : null;
          const args = markers(names ? names.length : value.length);
          let out: unknown;
          try {
            out = names
              ? (value as (p: Record<string, unknown>) => unknown)(Object.fromEntries(names.map((n, i) => [n, args[i]!])))
              : (value as (...a: unknown[]) => unknown)(...args);
          } catch {
            continue; // needs arguments of another type (numbers, objects): checked by its own tests
          }
          if (!isBilingual(out)) continue;
          functions += 1;
          for (const a of args.map(String)) {
            if (out.zh.includes(a) !== out.en.includes(a)) problems.push(`${key}: argument ${a} is in ${out.zh.includes(a) ? 'zh' : 'en'} only`);
          }
        }
      }
      expect(problems).toEqual([]);
      expect(texts + functions).toBeGreaterThan(0);
    });
  }
});
