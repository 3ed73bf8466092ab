/**
 * A chance seen in no run (or in every run) reads as a count of runs and a 95% bound, not "0.0% ± 0.0", in the
 * CLI's precision block, the report's precision table and headline. The bound's truth is the closed form of the
 * Wilson interval at k = 0: z²/(n + z²) (Wilson 1927), with z = Φ⁻¹(0.975) = 1.959963984540054.
 */
import { describe, expect, it } from 'vitest';
import { allOrNoneNote, allOrNoneText } from '../../src/analysis/formatAllOrNone';
import { formatPrecision } from '../../src/analysis/formatPrecision';
import { memoryIo } from '../../src/cli/io';
import { runCli } from '../../src/cli/program';
import { headlineError, precisionRows } from '../../src/report/precisionBlocks';
import type { Summary } from '../../src/stats/Summary';

const Z2 = 1.959963984540054 ** 2;
/** The upper bound in percent, two significant figures, by the closed form. */
const upper = (n: number): string => `${Number(((100 * Z2) / (n + Z2)).toPrecision(2))}%`;

describe('allOrNoneText', () => {
  it('gives the count of runs and the closed-form Wilson bound', () => {
    expect(upper(500)).toBe('0.76%');
    expect(allOrNoneText(0, 500, 'en')).toBe(`0% (0 of 500 runs; 95% upper bound ${upper(500)})`);
    expect(allOrNoneText(0, 2000, 'zh')).toBe(`0%（2,000 次模拟中 0 次；95% 上限 ${upper(2000)}）`);
    // k = n: the lower bound n/(n + z²) = 100% − the upper bound of k = 0
    expect(allOrNoneText(1, 500, 'en')).toBe('100% (500 of 500 runs; 95% lower bound 99.24%)');
    expect(allOrNoneNote(1, 500, 'zh')).toBe('（500 次模拟全部，95% 下限 99.24%）');
    expect(allOrNoneText(0.5, 500, 'en')).toBeNull();
    expect(allOrNoneText(0.002, 500, 'en')).toBeNull();
  });
});

describe('a pool that never runs out', () => {
  it('reads as 0 of n runs in the CLI text and the report, in zh and en', async () => {
    const io = memoryIo();
    // Zhejiang's model voucher: its 1亿元 pool is never used up by the illustrative firms.
    expect(await runCli(['run', 'scenarios/zhejiang-2025.yaml', '--runs', '200', '--workers', '1', '--format', 'json'], io), io.stderr()).toBe(0);
    const summary = JSON.parse(io.stdout()) as Summary;
    const y = summary.years[0]!;
    const never = y.schemes.find((s) => s.id === 'zhejiang-2025.model')!;
    expect(never.exhaustion!.probabilityByYearEnd).toBe(0);
    for (const lang of ['zh', 'en'] as const) {
      const text = formatPrecision(summary, lang);
      expect(text).not.toMatch(/0\.0% ± 0\.0/);
      expect(text).toContain(lang === 'zh' ? `年内用完概率 0%（200 次模拟中 0 次；95% 上限 ${upper(200)}）` : `P(runs out by 31 Dec) 0% (0 of 200 runs; 95% upper bound ${upper(200)})`);
      const row = precisionRows(y, lang, summary.runs).find((r) => r.figure.startsWith(never.label[lang]))!;
      expect(row).toMatchObject({ estimate: lang === 'zh' ? '0%（200 次模拟中 0 次）' : '0% (0 of 200 runs)', se: '—', interval: `0%–${upper(200)}` });
      expect(headlineError(never, lang, summary.runs)).toBe(allOrNoneNote(0, 200, lang));
    }
  });
});
