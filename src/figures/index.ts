/**
 * Figures for people: the one formatting rule of every number a person reads (page, charts, CLI text, reports).
 * Money to three significant figures in 亿元/万元 or billion/million yuan, shares as percentages without false
 * precision, days as dates. JSON, CSV and the tables meant for checking keep exact fen (src/money formatMoney).
 */
export * from './roundSignificant';
export * from './formatAmount';
export * from './formatPercent';
export * from './formatDate';
