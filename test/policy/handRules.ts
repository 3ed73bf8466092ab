/**
 * RuleSets built by hand for the evaluator's unit tests: small, explicit, independent of the policy
 * files (the known-value tests against the real files are in quote.known.test.ts). The numbers are
 * test inputs, not policy data.
 */
import type { Fen } from '../../src/money/fen';
import type {
  Application, CapRule, Condition, Dated, FundingSplit, GrantScheme, RatioRule, Reference, RuleSet, TopUpScheme,
} from '../../src/policy/model';
import { parseDay } from '../../src/time/day';
import type { Level, Voucher } from '../../src/vocabulary';

export const ref: Reference = { doc: 'test', clause: 'test' };
export const day = (iso: string): number => parseDay(iso);
export const WAN = 1_000_000; // 1万元 in fen

const FROM = day('2024-01-01');
const TO = day('2027-12-31');

export function ratio(bp: number, when: Condition = {}, from = FROM, to = TO): RatioRule {
  return { value: bp, when, from, to, unit: 'bp', label: { zh: '比例', en: 'ratio' }, reference: ref };
}
export function cap(fen: Fen | null, when: Condition = {}, from = FROM, to = TO): CapRule {
  return { value: fen, when, from, to, unit: 'fen', label: { zh: '上限', en: 'cap' }, reference: ref };
}
export function pool(fen: Fen, from = FROM, to = TO): Dated<Fen> {
  return { value: fen, from, to, unit: 'fen', label: { zh: '资金池', en: 'pool' }, reference: ref };
}
export function funding(level: Level): FundingSplit {
  return { province: level === 'province' ? 10000 : 0, city: level === 'city' ? 10000 : 0, district: level === 'district' ? 10000 : 0, source: { zh: '测试', en: 'test' } };
}

export function grant(id: string, level: Level, voucher: Voucher, p: Partial<GrantScheme> = {}): GrantScheme {
  return {
    kind: 'grant', id, document: id.split('.')[0]!, level, voucher, label: { zh: id, en: id }, reference: ref,
    validFrom: FROM, validTo: TO, eligibility: {}, caps: [], pool: [], funding: funding(level), basis: 'contract',
    ratios: [ratio(3000)], capBasis: 'firm-year', ...p,
  };
}

export function topUp(id: string, p: Partial<TopUpScheme> = {}): TopUpScheme {
  return {
    kind: 'topup', id, document: id.split('.')[0]!, level: 'district', vouchers: ['compute'], ofLevels: ['city'],
    label: { zh: id, en: id }, reference: ref, validFrom: FROM, validTo: TO, eligibility: { district: 'shangcheng' },
    caps: [cap(500 * WAN)], pool: [], funding: funding('district'), match: [ratio(10000)], capBasis: 'firm-year', ...p,
  };
}

export function ruleSet(...schemes: (GrantScheme | TopUpScheme)[]): RuleSet {
  return { documents: [], schemes, options: [], capCounting: 'scheme' };
}

export function application(p: Partial<Application> = {}): Application {
  return {
    date: day('2025-06-01'), voucher: 'compute', contractFen: 100 * WAN, executedFen: 100 * WAN,
    selfControlled: false, foundationModel: false, sme: false, district: null, ...p,
  };
}
