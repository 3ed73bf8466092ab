import Decimal from 'decimal.js';
import { baseError } from '../errors/baseError';
import { MAX_FEN, type Fen } from './fen';

const UNITS: Record<string, number> = { '': 1, 万: 10_000, 亿: 100_000_000 };
// digits with optional well-formed thousands separators, an optional fraction, then 万/亿, then 元.
const AMOUNT = /^(?:[¥￥]|CNY)?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(万|亿)?\s*(?:元|yuan|CNY|RMB)?$/i;

/**
 * Parses an amount as people write it into integer fen, exactly.
 *
 * Accepts `2.5亿元`, `800万元`, `50万`, `1.5亿`, `500000`, `500000.50`, `1,000,000`, `¥500000` and numbers
 * (YAML gives `500000` as a number). Units are 元, 万 (10^4) and 亿 (10^8); decimal.js does the arithmetic so
 * that `0.29亿` is 2,900,000,000 fen and not a float's neighbour.
 *
 * @param input the text or number to read
 * @returns the amount in fen
 * @throws UserError (a code of `errors/baseError`) when the amount is empty, negative, unreadable, finer than a fen, too large (above MAX_FEN)
 *   or written with characters that only look like digits (superscripts, other scripts); the message quotes the
 *   input and says what is wrong with it.
 * @example parseAmount('2.5亿元') // 25_000_000_000
 */
export function parseAmount(input: string | number): Fen {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw baseError('amount.unreadable', { input });
    if (input < 0 || Object.is(input, -0)) throw baseError('amount.negative', { input: Object.is(input, -0) ? '-0' : input });
    return toFen(new Decimal(String(input)), input);
  }
  const odd = notPlainDigit(input);
  if (odd !== null) throw baseError('amount.not-digits', { input, char: odd });
  const text = input.normalize('NFKC').trim();
  if (text === '') throw baseError('amount.empty', {});
  if (/^[-−－]/.test(text)) throw baseError('amount.negative', { input });
  const m = AMOUNT.exec(text);
  if (!m) throw baseError('amount.unreadable', { input });
  const whole = m[1]!.replace(/,/g, '');
  const frac = m[2] ?? '';
  const unit = UNITS[m[3] ?? ''];
  if (unit === undefined) throw baseError('amount.unreadable', { input });
  const yuan = new Decimal(frac ? `${whole}.${frac}` : whole).times(unit);
  return toFen(yuan, input);
}

function toFen(yuan: Decimal, input: string | number): Fen {
  const fen = yuan.times(100);
  if (fen.greaterThan(MAX_FEN)) throw baseError('amount.too-large', { input });
  if (!fen.isInteger()) throw baseError('amount.subfen', { input });
  return fen.toNumber();
}

/**
 * The first character that Unicode reads as a digit but that is not one of 0–9 as people type them (ASCII or
 * full-width): superscripts (²), circled or other scripts' digits (①, ٣, ३). NFKC would turn `10²万` into
 * `102万`, a different amount, so these are refused rather than reinterpreted.
 */
function notPlainDigit(text: string): string | null {
  for (const ch of text) {
    const plain = (ch >= '0' && ch <= '9') || (ch >= '\uff10' && ch <= '\uff19');
    if (!plain && (/\p{N}/u.test(ch) || /\d/.test(ch.normalize('NFKC')))) return ch;
  }
  return null;
}
