import Decimal from 'decimal.js';
import { baseError } from '../errors/baseError';
import type { BasisPoints } from './fen';

const RATIO = /^(\d+(?:\.\d+)?)\s*(%)?$/;

/**
 * Parses a ratio into integer basis points, exactly: `30%` and `0.3` are both 3000.
 *
 * A bare number is a fraction (`0.3`); a percentage needs its `%` sign. A bare number above 1 (`30`) is
 * rejected as above 100% rather than guessed at.
 *
 * @param input text such as `30%`, `12.5%`, `0.3`, or a number
 * @returns basis points from 0 to 10,000
 * @throws UserError when the ratio is empty, unreadable, negative, above 100% or finer than 0.01%
 * @example parseRatio('12.5%') // 1250
 */
export function parseRatio(input: string | number): BasisPoints {
  let value: Decimal;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw baseError('ratio.unreadable', { input });
    if (input < 0) throw baseError('ratio.negative', { input });
    value = new Decimal(String(input));
  } else {
    const text = input.normalize('NFKC').trim();
    if (text === '') throw baseError('ratio.empty', {});
    if (/^[-−]/.test(text)) throw baseError('ratio.negative', { input });
    const m = RATIO.exec(text);
    if (!m) throw baseError('ratio.unreadable', { input });
    value = new Decimal(m[1]!);
    if (m[2]) value = value.div(100);
  }
  if (value.greaterThan(1)) throw baseError('ratio.above-100', { input });
  const bp = value.times(10_000);
  if (!bp.isInteger()) throw baseError('ratio.sub-bp', { input });
  return bp.toNumber();
}
