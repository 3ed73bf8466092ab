/**
 * The scenario file (YAML, top-level key `scenario:`): which policy files apply, the ambiguity options, the
 * scenario's pools and adjustments, the years, the allocation mechanism, the population, runs and seed.
 * Strict: unknown keys are errors. The JSON Schema for editors (`quansim schema`) is generated from this.
 */
import { z } from 'zod';
import { BATCH_PERIODS, MECHANISMS } from '../allocation/model';
import { UserError } from '../errors/UserError';
import { messages } from '../i18n/messages';
import { parseAmount } from '../money/parseAmount';
import { parseRatio } from '../money/parseRatio';
import { populationSchema } from '../population/schema';
import { strictObject } from '../yaml/strictObject';
import { userValue } from '../yaml/userValue';

const text = z.string().min(1);
const bilingual = strictObject({ zh: text, en: text });
const amountInput = z.union([z.string(), z.number()]);

/**
 * A scheme's pool: `unlimited` or an amount. One parser, not a union of the two, so that a bad amount is told
 * what is wrong with it (too large, below one fen…) rather than to use "unlimited".
 */
function parsePool(v: string | number): 'unlimited' | number {
  if (v === 'unlimited') return 'unlimited';
  try {
    return parseAmount(v);
  } catch (e) {
    if (e instanceof UserError && e.code === 'amount.unreadable') throw new UserError(e.code, messages.poolUnreadable(v));
    throw e;
  }
}

/** A scheme's settings in a scenario: its pool (needed where none is published), a cap, a ratio scale. */
const schemeSettings = strictObject({
  pool: userValue(z.union([z.literal('unlimited'), z.string(), z.number()]), parsePool).optional()
    .describe('Yearly pool: an amount (e.g. 2.5亿元) or `unlimited`. Required where the documents publish none.'),
  cap: userValue(amountInput, parseAmount).optional()
    .describe('Replaces every numeric per-firm yearly cap of the scheme (what-if); uncapped cases stay uncapped.'),
  ratioScale: userValue(amountInput, parseRatio).optional()
    .describe('Scales every ratio down (ratios are maxima, hangzhou-2024 closing paragraph): e.g. 50% turns 30% into 15%.'),
});

const allocationSchema = strictObject({
  mechanism: z.enum(MECHANISMS).describe('What happens when a pool runs short (the documents do not say).'),
  period: z.enum(BATCH_PERIODS).optional().describe('Batch period for batch-prorata, batch-ranked and lottery.'),
  priority: z.array(z.string()).optional()
    .describe('batch-ranked: criteria, most important first (category:domestic, sme, foundation-model, self-controlled, tier:<id>, smaller-first, larger-first).'),
  fallback: z.boolean().optional()
    .describe('When the chosen scheme has no money left, may the next most favourable scheme pay? Default false.'),
});

const year = z.number().int().min(2000).max(2099);

export const scenarioSchema = strictObject({
  scenario: strictObject({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and hyphens'),
    title: bilingual,
    question: bilingual.describe('What question the scenario answers.'),
    assumptions: z.array(bilingual).describe('What it assumes and why.'),
  }),
  policies: z.array(text).min(1).describe('Policy files, relative to this file.'),
  options: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional()
    .describe('Ambiguity options and unpublished inputs, as `<document>.<key>: value`.'),
  schemes: z.record(z.string(), schemeSettings).optional().describe('Per scheme id (e.g. hangzhou-2024.compute).'),
  years: z.array(year).min(1).describe('Calendar years simulated; caps and pools are per year (每年).'),
  firstYearPool: z.enum(['full', 'prorated'])
    .describe('A scheme in force for part of a year (it starts 2024-08-19 or 2025-05-31): its whole yearly pool, or the share of the year it is in force.'),
  allocation: allocationSchema,
  population: populationSchema.optional().describe('The applicant firms, inline (or use populationFile).'),
  populationFile: text.optional()
    .describe('A population file (top-level key `population:`), relative to this file, so scenarios can share the same firms.'),
  runs: z.number().int().min(1).max(10_000_000).describe('Monte Carlo runs (at least 1).'),
  seed: z.union([z.string().min(1), z.number().int()]).describe('Seed of the random streams.'),
}).superRefine((v, ctx) => {
  if ((v.population === undefined) === (v.populationFile === undefined)) {
    ctx.addIssue({ code: 'custom', path: [], message: 'give the firms either inline as `population:` or as `populationFile:`, not both and not neither' });
  }
  const years = v.years;
  for (let i = 1; i < years.length; i++) {
    if (years[i]! <= years[i - 1]!) {
      ctx.addIssue({ code: 'custom', path: ['years', i], message: `years must increase: ${years[i]} after ${years[i - 1]}` });
    }
  }
  const m = v.allocation.mechanism;
  if (m !== 'fcfs-partial' && m !== 'fcfs-strict' && v.allocation.period === undefined) {
    ctx.addIssue({ code: 'custom', path: ['allocation', 'period'], message: `${m} needs a period: month or quarter` });
  }
  if (m === 'batch-ranked' && (v.allocation.priority ?? []).length === 0) {
    ctx.addIssue({ code: 'custom', path: ['allocation', 'priority'], message: 'batch-ranked needs a priority list, e.g. [category:domestic, sme]' });
  }
  if (v.allocation.fallback && m !== 'fcfs-partial' && m !== 'fcfs-strict') {
    ctx.addIssue({ code: 'custom', path: ['allocation', 'fallback'], message: 'fallback is available with fcfs-partial and fcfs-strict only' });
  }
});

export type ScenarioFile = z.output<typeof scenarioSchema>;

export { populationFileSchema } from '../population/schema';
