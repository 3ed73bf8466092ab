export * from './fen';
export * from './parseAmount';
export * from './parseRatio';
export * from './applyRatio';
export * from './allocateSplit';
