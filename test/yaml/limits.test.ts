import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/cli/io';
import { runCli } from '../../src/cli/program';
import { UserErrors } from '../../src/errors/UserError';
import { MAX_YAML_ALIASES, MAX_YAML_BYTES } from '../../src/yaml/limits';
import { firstBadUtf8, readTextFile } from '../../src/yaml/loadYamlFile';
import { parseYaml } from '../../src/yaml/parseYaml';
import { loadScenario } from '../../src/scenario/loadScenario';
import { userErrorText } from '../../src/i18n/userErrorText';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'quansim-limits-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const cli = async (...args: string[]) => {
  const io = memoryIo(work);
  const code = await runCli(args, io);
  return { code, out: io.stdout(), err: io.stderr() };
};

/** Ten levels of ten aliases: 10^10 scalars once expanded ("billion laughs"). */
function aliasBomb(top: string): string {
  const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < 10; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`);
  return `${top}:\n${lines.map((l) => `  ${l}`).join('\n')}\n`;
}

describe('YAML limits', () => {
  it('refuses an alias bomb with a message naming the limit, not an internal error', () => {
    const p = parseYaml(aliasBomb('document'), 'bomb.yaml');
    expect(p.fatal).toBe(true);
    expect(p.errors.map((e) => [e.code, e.where.file, userErrorText(e).en])).toEqual([[
      'yaml.aliases', 'bomb.yaml',
      `the YAML aliases (*name) expand more than the limit of ${MAX_YAML_ALIASES} times: the file may be an alias bomb; write the repeated content out instead`,
    ]]);
    // a few aliases, as people use them, still work
    expect(parseYaml('a: &x {k: 1}\nb: *x\nc: *x\n', 'ok.yaml').value).toEqual({ a: { k: 1 }, b: { k: 1 }, c: { k: 1 } });
  });

  it('validate reports an alias bomb and goes on to the other files', async () => {
    writeFileSync(join(work, 'bomb.yaml'), aliasBomb('document'));
    const r = await cli('validate', 'bomb.yaml', join(root, 'scenarios/policies/hangzhou-2024.yaml'), '--lang', 'zh');
    expect(r.code).toBe(1);
    expect(r.out).toBe(`${join(root, 'scenarios/policies/hangzhou-2024.yaml')}: 政策文件 hangzhou-2024：1 个资助方案，2 个选项\n`);
    expect(r.err).toBe(`bomb.yaml: YAML 别名（*名称）展开次数超过上限 ${MAX_YAML_ALIASES}：文件可能是恶意的“别名炸弹”；请直接写出重复的内容\n`);
  });

  it('a scenario whose policy file is an alias bomb names that file', () => {
    const scenario = readFileSync(join(root, 'scenarios/hangzhou-2024.yaml'), 'utf8');
    const files: Record<string, string> = {
      'scenarios/policies/hangzhou-2024.yaml': aliasBomb('document'),
      'scenarios/populations/hangzhou-ai-firms.yaml': readFileSync(join(root, 'scenarios/populations/hangzhou-ai-firms.yaml'), 'utf8'),
    };
    let errors: UserErrors | null = null;
    try {
      loadScenario(scenario, 'scenarios/hangzhou-2024.yaml', (p) => files[p]!);
    } catch (e) {
      errors = e as UserErrors;
    }
    expect(errors).toBeInstanceOf(UserErrors);
    expect(errors!.errors.map((e) => [e.code, e.where.file])).toEqual([['yaml.aliases', 'scenarios/policies/hangzhou-2024.yaml']]);
  });

  it('refuses a file above MAX_YAML_BYTES by reading no more than the limit, /dev/zero included', async () => {
    writeFileSync(join(work, 'big.yaml'), `document:\n# ${'x'.repeat(MAX_YAML_BYTES)}\n`);
    const big = await cli('validate', 'big.yaml');
    expect(big).toEqual({ code: 1, out: '', err: 'big.yaml: the file is larger than the limit of 1,048,576 bytes (1 MB): quansim\'s input files are a few KB; check that this is the file you meant\n' });
    const scenario = readFileSync(join(root, 'scenarios/hangzhou-2024.yaml'), 'utf8')
      .replace('  - policies/hangzhou-2024.yaml', '  - /dev/zero')
      .replace('populationFile: populations/', `populationFile: ${join(root, 'scenarios/populations')}/`);
    writeFileSync(join(work, 'zero.yaml'), scenario);
    for (const cmd of ['validate', 'run']) {
      const r = await cli(cmd, 'zero.yaml');
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/^\/dev\/zero: the file is larger than the limit of 1,048,576 bytes/);
    }
    // the page's texts meet the same limit in parseYaml
    expect(parseYaml(`a: ${'x'.repeat(MAX_YAML_BYTES)}`, 'page.yaml').errors.map((e) => e.code)).toEqual(['file.too-large']);
  });

  it('refuses invalid UTF-8 and NUL characters at their line and column', async () => {
    writeFileSync(join(work, 'latin1.yaml'), Buffer.from('document:\n  id: caf\xe9\n', 'latin1'));
    writeFileSync(join(work, 'nul.yaml'), 'document:\n  id: a\u0000b\n');
    const r = await cli('validate', 'latin1.yaml', 'nul.yaml');
    expect(r.code).toBe(1);
    expect(r.err).toBe('latin1.yaml:2:10: the file is not valid UTF-8 text: save it with the UTF-8 encoding\n'
      + 'nul.yaml:2:8: the file contains a NUL character (U+0000): it is not a text file, or it is damaged\n');
    expect(() => readTextFile(join(work, 'nul.yaml'))).not.toThrow(); // NUL is valid UTF-8: parseYaml refuses it
  });

  it('finds the first byte that is not well-formed UTF-8 (RFC 3629)', () => {
    const at = (...b: number[]) => firstBadUtf8(new Uint8Array(b));
    expect(at(0x61, 0xe4, 0xb8, 0x87)).toBe(4); // a万: well formed
    expect(at(0x61, 0xc0, 0x80)).toBe(1); // overlong NUL
    expect(at(0xed, 0xa0, 0x80)).toBe(0); // a surrogate
    expect(at(0x61, 0x62, 0xe4, 0xb8)).toBe(2); // cut short
    expect(at(0xf4, 0x90, 0x80, 0x80)).toBe(0); // above U+10FFFF
    expect(at(0xf0, 0x9f, 0x98, 0x80, 0x80)).toBe(4); // 😀 then a stray continuation byte
  });
});
