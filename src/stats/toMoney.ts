import Decimal from 'decimal.js';
import type { Money } from './Summary';
import { roundHalfUp } from './roundHalfUp';

/**
 * A fen figure (possibly fractional: a mean or an interpolated quantile) as summary.json's Money: whole fen,
 * rounded half up, and the same amount in yuan with two decimals (decimal.js, so 0.1 + 0.2 never shows).
 *
 * @throws Error when `fen` is not finite (a bug upstream)
 * @example toMoney(80_000_000_000) // { fen: 80000000000, yuan: '800000000.00' }
 */
export function toMoney(fen: number): Money {
  if (!Number.isFinite(fen)) throw new Error(`money figure is not finite: ${fen}`);
  const whole = roundHalfUp(fen);
  return { fen: whole, yuan: new Decimal(whole).div(100).toFixed(2) };
}
