export * from './parseYaml';
export * from './loadYaml';
export * from './strictObject';
export * from './userValue';
export * from './zodIssueErrors';
export * from './fileKinds';
