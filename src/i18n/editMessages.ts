/**
 * Messages about edits of a scenario file (the page's form, `quansim run --set/--pool/--cap/--ratio`), in both
 * languages, kept apart from messages.ts (which is long). Each says what is wrong, the bad value and what is valid.
 */
import type { Bilingual } from './Bilingual';

const q = (s: string): string => JSON.stringify(s);

export const editMessages = {
  pathInvalid: (path: string): Bilingual => ({
    zh: `无法在文件中设置 ${path}：它所在的位置不是映射或列表`,
    en: `Cannot set ${path} in the file: a value on its path is not a map or a list`,
  }),
  setUnreadable: (given: string): Bilingual => ({
    zh: `--set 需要“字段=值”的形式，例如 --set schemes.hangzhou-2024.compute.pool=1.5亿元，而不是 ${q(given)}`,
    en: `--set takes field=value, e.g. --set schemes.hangzhou-2024.compute.pool=1.5亿元, not ${q(given)}`,
  }),
  unknownField: (field: string, valid: readonly string[]): Bilingual => ({
    zh: `情景中没有可修改的字段 ${q(field)}；可修改的字段：${valid.join('、')}`,
    en: `The scenario has no editable field ${q(field)}; the editable fields are: ${valid.join(', ')}`,
  }),
  unknownScheme: (flag: string, scheme: string, ids: readonly string[]): Bilingual => ({
    zh: `${flag}：情景中没有补贴方案 ${q(scheme)}；方案有：${ids.join('、')}`,
    en: `${flag}: the scenario has no scheme ${q(scheme)}; its schemes are: ${ids.join(', ')}`,
  }),
  whichScheme: (flag: string, ids: readonly string[]): Bilingual => ({
    zh: `${flag}：情景有多个补贴方案，请写成 ${flag} <方案>=<值>，方案为：${ids.join('、')}`,
    en: `${flag}: the scenario has several schemes; write ${flag} <scheme>=<value>, with one of: ${ids.join(', ')}`,
  }),
  schemeHasNoCap: (scheme: string): Bilingual => ({
    zh: `--cap：补贴方案 ${q(scheme)} 没有数额上限可以修改`,
    en: `--cap: the scheme ${q(scheme)} has no numeric cap to change`,
  }),
  reportOfSummary: (): Bilingual => ({
    zh: '--set、--pool、--cap 和 --ratio 修改情景文件：报告 summary.json 时不能使用（它已按原设定运行过）',
    en: '--set, --pool, --cap and --ratio edit a scenario file: they cannot be used when reporting a summary.json (it was already run as it is)',
  }),
  twice: (field: string): Bilingual => ({
    zh: `字段 ${field} 被修改了两次；每个字段只能给一个值`,
    en: `The field ${field} is edited twice; give each field one value`,
  }),
};
