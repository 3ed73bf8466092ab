/**
 * quansim's public API. The CLI, the page and the notebooks are thin layers over what is exported here.
 */
export * from './money';
export * from './time';
export * from './policy/model';
export { loadPolicy, resolveRules, policySchema, SEED_DOCUMENTS, parseOptionValue, type PolicyDocument, type RuleSettings, type SchemeOverride, type OptionType } from './policy';
export type { Bilingual, Lang } from './i18n/Bilingual';
export { UserError, UserErrors, userErrorsOf } from './errors/UserError';
export { formatUserError } from './errors/formatUserError';
