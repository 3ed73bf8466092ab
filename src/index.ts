/**
 * quansim's public API. The CLI, the page and the notebooks are thin layers over what is exported here.
 */
export * from './money';
export * from './time';
export * from './policy/model';
export { loadPolicy, resolveRules, policySchema, SEED_DOCUMENTS, parseOptionValue, type PolicyDocument, type RuleSettings, type SchemeOverride, type OptionType } from './policy';
export { quote, compiledRulesOf, compileRules, evaluate, evaluateTopUps, makeEvalOut, toAppInput, makeAppInput, quoteToJson, formatQuote, FLAG_SELF_CONTROLLED, FLAG_FOUNDATION_MODEL, FLAG_SME, POOL_IGNORE, POOL_PARTIAL, POOL_STRICT, BOUNDS, type QuoteOptions, type CompiledRules, type EvalOut, type PoolMode, type AppInput, type QuoteJson } from './policy';
export type { Bilingual, Lang } from './i18n/Bilingual';
export { UserError, UserErrors, userErrorsOf } from './errors/UserError';
export { formatUserError } from './errors/formatUserError';
