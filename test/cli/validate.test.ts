import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/cli/io';
import { runCli } from '../../src/cli/program';

const root = resolve(import.meta.dirname, '../..');
const run = async (...args: string[]) => {
  const io = memoryIo(root);
  const code = await runCli(args, io);
  return { code, out: io.stdout(), err: io.stderr() };
};

describe('quansim validate', () => {
  it('exits 0 with one line per valid file, saying what it is', async () => {
    const r = await run('validate', 'scenarios/policies/hangzhou-2024.yaml', 'scenarios/policies/zhejiang-2025.yaml');
    expect(r).toEqual({
      code: 0,
      out: 'scenarios/policies/hangzhou-2024.yaml: policy hangzhou-2024: 1 scheme, 2 options\n'
        + 'scenarios/policies/zhejiang-2025.yaml: policy zhejiang-2025: 3 schemes, 3 options\n',
      err: '',
    });
  });

  it('exits 1 listing every error of every file as file:line:column: field: message', async () => {
    const r = await run('validate', 'test/fixtures/bad/many-errors.yaml', 'scenarios/policies/shangcheng-draft.yaml', 'test/fixtures/bad/ratio-130.yaml');
    expect(r.code).toBe(1);
    expect(r.out).toBe('scenarios/policies/shangcheng-draft.yaml: policy shangcheng-draft: 1 scheme, 3 options\n');
    const lines = r.err.trimEnd().split('\n');
    expect(lines).toHaveLength(6);
    expect(lines[0]).toBe('test/fixtures/bad/many-errors.yaml:9:3: document.note: unknown key "note": the keys allowed here are id, source, title, level, status, inForce, stacking, notes');
    expect(lines[5]).toBe('test/fixtures/bad/ratio-130.yaml:28:16: schemes.compute.ratio[0].value: ratio "130%" is above 100%: write a value from 0% to 100% (e.g. 30% or 0.3)');
  });

  it('speaks Chinese with --lang zh', async () => {
    const r = await run('validate', '--lang', 'zh', 'test/fixtures/bad/negative-amount.yaml', 'scenarios/policies/hangzhou-2024.yaml');
    expect(r.code).toBe(1);
    expect(r.out).toBe('scenarios/policies/hangzhou-2024.yaml: 政策文件 hangzhou-2024：1 个资助方案，2 个选项\n');
    expect(r.err).toBe('test/fixtures/bad/negative-amount.yaml:48:16: schemes.compute.pool[0].value: 金额不能为负数："-2.5亿元"\n');
  });

  it('says when a file is neither a policy nor a scenario, or is missing', async () => {
    const r = await run('validate', 'test/fixtures/bad/not-a-policy.yaml', 'no/such.yaml');
    expect(r.code).toBe(1);
    const [kind, missing, ...rest] = r.err.trimEnd().split('\n');
    // the list of kinds grows as kinds are registered (src/cli/fileKinds.ts)
    expect(kind).toMatch(/^test\/fixtures\/bad\/not-a-policy\.yaml:2:1: cannot tell what this file is: its top-level keys are firms; a file starts with document:/);
    expect(missing).toBe('no/such.yaml: no such file');
    expect(rest).toEqual([]);
  });

  it('exits 2 on usage errors', async () => {
    expect((await run('validate')).code).toBe(2);
    const r = await run('validate', '--lang', 'fr', 'scenarios/policies/hangzhou-2024.yaml');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--lang must be en or zh');
  });
});
