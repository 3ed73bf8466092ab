/**
 * One firm count everywhere: the tier table's total row in the CLI text and the report, and the sentence on a
 * tier's share of the applicants, all read applicantFirms, which must equal a count known without the simulator:
 * a fixed number n of firms, every one of which seeks a compute voucher (seek 100%, at least one contract), so
 * exactly n firms apply in every run and the mean is n.
 */
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/cli/io';
import { runCli } from '../../src/cli/program';
import { buildReport } from '../../src/report/buildReport';
import { applicantFirms } from '../../src/stats/applicantFirms';
import { tierShareSentence } from '../../src/stats/headlines';
import type { Summary } from '../../src/stats/Summary';

const N = 180;
const ROOT = resolve(__dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'quansim-firms-'));
symlinkSync(join(ROOT, 'scenarios', 'policies'), join(dir, 'policies'));
const tier = (id: string, share: string, median: string): string => `
    - id: ${id}
      label: {zh: ${id}企业, en: ${id} firms}
      share: ${share}
      sme: 100%
      foundationModel: 0%
      contracts:
        count: {law: poisson, mean: 1.2, min: 1}
        amount: {law: lognormal, median: ${median}, p90: 200万, truncate: {min: 1万, max: 2000万}}
        executed: {law: beta, mean: 85%, sd: 10%}
      vouchers:
        compute: {seek: 100%, categories: {maas: 40%, domestic: 20%, other: 40%}, selfControlled: {maas: 0%, domestic: 0%, other: 0%}}`;
const text = readFileSync(join(ROOT, 'scenarios/hangzhou-2024.yaml'), 'utf8')
  .replace(/^populationFile: .*$/m, `population:\n  firms: {law: fixed, n: ${N}}\n  tiers:${tier('a', '60%', '30万')}${tier('b', '40%', '80万')}`);
writeFileSync(join(dir, 'fixed.yaml'), text);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('applicantFirms', () => {
  it('is the known number of firms, and the CLI and report tier tables total it', async () => {
    const io = memoryIo(dir);
    expect(await runCli(['run', 'fixed.yaml', '--runs', '60', '--workers', '1', '--format', 'json'], io), io.stderr()).toBe(0);
    const summary = JSON.parse(io.stdout()) as Summary;
    const y = summary.years[0]!;
    expect(applicantFirms(y)).toBeCloseTo(N, 9);
    // every firm requested something here, so the summary's other count agrees
    expect(y.total.firms.requested.mean).toBeCloseTo(N, 9);

    const en = memoryIo(dir);
    expect(await runCli(['run', 'fixed.yaml', '--runs', '60', '--workers', '1', '--lang', 'en'], en)).toBe(0);
    const tiers = en.stdout().slice(en.stdout().indexOf('By firm tier'));
    expect(tiers).toMatch(new RegExp(`\\nTotal +${N}\\.0 `));

    const doc = buildReport({ subjects: [{ summary, perRun: null, origin: 'summary', file: 'x.json' }], lang: 'zh', dataFiles: [], reportCommand: '', runCommand: null });
    const table = JSON.stringify(doc).match(/"id":"tiers-2025".*?"rows":(\[\[.*?\]\])/)?.[1];
    expect(table && (JSON.parse(table) as string[][]).at(-1)!.slice(0, 2)).toEqual(['合计', `${N}.0`]);

    // the sentence divides by the same count: the top tier's share of the applicants
    const top = [...y.groups.tier].sort((a, b) => (b.shareOfPaid.pooled ?? 0) - (a.shareOfPaid.pooled ?? 0))[0]!;
    expect(tierShareSentence(y)!.en).toContain(`are ${Math.round((100 * top.firms.mean) / N)}% of the applicants`);
  });
});
