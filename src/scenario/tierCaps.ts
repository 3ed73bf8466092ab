/**
 * The yearly cap per firm each tier of firms meets, as a chart draws it: one amount when every firm of the tier
 * meets the same cap under every grant scheme in force that year, "no cap" when none of them caps such firms, and
 * "varies" otherwise (firms of the tier differ in what decides the cap: a foundation-model firm or not, an SME or
 * not, the compute category, the district; or the schemes in force cap them differently). Caps are the policy's
 * CapRules (first match wins, as for the engine), in force on some day of the year.
 */
import type { CapRule, Condition, Scheme } from '../policy/model';
import type { Tier } from '../population/model';
import { yearEnd, yearStart } from '../time/day';
import type { Scenario } from './model';

export type TierCap = { kind: 'cap'; fen: number } | { kind: 'none' } | { kind: 'varies' };

/**
 * @returns the cap of each tier id in `year` (tiers seeking no voucher of a scheme in force: `none`)
 * @example tierCaps(hangzhou2024, 2025).get('micro') // { kind: 'cap', fen: 800_000_000 }
 */
export function tierCaps(scenario: Scenario, year: number): Map<string, TierCap> {
  const from = yearStart(year);
  const to = yearEnd(year);
  const schemes = scenario.rules.schemes.filter((s) => s.kind === 'grant' && s.validFrom <= to && s.validTo >= from);
  const out = new Map<string, TierCap>();
  for (const tier of scenario.population.tiers) {
    const caps = schemes.filter((s) => seeks(tier, s)).map((s) => capOf(tier, s.caps.filter((c) => c.from <= to && c.to >= from), s));
    out.set(tier.id, combine(caps));
  }
  return out;
}

function seeks(tier: Tier, s: Scheme): boolean {
  return s.kind === 'grant' && tier.vouchers[s.voucher] !== undefined;
}

/** Every firm of the tier under one scheme: the first rule that surely matches, unless one before it may match. */
function capOf(tier: Tier, rules: readonly CapRule[], s: Scheme): TierCap {
  if (matches(tier, s.eligibility) === false) return { kind: 'none' };
  if (matches(tier, s.eligibility) === null) return { kind: 'varies' };
  // Rules dated differently within the year would give two caps: only one set of dates is read.
  if (new Set(rules.map((r) => `${r.from}-${r.to}`)).size > 1) return { kind: 'varies' };
  for (const r of rules) {
    const m = matches(tier, r.when);
    if (m === null) return { kind: 'varies' };
    if (m) return r.value === null ? { kind: 'none' } : { kind: 'cap', fen: r.value };
  }
  return { kind: 'none' };
}

/** Whether every firm of the tier matches (true), none does (false), or it depends on the firm (null). */
function matches(tier: Tier, when: Condition): boolean | null {
  let all = true;
  const bp = (x: number, want: boolean) => (x === 0 ? !want : x === 10_000 ? want : null);
  const checks: Array<boolean | null> = [];
  if (when.foundationModel !== undefined) checks.push(bp(tier.foundationModelBp, when.foundationModel));
  if (when.sme !== undefined) checks.push(bp(tier.smeBp, when.sme));
  if (when.district !== undefined) {
    const p = tier.districtBp[when.district] ?? 0;
    checks.push(p === 0 ? false : p === 10_000 ? true : null);
  }
  if (when.category !== undefined || when.selfControlled !== undefined) checks.push(null);
  for (const c of checks) {
    if (c === false) return false;
    if (c === null) all = false;
  }
  return all ? true : null;
}

function combine(caps: readonly TierCap[]): TierCap {
  const first = caps[0];
  if (!first) return { kind: 'none' };
  const same = caps.every((c) => c.kind === first.kind && (c.kind !== 'cap' || (first.kind === 'cap' && c.fen === first.fen)));
  return same ? first : { kind: 'varies' };
}
