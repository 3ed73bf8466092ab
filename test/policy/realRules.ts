/**
 * The real policy files (scenarios/policies), loaded once through loadPolicyFile and resolved with the
 * options a test gives, for the known-value and property tests of quote().
 */
import { fileURLToPath } from 'node:url';
import { loadPolicyFile } from '../../src/policy/loadPolicyFile';
import type { Application, FirmYearState, Quote, RuleSet } from '../../src/policy/model';
import type { PolicyDocument } from '../../src/policy/policySchema';
import { resolveRules, type SchemeOverride } from '../../src/policy/resolveRules';
import { quote } from '../../src/policy/quote';
import { parseDay } from '../../src/time/day';

export const POLICY_DIR = fileURLToPath(new URL('../../scenarios/policies/', import.meta.url));
export const POLICY_IDS = ['hangzhou-2024', 'hangzhou-2023-draft', 'zhejiang-2025', 'shangcheng-draft'] as const;
export type PolicyId = (typeof POLICY_IDS)[number];

const cache = new Map<string, PolicyDocument>();
/** The validated document of a policy file. */
export function doc(id: PolicyId): PolicyDocument {
  let d = cache.get(id);
  if (!d) {
    d = loadPolicyFile(`${POLICY_DIR}${id}.yaml`);
    cache.set(id, d);
  }
  return d;
}

/** Resolves the given files (in that order: it is the 从优就高 tie order) with options keyed `<doc>.<key>`. */
export function rules(ids: readonly PolicyId[], options: Record<string, string> = {}, overrides: Record<string, SchemeOverride> = {}): RuleSet {
  return resolveRules(ids.map(doc), { options, overrides });
}

/** 1万元 in fen. */
export const WAN = 1_000_000;

/** An application with defaults: compute, 2025-07-01, no flags, no district. Amounts in 万元. */
export function app(p: Omit<Partial<Application>, 'date' | 'contractFen' | 'executedFen'> & { date?: string; contract?: number; executed?: number }): Application {
  const { date, contract, executed, ...rest } = p;
  const contractFen = Math.round((contract ?? 100) * WAN);
  return {
    voucher: 'compute', selfControlled: false, foundationModel: false, sme: false, district: null, ...rest,
    date: parseDay(date ?? '2025-07-01'),
    contractFen,
    executedFen: executed === undefined ? contractFen : Math.round(executed * WAN),
  };
}

/** The line of `scheme` in a quote (throws when the scheme was not considered). */
export function line(q: Quote, scheme: string) {
  const l = q.grants.find((g) => g.scheme === scheme);
  if (!l) throw new Error(`${scheme} not in the quote: ${q.grants.map((g) => g.scheme).join(', ')}`);
  return l;
}

/** Quotes successive applications of one firm in one year, adding each payment to the received amounts. */
export function quoteSeries(r: RuleSet, apps: Application[], state: FirmYearState = {}): Quote[] {
  const received: Record<string, number> = { ...(state.receivedFen ?? {}) };
  return apps.map((a) => {
    const q = quote(r, a, { ...state, receivedFen: { ...received } });
    for (const g of q.grants) if (g.paidFen > 0) received[g.scheme] = (received[g.scheme] ?? 0) + g.paidFen;
    return q;
  });
}
