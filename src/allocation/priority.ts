import { UserError } from '../errors/UserError';
import { allocationMessages } from '../i18n/allocationMessages';
import type { PriorityKey } from './model';
import { FLAG_FOUNDATION_MODEL, FLAG_SELF_CONTROLLED, FLAG_SME, COMPUTE_CATEGORIES } from '../vocabulary';

/** What a priority criterion can look at for one application of a batch. */
export interface PriorityFacts {
  category: number;
  flags: number;
  tier: number;
  requestFen: number;
  order: number;
}

/** A criterion as a number to sort by (smaller first). */
export type PriorityScore = (f: PriorityFacts) => number;

/**
 * Turns the scenario's priority list (most important first) into scoring functions for `batch-ranked`.
 * Arrival order is always the last tie-break, so the ranking is total and deterministic.
 *
 * @param keys e.g. ['category:domestic', 'sme', 'smaller-first']
 * @param tiers the tier ids of the population, for `tier:<id>`
 * @throws UserError for an unknown criterion, listing the valid ones
 */
export function compilePriority(keys: readonly PriorityKey[], tiers: readonly string[]): PriorityScore[] {
  const scores = keys.map((key): PriorityScore => {
    if (key === 'sme') return (f) => ((f.flags & FLAG_SME) !== 0 ? 0 : 1);
    if (key === 'foundation-model') return (f) => ((f.flags & FLAG_FOUNDATION_MODEL) !== 0 ? 0 : 1);
    if (key === 'self-controlled') return (f) => ((f.flags & FLAG_SELF_CONTROLLED) !== 0 ? 0 : 1);
    if (key === 'smaller-first') return (f) => f.requestFen;
    if (key === 'larger-first') return (f) => -f.requestFen;
    if (key === 'earlier-first') return (f) => f.order;
    const [kind, value] = key.split(':') as [string, string | undefined];
    if (kind === 'category' && value !== undefined) {
      const c = (COMPUTE_CATEGORIES as readonly string[]).indexOf(value);
      if (c >= 0) return (f) => (f.category === c ? 0 : 1);
    }
    if (kind === 'tier' && value !== undefined) {
      const t = tiers.indexOf(value);
      if (t >= 0) return (f) => (f.tier === t ? 0 : 1);
    }
    const valid = ['sme', 'foundation-model', 'self-controlled', 'smaller-first', 'larger-first', 'earlier-first',
      ...COMPUTE_CATEGORIES.map((c) => `category:${c}`), ...tiers.map((t) => `tier:${t}`)];
    throw new UserError('allocation.priority', allocationMessages.unknownPriority(key, ...valid), { field: 'allocation.priority' });
  });
  scores.push((f) => f.order);
  return scores;
}
