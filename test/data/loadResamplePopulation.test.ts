/**
 * loadResamplePopulation keeps its last results by the texts it read (the page loads a scenario on every edit and
 * the fit takes seconds), and still reports every problem of every file at once.
 */
import { describe, expect, it } from 'vitest';
import { loadResamplePopulation } from '../../src/data/resamplePopulation';
import { userErrorsOf } from '../../src/errors/UserError';

// 12 firm-years over 3 years, one application each (written by hand).
const csv = (contract: string): string => ['firm,date,voucher,contract',
  ...[2022, 2023, 2024].flatMap((y) => [1, 2, 3, 4].map((f) => `F${f},${y}-03-0${f},compute,${f}${contract}`))].join('\n');
const reader = (files: Record<string, string>) => (name: string): { text: string; path: string } => {
  const text = files[name];
  if (text === undefined) throw new Error(`no ${name}`);
  return { text, path: `d/${name}` };
};
const yaml = 'resample:\n  applications: a.csv\n';

describe('loadResamplePopulation', () => {
  it('gives the same population for the same texts, and a new one when a CSV changes', () => {
    const a = loadResamplePopulation(yaml, 'd/r.yaml', reader({ 'a.csv': csv('0万') }));
    expect(loadResamplePopulation(yaml, 'd/r.yaml', reader({ 'a.csv': csv('0万') }))).toBe(a);
    const b = loadResamplePopulation(yaml, 'd/r.yaml', reader({ 'a.csv': csv('00万') }));
    expect(b).not.toBe(a);
    expect(b.resample!.templates.map((t) => t.apps[0]!.contractFen)).toEqual(a.resample!.templates.map((t) => t.apps[0]!.contractFen * 10));
    // A different firm law in the resample file is a different population.
    const c = loadResamplePopulation('resample:\n  applications: a.csv\n  firms: {law: fixed, n: 7}\n', 'd/r.yaml', reader({ 'a.csv': csv('0万') }));
    expect(c.resample!.firms).toEqual({ law: 'fixed', n: 7 });
    expect(a.resample!.firms).toEqual({ law: 'poisson', mean: 4 });
  });

  it('reports a missing file and every bad row of the others together', () => {
    let caught: unknown;
    try {
      loadResamplePopulation('resample:\n  applications: [a.csv, gone.csv]\n', 'd/r.yaml', reader({ 'a.csv': 'firm,date,voucher,contract\nF1,2024-02-30,gpu,1万\n' }));
    } catch (e) {
      caught = e;
    }
    const errs = userErrorsOf(caught)!;
    expect(errs.map((e) => [e.code, e.where.file, e.where.line ?? null])).toEqual([
      ['data.applications-missing', 'd/r.yaml', null],
      [expect.any(String), 'd/a.csv', 2],
      [expect.any(String), 'd/a.csv', 2],
    ]);
  });
});
