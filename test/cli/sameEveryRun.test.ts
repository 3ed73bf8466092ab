/**
 * A median date whose 95% interval is one day (hangzhou-2023-draft: runs pile up on the draft's batch dates) is
 * printed without a false "± 0.0 d": the CLI says the interval is that one day.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/cli/io';
import { runCli } from '../../src/cli/program';
import type { Summary } from '../../src/stats/Summary';

const root = resolve(import.meta.dirname, '../..');
const run = async (...argv: string[]) => {
  const io = memoryIo(root);
  return { code: await runCli(argv, io), out: io.stdout() };
};

describe('a median date whose interval is one day', () => {
  it('reads "its 95% interval is this one day", never ± 0.0', async () => {
    const args = ['run', 'hangzhou-2023-draft', '--runs', '200', '--seed', 'same', '--workers', '1'];
    const summary = JSON.parse((await run(...args, '--json')).out) as Summary;
    const ex = summary.years[0]!.schemes.find((s) => s.exhaustion?.date)!.exhaustion!;
    // from summary.json: the median's interval is the median's own day
    expect(ex.medianDateError!.lo!.date).toBe(ex.date!.p50.date);
    expect(ex.medianDateError!.hi!.date).toBe(ex.date!.p50.date);
    for (const lang of ['en', 'zh'] as const) {
      const text = (await run(...args, '--lang', lang)).out;
      expect(text).toMatch(lang === 'en' ? /\(its 95% interval is this one day\)/ : /（95% 区间只有这一天）/);
      expect(text).not.toMatch(/± 0\.0 ?(d|天)/);
    }
  });
});
