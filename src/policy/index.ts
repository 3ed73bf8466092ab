export * from './model';
export * from './optionValue';
export * from './policySchema';
export * from './loadPolicy';
export * from './resolveRules';
