import { describe, expect, it } from 'vitest';
import { cliCommand, compareCommand, shellQuote } from '../../src/web/cliCommand';

describe('cliCommand', () => {
  it('runs a project file as it is', () => {
    expect(cliCommand('scenarios/hangzhou-2024.yaml', false, 'hangzhou-2024', 10000, '2024')).toEqual({
      command: 'npx quansim run scenarios/hangzhou-2024.yaml --runs 10000 --seed 2024',
      saveAs: null,
    });
  });
  it('asks to save an edited project file beside the others, named after its id', () => {
    expect(cliCommand('scenarios/hangzhou-2024.yaml', true, 'hangzhou-2024', 500, 'abc')).toEqual({
      command: 'npx quansim run scenarios/hangzhou-2024-edited.yaml --runs 500 --seed abc',
      saveAs: 'scenarios/hangzhou-2024-edited.yaml',
    });
  });
  it('keeps the user\'s own file name, made safe for a shell', () => {
    expect(cliCommand('我的 情景.yml', true, 'mine', 10, '1').saveAs).toBe('scenarios/scenario.yaml');
    expect(cliCommand('my file.yaml', true, null, 10, '1').command).toBe('npx quansim run scenarios/my-file.yaml --runs 10 --seed 1');
    expect(cliCommand('../evil;rm.yaml', true, null, 10, '1').saveAs).toBe('scenarios/evil-rm.yaml');
  });
  it('asks the CLI for Chinese when the page is in Chinese', () => {
    expect(cliCommand('scenarios/a.yaml', false, 'a', 10, '1', 'zh').command).toBe('npx quansim run scenarios/a.yaml --runs 10 --seed 1 --lang zh');
    expect(cliCommand('scenarios/a.yaml', false, 'a', 10, '1', 'en').command).toBe('npx quansim run scenarios/a.yaml --runs 10 --seed 1');
  });
  it('compares scenarios on the same runs and seed, baseline first', () => {
    expect(compareCommand(['scenarios/a.yaml', 'scenarios/b c.yaml'], 500, 's', 'zh')).toBe("npx quansim compare scenarios/a.yaml 'scenarios/b c.yaml' --runs 500 --seed s --lang zh");
  });
  it('quotes seeds a shell would read differently', () => {
    expect(cliCommand('scenarios/a.yaml', false, 'a', 1, "it's $HOME").command).toBe(`npx quansim run scenarios/a.yaml --runs 1 --seed 'it'\\''s $HOME'`);
    expect(shellQuote('')).toBe(`''`);
    expect(shellQuote('a b')).toBe(`'a b'`);
    expect(shellQuote('x-1.2')).toBe('x-1.2');
  });
});
