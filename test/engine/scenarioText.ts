/** Builds small scenario texts for the engine tests, over the real Hangzhou 2024 policy file. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadScenario } from '../../src/scenario/loadScenario';
import type { Scenario } from '../../src/scenario/model';

export interface ScenarioParts {
  firms?: string;
  tiers?: string;
  pool?: string;
  mechanism?: string;
  extraAllocation?: string;
  runs?: number;
  seed?: string | number;
  options?: string;
  arrivals?: string;
  policies?: string[];
  schemes?: string;
  years?: string;
  firstYearPool?: 'full' | 'prorated';
}

/** One tier of firms that each bring `count` compute contracts of a given amount law. */
export function oneTier(amount: string, count = '{law: fixed, n: 1}', compute = '{seek: 100%, categories: {maas: 0%, domestic: 0%, other: 100%}, selfControlled: 0%}'): string {
  return `
    - id: t
      label: {zh: 企业, en: firms}
      share: 100%
      sme: 100%
      foundationModel: 0%
      contracts:
        count: ${count}
        amount: ${amount}
        executed: {law: constant, value: 100%}
      vouchers:
        compute: ${compute}`;
}

/**
 * Tier `a`, 70% of the firms, which seeks every voucher (compute by category and self-control, corpus, model):
 * 80% SMEs, 30% in 上城区, Poisson contracts of a lognormal amount (median `median` 万元, p90 four times it) and
 * a beta executed share; `seekCorrelation` (e.g. '50%') when the vouchers are sought together.
 */
export function allVouchersTier(median: number, foundationModel: string, seekCorrelation?: string): string {
  return `
    - id: a
      label: {zh: 甲, en: a}
      share: 70%
      sme: 80%
      foundationModel: ${foundationModel}
      districts: {shangcheng: 30%}${seekCorrelation === undefined ? '' : `
      seekCorrelation: ${seekCorrelation}`}
      contracts:
        count: {law: poisson, mean: 2, min: 1}
        amount: {law: lognormal, median: ${median}万, p90: ${median * 4}万}
        executed: {law: beta, mean: 80%, sd: 10%}
      vouchers:
        compute: {seek: 90%, categories: {maas: 30%, domestic: 30%, other: 40%}, selfControlled: 50%}
        corpus: {seek: 40%}
        model: {seek: 40%}`;
}

export function scenarioText(p: ScenarioParts): string {
  const policies = p.policies ?? ['scenarios/policies/hangzhou-2024.yaml'];
  return `
scenario:
  id: test
  title: {zh: 测试, en: test}
  question: {zh: 测试, en: test}
  assumptions: []
policies: [${policies.join(', ')}]
${p.options ? `options: ${p.options}` : ''}
${p.schemes ?? (p.pool ? `schemes:\n  hangzhou-2024.compute: {pool: ${p.pool}}` : '')}
years: ${p.years ?? '[2025]'}
firstYearPool: ${p.firstYearPool ?? 'full'}
allocation: {mechanism: ${p.mechanism ?? 'fcfs-partial'}${p.extraAllocation ? `, ${p.extraAllocation}` : ''}}
population:
  firms: ${p.firms ?? '{law: poisson, mean: 100}'}
  ${p.arrivals ? `arrivals: ${p.arrivals}` : ''}
  tiers:${p.tiers ?? oneTier('{law: constant, value: 100万}')}
runs: ${p.runs ?? 200}
seed: ${p.seed ?? 1}
`;
}

const root = resolve(import.meta.dirname, '../..');

/** Loads a scenario text as if it were the file `test.yaml` at the repository root. */
export function scenarioOf(p: ScenarioParts): Scenario {
  return loadScenario(scenarioText(p), 'test.yaml', (path) => readFileSync(resolve(root, path), 'utf8'));
}
