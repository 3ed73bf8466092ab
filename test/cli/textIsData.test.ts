/** Issue 16 items 5 and 6: validate catches what run would reject; labels and seeds are data in every output. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/cli/io';
import { runCli } from '../../src/cli/program';
import { fence } from '../../src/report/reportMarkdown';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'quansim-text-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const cli = async (...args: string[]) => {
  const io = memoryIo(work);
  const code = await runCli(args, io);
  return { code, out: io.stdout(), err: io.stderr() };
};

const scenarioText = readFileSync(join(root, 'scenarios/hangzhou-2024.yaml'), 'utf8')
  .replace('  - policies/hangzhou-2024.yaml', `  - ${join(root, 'scenarios/policies/hangzhou-2024.yaml')}`)
  .replace('populationFile: populations/hangzhou-ai-firms.yaml', 'populationFile: pop.yaml');
const populationText = readFileSync(join(root, 'scenarios/populations/hangzhou-ai-firms.yaml'), 'utf8');
/** A label with every character that broke an output: line and paragraph separators, quotes, backticks, a newline, a formula. */
const LABEL = '=micro\u2028firms "quoted" `tick` ```\nsecond\u2029line';

function write(name: string, scenario: string, population: string): string {
  writeFileSync(join(work, `${name}.pop.yaml`), population);
  writeFileSync(join(work, `${name}.yaml`), scenario.replace('populationFile: pop.yaml', `populationFile: ${name}.pop.yaml`));
  return `${name}.yaml`;
}

describe('validate catches what run would reject', () => {
  it('a mistyped batch-ranked priority, at its line and field', async () => {
    const file = write('prio', scenarioText.replace('  mechanism: fcfs-partial', '  mechanism: batch-ranked\n  period: month\n  priority: [sme, categroy:domestic]'), populationText);
    for (const cmd of ['validate', 'run']) {
      const r = await cli(cmd, file, ...(cmd === 'run' ? ['--runs', '5'] : []));
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/^prio\.yaml:\d+:\d+: allocation\.priority\[1\]: unknown priority "categroy:domestic": valid ones are sme, foundation-model, .*tier:micro/);
      expect(r.err.trimEnd().split('\n')).toHaveLength(1);
    }
  });

  it('contract sums that could pass 2^53 fen, in one line naming the population file', async () => {
    const pop = populationText.replace('firms: {law: poisson, mean: 300}', 'firms: {law: fixed, n: 100000}')
      .replace('amount: {law: lognormal, median: 20万, p90: 80万, truncate: {min: 1万, max: 2000万}}', 'amount: {law: uniform, min: 80亿, max: 90亿}');
    const file = write('sum', scenarioText, pop);
    for (const cmd of ['validate', 'run']) {
      const r = await cli(cmd, file, ...(cmd === 'run' ? ['--runs', '2'] : []));
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/^sum\.yaml:\d+:\d+: populationFile: the contracts of one run-year could add up to about [\d.e+]+ yuan .* above the 2\^53 fen/);
      expect(r.err.trimEnd().split('\n')).toHaveLength(1);
    }
  });
});

describe('text is data', () => {
  const pop = populationText.replace('label: {zh: 微型企业, en: micro firms}', `label: ${JSON.stringify({ zh: LABEL, en: LABEL })}`);

  it('a tier label with U+2028/2029, quotes, backticks and a newline passes validate and comes out intact', async () => {
    const file = write('label', scenarioText, pop);
    expect((await cli('validate', file)).code).toBe(0);
    const r = await cli('run', file, '--runs', '20', '--workers', '1', '--out', 'out-label', '--format', 'json');
    expect(r.code).toBe(0);
    const summary = JSON.parse(readFileSync(join(work, 'out-label/summary.json'), 'utf8'));
    expect(JSON.stringify(summary)).toContain(JSON.stringify(LABEL).slice(1, -1));
    const groups = Papa.parse<string[]>(readFileSync(join(work, 'out-label/groups.csv'), 'utf8'), { newline: '\r\n' }).data;
    expect(groups.some((row) => row.includes(`'${LABEL}`))).toBe(true); // formula-escaped, otherwise as written
    const svgs = readdirSync(join(work, 'out-label/charts')).filter((f) => f.endsWith('.svg'));
    expect(svgs.length).toBe(16);
    const perFirm = readFileSync(join(work, 'out-label/charts/grant-per-firm.en.svg'), 'utf8');
    expect(perFirm).toContain('&quot;quoted&quot;');
    expect(perFirm).toContain('`tick`');
  });

  it('report.md fences a command whose seed holds a newline and ``` with a longer fence', async () => {
    const file = write('seed', scenarioText, populationText);
    const seed = 'a\n```\nrm -rf ~';
    const r = await cli('report', file, '--runs', '20', '--workers', '1', '--seed', seed, '--out', 'out-seed');
    expect(r.code).toBe(0);
    const md = readFileSync(join(work, 'out-seed/report.md'), 'utf8');
    const lines = md.split('\n');
    const open = lines.findIndex((l) => /^`{4,}sh$/.test(l));
    expect(open).toBeGreaterThanOrEqual(0);
    const f = lines[open]!.slice(0, -2);
    const close = lines.indexOf(f, open + 1);
    expect(close).toBeGreaterThan(open);
    // the seed's ``` line lies inside the block, and no shorter fence closed it
    expect(lines.slice(open + 1, close)).toContain('```');
    expect(fence('x')).toBe('```');
    expect(fence('a ```` b ` c')).toBe('`````');
  });
});

describe('amounts on the command line', () => {
  it('quote --contract "10²万" is refused, not read as 1,020,000 yuan', async () => {
    const r = await cli('quote', join(root, 'scenarios/policies/hangzhou-2024.yaml'), '--voucher', 'compute', '--category', 'maas', '--contract', '10²万', '--date', '2025-03-01');
    expect(r).toEqual({ code: 1, out: '', err: '--contract: amount "10²万" contains "²" (U+00B2), which is not a plain digit 0–9: write amounts with 0–9 only, e.g. 800万元\n' });
  });
});
