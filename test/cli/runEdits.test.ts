/**
 * `quansim run` with edits (--set, --pool, --cap, --ratio): the list of changes against a hand-computed truth (the
 * published figures of policies/hangzhou-2024.yaml: a 2.5亿元 pool, an 800万元 cap), summary.json carrying it, and
 * the paired differences it leads with equal to what `quansim compare` prints for the file as published and a
 * hand-edited copy of it, on the same seed and runs.
 */
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { editsOf } from '../../src/cli/editFlags';
import { memoryIo } from '../../src/cli/io';
import { runCli } from '../../src/cli/program';
import { loadScenarioFile } from '../../src/scenario/loadScenarioFile';

const ROOT = resolve(__dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'quansim-edits-'));
for (const d of ['policies', 'populations']) symlinkSync(join(ROOT, 'scenarios', d), join(dir, d));
const published = readFileSync(join(ROOT, 'scenarios/hangzhou-2024.yaml'), 'utf8');
writeFileSync(join(dir, 'base.yaml'), published);
// The same edits written by hand: the scheme settings of scenarioSchema.
writeFileSync(join(dir, 'edited.yaml'), `${published}\nschemes:\n  hangzhou-2024.compute:\n    pool: 1.5亿元\n    cap: 500万元\n`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[]): Promise<string> {
  const io = memoryIo(dir);
  const code = await runCli(args, io);
  expect(code, io.stderr()).toBe(0);
  return io.stdout();
}

/** The rows of each year's table (cells split on runs of two or more spaces), without the header. */
function tableRows(text: string): string[][] {
  const rows: string[][] = [];
  let inTable = false;
  for (const line of text.split('\n')) {
    if (/^-+(?: +-+)+$/.test(line)) inTable = true;
    else if (line.trim() === '') inTable = false;
    else if (inTable) rows.push(line.trim().split(/ {2,}/));
  }
  return rows;
}

describe('editsOf', () => {
  const base = loadScenarioFile('scenarios/hangzhou-2024.yaml', ROOT);

  it('reads the shorthands for the single scheme and --set on the form\'s fields', () => {
    expect(editsOf({ pool: ['1.5亿元'], cap: ['500万元'], ratio: ['50%'], set: ['population.firms.mean=300'] }, base, 'en')).toEqual([
      { path: ['population', 'firms', 'mean'], value: 300 },
      { path: ['schemes', 'hangzhou-2024.compute', 'pool'], value: '1.5亿元' },
      { path: ['schemes', 'hangzhou-2024.compute', 'cap'], value: '500万元' },
      { path: ['schemes', 'hangzhou-2024.compute', 'ratioScale'], value: '50%' },
    ]);
    expect(editsOf({ set: ['options.hangzhou-2024.foundation-model-cap=2000万元'] }, base, 'en'))
      .toEqual([{ path: ['options', 'hangzhou-2024.foundation-model-cap'], value: '2000万元' }]);
  });

  it('names unknown fields and schemes, a field edited twice, and asks for the scheme when there are several', () => {
    expect(() => editsOf({ set: ['schemes.x.pool=1亿元'] }, base, 'en')).toThrow(/no editable field "schemes\.x\.pool"/);
    expect(() => editsOf({ pool: ['nowhere=1亿元'] }, base, 'en')).toThrow(/no scheme "nowhere"/);
    expect(() => editsOf({ pool: ['1亿元'], set: ['schemes.hangzhou-2024.compute.pool=2亿元'] }, base, 'en')).toThrow(/edited twice/);
    expect(() => editsOf({ set: ['runs'] }, base, 'zh')).toThrow(/字段=值/);
    const zj = loadScenarioFile('scenarios/zhejiang-2025.yaml', ROOT);
    expect(() => editsOf({ pool: ['1亿元'] }, zj, 'en')).toThrow(/several schemes/);
    expect(editsOf({ pool: ['zhejiang-2025.model=2亿元'] }, zj, 'en')).toEqual([{ path: ['schemes', 'zhejiang-2025.model', 'pool'], value: '2亿元' }]);
  });
});

describe('quansim run with edits', () => {
  const flags = ['--runs', '150', '--workers', '1', '--pool', '1.5亿元', '--cap', '500万元'];

  it('names the run "(edited)" and writes the changes, old → new, into summary.json', async () => {
    const json = JSON.parse(await cli(['run', 'base.yaml', ...flags, '--format', 'json'])) as {
      scenario: { title: { zh: string; en: string }; changes: { key: string; from: { zh: string; en: string }; to: { zh: string; en: string } }[] };
    };
    expect(json.scenario.title).toEqual({ zh: '杭州市2024年算力券（2025年）（已修改）', en: 'Hangzhou 2024 compute voucher (year 2025) (edited)' });
    // hand-computed: the published pool (2.5亿元, policy (三)) and cap (800万元) against the edits
    expect(json.scenario.changes.map((c) => [c.key, c.from.zh, c.to.zh])).toEqual([
      ['pool:hangzhou-2024.compute', '2.5亿元', '1.5亿元'],
      ['cap:hangzhou-2024.compute', '800万元', '500万元'],
    ]);
  });

  it('leads its text with the changes and the same paired differences as quansim compare', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const run = await cli(['run', 'base.yaml', ...flags, '--lang', lang]);
      const lines = run.split('\n');
      expect(lines[0]).toContain(lang === 'zh' ? '（已修改）' : '(edited)');
      expect(lines[1]).toBe(lang === 'zh' ? '  · 杭州市算力券：每年资金池 2.5亿元 → 1.5亿元' : '  · Hangzhou compute voucher: yearly pool 250 million yuan → 150 million yuan');
      const compare = await cli(['compare', 'base.yaml', 'edited.yaml', '--runs', '150', '--workers', '1', '--lang', lang]);
      const expected = tableRows(compare);
      expect(expected.length).toBeGreaterThan(5);
      // the lead's table, before the summary of the edited run
      const lead = run.slice(0, run.indexOf(lang === 'zh' ? '\n情景：' : '\nScenario: '));
      expect(tableRows(lead)).toEqual(expected);
      expect(expected.find((r) => r[0]!.startsWith(lang === 'zh' ? '已支付均值' : 'Paid, mean'))![3]).toMatch(/^−[\d,.]+ \[−[\d,.]+, −[\d,.]+\]$/);
    }
  });
});

describe('quansim report with edits', () => {
  it('compares the edited scenario with the file as published, and its commands repeat the edits', async () => {
    await cli(['report', 'base.yaml', '--runs', '120', '--workers', '1', '--pool', '1.5亿元', '--lang', 'zh', '--out', 'rep']);
    const md = readFileSync(join(dir, 'rep/report.md'), 'utf8');
    expect(md.split('\n')[0]).toBe('# 情景比较：杭州市2024年算力券（2025年） / 杭州市2024年算力券（2025年）（已修改）');
    expect(md).toContain('相对原情景的修改：杭州市算力券：每年资金池 2.5亿元 → 1.5亿元。');
    expect(md).toContain('npx quansim report base.yaml --runs 120 --seed 20240819 --pool \'1.5亿元\' --lang zh --out rep');
    expect(md).toContain('npx quansim run base.yaml --runs 120 --seed 20240819 --pool \'1.5亿元\' --lang zh');
    const io = memoryIo(dir);
    expect(await runCli(['report', 'rep/summary.json', '--pool', '1亿元', '--out', 'rep2'], io)).toBe(2);
    expect(io.stderr()).toContain('cannot be used when reporting a summary.json');
  });
});
