import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/cli/io';
import { runCli } from '../../src/cli/program';

describe('quansim fit', () => {
  it('writes a population file that validate accepts, with its diagnostics report beside it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'quansim-fit-'));
    const io = memoryIo();
    const code = await runCli(['fit', 'data/synthetic/applications.csv', '--out', join(dir, 'pop.yaml')], io);
    expect(code, io.stderr()).toBe(0);
    for (const f of ['pop.yaml', 'pop.diagnostics.html', 'pop.amounts.svg', 'pop.qq.svg', 'pop.months.svg']) expect(existsSync(join(dir, f)), f).toBe(true);
    expect(readFileSync(join(dir, 'pop.yaml'), 'utf8')).toBe(readFileSync('data/synthetic/fitted-population.yaml', 'utf8'));
    const v = memoryIo();
    expect(await runCli(['validate', join(dir, 'pop.yaml')], v)).toBe(0);
    expect(v.stdout()).toMatch(/population: 3 tiers/);
  });

  it('makes the folders of --out that do not exist yet (relative to the working folder), and writes the same file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'quansim-fit-'));
    const io = memoryIo(dir);
    const csv = join(process.cwd(), 'data/synthetic/applications.csv');
    const code = await runCli(['fit', csv, '--out', join('newdir', 'deeper', 'pop.yaml')], io);
    expect(code, io.stderr()).toBe(0);
    const into = join(dir, 'newdir', 'deeper');
    expect(readdirSync(into).sort()).toEqual(['pop.amounts.svg', 'pop.diagnostics.html', 'pop.months.svg', 'pop.qq.svg', 'pop.yaml']);
    expect(readFileSync(join(into, 'pop.yaml'), 'utf8')).toBe(readFileSync('data/synthetic/fitted-population.yaml', 'utf8'));
  });

  it('refuses an --out under a file with a user error (exit 1), naming the file on its path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'quansim-fit-'));
    writeFileSync(join(dir, 'taken'), 'a file\n');
    const io = memoryIo(dir);
    const csv = join(process.cwd(), 'data/synthetic/applications.csv');
    expect(await runCli(['fit', csv, '--out', join('taken', 'pop.yaml'), '--lang', 'en'], io)).toBe(1);
    expect(io.stderr()).toContain(`cannot create --out "${join('taken', 'pop.yaml')}": "${join(dir, 'taken')}" on its path is a file, not a folder`);
  });

  it('reports every problem of every file at once (file:line:column), exit 1, and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'quansim-fit-'));
    writeFileSync(join(dir, 'a.csv'), 'firm,date,voucher,contract\nA,2024-13-01,compute,1万\n');
    writeFileSync(join(dir, 'b.csv'), 'firm,date,voucher\nB,2024-01-01,compute\n');
    const io = memoryIo(dir);
    expect(await runCli(['fit', 'a.csv', 'b.csv', '--out', 'pop.yaml'], io)).toBe(1);
    expect(io.stderr()).toMatch(/a\.csv:2:2/);
    expect(io.stderr()).toMatch(/b\.csv:1.*contract/);
    expect(existsSync(join(dir, 'pop.yaml'))).toBe(false);
  });
});

describe('quansim backtest', () => {
  it('refuses an --out that is a file before it runs anything (exit 1)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'quansim-backtest-'));
    writeFileSync(join(dir, 'taken'), 'a file\n');
    const io = memoryIo(dir);
    const code = await runCli(['backtest', join(process.cwd(), 'data/synthetic/scenario.yaml'), '--observed', join(process.cwd(), 'data/synthetic/paid-2024.csv'), '--out', 'taken', '--runs', '100', '--workers', '1', '--lang', 'en'], io);
    expect(code).toBe(1);
    expect(io.stderr()).toContain('--out "taken" is a file, not a folder');
    expect(io.stderr()).not.toMatch(/runs? (done|left)/);
  });

  it('prints the quantile of the observed total and the share of months in the band as JSON', async () => {
    const io = memoryIo();
    const code = await runCli(['backtest', 'data/synthetic/scenario.yaml', '--observed', 'data/synthetic/paid-2024.csv', '--runs', '100', '--workers', '1', '--format', 'json'], io);
    expect(code, io.stderr()).toBe(0);
    const r = JSON.parse(io.stdout()) as { observedYear: number; simulatedYear: number; series: { quantile: { value: number; from: string }; insideShare: number; months: unknown[] }[] };
    expect(r.observedYear).toBe(2024);
    expect(r.simulatedYear).toBe(2025);
    expect(r.series[0]!.months).toHaveLength(12);
    expect(r.series[0]!.quantile.from).toBe('runs');
    expect(r.series[0]!.quantile.value).toBeGreaterThanOrEqual(0);
    expect(r.series[0]!.quantile.value).toBeLessThanOrEqual(1);
  });
});
