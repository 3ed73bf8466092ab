import fc from 'fast-check';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { userErrorsOf, type UserError } from '../../src/errors/UserError';
import { loadPolicyFile } from '../../src/policy/loadPolicyFile';
import type { GrantScheme, RuleSet, Scheme, TopUpScheme } from '../../src/policy/model';
import type { PolicyDocument } from '../../src/policy/policySchema';
import { resolveRules, type RuleSettings } from '../../src/policy/resolveRules';
import { parseDay } from '../../src/time/day';
import { userErrorText } from '../../src/i18n/userErrorText';

const dir = resolve(import.meta.dirname, '../../scenarios/policies');
const load = (id: string): PolicyDocument => loadPolicyFile(join(dir, `${id}.yaml`));
const hz = load('hangzhou-2024');
const draft = load('hangzhou-2023-draft');
const zj = load('zhejiang-2025');
const sc = load('shangcheng-draft');

/** Values for the options the documents leave open (test inputs, not policy figures). */
const DRAFT_OPTIONS = {
  'hangzhou-2023-draft.start': '2023-10-01',
  'hangzhou-2023-draft.compute-ratio': '25%',
  'hangzhou-2023-draft.compute-cap': 'none',
};
const SC_OPTIONS = { 'shangcheng-draft.start': '2025-01-01', 'shangcheng-draft.end': '2027-12-31' };

const scheme = (rs: RuleSet, id: string): Scheme => {
  const s = rs.schemes.find((x) => x.id === id);
  if (!s) throw new Error(`no scheme ${id}`);
  return s;
};
const grant = (rs: RuleSet, id: string): GrantScheme => scheme(rs, id) as GrantScheme;
const topup = (rs: RuleSet, id: string): TopUpScheme => scheme(rs, id) as TopUpScheme;

function errorsOf(docs: PolicyDocument[], settings: RuleSettings): UserError[] {
  try {
    resolveRules(docs, settings);
  } catch (e) {
    const errs = userErrorsOf(e);
    if (errs) return errs;
    throw e;
  }
  throw new Error('expected user errors');
}

describe('resolveRules: defaults', () => {
  const rs = resolveRules([hz]);

  it('gives the documents, their dates and the scheme ids', () => {
    expect(rs.documents).toEqual([expect.objectContaining({
      id: 'hangzhou-2024', source: 'hangzhou-2024', level: 'city', status: 'in-force',
      validFrom: parseDay('2024-08-19'), validTo: parseDay('2027-12-31'),
    })]);
    const s = grant(rs, 'hangzhou-2024.compute');
    expect([s.kind, s.voucher, s.basis, s.level, s.document]).toEqual(['grant', 'compute', 'contract', 'city', 'hangzhou-2024']);
    expect([s.validFrom, s.validTo]).toEqual([parseDay('2024-08-19'), parseDay('2027-12-31')]);
    expect(s.pool.map((p) => p.value)).toEqual([25_000_000_000]);
  });

  it('takes default option values and says they are defaults', () => {
    expect(rs.options.map((o) => [o.key, o.value, o.isDefault])).toEqual([
      ['hangzhou-2024.foundation-model-cap', '800万元', true],
      ['hangzhou-2024.funding', 'city=50%,district=50%', true],
    ]);
    expect(rs.options[0]!.accepts).toBe('none (no cap) or an amount such as 2000万元');
    const caps = grant(rs, 'hangzhou-2024.compute').caps;
    expect(caps.map((c) => [c.when, c.value, c.option, c.adjusted])).toEqual([
      [{ foundationModel: true }, 800_000_000, 'hangzhou-2024.foundation-model-cap', undefined],
      [{}, 800_000_000, undefined, undefined],
    ]);
    expect(grant(rs, 'hangzhou-2024.compute').funding).toEqual({
      province: 0, city: 5000, district: 5000,
      source: { zh: '选项 hangzhou-2024.funding=city=50%,district=50%', en: 'option hangzhou-2024.funding=city=50%,district=50%' },
    });
  });

  it('keeps conditions on application fields only', () => {
    const all = resolveRules([hz, draft, zj, sc], { options: { ...DRAFT_OPTIONS, ...SC_OPTIONS } });
    for (const s of all.schemes) {
      const rules = [...s.caps, ...(s.kind === 'grant' ? s.ratios : s.match)];
      for (const r of rules) expect(Object.keys(r.when).every((k) => ['category', 'selfControlled', 'foundationModel', 'sme', 'district'].includes(k)), s.id).toBe(true);
      expect(s.funding.province + s.funding.city + s.funding.district, s.id).toBe(10_000);
    }
  });
});

describe('resolveRules: option values of each type', () => {
  it('money-or-none: an amount replaces no cap, and is marked as set by the user', () => {
    const rs = resolveRules([hz], { options: { 'hangzhou-2024.foundation-model-cap': '2000万' } });
    expect(grant(rs, 'hangzhou-2024.compute').caps[0]).toMatchObject({ value: 2_000_000_000, adjusted: true, option: 'hangzhou-2024.foundation-model-cap' });
    expect(rs.options[0]).toMatchObject({ value: '2000万', isDefault: false });
  });

  it('a value written out that equals the default (800万元 for a default of 800万元, 800万) is still the default', () => {
    for (const v of ['800万元', '800万', '8000000']) {
      expect(resolveRules([hz], { options: { 'hangzhou-2024.foundation-model-cap': v } }).options[0]).toMatchObject({ isDefault: true });
    }
    expect(resolveRules([hz], { options: { 'hangzhou-2024.foundation-model-cap': '800.01万' } }).options[0]).toMatchObject({ isDefault: false });
    const set = resolveRules([hz], { options: { 'stacking.cap-counting': 'scheme' } });
    expect(set.options.find((o) => o.key === 'stacking.cap-counting')).toMatchObject({ isDefault: true });
  });

  it('choice: the 004 （十五） cap scope picks which cap entries apply', () => {
    const literal = grant(resolveRules([zj]), 'zhejiang-2025.compute').caps;
    expect(literal.map((c) => [c.when, c.value])).toEqual([[{ selfControlled: false }, 800_000_000], [{ selfControlled: true }, null]]);
    const all = grant(resolveRules([zj], { options: { 'zhejiang-2025.compute-cap-scope': 'all' } }), 'zhejiang-2025.compute').caps;
    expect(all.map((c) => [c.when, c.value])).toEqual([
      [{ selfControlled: false }, 800_000_000], [{ selfControlled: true }, 800_000_000], [{ selfControlled: true }, null],
    ]);
  });

  it('ratio, date and money-or-none: the 003 draft runs only on values the user gives', () => {
    const rs = resolveRules([draft], { options: DRAFT_OPTIONS });
    const s = grant(rs, 'hangzhou-2023-draft.compute');
    expect([s.validFrom, s.validTo]).toEqual([parseDay('2023-10-01'), parseDay('2025-12-31')]);
    expect(s.ratios.map((r) => [r.value, r.from, r.option, r.adjusted])).toEqual([[2500, parseDay('2023-10-01'), 'hangzhou-2023-draft.compute-ratio', true]]);
    expect(s.ratios[0]!.reference.clause).toBe('三（一）');
    expect(s.caps.map((c) => c.value)).toEqual([null]);
    expect(s.pool.map((p) => [p.value, p.from])).toEqual([[5_000_000_000, parseDay('2023-10-01')]]);
    expect(s.funding).toMatchObject({ city: 10_000, province: 0, district: 0, source: { en: 'hangzhou-2023-draft 三（一）' } });
    expect(s.eligibility).toEqual({});
  });

  it('choice in an eligibility list: 重点支持中小企业 read as SMEs only', () => {
    const rs = resolveRules([draft], { options: { ...DRAFT_OPTIONS, 'hangzhou-2023-draft.sme-reading': 'sme-only' } });
    expect(grant(rs, 'hangzhou-2023-draft.compute').eligibility).toEqual({ sme: true });
  });

  it('choice in a top-up\'s `of`: which grants Shangcheng matches (001 （1） 市级认定补贴金额: city grants by default)', () => {
    const cityOnly = topup(resolveRules([sc], { options: SC_OPTIONS }), 'shangcheng-draft.topup');
    expect([cityOnly.kind, cityOnly.vouchers, cityOnly.ofLevels, cityOnly.eligibility]).toEqual(['topup', ['compute', 'model'], ['city'], { district: 'shangcheng' }]);
    expect(cityOnly.match.map((m) => m.value)).toEqual([10_000]);
    expect(cityOnly.funding).toMatchObject({ district: 10_000 });
    const chosen = topup(resolveRules([sc], { options: { ...SC_OPTIONS, 'shangcheng-draft.topup-of': 'chosen' } }), 'shangcheng-draft.topup');
    expect(chosen.ofLevels).toEqual(['province', 'city', 'district']);
  });

  it('cap basis: 004 "给予最高…补助" per firm per year by default, per validity or per contract by option', () => {
    for (const [given, want] of [[undefined, 'firm-year'], ['firm-validity', 'firm-validity'], ['contract', 'contract']] as const) {
      const rs = resolveRules([zj], given === undefined ? {} : { options: { 'zhejiang-2025.cap-basis': given } });
      for (const s of rs.schemes) expect([s.id, s.capBasis]).toEqual([s.id, want]);
    }
    expect(grant(resolveRules([hz]), 'hangzhou-2024.compute').capBasis).toBe('firm-year');
  });

  it('cap counting: stacking.cap-counting is scheme by default, listed where two grants share a voucher', () => {
    expect(resolveRules([hz]).capCounting).toBe('scheme');
    expect(resolveRules([hz]).options.map((o) => o.key)).not.toContain('stacking.cap-counting');
    const both = resolveRules([hz, zj]);
    expect(both.capCounting).toBe('scheme');
    expect(both.options.find((o) => o.key === 'stacking.cap-counting')).toMatchObject({ value: 'scheme', isDefault: true });
    const voucher = resolveRules([hz], { options: { 'stacking.cap-counting': 'voucher' } });
    expect(voucher.capCounting).toBe('voucher');
    expect(voucher.options.find((o) => o.key === 'stacking.cap-counting')).toMatchObject({ value: 'voucher', isDefault: false });
    const errs = errorsOf([hz], { options: { 'stacking.cap-counting': 'firm' } });
    expect(errs.map((e) => [e.code, e.where.field])).toEqual([['option.bad-value', 'stacking.cap-counting']]);
  });

  it('split: shares by level, in any order, with full-width commas', () => {
    const rs = resolveRules([hz], { options: { 'hangzhou-2024.funding': 'district=70%，city=30%' } });
    expect(grant(rs, 'hangzhou-2024.compute').funding).toMatchObject({ province: 0, city: 3000, district: 7000 });
  });

  it.each([
    ['hangzhou-2024.funding', 'city=60%', 'adds up to 60%'],
    ['hangzhou-2024.funding', 'town=100%', 'cannot read the split'],
    ['hangzhou-2024.funding', 'city=50%,city=50%', 'cannot read the split'],
    ['hangzhou-2024.foundation-model-cap', 'unlimited', 'cannot read the amount'],
    ['hangzhou-2024.foundation-model-cap', '-1', 'must not be negative'],
    ['zhejiang-2025.compute-cap-scope', 'both', 'not one of the choices): it accepts one of non-self-controlled, all'],
    ['hangzhou-2023-draft.compute-ratio', '130%', 'above 100%'],
    ['hangzhou-2023-draft.start', '2023-02-30', 'cannot read the date'],
  ])('%s=%s is refused: %s', (key, value, words) => {
    const errs = errorsOf([hz, draft, zj], { options: { ...DRAFT_OPTIONS, [key]: value } });
    expect(errs.map((e) => [e.code, e.where.field])).toEqual([['option.bad-value', key]]);
    expect(userErrorText(errs[0]!).en).toContain(words);
  });
});

describe('resolveRules: errors', () => {
  it('names every missing required option, with an example', () => {
    const errs = errorsOf([hz, draft, zj, sc], {});
    expect(errs.map((e) => e.where.field)).toEqual([
      'hangzhou-2023-draft.start', 'hangzhou-2023-draft.compute-ratio', 'hangzhou-2023-draft.compute-cap',
      'shangcheng-draft.start', 'shangcheng-draft.end',
    ]);
    expect(errs.every((e) => e.code === 'option.required')).toBe(true);
    expect(userErrorText(errs[1]!).en).toBe('this option must be set (Compute voucher ratio (share of the contract fee)): the documents give no value and there is no default. For example --option hangzhou-2023-draft.compute-ratio=20%');
    expect(userErrorText(errs[0]!).zh).toContain('--option hangzhou-2023-draft.start=2025-01-01');
  });

  it('treats options of documents not loaded as unknown', () => {
    const errs = errorsOf([hz], { options: { 'zhejiang-2025.compute-cap-scope': 'all' } });
    expect(errs.map((e) => e.code)).toEqual(['option.unknown']);
    expect(userErrorText(errs[0]!).en).toBe('unknown option "zhejiang-2025.compute-cap-scope": the options of the loaded files are hangzhou-2024.foundation-model-cap, hangzhou-2024.funding, stacking.cap-counting');
  });

  it('reports every problem at once: options and overrides', () => {
    const errs = errorsOf([hz, zj], {
      options: { 'hangzhou-2024.fundin': 'city=100%', 'zhejiang-2025.funding': 'city=90%' },
      overrides: { 'zhejiang-2025.computer': { pool: 100 }, 'zhejiang-2025.model': { ratioScale: 12_000, cap: -5 } },
    });
    expect(errs.map((e) => [e.code, e.where.field])).toEqual([
      ['option.unknown', 'hangzhou-2024.fundin'],
      ['option.bad-value', 'zhejiang-2025.funding'],
      ['override.unknown-scheme', 'zhejiang-2025.computer'],
      ['override.ratio-scale', 'zhejiang-2025.model.ratioScale'],
      ['override.amount', 'zhejiang-2025.model.cap'],
    ]);
    expect(userErrorText(errs[2]!).en).toBe('an override names the unknown scheme "zhejiang-2025.computer": the schemes loaded are hangzhou-2024.compute, zhejiang-2025.compute, zhejiang-2025.corpus, zhejiang-2025.model');
    expect(userErrorText(errs[3]!).en).toContain('ratio scale 120% is not valid');
  });

  it('refuses dates that the options put in the wrong order', () => {
    const errs = errorsOf([sc], { options: { 'shangcheng-draft.start': '2027-01-01', 'shangcheng-draft.end': '2026-12-31' } });
    expect(errs.map((e) => e.code)).toContain('rules.dates-reversed');
    expect(userErrorText(errs[0]!).en).toBe('shangcheng-draft: with the options set, the end date 2026-12-31 is before the start date 2027-01-01');
  });

  it('refuses a document loaded twice', () => {
    expect(errorsOf([hz, hz], {}).map((e) => e.code)).toEqual(['rules.document-twice']);
  });
});

describe('resolveRules: scenario overrides', () => {
  it('sets a pool where none is published (004), for the whole validity', () => {
    const s = grant(resolveRules([zj], { overrides: { 'zhejiang-2025.corpus': { pool: 1_000_000_000 } } }), 'zhejiang-2025.corpus');
    expect(s.pool).toEqual([expect.objectContaining({ value: 1_000_000_000, from: s.validFrom, to: s.validTo, adjusted: true })]);
    expect(s.pool[0]).not.toHaveProperty('published');
  });

  it('replaces a published pool and keeps the published value', () => {
    const s = grant(resolveRules([hz], { overrides: { 'hangzhou-2024.compute': { pool: 10_000_000_000 } } }), 'hangzhou-2024.compute');
    expect(s.pool.map((p) => [p.value, p.published, p.adjusted])).toEqual([[10_000_000_000, 25_000_000_000, true]]);
  });

  it('replaces every numeric cap and leaves uncapped entries uncapped', () => {
    const s = grant(resolveRules([zj], { overrides: { 'zhejiang-2025.compute': { cap: 300_000_000 } } }), 'zhejiang-2025.compute');
    expect(s.caps.map((c) => [c.value, c.published, c.adjusted])).toEqual([[300_000_000, 800_000_000, true], [null, undefined, undefined]]);
  });

  it('scales ratios down (000 closing: 均为最高标准), rounding down to a whole bp', () => {
    const s = grant(resolveRules([hz], { overrides: { 'hangzhou-2024.compute': { ratioScale: 3333 } } }), 'hangzhou-2024.compute');
    expect(s.ratios.map((r) => [r.value, r.published, r.adjusted])).toEqual([[999, 3000, true], [999, 3000, true], [666, 2000, true]]);
    const t = topup(resolveRules([sc], { options: SC_OPTIONS, overrides: { 'shangcheng-draft.topup': { ratioScale: 5000 } } }), 'shangcheng-draft.topup');
    expect(t.match.map((m) => [m.value, m.published])).toEqual([[5000, 10_000]]);
  });

  it('does not mark an option-given value as published', () => {
    const s = grant(resolveRules([draft], { options: DRAFT_OPTIONS, overrides: { 'hangzhou-2023-draft.compute': { ratioScale: 5000 } } }), 'hangzhou-2023-draft.compute');
    expect(s.ratios[0]).toMatchObject({ value: 1250, adjusted: true });
    expect(s.ratios[0]).not.toHaveProperty('published');
  });

  it('never raises a ratio and never changes the loaded documents', () => {
    const before = structuredClone(hz);
    fc.assert(fc.property(fc.integer({ min: 0, max: 10_000 }), (scale) => {
      const s = grant(resolveRules([hz], { overrides: { 'hangzhou-2024.compute': { ratioScale: scale, cap: 1, pool: 2 } } }), 'hangzhou-2024.compute');
      return s.ratios.every((r) => r.value <= r.published! && r.value === Math.floor((r.published! * scale) / 10_000));
    }));
    expect(hz).toEqual(before);
  });
});
