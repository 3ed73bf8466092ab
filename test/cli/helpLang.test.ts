/**
 * The help in the CLI's language (src/i18n/cliHelp.ts): `--lang`, else the locale. Every argument and option of
 * every command takes its description from the catalogue, and `quansim --help` still loads no command's code.
 */
import { Command, type Option } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commands } from '../../src/cli/commands';
import { memoryIo } from '../../src/cli/io';
import { runCli } from '../../src/cli/program';
import type { Bilingual, Lang } from '../../src/i18n/Bilingual';
import { cliCommandHelp, cliHelp } from '../../src/i18n/cliHelp';

async function cli(argv: string[], env: Record<string, string> = {}) {
  const io = { ...memoryIo(), env };
  const code = await runCli(argv, io);
  return { code, out: io.stdout(), err: io.stderr() };
}

/** Commander wraps long descriptions at spaces: compare texts without their whitespace. */
const squeeze = (s: string) => s.replace(/\s+/g, '');

/**
 * A test of "is this one of the catalogue's texts in `lang`": a plain entry must be equal; an entry that takes the
 * defaults from code (`runsPerCell('500')`) is called with markers, each of which may then stand for any text.
 */
function catalogueTexts(lang: Lang): Array<(text: string) => boolean> {
  return Object.values({ ...cliHelp, ...cliCommandHelp }).map((entry) => {
    if (typeof entry !== 'function') return (text: string) => text === entry[lang];
    const args = Array.from({ length: entry.length }, (_, i) => `@@ARG${i}@@`);
    const pattern = (entry as (...a: string[]) => Bilingual)(...args)[lang]
      .split(/@@ARG\d+@@/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.+');
    return (text: string) => new RegExp(`^${pattern}$`, 's').test(text);
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the help, in the language of the command line', () => {
  it('`quansim run --help --lang zh` describes the command, its argument and its options in Chinese', async () => {
    const r = await cli(['run', '--help', '--lang', 'zh']);
    expect(r.code).toBe(0);
    const out = squeeze(r.out);
    for (const text of [cliCommandHelp.run, cliHelp.scenarioArg, cliHelp.runsOrAuto, cliHelp.seed, cliHelp.workers, cliHelp.editPool, cliHelp.json, cliHelp.maxMemory, cliHelp.help]) {
      expect(out).toContain(squeeze(text.zh));
      expect(out).not.toContain(squeeze(text.en));
    }
    expect(out).toContain(squeeze(cliHelp.batch('500').zh));
  });

  it('writes commander\'s headings, choices and defaults in Chinese too, and leaves the English help as commander writes it', async () => {
    const zh = await cli(['quote', '--help', '--lang', 'zh']);
    expect(zh.out.startsWith('用法： quansim quote')).toBe(true);
    expect(zh.out).toContain('\n参数：\n');
    expect(zh.out).toContain('\n选项：\n');
    expect(squeeze(zh.out)).toContain(squeeze('（可选："compute"，"corpus"，"model"）'));
    for (const english of ['Usage:', 'Options:', 'Arguments:', '(default:', 'choices:']) expect(zh.out).not.toContain(english);
    const run = await cli(['run', '--help', '--lang', 'zh']);
    expect(squeeze(run.out)).toContain(squeeze(`${cliHelp.scenarioArg.zh}（默认："hangzhou-2024"）`));
    const en = await cli(['quote', '--help', '--lang', 'en']);
    expect(en.out.startsWith('Usage: quansim quote')).toBe(true);
    expect(squeeze(en.out)).toContain(squeeze('(choices: "compute", "corpus", "model")'));
    expect(en.out).not.toMatch(/用法|选项：|参数：/);
  });

  it('follows the locale without --lang, and --lang en gives the English help', async () => {
    const zh = await cli(['sweep', '--help'], { LANG: 'zh_CN.UTF-8' });
    expect(squeeze(zh.out)).toContain(squeeze(cliHelp.xAxis.zh));
    const en = await cli(['sweep', '--help', '--lang', 'en'], { LANG: 'zh_CN.UTF-8' });
    expect(squeeze(en.out)).toContain(squeeze(cliHelp.xAxis.en));
    expect(en.out).not.toContain('横轴');
  });

  it('`quansim --help --lang zh` lists every command with its Chinese description', async () => {
    const r = await cli(['--help', '--lang', 'zh']);
    expect(r.code).toBe(0);
    for (const c of commands) expect(squeeze(r.out)).toContain(squeeze(`${c.name}${c.args ? ` ${c.args}` : ''}${c.description.zh}`));
  });

  it('`quansim --help` loads no command, in either language; `quansim run --help` loads run only', async () => {
    const loads = commands.map((c) => vi.spyOn(c, 'load'));
    for (const lang of ['en', 'zh']) expect((await cli(['--help', '--lang', lang])).code).toBe(0);
    for (const load of loads) expect(load).not.toHaveBeenCalled();
    expect((await cli(['run', '--help'])).code).toBe(0);
    commands.forEach((c, i) => expect(loads[i]!.mock.calls.length, c.name).toBe(c.name === 'run' ? 1 : 0));
  });

  for (const lang of ['zh', 'en'] as const) {
    it(`every command, argument and option has its description from the catalogue (${lang})`, async () => {
      const known = catalogueTexts(lang);
      const isKnown = (text: string) => known.some((test) => test(text));
      const missing: string[] = [];
      for (const c of commands) {
        const program = new Command('quansim');
        (await c.load())(program, memoryIo(), lang);
        const cmd = program.commands.find((x) => x.name() === c.name)!;
        expect(cmd.description()).toBe(cliCommandHelp[c.name as keyof typeof cliCommandHelp][lang]);
        for (const a of cmd.registeredArguments) if (!isKnown(a.description)) missing.push(`${c.name} <${a.name()}>: ${a.description}`);
        for (const o of cmd.options as Option[]) {
          if (!isKnown(o.description)) missing.push(`${c.name} ${o.flags}: ${o.description}`);
          if (o.defaultValueDescription !== undefined && !isKnown(o.defaultValueDescription)) missing.push(`${c.name} ${o.flags} default: ${o.defaultValueDescription}`);
        }
        expect(cmd.options.length + cmd.registeredArguments.length, c.name).toBeGreaterThan(0);
      }
      expect(missing).toEqual([]);
    });
  }

  it('every Chinese help text is written in Chinese', () => {
    const zh = Object.entries({ ...cliHelp, ...cliCommandHelp }).map(([k, v]) => [k, typeof v === 'function' ? (v as (...a: string[]) => Bilingual)('1', '2').zh : v.zh]);
    for (const [k, text] of zh) expect(text, k).toMatch(/[\u4e00-\u9fff]/u);
  });
});
