/**
 * quansim's public API ('quansim'), safe in a browser: load a scenario, simulate it, quote a contract, draw the
 * charts, read the summary. 'quansim/node' adds what needs Node (worker threads, files, library scenarios by name).
 * Everything not exported here is internal and may change. docs/api.md shows it in use.
 */
export * from './money';
export * from './i18n/formatMoney';
export * from './figures';
export * from './time';
export * from './policy/model';
export { loadPolicy, resolveRules, policySchema, SOURCE_DOCUMENTS, parseOptionValue, type PolicyDocument, type RuleSettings, type SchemeOverride, type OptionType } from './policy';
export { quote, quoteToJson, formatQuote, type QuoteOptions, type QuoteJson } from './policy';
export type { Bilingual, Lang } from './i18n/Bilingual';
export { UserError, UserErrors, userErrorsOf, type ErrorParams, type Location } from './errors/UserError';
export { formatUserError } from './i18n/formatUserError';
export { userErrorText } from './i18n/userErrorText';
// Scenarios, runs and their summaries: what the notebooks (notebooks/) and other programs drive directly.
export { loadScenario, resolveRelative } from './scenario/loadScenario';
export type { Scenario } from './scenario/model';
export { simulate, simulateEach, withRunsAndSeed, type SimulateOptions, type Simulation } from './simulate';
export { SimulationCancelled, WorkerFailure, type FailedRuns } from './scheduler/Scheduler';
export type { Progress } from './engine/progress';
export type { Accumulator } from './stats/Accumulator';
export type { GroupDim, GroupField, SchemeField } from './record/RunRecord';
export { summarize } from './stats/summarize';
export type { Summary, YearSummary, SchemeSummary, GroupSummary, LevelSummary, Money, MoneyStats, RatioStats, Exhaustion } from './stats/Summary';
export * from './stats/headlines';
export { pairedDifference, type PairedDifference } from './stats/pairedDifference';
export { proportionInterval, type ProportionEstimate } from './stats/proportionInterval';
export { quantileInterval, type QuantileInterval } from './stats/quantileInterval';
export { perRunHeadlines, type PerRunHeadlines } from './output/perRunHeadlines';
export { compareTable } from './output/compareTable';
export * from './charts';
// Populations from data (docs/data.md): applications and payments files, fitting, resampling, backtests.
export { parseApplications } from './data/parseApplications';
export { APPLICATION_COLUMNS, REQUIRED_APPLICATION_COLUMNS, type ApplicationRow } from './data/ApplicationRow';
export { parsePayments, type PaymentRow } from './data/parsePayments';
export { fitPopulation, type FittedPopulation, type FittedTier, type FittedVoucher, type Estimate, type FitOptions } from './data/fitPopulation';
export { fittedPopulationYaml } from './data/fittedPopulationYaml';
export { resamplePopulation, loadResamplePopulation, applicantLaw } from './data/resamplePopulation';
export { backtest, type BacktestResult, type BacktestSeries, type BacktestMonth } from './analysis/backtest';
export { simulateApplications, applicationsCsv } from './data/simulateApplications';
export { populationFileSchema } from './scenario/scenarioSchema';
export { loadYaml } from './yaml/loadYaml';
export { fitAmountHistogram, fitQqPlot, fitSeasonality } from './charts/fitDiagnostics';
export { backtestChart } from './charts/backtestChart';
export { formatBacktestText } from './output/formatBacktestText';
