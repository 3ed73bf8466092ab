/**
 * The words people read are written in the catalogues of src/i18n, not inline in the code: outside src/i18n, a
 * line of code (not a comment) holds Chinese only where it is not a word for people to read but something quansim
 * reads or quotes. The exceptions are listed here one by one, each with the reason, so that a new inline word fails
 * this test and a stale exception does too.
 *
 * Chinese is what this test can find: an English word written inline has its Chinese beside it (`lang === 'zh' ?
 * '…' : '…'`, `{ zh, en }`), so a text in both languages written inline is found by its Chinese half. A separator
 * written per language (`lang === 'zh' ? '：' : ': '`) has no Chinese character but a fullwidth one, so fullwidth
 * punctuation counts as Chinese here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');

/**
 * Chinese characters (CJK unified ideographs), CJK punctuation (U+3000–U+303F: 、。「」…) and fullwidth forms
 * (U+FF00–U+FFEF: ：；，（）…).
 */
const CHINESE = /[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]/;

/** A line of a comment: `//`, `/*` or the `*` of a block comment. */
const COMMENT = /^\s*(\/\/|\/\*|\*)/;

/**
 * A description of the JSON Schemas that `quansim schema` writes for editors (zod's `.describe` and `.meta`): in
 * English, with the documents' terms (合同费用, 800万元) quoted as the YAML files write them.
 */
const SCHEMA_DESCRIPTION = /\.describe\(|\.meta\(\{ description:/;

/**
 * Lines that hold Chinese and are not words for people to read: `file` and a part of the line that says which.
 */
const EXCEPTIONS: readonly { file: string; holds: string; why: string }[] = [
  { file: 'src/money/parseAmount.ts', holds: "万: 10_000, 亿: 100_000_000", why: 'the units an amount is read with (input grammar)' },
  { file: 'src/money/parseAmount.ts', holds: '(万|亿)?\\s*(?:元|yuan', why: 'the pattern an amount is read with (input grammar)' },
  { file: 'src/money/parseAmount.ts', holds: '/^[-−－]/.test(text)', why: 'the minus signs a negative amount is recognised by, fullwidth included (input grammar)' },
  { file: 'src/policy/optionValue.ts', holds: 'text.split(/[,，]/)', why: 'the commas an option value is split at, fullwidth included (input grammar)' },
  { file: 'src/charts/chartBase.ts', holds: '/[，。；、：）/]/.test(c)', why: 'the punctuation a chart title may break after (line breaking, not words)' },
  { file: 'src/charts/chartBase.ts', holds: '/[\\u3400-\\u9fff（]/.test(next)', why: 'the characters a chart title may break before (line breaking, not words)' },
  { file: 'src/web/analysisFormat.ts', holds: "[['亿', 1e8], ['万', 1e4]]", why: 'an amount typed back into a form, in the units parseAmount reads' },
  { file: 'src/web/analysisFormat.ts', holds: '[万亿]$/.test(text)', why: 'an amount typed back into a form, in the units parseAmount reads' },
  { file: 'src/policy/capCountingOption.ts', holds: "clause: '结尾段'", why: 'the clause of a policy document an option cites' },
  { file: 'src/policy/capCountingOption.ts', holds: "quote: '本措施与本市各级其他同类政策有重叠的", why: 'the words of a policy document, quoted' },
  { file: 'src/policy/optionValue.ts', holds: "return '500万元';", why: 'an example value that parseAmount reads, the same in both languages' },
  { file: 'src/analysis/parseTarget.ts', holds: '(?:前|之前)?用完', why: 'a target as written in Chinese (input grammar)' },
  { file: 'src/analysis/parseTarget.ts', holds: '`^用完日期中位数', why: 'a target as written in Chinese (input grammar)' },
  { file: 'src/analysis/parseTarget.ts', holds: '`^未满足(?:需求)?(?:占比|比例)', why: 'a target as written in Chinese (input grammar)' },
  { file: 'src/analysis/parseTolerance.ts', holds: '(?:d|days?|天)?$/i', why: 'a tolerance in days as written in Chinese (input grammar)' },
  { file: 'src/web/analysisParams.ts', holds: "DEFAULT_TARGET = { zh: 'P(12-31前用完) <= 10%'", why: 'the target first typed into the form, in the grammar parseTarget reads' },
  { file: 'src/output/formatSummaryText.ts', holds: '(万|亿|元|万元|亿元)?$/.test(value)', why: 'recognises an amount already written (input grammar)' },
  { file: 'src/data/fittedPopulationYaml.ts', holds: '}万`;', why: 'writes an amount into a population file, in the units parseAmount reads' },
  { file: 'src/data/parseApplications.ts', holds: "'y', '是', 't'", why: 'the yes tokens of an applications CSV (input grammar)' },
  { file: 'src/data/parseApplications.ts', holds: "'n', '否', 'f'", why: 'the no tokens of an applications CSV (input grammar)' },
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Every line of code outside src/i18n that holds Chinese, as `file:line: text`, with the exception it matches. */
function chineseLines(): { where: string; text: string; exception: number }[] {
  const found: { where: string; text: string; exception: number }[] = [];
  for (const path of sourceFiles(SRC)) {
    const file = relative(ROOT, path).split('\\').join('/');
    if (file.startsWith('src/i18n/')) continue;
    readFileSync(path, 'utf8').split('\n').forEach((text, i) => {
      if (!CHINESE.test(text) || COMMENT.test(text) || SCHEMA_DESCRIPTION.test(text)) return;
      const exception = EXCEPTIONS.findIndex((e) => e.file === file && text.includes(e.holds));
      found.push({ where: `${file}:${i + 1}`, text: text.trim(), exception });
    });
  }
  return found;
}

describe('words outside src/i18n', () => {
  const lines = chineseLines();

  it('no line of code outside src/i18n holds Chinese but the listed exceptions', () => {
    expect(lines.filter((l) => l.exception < 0).map((l) => `${l.where}: ${l.text}`)).toEqual([]);
  });

  it('every exception still matches a line (a stale one is removed)', () => {
    const used = new Set(lines.map((l) => l.exception));
    expect(EXCEPTIONS.filter((_, i) => !used.has(i)).map((e) => `${e.file}: ${e.holds}`)).toEqual([]);
  });

  it('finds an inline word: a line with Chinese in a source file is reported', () => {
    // the scan itself, on a line written as the code would write it (a check that the test can fail)
    const line = "  title: { zh: '资金池', en: 'Pool' },";
    expect(CHINESE.test(line) && !COMMENT.test(line)).toBe(true);
    expect(COMMENT.test(" * 资金池 (a comment)")).toBe(true);
    // a separator written per language: no Chinese character, a fullwidth colon
    expect(CHINESE.test("  const colon = lang === 'zh' ? '：' : ': ';")).toBe(true);
    expect(CHINESE.test("  xs.join(lang === 'zh' ? '、' : ', ')")).toBe(true);
    expect(CHINESE.test("  const colon = ': ';")).toBe(false);
  });
});
