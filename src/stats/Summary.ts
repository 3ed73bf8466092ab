/**
 * The shape of summary.json: what many runs of a scenario come to, per simulated year. The zod definition
 * below is the single source: the TypeScript types are inferred from it and the JSON Schema
 * (`summaryJsonSchema()`) is generated from it, descriptions included, so the schema is never written twice.
 *
 *   RunRecord (per run-year) ─▶ Accumulator.add ─▶ merge (workers) ─▶ toYearSummary ─▶ summarize ─▶ Summary
 *        ─▶ summaryJson / CSV / text (src/output)  ─▶ Vega-Lite specs (src/charts)  ─▶ page, reports, notebooks
 *
 * Conventions, field by field below:
 * - Money is a `Money` object: `fen` an integer (quantiles and means of fen are rounded half up, toward +∞,
 *   to whole fen) and `yuan` the same amount as a decimal string with two decimals (decimal.js), e.g.
 *   `{ "fen": 80000000000, "yuan": "800000000.00" }`. Every money figure uses it, bands and boxes included.
 * - Quantiles are R's type 7 (linear interpolation between order statistics, h = (n − 1)p), everywhere.
 * - `p5 … p95` are quantiles over runs (one value per run) unless a field says "pooled over firms": those
 *   come from a log-linear histogram (64 sub-bins per power of two, relative bin width ≤ 1/64 ≈ 1.6%,
 *   an exact zero bin), and report bin midpoints.
 * - Ratios are fractions (0.3 = 30%), rounded to 6 decimals; `null` where the denominator is 0 in every run.
 * - Dates are `{dayOfYear, date}`: day of year from 0 (1 January) and ISO `YYYY-MM-DD`.
 */
import { z } from 'zod';

export { QUANTILE_KEYS, QUANTILE_PROBS, type QuantileKey } from './quantileKeys';

export const SCHEMA_VERSION = 1 as const;

const bilingual = z
  .object({ zh: z.string(), en: z.string() })
  .describe('A text in Chinese and English.');

export const moneySchema = z
  .object({
    fen: z.number().int().describe('Amount in fen (0.01 yuan), an integer; derived figures rounded half up to whole fen.'),
    yuan: z
      .string()
      .regex(/^-?\d+\.\d{2}$/)
      .describe('The same amount in yuan (元) as a decimal string with exactly two decimals, e.g. "800000000.00".'),
  })
  .describe('A money amount, in fen and in yuan.');
export type Money = z.infer<typeof moneySchema>;

function statsOf<T extends z.ZodType>(value: T, what: string) {
  return z
    .object({
      mean: value.describe(`Mean over runs (${what}).`),
      p5: value.describe('5th percentile (R type 7).'),
      p25: value.describe('25th percentile.'),
      p50: value.describe('Median.'),
      p75: value.describe('75th percentile.'),
      p95: value.describe('95th percentile.'),
    })
    .describe(`Mean and quantiles over runs of ${what}.`);
}

export const moneyStatsSchema = statsOf(moneySchema, 'a money amount per run');
export type MoneyStats = z.infer<typeof moneyStatsSchema>;

export const countStatsSchema = statsOf(z.number(), 'a count per run (mean and interpolated quantiles may be fractional)');
export type CountStats = z.infer<typeof countStatsSchema>;

const ratio = z.number().nullable();
export const ratioStatsSchema = z
  .object({
    pooled: ratio.describe('Σ numerator ÷ Σ denominator over all runs: the overall ratio. null when Σ denominator is 0.'),
    mean: ratio.describe('Mean over runs of the per-run ratio (runs with a zero denominator left out).'),
    p5: ratio.describe('5th percentile over runs of the per-run ratio.'),
    p25: ratio.describe('25th percentile.'),
    p50: ratio.describe('Median.'),
    p75: ratio.describe('75th percentile.'),
    p95: ratio.describe('95th percentile.'),
    runs: z.number().int().describe('Runs whose denominator is not 0 (the runs behind mean and quantiles).'),
  })
  .describe('A ratio (fraction, 0.3 = 30%), overall and over runs.');
export type RatioStats = z.infer<typeof ratioStatsSchema>;

export const dayRefSchema = z
  .object({
    dayOfYear: z.number().int().describe('Day of the year, 0 = 1 January.'),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('The same day as YYYY-MM-DD.'),
  })
  .describe('A day of the simulated year.');
export type DayRef = z.infer<typeof dayRefSchema>;

// Monte Carlo errors of the headline figures (optional: summaries written before they existed lack them). The
// methods are in `methods.monteCarlo`; the numbers come from src/analysis/monteCarloErrors.ts.

export const proportionErrorSchema = z
  .object({
    se: z.number().describe('Monte Carlo standard error of the share: √(p(1 − p)/n) (binomial).'),
    lo: z.number().describe('Lower end of the 95% Wilson score interval.'),
    hi: z.number().describe('Upper end of the 95% Wilson score interval.'),
  })
  .describe('How precisely the runs estimate a share of runs.');
export type ProportionError = z.infer<typeof proportionErrorSchema>;

export const dayErrorSchema = z
  .object({
    se: z.number().nullable().describe('Standard error in days read off the interval, (hi − lo) / (2 × 1.96); null when an end is null.'),
    lo: dayRefSchema.nullable().describe('Lower end of the distribution-free 95% interval (an order statistic); null when too few runs bound it.'),
    hi: dayRefSchema.nullable().describe('Upper end of the interval; null when too few runs bound it.'),
  })
  .describe('How precisely the runs estimate a quantile of a day (order-statistic interval).');
export type DayError = z.infer<typeof dayErrorSchema>;

export const moneyErrorSchema = z
  .object({
    se: moneySchema.nullable().describe('Monte Carlo standard error; null when the interval has a null end.'),
    lo: moneySchema.nullable().describe('Lower end of the 95% interval; null when too few runs bound it.'),
    hi: moneySchema.nullable().describe('Upper end of the 95% interval; null when too few runs bound it.'),
  })
  .describe('How precisely the runs estimate a money figure (normal interval for a mean, order statistics for a quantile).');
export type MoneyError = z.infer<typeof moneyErrorSchema>;

export const bandRowSchema = z
  .object({
    dayOfYear: z.number().int().describe('Day of the year, 0 = 1 January.'),
    date: z.string().describe('YYYY-MM-DD.'),
    p5: moneySchema.describe('5th percentile over runs of the money paid from 1 January to the end of this day.'),
    p25: moneySchema.describe('25th percentile of the cumulative money paid.'),
    p50: moneySchema.describe('Median of the cumulative money paid.'),
    p75: moneySchema.describe('75th percentile of the cumulative money paid.'),
    p95: moneySchema.describe('95th percentile of the cumulative money paid.'),
  })
  .describe('Quantile band of the cumulative disbursement at the end of one day (from histograms over runs).');
export type BandRow = z.infer<typeof bandRowSchema>;

export const weekBinSchema = z
  .object({
    week: z.number().int().describe('Week of the year from 0: days 7w … 7w + 6 (the last week has 1 or 2 extra days).'),
    start: z.string().describe('First day of the week, YYYY-MM-DD.'),
    runs: z.number().int().describe('Runs whose pool ran out in this week.'),
    share: z.number().describe('runs ÷ all runs.'),
  })
  .describe('One bar of the weekly histogram of the exhaustion date.');
export type WeekBin = z.infer<typeof weekBinSchema>;

export const lastsUntilSchema = z
  .object({
    share: z.number().describe('A share of runs, e.g. 0.9.'),
    wholeYear: z.boolean().describe('True when at least this share of runs never ran out in the year.'),
    day: dayRefSchema
      .nullable()
      .describe('The latest day D such that in at least `share` of runs the pool is not exhausted before D; null when wholeYear.'),
  })
  .describe('"In 90% of runs the pool lasts until D": exact, read from the sorted per-run exhaustion days.');
export type LastsUntil = z.infer<typeof lastsUntilSchema>;

export const exhaustionSchema = z
  .object({
    runsExhausted: z.number().int().describe('Runs in which the pool ran out within the year.'),
    probabilityByYearEnd: z.number().describe('Share of runs in which the pool runs out on or before 31 December.'),
    probabilityByMonthEnd: z
      .array(z.number())
      .length(12)
      .describe('[m] = share of runs in which the pool runs out on or before the last day of month m + 1 (cumulative).'),
    date: z
      .object({
        p5: dayRefSchema,
        p25: dayRefSchema,
        p50: dayRefSchema,
        p75: dayRefSchema,
        p95: dayRefSchema,
      })
      .nullable()
      .describe('Quantiles of the exhaustion day among the runs where the pool ran out (rounded half up to a whole day); null when it never did.'),
    lastsUntil: z.array(lastsUntilSchema).describe('For shares 0.5, 0.9 and 0.95.'),
    weekly: z.array(weekBinSchema).describe('Histogram of the exhaustion date by week (runs that never ran out are in `neverRuns`).'),
    neverRuns: z.number().int().describe('Runs in which the pool lasted the whole year.'),
    probabilityError: proportionErrorSchema.optional().describe('Monte Carlo error of probabilityByYearEnd.'),
    medianDateError: dayErrorSchema.nullable().optional().describe('Monte Carlo error of date.p50; null when date is null.'),
  })
  .describe('When the pool runs out: the day of the first request it could not pay in full.');
export type Exhaustion = z.infer<typeof exhaustionSchema>;

export const applicationCountsSchema = z
  .object({
    requested: countStatsSchema.describe('Applications with a request > 0.'),
    funded: countStatsSchema.describe('Paid in full.'),
    partial: countStatsSchema.describe('Paid something, less than the request (scaled down).'),
    refused: countStatsSchema.describe('Paid nothing.'),
  })
  .describe('Applications per run.');
export type ApplicationCounts = z.infer<typeof applicationCountsSchema>;

export const firmCountsSchema = z
  .object({
    requested: countStatsSchema.describe('Firms with a request > 0.'),
    funded: countStatsSchema.describe('Every request of the firm paid in full.'),
    partial: countStatsSchema.describe('Something paid, not everything.'),
    refused: countStatsSchema.describe('Requested, nothing paid.'),
    atCap: countStatsSchema.describe('Firms whose cumulative grant reached a yearly cap.'),
  })
  .describe('Firms per run.');
export type FirmCounts = z.infer<typeof firmCountsSchema>;

export const moneyFiguresSchema = z
  .object({
    requested: moneyStatsSchema.describe('Demand: what the applications would receive under the rules with unlimited pools.'),
    paid: moneyStatsSchema.describe('Money disbursed.'),
    unmet: moneyStatsSchema.describe('requested − paid = refused + scaled.'),
    refused: moneyStatsSchema.describe('Unmet because nothing was paid.'),
    scaled: moneyStatsSchema.describe('Unmet because less than the request was paid.'),
  })
  .describe('Money per run.');
export type MoneyFigures = z.infer<typeof moneyFiguresSchema>;

export const schemeSummarySchema = z
  .object({
    id: z.string().describe('Scheme id, e.g. hangzhou-2024.compute.'),
    label: bilingual,
    level: z.enum(['province', 'city', 'district']).describe('The issuing level.'),
    kind: z.enum(['grant', 'topup']),
    vouchers: z.array(z.enum(['compute', 'corpus', 'model'])).describe('The vouchers the scheme pays.'),
    pool: moneyStatsSchema.nullable().describe('The pool of the year (after pro-rating); null when it has no limit.'),
    money: moneyFiguresSchema,
    applications: applicationCountsSchema,
    firms: firmCountsSchema,
    exhaustion: exhaustionSchema.nullable().describe('null when the scheme has no pool limit.'),
    cumulative: z.array(bandRowSchema).describe('Cumulative money paid by day, one row per day of the year.'),
  })
  .describe('One scheme over the runs.');
export type SchemeSummary = z.infer<typeof schemeSummarySchema>;

export const totalSummarySchema = z
  .object({
    money: moneyFiguresSchema,
    applications: applicationCountsSchema.describe('Applications summed over schemes (an application counted under each scheme that had a request for it).'),
    firms: z
      .object({
        requested: countStatsSchema.describe('Firms with a request > 0 from any scheme.'),
        funded: countStatsSchema.describe('Everything the firm requested was paid.'),
        partial: countStatsSchema.describe('Something paid, not everything.'),
        refused: countStatsSchema.describe('Requested, nothing paid.'),
      })
      .describe('Firms per run, each firm once, from its totals over all schemes.'),
    cumulative: z.array(bandRowSchema).describe('Cumulative money paid by all schemes together, by day.'),
    paidError: z
      .object({ mean: moneyErrorSchema, p5: moneyErrorSchema, p95: moneyErrorSchema })
      .optional()
      .describe('Monte Carlo errors of money.paid: its mean, 5th and 95th percentiles (the money disbursed).'),
  })
  .describe('All schemes together.');
export type TotalSummary = z.infer<typeof totalSummarySchema>;

export const groupSummarySchema = z
  .object({
    key: z.string().describe('Group value, e.g. a tier id, "domestic", "compute", "shangcheng", "(none)".'),
    label: bilingual,
    firms: countStatsSchema.describe('Firms in the group that applied, per run.'),
    applications: countStatsSchema.describe('Applications per run.'),
    contract: moneyStatsSchema.describe('Contract fees of the group\'s applications.'),
    money: moneyFiguresSchema,
    grantPerFirm: z
      .object({
        mean: moneySchema.describe('Σ paid ÷ Σ firms over all runs.'),
        p5: moneySchema.nullable(),
        p25: moneySchema.nullable(),
        p50: moneySchema.nullable(),
        p75: moneySchema.nullable(),
        p95: moneySchema.nullable(),
      })
      .nullable()
      .describe(
        'Grant per firm for the year. Quantiles pooled over firms and runs (from the histogram; firms that got nothing count as 0); they are given for tiers only (the engine records firms by tier) and null otherwise. null when no firm applied.',
      ),
    shareOfPaid: ratioStatsSchema.describe('paid ÷ total paid of all schemes (the group\'s share of the money).'),
    subsidyRate: ratioStatsSchema.describe('Effective subsidy rate: paid ÷ contract fee.'),
    atCapShare: ratioStatsSchema.describe('Share of the group\'s firms that reached a yearly cap.'),
    refusedFirmShare: ratioStatsSchema.describe('Share of the group\'s firms that requested and got nothing.'),
  })
  .describe('One value of a grouping dimension.');
export type GroupSummary = z.infer<typeof groupSummarySchema>;

export const levelSummarySchema = z
  .object({
    level: z.enum(['province', 'city', 'district']),
    paid: moneyStatsSchema.describe('Money this level pays, per run.'),
    share: ratioStatsSchema.describe('paid ÷ total paid.'),
  })
  .describe('Who pays: one level of government.');
export type LevelSummary = z.infer<typeof levelSummarySchema>;

export const unmetMonthSchema = z
  .object({
    month: z.number().int().min(1).max(12),
    refused: moneySchema.describe('Mean over runs of the money refused (requests paid nothing) in the month.'),
    scaled: moneySchema.describe('Mean over runs of the money cut from requests paid in part.'),
    appsRefused: z.number().describe('Mean over runs of the applications refused in the month.'),
  })
  .describe('Unmet demand in one month (means over runs, exact: from integer sums).');
export type UnmetMonth = z.infer<typeof unmetMonthSchema>;

export const unmetMonthTierSchema = z
  .object({
    month: z.number().int().min(1).max(12),
    tier: z.string().describe('Tier key.'),
    refused: moneySchema.describe('Mean over runs of the money refused to this tier in the month.'),
    scaled: moneySchema.describe('Mean over runs of the money cut from this tier\'s requests in the month.'),
  })
  .describe('Unmet demand by month and tier.');
export type UnmetMonthTier = z.infer<typeof unmetMonthTierSchema>;

export const yearSummarySchema = z
  .object({
    year: z.number().int().describe('Calendar year.'),
    days: z.number().int().describe('Days in the year (365 or 366).'),
    runs: z.number().int().describe('Runs summarised.'),
    applications: countStatsSchema.describe('Applications processed per run.'),
    schemes: z.array(schemeSummarySchema).describe('In the order of the rule set.'),
    total: totalSummarySchema,
    groups: z
      .object({
        tier: z.array(groupSummarySchema).describe('Firm size tiers (from the population model).'),
        category: z.array(groupSummarySchema).describe('Compute categories (hangzhou-2024 （三）: maas, domestic, other; "(none)" for other vouchers).'),
        voucher: z.array(groupSummarySchema).describe('Voucher types: compute, corpus, model.'),
        district: z.array(groupSummarySchema).describe('Districts the rules name, and "(none)".'),
      })
      .describe('Per group value, in the order of the run shape.'),
    levels: z.array(levelSummarySchema).describe('Province, city, district.'),
    unmetByMonth: z.array(unmetMonthSchema).length(12),
    unmetByMonthTier: z.array(unmetMonthTierSchema).describe('Rows month-major, tiers in shape order.'),
  })
  .describe('One simulated year over all runs.');
export type YearSummary = z.infer<typeof yearSummarySchema>;

export const convergenceCheckSchema = z
  .object({
    year: z.number().int(),
    scheme: z.string().nullable().describe('Scheme id; null for a figure of all schemes together.'),
    figure: z.enum(['probabilityByYearEnd', 'medianExhaustionDate', 'paidP5', 'paidP95']).describe('The headline figure checked.'),
    value: z.number().describe('Its estimate: a share, a day of the year, or fen.'),
    halfWidth: z
      .number()
      .nullable()
      .describe('The larger distance from the estimate to an end of its 95% interval, in the same unit; null when an end is unbounded.'),
    tolerance: z.number().describe('The largest half-width accepted, in the same unit.'),
    status: z
      .enum(['within', 'outside', 'not-applicable'])
      .describe('not-applicable: a median exhaustion date where the pool runs out in fewer runs than tolerance.dateMinShare.'),
  })
  .describe('One headline figure against its tolerance.');
export type ConvergenceCheck = z.infer<typeof convergenceCheckSchema>;

export const convergenceSchema = z
  .object({
    converged: z.boolean().describe('Every figure within its tolerance; false when maxRuns was reached first.'),
    runs: z.number().int().describe('Runs done: a multiple of batch (or maxRuns).'),
    batch: z.number().int().describe('Runs per batch: batches are [0, batch), [batch, 2·batch), …, checked after each.'),
    maxRuns: z.number().int(),
    tolerance: z
      .object({
        probability: z.number().describe('Half-width for a probability of exhaustion, as a share (0.01 = 1 percentage point).'),
        days: z.number().describe('Half-width for a median exhaustion date, in days.'),
        paidShare: z.number().describe('Half-width for the 5th and 95th percentiles of money paid, as a share of the year\'s pools (of the mean paid when a pool is unlimited).'),
        dateMinShare: z.number().describe('A median exhaustion date is checked only when the pool runs out in at least this share of runs.'),
      })
      .describe('The tolerances, all at 95%.'),
    checks: z.array(convergenceCheckSchema).describe('The figures at the last batch.'),
    history: z
      .array(z.object({ runs: z.number().int(), outside: z.number().int().describe('Figures still outside their tolerance.') }))
      .describe('After each batch.'),
  })
  .describe('How `--runs auto` chose the number of runs.');
export type Convergence = z.infer<typeof convergenceSchema>;

// What a report cites (optional: written by `quansim report`; `summarize` leaves it out). The numbers of the rules
// as the run resolved them, each with its document, clause and quoted words, so a report made later from the
// summary alone cites what was run rather than what the files say by then.

export const referenceSchema = z
  .object({
    doc: z.string().describe('Source document id (docs/sources.md), e.g. hangzhou-2024.'),
    clause: z.string().describe('The clause, e.g. （三）.'),
    quote: z.string().optional().describe('The words quoted from the clause.'),
    crossCheck: z
      .object({ doc: z.string(), clause: z.string(), quote: z.string().optional() })
      .optional()
      .describe('The same number in another document (e.g. the traditional-script repost hangzhou-2024-repost of hangzhou-2024).'),
  })
  .describe('Where a number comes from.');
export type SourceReference = z.infer<typeof referenceSchema>;

export const citedValueSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('money'), money: moneySchema }),
    z.object({ kind: z.literal('ratio'), ratio: z.number().describe('A fraction, 0.3 = 30% (basis points ÷ 10,000, exact).') }),
    z.object({ kind: z.literal('none').describe('No cap.') }),
  ])
  .describe('A cited number: an amount, a ratio, or no cap.');
export type CitedValue = z.infer<typeof citedValueSchema>;

export const sourcesSchema = z
  .object({
    assumptions: z.array(bilingual).describe('The scenario\'s assumptions, as its file states them.'),
    documents: z
      .array(
        z.object({
          id: z.string(),
          source: z.string().describe('The document\'s id in docs/sources.md.'),
          title: bilingual,
          level: z.enum(['province', 'city', 'district']),
          status: z.enum(['in-force', 'draft']),
          validFrom: z.string().describe('YYYY-MM-DD.'),
          validTo: z.string().describe('YYYY-MM-DD.'),
          reference: referenceSchema,
          notes: z.array(z.object({ text: bilingual, reference: referenceSchema })).optional()
            .describe('Conditions the document sets that the simulation takes as met (e.g. the supplier of hangzhou-2024 （三）), a draft\'s status.'),
        }),
      )
      .describe('The policy documents loaded.'),
    values: z
      .array(
        z.object({
          scheme: z.string().describe('Scheme id.'),
          schemeLabel: bilingual,
          item: z.enum(['scheme', 'pool', 'ratio', 'cap', 'match']).describe('`scheme`: the clause creating the scheme (no number).'),
          label: bilingual,
          value: citedValueSchema.nullable().describe('null for item `scheme`.'),
          unit: z.string(),
          from: z.string().describe('First day in force, YYYY-MM-DD.'),
          to: z.string().describe('Last day in force, YYYY-MM-DD.'),
          when: z.record(z.string(), z.union([z.string(), z.boolean()])).describe('Conditions on the application (empty: all).'),
          option: z.string().optional().describe('The option that gave the value.'),
          adjusted: z.boolean().describe('A scenario or an option replaced or scaled the published value.'),
          published: citedValueSchema.optional().describe('The published value, when adjusted.'),
          reference: referenceSchema,
        }),
      )
      .describe('Every policy number the rules used in the simulated years, scheme by scheme.'),
    funding: z
      .array(
        z.object({
          scheme: z.string(),
          province: z.number().describe('Share paid by the province, a fraction.'),
          city: z.number(),
          district: z.number(),
          source: bilingual.describe('The clause or the option that set the split.'),
        }),
      )
      .describe('Who pays each scheme.'),
    options: z
      .array(
        z.object({
          key: z.string(),
          value: z.string(),
          isDefault: z.boolean(),
          label: bilingual,
          accepts: z.string(),
          reference: referenceSchema,
        }),
      )
      .describe('Ambiguity options in force, with their labels and clauses.'),
    population: z
      .object({
        file: z.string().nullable().describe('The population file; null when the population is inline.'),
        note: z.string().nullable().describe('The file\'s opening comment (what the firms are and why), as written.'),
      })
      .describe('The applicant firms.'),
  })
  .describe('What a report cites: assumptions, documents, every policy number with its clause, options, the population.');
export type Sources = z.infer<typeof sourcesSchema>;

export const summarySchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION).describe('Version of this format; bumped on any incompatible change.'),
    quansim: z.string().describe('quansim version (package.json) that wrote the file.'),
    scenario: z
      .object({
        id: z.string(),
        title: bilingual,
        question: bilingual,
        file: z.string().describe('The scenario file as given.'),
        policies: z.array(z.string()).describe('Policy files it loaded.'),
        population: z.string().nullable().describe('The population file it loaded; null when the population is inline.'),
        changes: z
          .array(z.object({ key: z.string(), label: bilingual, from: bilingual, to: bilingual }))
          .optional()
          .describe('What an edit changed against the scenario file as published (old → new); absent when unedited.'),
      })
      .describe('The scenario summarised.'),
    seed: z.string().describe('The master seed; the same seed and runs give the same file.'),
    runs: z.number().int().describe('Runs summarised (each covers every year).'),
    options: z
      .array(z.object({ key: z.string(), value: z.string(), isDefault: z.boolean() }))
      .describe('Ambiguity options in force (docs/sources.md), as resolved.'),
    allocation: z
      .object({
        mechanism: z.string().describe('fcfs-partial, fcfs-strict, batch-prorata, batch-ranked or lottery.'),
        period: z.string().describe('month or quarter (batches and lottery).'),
        priority: z.array(z.string()).describe('Priority keys (batch-ranked).'),
        fallback: z.boolean().describe('May another scheme pay when the chosen one\'s pool cannot.'),
      })
      .describe('What happens when a pool runs short (docs/sources.md, ambiguity 5).'),
    firstYearPool: z.enum(['full', 'prorated']).describe('Pool of a scheme in its first, partial year (ambiguity 6).'),
    unlimitedPools: z.array(z.string()).describe('Schemes the scenario declares without a pool limit.'),
    methods: z
      .object({
        quantile: z.string(),
        rounding: z.string(),
        histogram: z.string(),
        means: z.string(),
        monteCarlo: z.string().optional().describe('How the Monte Carlo errors and the convergence checks are computed.'),
      })
      .describe('How the figures are computed, in words.'),
    years: z.array(yearSummarySchema).min(1).describe('One entry per simulated year, in order.'),
    convergence: convergenceSchema.optional().describe('Present when the number of runs was chosen by `--runs auto`.'),
    sources: sourcesSchema.optional().describe('What a report cites (written by `quansim report`); absent from `quansim run` summaries.'),
  })
  .describe('summary.json: a scenario\'s results over many runs.');
export type Summary = z.infer<typeof summarySchema>;

/** The JSON Schema of summary.json, generated from the zod definition (descriptions included). */
export function summaryJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(summarySchema, { target: 'draft-2020-12', reused: 'ref' }) as Record<string, unknown>;
}
