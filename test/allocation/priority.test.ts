/**
 * compilePriority's one user error: an unknown criterion is named, quoted, with every valid criterion listed in
 * both languages (the sentences below are written out as users read them before the words moved to
 * src/i18n/allocationMessages.ts).
 */
import { describe, expect, it } from 'vitest';
import { compilePriority } from '../../src/allocation/priority';
import { UserError } from '../../src/errors/UserError';

function thrown(f: () => unknown): UserError {
  try {
    f();
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('did not throw');
}

describe('compilePriority', () => {
  it('names an unknown criterion and lists the valid ones, the tiers included, in zh and en', () => {
    const e = thrown(() => compilePriority(['sme', 'categroy:domestic'], ['micro', 'large']));
    expect(e.code).toBe('allocation.priority');
    expect(e.where.field).toBe('allocation.priority');
    expect(e.words).toEqual({
      zh: '未知的优先规则 "categroy:domestic"：可用 sme、foundation-model、self-controlled、smaller-first、larger-first、earlier-first、category:maas、category:domestic、category:other、tier:micro、tier:large',
      en: 'unknown priority "categroy:domestic": valid ones are sme, foundation-model, self-controlled, smaller-first, larger-first, earlier-first, category:maas, category:domestic, category:other, tier:micro, tier:large',
    });
  });

  it('ranks by each criterion in turn, arrival order last', () => {
    const scores = compilePriority(['tier:large', 'smaller-first'], ['micro', 'large']);
    const facts = { category: 0, flags: 0, tier: 1, requestFen: 500, order: 7 };
    expect(scores.map((s) => s(facts))).toEqual([0, 500, 7]);
    expect(scores[0]!({ ...facts, tier: 0 })).toBe(1);
  });
});
