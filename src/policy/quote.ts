import { UserError, UserErrors } from '../errors/UserError';
import type { Bilingual } from '../i18n/Bilingual';
import { messages } from '../i18n/messages';
import { policyWords } from '../i18n/policyWords';
import { allocateSplit } from '../money/allocateSplit';
import { formatMoney } from '../i18n/formatMoney';
import { isFen, type Fen } from '../money/fen';
import { formatDay, MAX_DAY, MIN_DAY } from '../time/day';
import { toAppInput, type AppInput } from './appInput';
import { capUsed, compileRules, COUNT_VOUCHER, KIND_GRANT, type CompiledRules } from './compile';
import {
  BOUND_CAP, BOUND_NOT_CONSIDERED, BOUND_NOT_ELIGIBLE, BOUND_NOT_IN_FORCE, BOUND_POOL, BOUND_REMAINING_CAP, BOUNDS,
  conditionMismatch, evaluate, evaluateTopUps, makeEvalOut, POOL_IGNORE, POOL_PARTIAL, POOL_STRICT, WHY_CATEGORY, WHY_DISTRICT,
  WHY_LEVEL_NOT_MATCHED, WHY_NO_RULE_MATCHES, WHY_NOTHING_TO_MATCH, WHY_OUTSIDE_VALIDITY,
  type EvalOut, type PoolMode,
} from './evaluate';
import {
  type Application, type FirmYearState, type GrantLine, type PackageLine, type Quote, type RuleSet,
} from './model';
import { FLAG_FOUNDATION_MODEL, FLAG_SELF_CONTROLLED, FLAG_SME, COMPUTE_CATEGORIES, LEVELS, VOUCHERS, type Level } from '../vocabulary';

/** How `quote` treats pools given in the state: `partial` pays what is left, `strict` pays 0 when a grant does not fit. */
export interface QuoteOptions {
  poolMode?: 'partial' | 'strict';
}

const compiledCache = new WeakMap<RuleSet, CompiledRules>();

/** The compiled form of `rules`, compiled once per RuleSet object (cached weakly). */
export function compiledRulesOf(rules: RuleSet): CompiledRules {
  let c = compiledCache.get(rules);
  if (!c) {
    c = compileRules(rules);
    compiledCache.set(rules, c);
  }
  return c;
}

/**
 * The grants one application receives under `rules`, with a bilingual reason per scheme written from
 * the numbers. It is `evaluate` (the engine's allocation-free evaluator, so quote and simulation cannot
 * disagree) plus explanations: every scheme of the voucher is listed with what it would pay on its own,
 * what it pays after 从优、就高、不重复 (hangzhou-2024, hangzhou-2023-draft, zhejiang-2025 closing paragraphs), top-ups (shangcheng-draft （1）) added, and the
 * split of each payment by paying level (the schemes' funding splits, allocateSplit in the order province,
 * city, district).
 *
 * @param rules resolved rules (resolveRules)
 * @param app the application; `executedFen` at most `contractFen`
 * @param state what the firm already received this year per scheme id, and the pools left (a scheme not
 *   listed in `poolRemainingFen` is not limited by its pool)
 * @param opts `poolMode` when pools are given: `partial` (default) or `strict`
 * @throws UserError / UserErrors when the application or the state is invalid (amount not in fen, executed
 *   above the contract, unknown category, unknown scheme id in the state...)
 * @example quote(rules, {date: parseDay('2025-03-01'), voucher: 'compute', contractFen: 100_000_000, ...}).totalFen
 */
export function quote(rules: RuleSet, app: Application, state: FirmYearState = {}, opts: QuoteOptions = {}): Quote {
  const c = compiledRulesOf(rules);
  validate(c, app, state);
  const n = c.schemeCount;
  const input = toAppInput(c, app);
  const received = new Float64Array(n);
  for (const [id, fen] of Object.entries(state.receivedFen ?? {})) received[c.schemeIndex(id)] = fen;
  // grants for the voucher from schemes not named count against every grant's cap when caps count by voucher
  // (validate refuses them otherwise): booked on the voucher's first grant, capUsed sums them all
  const firstGrant = c.grantStart[input.voucher] !== c.grantStart[input.voucher + 1] ? c.grantList[c.grantStart[input.voucher]!]! : -1;
  if (state.receivedAnyFen !== undefined && firstGrant >= 0) received[firstGrant]! += state.receivedAnyFen;
  let pools: Float64Array | null = null;
  let poolMode: PoolMode = POOL_IGNORE;
  if (state.poolRemainingFen && Object.keys(state.poolRemainingFen).length > 0) {
    pools = new Float64Array(n).fill(Infinity);
    for (const [id, fen] of Object.entries(state.poolRemainingFen)) pools[c.schemeIndex(id)] = fen;
    poolMode = opts.poolMode === 'strict' ? POOL_STRICT : POOL_PARTIAL;
  }
  const out = makeEvalOut(c);
  evaluate(c, input, received, 0, pools, poolMode, out);

  const grants: GrantLine[] = [];
  const byLevel: Record<Level, Fen> = { province: 0, city: 0, district: 0 };
  for (let s = 0; s < n; s++) {
    if (out.bound[s] === BOUND_NOT_CONSIDERED) continue;
    const scheme = rules.schemes[s]!;
    const paid = out.paid[s]!;
    const split = allocateSplit(paid, [c.fundingBp[3 * s]!, c.fundingBp[3 * s + 1]!, c.fundingBp[3 * s + 2]!]);
    const lineByLevel: Record<Level, Fen> = { province: split[0]!, city: split[1]!, district: split[2]! };
    for (const l of LEVELS) byLevel[l] += lineByLevel[l];
    const capRule = out.capRule[s]! >= 0 ? scheme.caps[out.capRule[s]!] : undefined;
    const ratioRules = scheme.kind === 'grant' ? scheme.ratios : scheme.match;
    const ratioRule = out.ratioRule[s]! >= 0 ? ratioRules[out.ratioRule[s]!] : undefined;
    grants.push({
      scheme: scheme.id,
      kind: scheme.kind,
      level: scheme.level,
      label: scheme.label,
      fen: out.own[s]!,
      paidFen: paid,
      bound: BOUNDS[out.bound[s]!]!,
      reason: explain(c, s, input, out, received, pools, poolMode),
      basisFen: out.basis[s]!,
      ratioBp: out.ratioBp[s]! >= 0 ? out.ratioBp[s]! : null,
      capFen: out.capFen[s]! >= 0 ? out.capFen[s]! : null,
      remainingCapFen: out.remainingCap[s]! >= 0 ? out.remainingCap[s]! : null,
      reference: capRule && (out.bound[s] === BOUND_CAP || out.bound[s] === BOUND_REMAINING_CAP) ? capRule.reference : ratioRule?.reference ?? scheme.reference,
      byLevel: lineByLevel,
    });
  }
  return {
    totalFen: out.total,
    chosen: out.chosen >= 0 ? c.schemeIds[out.chosen]! : null,
    grants,
    packages: packagesOf(c, input, out, received, pools, poolMode),
    notes: rules.documents.filter((d) => grants.some((g) => rules.schemes.find((s) => s.id === g.scheme)?.document === d.id))
      .flatMap((d) => d.notes.map((n) => ({ document: d.id, text: n.text, reference: n.reference }))),
    byLevel,
    options: rules.options,
  };
}

/**
 * The packages 从优、就高、不重复 compared: each grant paying something with the top-ups it triggers, worked out by
 * `evaluateTopUps` on that grant (the engine's code), and why the winner won.
 */
function packagesOf(
  c: CompiledRules, input: AppInput, out: EvalOut, received: Float64Array, pools: Float64Array | null, poolMode: PoolMode,
): PackageLine[] {
  const v = input.voucher;
  const scratch = makeEvalOut(c, false);
  const list: Omit<PackageLine, 'reason'>[] = [];
  for (let k = c.grantStart[v]!; k < c.grantStart[v + 1]!; k++) {
    const s = c.grantList[k]!;
    const own = out.own[s]!;
    if (own <= 0) continue;
    const topUps: PackageLine['topUps'] = [];
    let total = own;
    if (c.topUpStart[v] !== c.topUpStart[v + 1]) {
      evaluateTopUps(c, input, s, own, received, 0, pools, poolMode, scratch);
      total = scratch.total;
      for (let j = c.topUpStart[v]!; j < c.topUpStart[v + 1]!; j++) {
        const t = c.topUpList[j]!;
        topUps.push({ scheme: c.schemeIds[t]!, fen: scratch.paid[t]! });
      }
    }
    list.push({ grant: c.schemeIds[s]!, grantFen: own, topUps, totalFen: total, chosen: s === out.chosen });
  }
  const winner = list.find((p) => p.chosen);
  return list.map((p) => {
    let reason: Bilingual;
    if (!winner) throw new Error('a grant pays something but no package was chosen');
    if (p.chosen) {
      const tied = list.filter((o) => o !== p && o.totalFen === p.totalFen).map((o) => o.grant);
      reason = list.length === 1 ? messages.packageOnly() : tied.length > 0 ? messages.packageChosenTie(tied) : messages.packageChosen();
    } else {
      reason = p.totalFen === winner.totalFen ? messages.packageNotChosenTie(winner.grant) : messages.packageNotChosen(winner.grant, winner.totalFen);
    }
    return { ...p, reason };
  });
}

/** Checks what the types cannot: amounts in fen, executed ≤ contract, category, state keys. */
function validate(c: CompiledRules, app: Application, state: FirmYearState): void {
  const errors: UserError[] = [];
  const err = (code: string, text: Bilingual, field: string): void => {
    errors.push(new UserError(code, text, { field }));
  };
  if (!(VOUCHERS as readonly string[]).includes(app.voucher)) err('quote.voucher', messages.quoteUnknownVoucher(app.voucher, VOUCHERS), 'voucher');
  if (!(Number.isInteger(app.date) && app.date >= MIN_DAY && app.date <= MAX_DAY)) err('quote.date', messages.quoteBadDate(app.date), 'date');
  const contractOk = isFen(app.contractFen);
  const executedOk = isFen(app.executedFen);
  if (!contractOk) err('quote.amount', messages.quoteAmountNotFen('contractFen', app.contractFen), 'contractFen');
  if (!executedOk) err('quote.amount', messages.quoteAmountNotFen('executedFen', app.executedFen), 'executedFen');
  if (contractOk && executedOk && app.executedFen > app.contractFen) {
    err('quote.executed-above-contract',
      messages.quoteExecutedAboveContract(formatMoney(app.executedFen, 'en'), formatMoney(app.contractFen, 'en')), 'executedFen');
  }
  if (app.category !== undefined) {
    if (!(COMPUTE_CATEGORIES as readonly string[]).includes(app.category)) {
      err('quote.category', messages.quoteUnknownCategory(app.category, COMPUTE_CATEGORIES), 'category');
    } else if (app.voucher !== 'compute') {
      err('quote.category-not-compute', messages.quoteCategoryNotCompute(app.voucher), 'category');
    }
  }
  for (const f of ['selfControlled', 'foundationModel', 'sme'] as const) {
    if (typeof app[f] !== 'boolean') err('quote.flag', messages.quoteBadFlag(f, app[f]), f);
  }
  if (!(app.district === null || (typeof app.district === 'string' && app.district !== ''))) {
    err('quote.district', messages.quoteBadDistrict(app.district), 'district');
  }
  if (state.receivedAnyFen !== undefined) {
    if (!isFen(state.receivedAnyFen)) err('quote.amount', messages.quoteAmountNotFen('receivedAnyFen', state.receivedAnyFen), 'receivedAnyFen');
    else if (c.capCounting !== COUNT_VOUCHER) err('quote.received-any', messages.quoteReceivedAnyNeedsVoucher(), 'receivedAnyFen');
  }
  for (const key of ['receivedFen', 'poolRemainingFen'] as const) {
    for (const [id, fen] of Object.entries(state[key] ?? {})) {
      if (c.schemeIndex(id) < 0) err('quote.unknown-scheme', messages.quoteUnknownScheme(id, c.schemeIds), `${key}.${id}`);
      else if (!isFen(fen)) err('quote.amount', messages.quoteAmountNotFen(`${key}.${id}`, fen), `${key}.${id}`);
    }
  }
  if (errors.length === 1) throw errors[0]!;
  if (errors.length > 1) throw new UserErrors(errors);
}

/** The reason of scheme `s`, written from the numbers `evaluate` left in `out`. */
function explain(
  c: CompiledRules, s: number, input: AppInput, out: EvalOut, received: Float64Array,
  pools: Float64Array | null, poolMode: PoolMode,
): Bilingual {
  const scheme = c.rules.schemes[s]!;
  const bound = out.bound[s]!;
  const why = out.why[s]!;
  const date = formatDay(input.day);
  if (bound === BOUND_NOT_IN_FORCE) {
    if (why & WHY_OUTSIDE_VALIDITY) {
      return messages.reasonOutsideValidity(date, scheme.id, formatDay(c.validFrom[s]!), formatDay(c.validTo[s]!));
    }
    return messages.reasonNoRuleInForce(date, scheme.id, ratioPeriods(c, s));
  }
  if (bound === BOUND_NOT_ELIGIBLE) {
    if (why & WHY_LEVEL_NOT_MATCHED) {
      const chosen = out.chosen;
      const levels = scheme.kind === 'topup' ? scheme.ofLevels : [];
      return messages.reasonLevelNotMatched(levels.map((l) => messages.levelName(l)), c.schemeIds[chosen]!,
        messages.levelName(LEVELS[c.level[chosen]!]!));
    }
    if (why & WHY_NO_RULE_MATCHES) return explainNoRuleMatches(c, s, input);
    return messages.reasonNotEligible(needs(c, c.eligibility[s]!, why));
  }
  // A computed amount: basis × ratio, then the cap, then the pool.
  const isGrant = c.kind[s] === KIND_GRANT;
  if (!isGrant && (why & WHY_NOTHING_TO_MATCH)) return messages.reasonNothingToMatch();
  const basisName = isGrant
    ? (c.basisExecuted[s] === 1 ? messages.basisExecuted() : messages.basisContract())
    : messages.basisMatched(messages.levelName(LEVELS[c.level[out.chosen]!]!), c.schemeIds[out.chosen]!);
  const raw = out.raw[s]!;
  let text = messages.reasonRatio(basisName, out.basis[s]!, out.ratioBp[s]!, raw);
  const cap = out.capFen[s]!;
  const per = scheme.capBasis;
  let afterCap = raw;
  if (cap < 0) {
    text = join(text, messages.reasonNoCap(per));
  } else {
    const left = out.remainingCap[s]!;
    const got = capUsed(c, s, received, 0);
    if (raw > left) {
      afterCap = left;
      text = join(text, got > 0 ? messages.reasonAboveRemaining(left, cap, got, per) : messages.reasonAboveCap(cap, per));
    } else if (got > 0) {
      text = join(text, messages.reasonBelowRemaining(left, cap, got, per));
    } else {
      text = join(text, raw === cap ? messages.reasonAtCap(cap, per) : messages.reasonBelowCap(cap, per));
    }
  }
  if (bound === BOUND_POOL && pools !== null) {
    const left = Math.max(0, pools[s]!);
    text = join(text, poolMode === POOL_STRICT ? messages.reasonPoolStrict(afterCap, left) : messages.reasonPoolPartial(left));
  }
  if (isGrant) text = join(text, choiceSuffix(c, s, input, out));
  return text;
}

/** 从优、就高、不重复: the chosen grant says so when it beat another; the others name the winner. */
function choiceSuffix(c: CompiledRules, s: number, input: AppInput, out: EvalOut): Bilingual {
  const chosen = out.chosen;
  const own = out.own[s]!;
  if (chosen < 0 || own <= 0) return { zh: '', en: '' };
  // with top-ups the candidates are packages: a grant with what it triggers (evaluate's packageTotal)
  const packages = c.topUpStart[input.voucher] !== c.topUpStart[input.voucher + 1];
  if (chosen === s) {
    let rivals = false;
    for (let k = c.grantStart[input.voucher]!; k < c.grantStart[input.voucher + 1]!; k++) {
      const o = c.grantList[k]!;
      if (o !== s && out.own[o]! > 0) rivals = true;
    }
    if (!rivals) return { zh: '', en: '' };
    return packages ? messages.reasonChosenPackage() : messages.reasonChosen();
  }
  const winner = c.schemeIds[chosen]!;
  if (!packages) return out.own[chosen]! === own ? messages.reasonNotChosenTie(winner) : messages.reasonNotChosen(winner);
  return out.packageTotal[chosen]! === out.packageTotal[s]! ? messages.reasonNotChosenPackageTie(winner) : messages.reasonNotChosenPackage(winner);
}

/** No ratio rule in force matches: name the missing category, or list what each rule requires. */
function explainNoRuleMatches(c: CompiledRules, s: number, input: AppInput): Bilingual {
  const alternatives: Bilingual[] = [];
  let needsCategory = false;
  for (let r = c.ratioStart[s]!; r < c.ratioStart[s + 1]!; r++) {
    if (!(c.ratioFrom[r]! <= input.day && input.day <= c.ratioTo[r]!)) continue;
    const cond = c.ratioCond[r]!;
    const miss = conditionMismatch(c, cond, input);
    if ((miss & WHY_CATEGORY) && input.category < 0) needsCategory = true;
    const list = needs(c, cond, miss);
    alternatives.push({ zh: list.map((x) => x.zh).join(policyWords.andAlso.zh), en: list.map((x) => x.en).join(policyWords.andAlso.en) });
  }
  if (needsCategory) return messages.reasonCategoryMissing(COMPUTE_CATEGORIES);
  return messages.reasonNoRuleMatches(alternatives);
}

/** The requirements of condition row `cond` that the application misses (bits of `miss`). */
function needs(c: CompiledRules, cond: number, miss: number): Bilingual[] {
  const want = c.condValue[cond]!;
  const list: Bilingual[] = [];
  if (miss & FLAG_SELF_CONTROLLED) list.push(messages.needSelfControlled((want & FLAG_SELF_CONTROLLED) !== 0));
  if (miss & FLAG_FOUNDATION_MODEL) list.push(messages.needFoundationModel((want & FLAG_FOUNDATION_MODEL) !== 0));
  if (miss & FLAG_SME) list.push(messages.needSme((want & FLAG_SME) !== 0));
  if (miss & WHY_CATEGORY) list.push(messages.needCategory(COMPUTE_CATEGORIES[c.condCategory[cond]!]!));
  if (miss & WHY_DISTRICT) list.push(messages.needDistrict(c.districts[c.condDistrict[cond]!]!));
  return list;
}

/** The date ranges of scheme `s`'s ratio (match) rules, for "not in force" reasons. */
function ratioPeriods(c: CompiledRules, s: number): string[] {
  const periods: string[] = [];
  for (let r = c.ratioStart[s]!; r < c.ratioStart[s + 1]!; r++) {
    const p = `${formatDay(c.ratioFrom[r]!)}…${formatDay(c.ratioTo[r]!)}`;
    if (!periods.includes(p)) periods.push(p);
  }
  return periods;
}

function join(a: Bilingual, b: Bilingual): Bilingual {
  return { zh: a.zh + b.zh, en: a.en + b.en };
}
