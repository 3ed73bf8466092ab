/**
 * The analyses' forms read and checked: for each of sensitivity, goal seek and sweep, the text shown in every
 * field (as typed, or the default for this scenario), a message in words beside each field that is wrong, and,
 * when nothing is, the options to run and the CLI command that gives the same numbers. Pure: the page draws it,
 * the tests call it.
 *
 *   PageState.analysis (texts) + Scenario ─▶ parse each field ─▶ {values, errors} ─▶ options + `npx quansim …`
 */
import { applyVariable, variableUnit, VARIABLES, type Variable } from '../analysis/applyVariable';
import { parseAxis, type Axis } from '../analysis/parseAxis';
import { parseRange, parseVariableValue } from '../analysis/parseRange';
import { parseTarget } from '../analysis/parseTarget';
import { pickScheme, type PickedScheme } from '../analysis/pickScheme';
import type { Target } from '../analysis/Target';
import { targetText } from '../analysis/targetText';
import { userErrorsOf } from '../errors/UserError';
import type { Bilingual, Lang } from '../i18n/Bilingual';
import { messages } from '../i18n/messages';
import { formatRatio } from '../i18n/formatMoney';
import { parseRatio } from '../money/parseRatio';
import type { Scenario } from '../scenario/model';
import { amountInput, variableInput } from './analysisFormat';
import { ANALYSIS_DEFAULTS, DEFAULT_TARGET, type AnalysisParams, type AxisInput } from './analysisParams';
import { langFlag, shellQuote } from './cliCommand';
import { MAX_RUNS } from './pageState';
import { strings } from '../i18n/pageStrings';
import { userErrorText } from '../i18n/userErrorText';

/** What the analyses run on: the main scenario with the page's seed, and the file the CLI reads it from. */
export interface AnalysisInputs {
  scenario: Scenario;
  /** Project-relative path the CLI command names (the saved edited file when the scenario was edited). */
  file: string;
  params: AnalysisParams;
  lang: Lang;
}

/** A form read: each field's text and its message (if wrong), and what to run when every field is right. */
export interface Setup<T> {
  values: Record<string, string>;
  errors: Record<string, Bilingual>;
  /** The options (null when a field is wrong). */
  run: T | null;
  /** The CLI command that gives the same numbers (null when a field is wrong). */
  command: string | null;
}

/** The scheme followed and the year read (shared by the three analyses). */
export interface Subject {
  year: number;
  scheme: PickedScheme;
}

export interface SensitivityRun extends Subject {
  deltaBp: number;
  runs: number;
}

export interface SolveRun extends Subject {
  variable: Variable;
  target: Target;
  range: [number, number];
  resolution: number;
  runs: number;
}

export interface SweepRun extends Subject {
  x: Axis;
  y: Axis;
  runs: number;
}

/** Default grid steps of goal seek: 1万元 for money, 0.1% for the ratio scale (as `quansim solve`). */
export const DEFAULT_RESOLUTION = { fen: 1_000_000, bp: 10 } as const;
/** The default search range of goal seek reaches this many times the current pool or largest cap (as `quansim solve`). */
const RANGE_FACTOR = 10;
/** Sweep axes by default: 50%–150% of the current pool or cap, 50%–100% of the ratios; 5 × 3 points. */
const AXIS_POINTS = { x: '5', y: '3' } as const;
/** Money on a default axis is rounded to 1万元. */
const AXIS_STEP_FEN = 1_000_000;

/** Runs as typed: a whole number from 1 to MAX_RUNS. */
function readRuns(text: string, field: string, errors: Record<string, Bilingual>): number | null {
  const t = text.trim();
  const n = Number(t);
  if (/^\d+$/.test(t) && Number.isSafeInteger(n) && n >= 1 && n <= MAX_RUNS) return n;
  errors[field] = strings.runsInvalid(MAX_RUNS.toLocaleString('en-US'));
  return null;
}

/** Calls `f`; a user error it throws becomes the field's message. */
function attempt<T>(field: string, errors: Record<string, Bilingual>, f: () => T): T | null {
  try {
    return f();
  } catch (e) {
    const errs = userErrorsOf(e);
    if (!errs) throw e;
    errors[field] = userErrorText(errs[0]!);
    return null;
  }
}

/** The year read: the one chosen if the scenario simulates it, else the first. */
export function analysisYear(scenario: Scenario, params: AnalysisParams): number {
  return params.year !== undefined && scenario.years.includes(params.year) ? params.year : scenario.years[0]!;
}

function subject(inputs: AnalysisInputs, requirePool: boolean, errors: Record<string, Bilingual>): Subject | null {
  const year = analysisYear(inputs.scenario, inputs.params);
  const scheme = attempt('scheme', errors, () => pickScheme(inputs.scenario, year, inputs.params.scheme, requirePool));
  return scheme ? { year, scheme } : null;
}

/** `--scheme`, `--year` when chosen, then runs, seed and language. */
function tail(inputs: AnalysisInputs, runs: number): string {
  const p = inputs.params;
  const year = analysisYear(inputs.scenario, p);
  return `${p.scheme ? ` --scheme ${shellQuote(p.scheme)}` : ''}${year !== inputs.scenario.years[0] ? ` --year ${year}` : ''}`
    + ` --runs ${runs} --seed ${shellQuote(inputs.scenario.seed)}${langFlag(inputs.lang)}`;
}

/** The sensitivity form: ±delta and runs per variant. */
export function sensitivitySetup(inputs: AnalysisInputs): Setup<SensitivityRun> {
  const p = inputs.params;
  const values = { delta: p.delta ?? ANALYSIS_DEFAULTS.delta, sensitivityRuns: p.sensitivityRuns ?? ANALYSIS_DEFAULTS.sensitivityRuns };
  const errors: Record<string, Bilingual> = {};
  let deltaBp: number | null = null;
  try {
    const bp = parseRatio(values.delta);
    if (bp > 0 && bp < 10_000) deltaBp = bp;
  } catch (e) {
    if (!userErrorsOf(e)) throw e;
  }
  if (deltaBp === null) errors.delta = messages.deltaInvalid(values.delta);
  const runs = readRuns(values.sensitivityRuns, 'sensitivityRuns', errors);
  const subj = subject(inputs, true, errors);
  if (Object.keys(errors).length > 0 || deltaBp === null || runs === null || !subj) return { values, errors, run: null, command: null };
  const command = `npx quansim sensitivity ${shellQuote(inputs.file)} --delta ${shellQuote(formatRatio(deltaBp))}${tail(inputs, runs)}`;
  return { values, errors, run: { ...subj, deltaBp, runs }, command };
}

/** The largest numeric cap of a scheme (any date), or null when it has none. */
function largestCap(scenario: Scenario, schemeId: string): number | null {
  const s = scenario.rules.schemes.find((x) => x.id === schemeId);
  const caps = (s?.caps ?? []).map((c) => c.value).filter((v): v is number => v !== null && v > 0);
  return caps.length === 0 ? null : Math.max(...caps);
}

/** The current value of a variable for a scheme: its pool or largest cap in fen, 100% for the ratio scale. */
function currentValue(scenario: Scenario, variable: Variable, scheme: PickedScheme): number | null {
  if (variable === 'ratio') return 10_000;
  return variable === 'pool' ? scheme.poolFen : largestCap(scenario, scheme.id);
}

/**
 * The default search range of goal seek, as `quansim solve` chooses it: from one step to 10× the current pool or
 * largest cap; 0%–100% for the ratio scale. null when the scheme has no pool or cap to start from.
 */
export function defaultSolveRange(scenario: Scenario, variable: Variable, scheme: PickedScheme, resolution: number): [number, number] | null {
  if (variable === 'ratio') return [0, 10_000];
  const current = currentValue(scenario, variable, scheme);
  if (current === null || current === 0) return null;
  return [resolution, Math.max(2 * resolution, current * RANGE_FACTOR)];
}

/** The goal seek form: what to find, the target, the search range, the grid step and runs per evaluation. */
export function solveSetup(inputs: AnalysisInputs): Setup<SolveRun> {
  const { params: p, lang, scenario } = inputs;
  const errors: Record<string, Bilingual> = {};
  const variable = p.find ?? ANALYSIS_DEFAULTS.find;
  const unit = variableUnit(variable);
  const targetTyped = p.target ?? DEFAULT_TARGET[lang];
  const target = attempt('target', errors, () => parseTarget(targetTyped));
  const resolutionText = p.resolution ?? variableInput(variable, DEFAULT_RESOLUTION[unit], lang);
  const resolution = attempt('resolution', errors, () => parseVariableValue(variable, resolutionText));
  if (resolution !== null && !(resolution > 0)) errors.resolution = messages.resolutionInvalid(resolutionText);
  const runsText = p.solveRuns ?? ANALYSIS_DEFAULTS.solveRuns;
  const runs = readRuns(runsText, 'solveRuns', errors);
  // As `quansim solve`: a pool may be given to a scheme without one; a target on exhaustion otherwise needs one.
  const subj = subject(inputs, variable !== 'pool' && target?.figure !== 'unmetShare', errors);
  let rangeText = p.range ?? '';
  if (p.range === undefined && subj) {
    const r = defaultSolveRange(scenario, variable, subj.scheme, resolution ?? DEFAULT_RESOLUTION[unit]);
    if (r) rangeText = `${variableInput(variable, r[0], lang)}..${variableInput(variable, r[1], lang)}`;
  }
  const range = rangeText === '' ? null : attempt('range', errors, () => parseRange(variable, rangeText));
  if (rangeText === '' && subj) errors.range = strings.rangeNeeded;
  if (subj && range) attempt('find', errors, () => applyVariable(scenario, variable, subj.scheme.id, range[0]));
  const values = { find: variable, target: targetTyped, range: rangeText, resolution: resolutionText, solveRuns: runsText };
  if (Object.keys(errors).length > 0 || !target || resolution === null || runs === null || !subj || !range) return { values, errors, run: null, command: null };
  const arg = (x: number) => variableInput(variable, x, 'zh');
  const command = `npx quansim solve ${shellQuote(inputs.file)} --find ${variable} --target ${shellQuote(targetText(target))}`
    + ` --range ${shellQuote(`${arg(range[0])}..${arg(range[1])}`)} --resolution ${shellQuote(arg(resolution))}${tail(inputs, runs)}`;
  return { values, errors, run: { ...subj, variable, target, range, resolution, runs }, command };
}

/** The default axes of a sweep: the pool across (the ratio scale when the scheme has no pool), the cap down (else the ratio scale). */
function defaultAxes(scenario: Scenario, scheme: PickedScheme | null): { x: Variable; y: Variable } {
  const hasCap = scheme !== null && largestCap(scenario, scheme.id) !== null;
  const x: Variable = scheme?.poolFen != null ? 'pool' : hasCap ? 'cap' : 'ratio';
  const y: Variable = x !== 'cap' && hasCap ? 'cap' : x !== 'ratio' ? 'ratio' : 'pool';
  return { x, y };
}

/** Default first and last values of an axis: 50%–150% of the current pool or cap (to 1万元), 50%–100% of the ratios. */
function defaultEnds(scenario: Scenario, variable: Variable, scheme: PickedScheme | null, lang: Lang): [string, string] {
  if (variable === 'ratio') return ['50%', '100%'];
  const current = scheme ? currentValue(scenario, variable, scheme) : null;
  if (!current) return ['', ''];
  const round = (x: number) => Math.max(AXIS_STEP_FEN, Math.round(x / AXIS_STEP_FEN) * AXIS_STEP_FEN);
  return [amountInput(round(current / 2), lang), amountInput(round((current * 3) / 2), lang)];
}

/** The sweep form: two axes (variable, from, to, points) and runs per cell. */
export function sweepSetup(inputs: AnalysisInputs): Setup<SweepRun> {
  const { params: p, lang, scenario } = inputs;
  const errors: Record<string, Bilingual> = {};
  const year = analysisYear(scenario, p);
  // Defaults follow the scheme chosen (or the first with a pool), whatever the axes end up being.
  const guess = attempt('scheme', {}, () => pickScheme(scenario, year, p.scheme, false));
  const axes = defaultAxes(scenario, guess);
  const values: Record<string, string> = {};
  const read = (name: 'x' | 'y'): Axis | null => {
    const typed: AxisInput = p[name] ?? { variable: axes[name] };
    const variable = VARIABLES.includes(typed.variable) ? typed.variable : axes[name];
    const [from0, to0] = defaultEnds(scenario, variable, guess, lang);
    const from = typed.from ?? from0;
    const to = typed.to ?? to0;
    const points = typed.points ?? AXIS_POINTS[name];
    Object.assign(values, { [`${name}.variable`]: variable, [`${name}.from`]: from, [`${name}.to`]: to, [`${name}.points`]: points });
    if (from.trim() === '' || to.trim() === '') {
      errors[`${name}.${from.trim() === '' ? 'from' : 'to'}`] = strings.valueNeeded;
      return null;
    }
    try {
      return parseAxis(`${variable}=${from}..${to}:${points}`);
    } catch (e) {
      const errs = userErrorsOf(e);
      if (!errs) throw e;
      const code = errs[0]!.code;
      errors[`${name}.${code === 'axis.points' ? 'points' : code === 'range.reversed' ? 'to' : 'from'}`] = userErrorText(errs[0]!);
      return null;
    }
  };
  const x = read('x');
  const y = read('y');
  if (x && y && x.variable === y.variable) errors['y.variable'] = strings.axesSame;
  const runsText = p.sweepRuns ?? ANALYSIS_DEFAULTS.sweepRuns;
  values.sweepRuns = runsText;
  const runs = readRuns(runsText, 'sweepRuns', errors);
  const needsPool = values['x.variable'] !== 'pool' && values['y.variable'] !== 'pool';
  const subj = subject(inputs, needsPool, errors);
  if (subj && x && y && !errors['y.variable']) {
    attempt('x.variable', errors, () => applyVariable(scenario, x.variable, subj.scheme.id, x.values[0]!));
    attempt('y.variable', errors, () => applyVariable(scenario, y.variable, subj.scheme.id, y.values[0]!));
  }
  if (Object.keys(errors).length > 0 || !x || !y || runs === null || !subj) return { values, errors, run: null, command: null };
  const axisArg = (a: Axis) => shellQuote(`${a.variable}=${variableInput(a.variable, a.from, 'zh')}..${variableInput(a.variable, a.to, 'zh')}:${a.values.length}`);
  const command = `npx quansim sweep ${shellQuote(inputs.file)} --x ${axisArg(x)} --y ${axisArg(y)}${tail(inputs, runs)}`;
  return { values, errors, run: { ...subj, x, y, runs }, command };
}
