/**
 * The words commander writes around the CLI's help (src/cli/helpChrome.ts): the headings, and what it adds after an
 * option's description (its choices, its default). The descriptions themselves are in cliHelp.ts.
 */
import type { Bilingual } from './Bilingual';

export const cliHelpChrome = {
  usage: { zh: '用法：', en: 'Usage:' },
  arguments: { zh: '参数：', en: 'Arguments:' },
  options: { zh: '选项：', en: 'Options:' },
  globalOptions: { zh: '全局选项：', en: 'Global Options:' },
  commands: { zh: '命令：', en: 'Commands:' },
  /** `values`: the choices, each quoted as commander quotes them (JSON). */
  choices: (values: string): Bilingual => ({ zh: `可选：${values}`, en: `choices: ${values}` }),
  default: (value: string): Bilingual => ({ zh: `默认：${value}`, en: `default: ${value}` }),
  preset: (value: string): Bilingual => ({ zh: `不带值时：${value}`, en: `preset: ${value}` }),
  env: (name: string): Bilingual => ({ zh: `环境变量：${name}`, en: `env: ${name}` }),
  /** The extras after a description, joined: `（默认：…，可选：…）`. */
  extras: (list: string): Bilingual => ({ zh: `（${list}）`, en: ` (${list})` }),
  extrasJoin: { zh: '，', en: ', ' },
};
