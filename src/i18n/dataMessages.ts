/**
 * The user-facing words of the data layer (applications and payments files, fitting, backtests), zh and en,
 * kept together for review and translation.
 */
import type { Bilingual } from './Bilingual';

export const dataMessages = {
  csvEmpty: (): Bilingual => ({ zh: '文件为空，没有表头', en: 'the file is empty: no header row' }),
  csvSyntax: (detail: string): Bilingual => ({ zh: `CSV 格式错误：${detail}`, en: `CSV syntax error: ${detail}` }),
  missingColumn: (column: string, valid: readonly string[]): Bilingual => ({
    zh: `缺少必需列 ${column}（必需列：${valid.join('、')}）`,
    en: `the required column ${column} is missing (required: ${valid.join(', ')})`,
  }),
  unknownColumn: (column: string, valid: readonly string[]): Bilingual => ({
    zh: `未知列 ${JSON.stringify(column)}（可用列：${valid.join('、')}）`,
    en: `unknown column ${JSON.stringify(column)} (columns: ${valid.join(', ')})`,
  }),
  duplicateColumn: (column: string): Bilingual => ({ zh: `列 ${column} 重复`, en: `the column ${column} appears twice` }),
  emptyCell: (): Bilingual => ({ zh: '不能为空', en: 'must not be empty' }),
  badDate: (v: string): Bilingual => ({
    zh: `日期 ${JSON.stringify(v)} 无效，应为 YYYY-MM-DD（如 2024-03-15）`,
    en: `the date ${JSON.stringify(v)} is not a valid YYYY-MM-DD date (e.g. 2024-03-15)`,
  }),
  badVoucher: (v: string): Bilingual => ({
    zh: `券种 ${JSON.stringify(v)} 无效，应为 compute、corpus 或 model`,
    en: `the voucher ${JSON.stringify(v)} is not compute, corpus or model`,
  }),
  badCategory: (v: string): Bilingual => ({
    zh: `类别 ${JSON.stringify(v)} 无效，应为 maas、domestic 或 other`,
    en: `the category ${JSON.stringify(v)} is not maas, domestic or other`,
  }),
  categoryNotCompute: (): Bilingual => ({
    zh: '只有算力券（compute）的申请有类别', en: 'only compute applications have a category',
  }),
  badBoolean: (v: string): Bilingual => ({
    zh: `${JSON.stringify(v)} 不是是/否（可写 1/0、true/false、yes/no、是/否）`,
    en: `${JSON.stringify(v)} is not yes/no (write 1/0, true/false, yes/no or 是/否)`,
  }),
  badTier: (v: string): Bilingual => ({
    zh: `企业类别 ${JSON.stringify(v)} 无效：以字母或数字开头，只含字母、数字、_ 和 -`,
    en: `the tier ${JSON.stringify(v)} is not an id: a letter or digit, then letters, digits, _ or -`,
  }),
  badDistrict: (v: string): Bilingual => ({
    zh: `区县 ${JSON.stringify(v)} 无效：小写字母、数字，用 - 连接（如 shangcheng）`,
    en: `the district ${JSON.stringify(v)} is not an id: lower-case letters and digits joined by - (e.g. shangcheng)`,
  }),
  executedAboveContract: (): Bilingual => ({
    zh: '实际执行金额大于合同金额', en: 'the executed amount is above the contract amount',
  }),
  zeroContract: (): Bilingual => ({ zh: '合同金额须大于 0', en: 'the contract amount must be above 0' }),
  noRows: (): Bilingual => ({ zh: '文件没有数据行', en: 'the file has no data rows' }),
  tooFewFirms: (n: number, min: number): Bilingual => ({
    zh: `只有 ${n} 家企业，拟合至少需要 ${min} 家`, en: `only ${n} firms: fitting needs at least ${min}`,
  }),
  badTierCount: (n: number): Bilingual => ({
    zh: `分层数 ${n} 无效：应为 1 到 6 的整数`, en: `the number of tiers ${n} is not a whole number from 1 to 6`,
  }),
  badScheme: (v: string, valid: readonly string[]): Bilingual => ({
    zh: `方案 ${JSON.stringify(v)} 不在情景中（情景的方案：${valid.join('、')}）`,
    en: `the scheme ${JSON.stringify(v)} is not one of the scenario's schemes (${valid.join(', ')})`,
  }),
  manyYears: (years: readonly number[]): Bilingual => ({
    zh: `实际支付数据跨多个年份（${years.join('、')}）：每次回测一年，请按年份拆分文件`,
    en: `the payments span several years (${years.join(', ')}): a backtest compares one year; split the file by year`,
  }),
  applicationsMissing: (name: string): Bilingual => ({
    zh: `找不到申请数据文件 ${name}（路径相对于本文件）`, en: `the applications file ${name} was not found (paths are relative to this file)`,
  }),
  paymentColumns: (valid: readonly string[]): Bilingual => ({
    zh: `可用列：${valid.join('、')}`, en: `columns: ${valid.join(', ')}`,
  }),
} as const;
