/**
 * The progress bar speaks the CLI's language: cli-progress fills `{bar}`, `{value}`, `{total}` and `{eta_text}` in
 * the format it is given, so each language's format must keep all four (a translation that drops one leaves the
 * bar without it), and the time left is written in that language's unit.
 */
import { describe, expect, it } from 'vitest';
import { cliWords } from '../../src/i18n/cliWords';

const FILLED_BY_THE_BAR = ['{bar}', '{value}', '{total}', '{eta_text}'];

describe('the progress bar in both languages', () => {
  it('keeps every placeholder cli-progress fills, once, in zh and en', () => {
    for (const lang of ['zh', 'en'] as const) {
      const format = cliWords.progressFormat('hangzhou-2024')[lang];
      for (const p of FILLED_BY_THE_BAR) expect(format.split(p).length - 1, `${lang} ${p}`).toBe(1);
      expect(format.startsWith('hangzhou-2024 [{bar}]')).toBe(true);
    }
  });

  it('writes the words around them in each language', () => {
    expect(cliWords.progressFormat('x').en).toBe('x [{bar}] {value}/{total} runs | {eta_text} left');
    expect(cliWords.progressFormat('x').zh).toBe('x [{bar}] {value}/{total} 次模拟 | 还需 {eta_text}');
    expect(cliWords.secondsLeft('12.5').zh).toBe('12.5 秒');
    expect(cliWords.secondsLeft('12.5').en).toBe('12.5 s');
  });
});
