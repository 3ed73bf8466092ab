/**
 * The analyses' inputs as the page keeps them in the URL (PageState.analysis): every field as typed, so that a
 * link reproduces a form with an invalid value and its message too. A field left out takes its default, which may
 * depend on the scenario (the search range of a pool, the axes of a sweep) and is shown in the field.
 */
import { z } from 'zod';
import { VARIABLES, type Variable } from '../analysis/applyVariable';

export const ANALYSIS_TABS = ['sensitivity', 'solve', 'sweep'] as const;
export type AnalysisTab = (typeof ANALYSIS_TABS)[number];

/** One axis of a sweep as typed: a variable, its first and last values and the number of points. */
export interface AxisInput {
  variable: Variable;
  from?: string;
  to?: string;
  points?: string;
}

export interface AnalysisParams {
  /** The analysis shown. */
  tab?: AnalysisTab;
  /** The scheme followed (default: the first with a pool in the year) and the year read (default: the first). */
  scheme?: string;
  year?: number;
  /** Sensitivity: the move (e.g. `20%`) and runs per variant. */
  delta?: string;
  sensitivityRuns?: string;
  /** Goal seek: what to find, the target, the search range `from..to`, the grid step and runs per evaluation. */
  find?: Variable;
  target?: string;
  range?: string;
  resolution?: string;
  solveRuns?: string;
  /** Sweep: the two axes and runs per cell. */
  x?: AxisInput;
  y?: AxisInput;
  sweepRuns?: string;
}

const text = z.string().max(200);
const axisSchema = z.strictObject({ variable: z.enum(VARIABLES), from: text.optional(), to: text.optional(), points: text.optional() });

/** The shape a link's analysis inputs must have (see pageStateSchema). */
export const analysisParamsSchema = z.strictObject({
  tab: z.enum(ANALYSIS_TABS).optional(),
  scheme: z.string().max(200).optional(),
  year: z.number().int().min(1900).max(3000).optional(),
  delta: text.optional(),
  sensitivityRuns: text.optional(),
  find: z.enum(VARIABLES).optional(),
  target: text.optional(),
  range: text.optional(),
  resolution: text.optional(),
  solveRuns: text.optional(),
  x: axisSchema.optional(),
  y: axisSchema.optional(),
  sweepRuns: text.optional(),
});

/**
 * Defaults: the CLI's (sensitivity ±20% on 1,000 runs a variant, goal seek on 1,000 runs an evaluation, sweep on
 * 500 runs a cell), so that the command shown beside a result is the CLI's default command with the page's seed.
 */
export const ANALYSIS_DEFAULTS = {
  tab: 'sensitivity' as AnalysisTab,
  delta: '20%',
  sensitivityRuns: '1000',
  find: 'pool' as Variable,
  solveRuns: '1000',
  sweepRuns: '500',
};

/** The default target in each language (the grammar of parseTarget reads both). */
export const DEFAULT_TARGET = { zh: 'P(12-31前用完) <= 10%', en: 'P(exhausted before 12-31) <= 10%' } as const;
