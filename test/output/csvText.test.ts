import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvText, escapeFormula } from '../../src/figures/csvText';
import { perRunCsv, perRunCsvParts } from '../../src/output/perRunCsv';
import { runRange } from '../../src/engine/runRange';
import { loadScenarioFile } from '../../src/scenario/loadScenarioFile';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

describe('csvText formula escaping', () => {
  it('escapes a cell that starts a formula even when it spans lines (papaparse\'s escapeFormulae does not)', () => {
    const cells = ['=HYPERLINK("http://x","y")\nsecond line', '+1\r\n2', '-2\u2028x', '@SUM(A1)\n', '\t=1\nx', '\r=1'];
    const text = csvText(['label'], cells.map((c) => [c]));
    const back = Papa.parse<string[]>(text, { newline: '\r\n' }).data.slice(1).map((r) => r[0]);
    expect(back).toEqual(cells.map((c) => `'${c}`));
    // the bug this replaces: papaparse's own pattern leaves the multi-line cell as a formula
    expect(Papa.unparse({ fields: ['a'], data: [[cells[0]]] }, { escapeFormulae: true })).toContain('"=HYPERLINK');
  });

  it('keeps text that is data intact: quotes, backticks, U+2028/2029, newlines, commas', () => {
    const cells = ['a "quoted" label', '```js\n`x`', 'line\u2028sep\u2029para', 'two\nlines', 'a, b', ' lead', '中文，标签'];
    const text = csvText(['label', 'n'], cells.map((c, i) => [c, i]));
    const back = Papa.parse<string[]>(text, { newline: '\r\n' }).data;
    expect(back[0]).toEqual(['label', 'n']);
    expect(back.slice(1).map((r) => r[0])).toEqual(cells);
    expect(back.slice(1).map((r) => Number(r[1]))).toEqual(cells.map((_, i) => i));
  });

  it('escapes headers too, and leaves numbers alone', () => {
    expect(csvText(['=x'], [[-5]])).toBe('"\'=x"\r\n-5');
    expect(escapeFormula('-5')).toBe('\'-5');
    expect(escapeFormula('5-')).toBe('5-');
  });
});

describe('perRunCsvParts', () => {
  it('writes slices that join to the whole CSV, runs in order', () => {
    const s = { ...loadScenarioFile('scenarios/hangzhou-2024.yaml', root), runs: 4500 };
    const acc = runRange(s, 0, s.runs, {});
    const parts = [...perRunCsvParts(acc.years)];
    expect(parts.length).toBe(3); // 2048 runs a slice
    const whole = perRunCsv(acc.years);
    expect(parts.join('')).toBe(whole);
    const rows = Papa.parse<string[]>(whole, { newline: '\r\n' }).data;
    expect(rows.length).toBe(1 + 4500 * 2); // header, then a scheme row and a total row per run
    const runs = rows.slice(1).map((r) => Number(r[0]));
    expect(runs.every((r, i) => r === Math.floor(i / 2))).toBe(true);
  });
});
