export * from './model';
export * from './schema';
export * from './expectedApplications';
export * from './arrivalDayWeights';
export * from './amountSampler';
export * from './countSampler';
export * from './executedSampler';
