export * from './fen';
export * from './parseAmount';
export * from './parseRatio';
export * from './applyRatio';
export * from '../i18n/formatMoney';
export * from './allocateSplit';
