import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/cli/io';
import { defaultLang } from '../../src/cli/options';
import { runCli } from '../../src/cli/program';

describe('defaultLang', () => {
  it('reads LC_ALL, then LC_MESSAGES, then LANG: zh_* is Chinese, anything else English', () => {
    expect(defaultLang({ LANG: 'zh_CN.UTF-8' })).toBe('zh');
    expect(defaultLang({ LANG: 'zh_TW' })).toBe('zh');
    expect(defaultLang({ LANG: 'zh' })).toBe('zh');
    expect(defaultLang({ LANG: 'en_US.UTF-8' })).toBe('en');
    expect(defaultLang({ LANG: 'C.UTF-8' })).toBe('en');
    expect(defaultLang({ LC_ALL: 'C', LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(defaultLang({ LC_ALL: '', LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'en_US' })).toBe('zh');
    expect(defaultLang({ LANG: 'zhx' })).toBe('en');
    expect(defaultLang({})).toBe('en');
  });

  it('is the CLI\'s language when --lang is not given', async () => {
    const zh = { ...memoryIo(), env: { LANG: 'zh_CN.UTF-8' } };
    const code = await runCli(['run', '--runs', '20', '--workers', '1'], zh);
    expect(code, zh.stderr()).toBe(0);
    expect(zh.stdout()).toMatch(/^情景：/);
    const en = { ...memoryIo(), env: { LANG: 'zh_CN.UTF-8' } };
    expect(await runCli(['run', '--runs', '20', '--workers', '1', '--lang', 'en'], en)).toBe(0);
    expect(en.stdout()).toMatch(/^Scenario: /);
  });
});
