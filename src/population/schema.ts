/**
 * The `population:` section of a scenario file: who applies, for what, how much and when. Strict (unknown keys
 * are errors); amounts are read with parseAmount (fen), ratios and probabilities with parseRatio (bp). The
 * output is the normalised PopulationModel (model.ts): lognormal {median, p90} becomes {mu, sigma}, beta
 * {mean, sd} becomes {alpha, beta}, and each voucher's contract laws are completed from the tier's `contracts`.
 *
 *   population:
 *     firms: {law: poisson, mean: 600}            # firms that consider applying each year
 *     arrivals: {monthly: [1,1,1,1,1,1,1,1,1,2,2,2], windows: [{from: 03-01, to: 11-30}]}
 *     tiers:
 *       - id: small
 *         label: {zh: 小型企业, en: small firms}
 *         share: 40%                                # shares of all tiers add up to 100%
 *         sme: 100%
 *         foundationModel: 0%
 *         districts: {shangcheng: 12%}              # the rest are in no district
 *         seekCorrelation: 30%                      # one copula ρ between the vouchers sought
 *         contracts:                                # defaults for the vouchers below
 *           count: {law: poisson, mean: 1.2, min: 1}
 *           amount: {law: lognormal, median: 30万, p90: 120万, truncate: {max: 5000万}}
 *           executed: {law: beta, mean: 85%, sd: 10%}
 *         vouchers:
 *           compute: {seek: 60%, categories: {maas: 20%, domestic: 30%, other: 50%}, selfControlled: 40%}
 *           corpus: {seek: 15%}
 *           model: {seek: 10%, amount: {law: uniform, min: 10万, max: 200万}}
 */
import { z } from 'zod';
import { UserError } from '../errors/UserError';
import type { Bilingual } from '../i18n/Bilingual';
import { messages } from '../i18n/messages';
import { MAX_FEN } from '../money/fen';
import { formatMoney, formatRatio } from '../i18n/formatMoney';
import { parseAmount } from '../money/parseAmount';
import { parseRatio } from '../money/parseRatio';
import { betaFromMeanSd } from '../random/beta';
import { lognormalFromMedianP90 } from '../random/lognormal';
import { normalLowerTail } from '../random/normalCdf';
import { strictObject } from '../yaml/strictObject';
import { addUserIssue, userValue } from '../yaml/userValue';
import { holdsWholeYuan } from './amountSampler';
import { arrivalDayWeights } from './arrivalDayWeights';
import type {
  AmountModel, ArrivalWindow, ComputeDemand, ContractCountLaw, CountLaw, ExecutedLaw, PopulationModel, Tier, VoucherDemand,
} from './model';
import { COMPUTE_CATEGORIES, VOUCHERS, type ComputeCategory } from '../vocabulary';

/** At most this many firms a year (mean or fixed), to keep a run's buffers within memory. */
export const MAX_FIRMS = 1_000_000;
/** At most this many contracts per firm and voucher a year (mean or fixed). */
export const MAX_CONTRACTS = 1_000;

const scalar = z.union([z.string(), z.number()]);
const amount = userValue(scalar, parseAmount).describe('An amount: 800万元, 2.5亿, 500000 or 500000.50.');
const ratio = userValue(scalar, parseRatio).describe('A ratio: 30%, 12.5% or 0.3.');
const text = z.string().min(1);
const bilingual = strictObject({ zh: text, en: text });

const fen = (f: number): string => formatMoney(f, 'zh', { exact: true });
const issue = (ctx: z.core.$RefinementCtx, code: string, text: Bilingual, path: PropertyKey[] = []): void =>
  addUserIssue(ctx, new UserError(code, text), path);

// ── counts ──────────────────────────────────────────────────────────────────────────────────────────────

function countLawSchemas(max: number) {
  const mean = z.number().superRefine((v, ctx) => {
    if (!(Number.isFinite(v) && v >= 0 && v <= max)) issue(ctx, 'population.count-mean', messages.populationCountMean(v, max));
  });
  const n = z.number().superRefine((v, ctx) => {
    if (!(Number.isSafeInteger(v) && v >= 0 && v <= max)) issue(ctx, 'population.count-fixed', messages.populationCountFixed(v, max));
  });
  const dispersion = z.number().superRefine((v, ctx) => {
    if (!(Number.isFinite(v) && v > 0)) issue(ctx, 'population.dispersion', messages.populationDispersion(v));
  });
  return {
    fixed: { law: z.literal('fixed'), n: n.describe('The count, every year.') },
    poisson: { law: z.literal('poisson'), mean: mean.describe('Mean (and variance) of the count.') },
    negativeBinomial: {
      law: z.literal('negative-binomial'),
      mean: mean.describe('Mean of the count.'),
      dispersion: dispersion.describe('Size r of the gamma–Poisson mixture: variance = mean + mean²/r (small r: more spread).'),
    },
  };
}

const firmLaws = countLawSchemas(MAX_FIRMS);
const firmsSchema = z
  .discriminatedUnion('law', [
    strictObject(firmLaws.fixed),
    strictObject(firmLaws.poisson),
    strictObject(firmLaws.negativeBinomial),
  ])
  .describe('How many firms consider applying each year: fixed, Poisson or negative binomial.');

const contractLaws = countLawSchemas(MAX_CONTRACTS);
const minOne = z
  .union([z.literal(0), z.literal(1)])
  .optional()
  .describe('1: a firm that seeks the voucher has at least one contract (a draw of 0 counts as 1). Default 0.');
const contractCountSchema = z
  .discriminatedUnion('law', [
    strictObject({ ...contractLaws.fixed, min: minOne }),
    strictObject({ ...contractLaws.poisson, min: minOne }),
    strictObject({ ...contractLaws.negativeBinomial, min: minOne }),
  ])
  .transform((c): ContractCountLaw => {
    const atLeastOne = c.min === 1;
    if (c.law === 'fixed') return { law: 'fixed', n: c.n, atLeastOne };
    if (c.law === 'poisson') return { law: 'poisson', mean: c.mean, atLeastOne };
    return { law: 'negative-binomial', mean: c.mean, dispersion: c.dispersion, atLeastOne };
  })
  .describe('Contracts a year of a firm that seeks the voucher.');

// ── contract amounts ────────────────────────────────────────────────────────────────────────────────────

const truncateSchema = strictObject({
  min: amount.optional().describe('Lowest amount kept.'),
  max: amount.optional().describe('Highest amount kept.'),
}).describe('Keeps the law within [min, max], exactly (by inversion; empirical: the values within). Either bound may be left out.');

const contractAmount = amount.superRefine((v, ctx) => {
  if (v < 100) issue(ctx, 'population.amount-too-small', messages.populationAmountTooSmall(fen(v)));
});

const amountSchema = z
  .discriminatedUnion('law', [
    strictObject({ law: z.literal('constant'), value: contractAmount, truncate: truncateSchema.optional() }),
    strictObject({ law: z.literal('uniform'), min: amount, max: amount, truncate: truncateSchema.optional() }),
    strictObject({
      law: z.literal('lognormal'),
      median: amount.optional().describe('Median amount (with p90).'),
      p90: amount.optional().describe('90th percentile amount (with median), above the median.'),
      mu: z.number().optional().describe('Mean of ln(yuan) (with sigma).'),
      sigma: z.number().optional().describe('Standard deviation of ln(yuan) (with mu), at least 0.'),
      truncate: truncateSchema.optional(),
    }),
    strictObject({ law: z.literal('triangular'), min: amount, mode: amount, max: amount, truncate: truncateSchema.optional() }),
    strictObject({
      law: z.literal('empirical'),
      values: z.array(contractAmount).min(1).describe('The amounts, drawn as written.'),
      weights: z.array(z.number()).optional().describe('One non-negative weight per value (equal by default).'),
      truncate: truncateSchema.optional(),
    }),
  ])
  .transform((a, ctx): AmountModel => {
    const t = a.truncate;
    if (t !== undefined && t.min === undefined && t.max === undefined) {
      issue(ctx, 'population.truncation-bound', messages.populationTruncationNeedsBound(), ['truncate']);
      return z.NEVER;
    }
    const truncate = t === undefined ? null : { minFen: t.min ?? 0, maxFen: t.max ?? MAX_FEN };
    const tMin = truncate?.minFen ?? 0;
    const tMax = truncate?.maxFen ?? MAX_FEN;
    if (truncate !== null) {
      if (tMax <= tMin) {
        issue(ctx, 'population.min-above-max', messages.populationMinAboveMax(fen(tMin), fen(tMax)), ['truncate']);
        return z.NEVER;
      }
      if (!holdsWholeYuan(tMin, tMax)) {
        issue(ctx, 'population.truncation-empty', messages.populationTruncationEmpty(fen(tMin), fen(tMax)), ['truncate']);
        return z.NEVER;
      }
    }
    const empty = (): never => {
      issue(ctx, 'population.truncation-empty', messages.populationTruncationEmpty(fen(tMin), fen(tMax)), ['truncate']);
      return z.NEVER;
    };
    switch (a.law) {
      case 'constant':
        if (a.value < tMin || a.value > tMax) return empty();
        return { law: 'constant', valueFen: a.value, truncate };
      case 'uniform':
        if (a.max <= a.min) {
          issue(ctx, 'population.min-above-max', messages.populationMinAboveMax(fen(a.min), fen(a.max)), ['max']);
          return z.NEVER;
        }
        if (Math.max(a.min, tMin) > Math.min(a.max, tMax)) return empty();
        return { law: 'uniform', minFen: a.min, maxFen: a.max, truncate };
      case 'triangular':
        if (!(a.min < a.max && a.min <= a.mode && a.mode <= a.max)) {
          issue(ctx, 'population.triangular-order', messages.populationTriangularOrder(fen(a.min), fen(a.mode), fen(a.max)));
          return z.NEVER;
        }
        if (Math.max(a.min, tMin) >= Math.min(a.max, tMax)) return empty();
        return { law: 'triangular', minFen: a.min, modeFen: a.mode, maxFen: a.max, truncate };
      case 'empirical': {
        const weights = a.weights ?? a.values.map(() => 1);
        if (weights.length !== a.values.length || weights.some((w) => !(Number.isFinite(w) && w >= 0)) || !weights.some((w) => w > 0)) {
          issue(ctx, 'population.empirical-weights', messages.populationEmpiricalWeights(a.values.length, weights.length), ['weights']);
          return z.NEVER;
        }
        if (!a.values.some((v, i) => v >= tMin && v <= tMax && weights[i]! > 0)) return empty();
        return { law: 'empirical', valuesFen: a.values, weights, truncate };
      }
      case 'lognormal': {
        const params = lognormalParameters(a, ctx);
        if (params === null) return z.NEVER;
        const { mu, sigma } = params;
        if (!lognormalHolds(mu, sigma, tMin, tMax)) return empty();
        return { law: 'lognormal', mu, sigma, truncate };
      }
    }
  })
  .describe('The law of one contract amount (合同费用): constant, uniform, lognormal, triangular or empirical.');

/**
 * A lognormal's μ and σ (of ln yuan), from its median and 90th percentile or given as such; null when the form is
 * wrong or a value out of range (the issue is added to `ctx`).
 */
function lognormalParameters(
  a: { median?: number; p90?: number; mu?: number; sigma?: number }, ctx: z.RefinementCtx,
): { mu: number; sigma: number } | null {
  const byQuantiles = a.median !== undefined || a.p90 !== undefined;
  const byParameters = a.mu !== undefined || a.sigma !== undefined;
  if (byQuantiles === byParameters) {
    issue(ctx, 'population.lognormal-form', messages.populationLognormalForm());
    return null;
  }
  if (byQuantiles) {
    if (a.median === undefined || a.p90 === undefined) {
      issue(ctx, 'population.lognormal-form', messages.populationLognormalForm());
      return null;
    }
    if (a.median < 100) {
      issue(ctx, 'population.amount-too-small', messages.populationAmountTooSmall(fen(a.median)), ['median']);
      return null;
    }
    if (a.p90 <= a.median) {
      issue(ctx, 'population.p90-not-above-median', messages.populationP90NotAboveMedian(fen(a.median), fen(a.p90)), ['p90']);
      return null;
    }
    return lognormalFromMedianP90(a.median / 100, a.p90 / 100);
  } else {
    if (a.mu === undefined || a.sigma === undefined) {
      issue(ctx, 'population.lognormal-form', messages.populationLognormalForm());
      return null;
    }
    if (!Number.isFinite(a.mu)) {
      issue(ctx, 'population.lognormal-mu', messages.populationMuInvalid(a.mu), ['mu']);
      return null;
    }
    if (!(Number.isFinite(a.sigma) && a.sigma >= 0)) {
      issue(ctx, 'population.sigma-negative', messages.populationSigmaNegative(a.sigma), ['sigma']);
      return null;
    }
    return { mu: a.mu, sigma: a.sigma };
  }
}

/** Whether a lognormal (of ln yuan) puts probability on [min, max] fen, as the sampler computes it. */
function lognormalHolds(mu: number, sigma: number, minFen: number, maxFen: number): boolean {
  const lnMin = minFen > 0 ? Math.log(minFen / 100) : -Infinity;
  const lnMax = Math.log(maxFen / 100);
  if (sigma === 0) return mu >= lnMin && mu <= lnMax;
  const a = (lnMin - mu) / sigma;
  const b = (lnMax - mu) / sigma;
  const width = a >= 0 ? normalLowerTail(-a) - normalLowerTail(-b) : normalLowerTail(b) - normalLowerTail(a);
  return width > 0;
}

// ── executed share ──────────────────────────────────────────────────────────────────────────────────────

const executedSchema = z
  .discriminatedUnion('law', [
    strictObject({ law: z.literal('constant'), value: ratio.describe('The executed share of every contract.') }),
    strictObject({
      law: z.literal('beta'),
      alpha: z.number().optional().describe('α (with beta).'),
      beta: z.number().optional().describe('β (with alpha).'),
      mean: ratio.optional().describe('Mean share (with sd).'),
      sd: ratio.optional().describe('Standard deviation of the share (with mean).'),
    }),
  ])
  .transform((e, ctx): ExecutedLaw => {
    if (e.law === 'constant') return { law: 'constant', bp: e.value };
    const byParameters = e.alpha !== undefined || e.beta !== undefined;
    const byMoments = e.mean !== undefined || e.sd !== undefined;
    if (byParameters === byMoments) {
      issue(ctx, 'population.beta-form', messages.populationBetaForm());
      return z.NEVER;
    }
    if (byParameters) {
      for (const key of ['alpha', 'beta'] as const) {
        const v = e[key];
        if (!(v !== undefined && Number.isFinite(v) && v > 0)) {
          issue(ctx, 'population.beta-parameter', messages.populationBetaParameter(key, v), [key]);
          return z.NEVER;
        }
      }
      return { law: 'beta', alpha: e.alpha!, beta: e.beta! };
    }
    if (e.mean === undefined || e.sd === undefined) {
      issue(ctx, 'population.beta-form', messages.populationBetaForm());
      return z.NEVER;
    }
    const m = e.mean / 10_000;
    const sd = e.sd / 10_000;
    if (!(m > 0 && m < 1 && sd > 0 && sd * sd < m * (1 - m))) {
      issue(ctx, 'population.beta-mean-sd', messages.populationBetaMeanSd(formatRatio(e.mean), formatRatio(e.sd)));
      return z.NEVER;
    }
    return { law: 'beta', ...betaFromMeanSd(m, sd) };
  })
  .describe('The executed share 合同实际执行金额 / 合同费用 (zhejiang-2025 （十五）): constant, or beta {alpha, beta} or {mean, sd}.');

// ── tiers ───────────────────────────────────────────────────────────────────────────────────────────────

const contractFields = {
  count: contractCountSchema.optional(),
  amount: amountSchema.optional(),
  executed: executedSchema.optional(),
};
const contractsSchema = strictObject(contractFields).describe('Defaults for the vouchers of the tier: count, amount and executed share.');

const voucherSchema = strictObject({
  seek: ratio.describe('Probability that a firm of the tier seeks this voucher in a year.'),
  ...contractFields,
});

const categoryShares = strictObject({ maas: ratio, domestic: ratio, other: ratio });
const computeSchema = strictObject({
  seek: ratio.describe('Probability that a firm of the tier seeks the compute voucher in a year.'),
  categories: categoryShares.describe('Share of compute contracts in each category (hangzhou-2024 （三）); adds up to 100%.'),
  selfControlled: z
    .union([ratio, categoryShares])
    .describe('Probability that a compute contract buys self-controlled (自主) compute (zhejiang-2025 （十五）): one ratio, or one per category.'),
  ...contractFields,
});

const TIER_ID = /^[\p{L}\p{N}][\p{L}\p{N}_-]*$/u;
const DISTRICT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const tierId = z.string().superRefine((v, ctx) => {
  if (!TIER_ID.test(v)) issue(ctx, 'population.bad-tier-id', messages.populationBadTierId(v));
});

const tierSchema = strictObject({
  id: tierId.describe('The tier id used in reports and priorities (tier:<id>), e.g. micro or 基础大模型.'),
  label: bilingual,
  share: ratio.describe('Share of firms in this tier; the shares of all tiers add up to 100%.'),
  sme: ratio.describe('Probability that a firm of the tier is an SME (中小企业).'),
  foundationModel: ratio.describe('Probability that a firm is a generative multimodal foundation-model firm (hangzhou-2024 （三）).'),
  districts: z.record(z.string(), ratio).optional()
    .describe('Probability of being in each district (e.g. shangcheng: 12%); the rest are in none. Default: none.'),
  seekCorrelation: ratio.optional()
    .describe('ρ of the Gaussian copula between the vouchers a firm seeks (0 = independent, the default; only ρ ≥ 0).'),
  contracts: contractsSchema.optional(),
  vouchers: strictObject({ compute: computeSchema.optional(), corpus: voucherSchema.optional(), model: voucherSchema.optional() })
    .describe('The vouchers the tier may seek; a voucher left out is never sought.'),
}).transform((t, ctx): Tier => {
  const districtBp = t.districts ?? {};
  const inSome = Object.values(districtBp).reduce((a, b) => a + b, 0);
  let ok = true;
  for (const d of Object.keys(districtBp)) {
    if (!DISTRICT_ID.test(d)) {
      issue(ctx, 'population.bad-district-id', messages.populationBadDistrictId(d), ['districts', d]);
      ok = false;
    }
  }
  if (inSome > 10_000) {
    issue(ctx, 'population.districts-sum', messages.populationDistrictsSum(inSome), ['districts']);
    ok = false;
  }
  const vouchers: Tier['vouchers'] = {};
  for (const v of VOUCHERS) {
    const raw = t.vouchers[v];
    if (raw === undefined) continue;
    const count = raw.count ?? t.contracts?.count;
    const amount = raw.amount ?? t.contracts?.amount;
    const executed = raw.executed ?? t.contracts?.executed;
    for (const [field, value] of [['count', count], ['amount', amount], ['executed', executed]] as const) {
      if (value === undefined) {
        issue(ctx, 'population.missing-contract-field', messages.populationMissingContractField(v, field), ['vouchers', v]);
        ok = false;
      }
    }
    if (count === undefined || amount === undefined || executed === undefined) continue;
    const demand: VoucherDemand = { seekBp: raw.seek, count, amount, executed };
    if (v === 'compute') {
      const c = t.vouchers.compute!;
      const sum = COMPUTE_CATEGORIES.reduce((s, k) => s + c.categories[k], 0);
      if (sum !== 10_000) {
        issue(ctx, 'population.categories-sum', messages.populationCategoriesSum(sum), ['vouchers', 'compute', 'categories']);
        ok = false;
      }
      const sc = c.selfControlled;
      const selfControlledBp = Object.fromEntries(
        COMPUTE_CATEGORIES.map((k) => [k, typeof sc === 'number' ? sc : sc[k]]),
      ) as Record<ComputeCategory, number>;
      vouchers.compute = { ...demand, categoryBp: { ...c.categories }, selfControlledBp } satisfies ComputeDemand;
    } else {
      vouchers[v] = demand;
    }
  }
  if (!VOUCHERS.some((v) => (t.vouchers[v]?.seek ?? 0) > 0)) {
    issue(ctx, 'population.tier-seeks-nothing', messages.populationTierSeeksNothing(t.id), ['vouchers']);
    ok = false;
  }
  if (!ok) return z.NEVER;
  return {
    id: t.id,
    label: t.label,
    shareBp: t.share,
    smeBp: t.sme,
    foundationModelBp: t.foundationModel,
    districtBp: { ...districtBp },
    seekCorrelationBp: t.seekCorrelation ?? 0,
    vouchers,
  };
});

// ── arrivals ────────────────────────────────────────────────────────────────────────────────────────────

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const monthDay = z.string().transform((v, ctx) => {
  const m = /^(\d{2})-(\d{2})$/.exec(v.trim());
  const month = m ? Number(m[1]) : 0;
  const day = m ? Number(m[2]) : 0;
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= DAYS_IN_MONTH[month - 1]!)) {
    issue(ctx, 'population.window-date', messages.populationWindowDate(v));
    return z.NEVER;
  }
  return { month, day };
}).describe('A day of the year, MM-DD (e.g. 03-01).');

const windowSchema = strictObject({ from: monthDay, to: monthDay }).transform((w, ctx): ArrivalWindow => {
  if (w.from.month * 100 + w.from.day > w.to.month * 100 + w.to.day) {
    const show = (d: { month: number; day: number }): string => `${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
    issue(ctx, 'population.window-reversed', messages.populationWindowReversed(show(w.from), show(w.to)));
    return z.NEVER;
  }
  return w;
});

const monthlySchema = z.array(z.number()).superRefine((w, ctx) => {
  if (w.length !== 12 || w.some((x) => !(Number.isFinite(x) && x >= 0)) || !w.some((x) => x > 0)) {
    issue(ctx, 'population.monthly-weights', messages.populationMonthlyWeights());
  }
}).describe('12 relative daily rates of applications, January first (default: all equal).');

const arrivalsSchema = strictObject({
  monthly: monthlySchema.optional(),
  windows: z.array(windowSchema).optional()
    .describe('Application windows (MM-DD to MM-DD, inclusive); days outside every window get no application. Default: the whole year.'),
}).transform((a, ctx) => {
  const arrivals = { monthlyWeights: a.monthly ?? Array.from({ length: 12 }, () => 1), windows: a.windows ?? [] };
  // A leap and a common year: a window of 02-29 alone is open only in leap years.
  for (const year of [2024, 2025]) {
    if (!arrivalDayWeights(arrivals, year).some((x) => x > 0)) {
      issue(ctx, 'population.no-open-day', messages.populationNoOpenDay(year));
      return z.NEVER;
    }
  }
  return arrivals;
}).describe('When applications arrive: a Poisson process with monthly weights, inside the application windows.');

// ── population ──────────────────────────────────────────────────────────────────────────────────────────

/** The `population:` section of a scenario file; its output is the normalised PopulationModel. */
export const populationSchema = strictObject({
  firms: firmsSchema,
  arrivals: arrivalsSchema.optional(),
  tiers: z.array(tierSchema).describe('Classes of firms (e.g. 微型/小型/中型/大型/基础大模型企业), at least one.'),
}).transform((p, ctx): PopulationModel => {
  let ok = true;
  if (p.tiers.length === 0) {
    issue(ctx, 'population.no-tiers', messages.populationNoTiers(), ['tiers']);
    return z.NEVER;
  }
  const seen = new Set<string>();
  p.tiers.forEach((t, i) => {
    if (seen.has(t.id)) {
      issue(ctx, 'population.duplicate-tier', messages.populationDuplicateTier(t.id), ['tiers', i, 'id']);
      ok = false;
    }
    seen.add(t.id);
  });
  const sum = p.tiers.reduce((s, t) => s + t.shareBp, 0);
  if (sum !== 10_000) {
    issue(ctx, 'population.shares-sum', messages.populationSharesSum(sum), ['tiers']);
    ok = false;
  }
  if (!ok) return z.NEVER;
  const firms: CountLaw = p.firms;
  return {
    firms,
    tiers: p.tiers,
    arrivals: p.arrivals ?? { monthlyWeights: Array.from({ length: 12 }, () => 1), windows: [] },
  };
}).describe('The firms that consider the vouchers each year, and how they apply.');

/** The input form of the `population:` section (before normalisation). */
export type PopulationInput = z.input<typeof populationSchema>;

/** A population file: the `population:` section on its own, shared by several scenarios. */
export const populationFileSchema = strictObject({ population: populationSchema });
