/**
 * The usage errors (exit 2) and the internal-error line (exit 3) are written in the command line's language:
 * `--lang`, else the locale's. The English sentences are the ones quansim wrote before they moved into
 * src/i18n/cliWords.ts, written out here so that any change to them shows; the Chinese ones are written out too.
 */
import { describe, expect, it } from 'vitest';
import { memoryIo, type Io } from '../../src/cli/io';
import { runCli } from '../../src/cli/program';

const HZ = 'scenarios/hangzhou-2024.yaml';

/** Runs `argv` with the locale `LANG` and gives the exit code and stderr. */
async function run(argv: string[], LANG = 'en_US.UTF-8', io: Io & { stderr(): string } = memoryIo()): Promise<{ code: number; err: string }> {
  const withEnv = { ...io, env: { LANG } };
  const code = await runCli(argv, withEnv);
  return { code, err: io.stderr() };
}

/** Each case: the arguments (without --lang), then the English and the Chinese line written to stderr. */
const CASES: readonly [string[], string, string][] = [
  [['run', '--runs', '0'],
    '--runs must be a whole number from 1 to 10,000,000, not "0"',
    '--runs 须为 1 到 10,000,000 之间的整数，不能是 "0"'],
  [['run', '--json', '--format', 'csv'],
    '--json and --format csv ask for different outputs: give one of them',
    '--json 与 --format csv 要求的输出不同：请只给其中一个'],
  [['run', '--format', 'xml'],
    '--format must be one of text, json, csv, not "xml"',
    '--format 须为 text、json、csv 之一，不能是 "xml"'],
  [['run', '--max-memory', '10'],
    '--max-memory must be at least 64 (MB), not 10',
    '--max-memory 至少为 64（MB），不能是 10'],
  [['run', '--out', ''],
    '--out needs a folder name, not an empty string',
    '--out 需要一个文件夹名，不能是空字符串'],
  [['run', '--tolerance', '1%'],
    '--tolerance, --batch and --max-runs go with --runs auto',
    '--tolerance、--batch 和 --max-runs 只能与 --runs auto 一起使用'],
  [['compare', HZ],
    'compare needs at least two scenario files',
    'compare 至少需要两个情景文件'],
  [['sensitivity', HZ, '--inputs', 'bogus'],
    '--inputs: unknown input "bogus": choose from pool, ratios, caps, firms, contracts, seasonality',
    '--inputs：未知的输入 "bogus"：可选 pool、ratios、caps、firms、contracts、seasonality'],
  [['solve', HZ, '--find', 'budget', '--target', 'x'],
    '--find must be one of pool, cap, ratio, not "budget"',
    '--find 须为 pool、cap、ratio 之一，不能是 "budget"'],
  [['sweep', HZ, '--x', 'pool=1亿..2亿:3', '--y', 'ratio=10%..20%:3', '--workers', '0'],
    '--workers must be a whole number from 1 to 256, not "0"',
    '--workers 须为 1 到 256 之间的整数，不能是 "0"'],
];

describe('usage errors in the command line\'s language', () => {
  for (const [argv, en, zh] of CASES) {
    it(`${argv.join(' ')}: English unchanged, Chinese with --lang zh and with a zh locale`, async () => {
      expect(await run([...argv, '--lang', 'en'], 'zh_CN.UTF-8')).toEqual({ code: 2, err: `quansim: ${en}\n` });
      expect(await run(argv)).toEqual({ code: 2, err: `quansim: ${en}\n` });
      expect(await run([...argv, '--lang', 'zh'])).toEqual({ code: 2, err: `quansim：${zh}\n` });
      expect(await run(argv, 'zh_CN.UTF-8')).toEqual({ code: 2, err: `quansim：${zh}\n` });
      expect(await run([...argv, '--lang=zh'])).toEqual({ code: 2, err: `quansim：${zh}\n` });
    });
  }

  it('--lang with another value: said in the locale\'s language, the only one known', async () => {
    expect(await run(['run', '--lang', 'fr'])).toEqual({ code: 2, err: 'quansim: --lang must be en or zh, not "fr"\n' });
    expect(await run(['validate', '--lang', 'fr', HZ])).toEqual({ code: 2, err: 'quansim: --lang must be en or zh, not "fr"\n' });
    expect(await run(['run', '--lang', 'fr'], 'zh_CN.UTF-8')).toEqual({ code: 2, err: 'quansim：--lang 只能是 en 或 zh，不能是 "fr"\n' });
    expect(await run(['validate', '--lang', 'fr', HZ], 'zh_CN.UTF-8')).toEqual({ code: 2, err: 'quansim：--lang 只能是 en 或 zh，不能是 "fr"\n' });
  });

  it('a flag\'s value the parser refuses: the flag, then the parser\'s message, in the language', async () => {
    const en = await run(['solve', HZ, '--find', 'pool', '--target', 'garbage', '--lang', 'en']);
    expect(en).toEqual({
      code: 2,
      err: 'quansim: --target: cannot read the target "garbage": write e.g. "P(exhausted before 12-31) <= 10%", "median exhaustion >= 11-30" or "unmet share <= 5%" (comparisons <=, <, >=, >)\n',
    });
    const zh = await run(['solve', HZ, '--find', 'pool', '--target', 'garbage', '--lang', 'zh']);
    expect(zh.code).toBe(2);
    expect(zh.err).toMatch(/^quansim：--target：[^\n]*[\u4e00-\u9fff][^\n]*\n$/);
  });

  it('a goal seek with nothing to start a range from', async () => {
    const argv = ['solve', 'scenarios/shangcheng-topup.yaml', '--find', 'pool', '--scheme', 'shangcheng-draft.topup', '--target', 'P(exhausted before 12-31) <= 10%'];
    expect(await run([...argv, '--lang', 'en'])).toEqual({ code: 2, err: 'quansim: --range is needed: shangcheng-draft.topup has no pool to start from\n' });
    expect(await run([...argv, '--lang', 'zh'])).toEqual({ code: 2, err: 'quansim：需要 --range：shangcheng-draft.topup 没有可作为起点的资金池\n' });
  });

  it('an internal error (a bug: here the output stream throws) is said in the language', async () => {
    const failing = () => ({ ...memoryIo(), out: () => { throw new Error('stdout closed'); } });
    const hint = process.env.QUANSIM_DEBUG ? null : true;
    const en = await run(['validate', HZ, '--lang', 'en'], 'en_US.UTF-8', failing());
    const zh = await run(['validate', HZ, '--lang', 'zh'], 'en_US.UTF-8', failing());
    expect(en.code).toBe(3);
    expect(zh.code).toBe(3);
    if (hint) {
      expect(en.err).toBe('quansim: internal error: stdout closed (set QUANSIM_DEBUG=1 to see the stack)\n');
      expect(zh.err).toBe('quansim：内部错误：stdout closed（设置 QUANSIM_DEBUG=1 可查看调用栈）\n');
    }
  });
});
