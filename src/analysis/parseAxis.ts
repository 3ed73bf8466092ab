import { UserError } from '../errors/UserError';
import { messages } from '../i18n/messages';
import { VARIABLES, type Variable } from './applyVariable';
import { parseRange } from './parseRange';

/** The most grid points one axis may have. */
export const MAX_AXIS_POINTS = 50;

/** One axis of a sweep: a variable and its values, evenly spaced from `from` to `to`. */
export interface Axis {
  variable: Variable;
  from: number;
  to: number;
  /** Ascending, whole fen (pool, cap) or bp (ratio). */
  values: number[];
}

/**
 * Parses `variable=from..to:points`, e.g. `pool=1亿..5亿:9`, `cap=200万..1000万:5`, `ratio=50%..100%:6`.
 * The values are from + (to − from)·i/(points − 1), rounded half up to a whole fen or basis point (exact integers).
 *
 * @throws UserError `axis.unreadable`, `axis.variable`, `axis.points`, or the range's errors
 * @example parseAxis('pool=1亿..5亿:5').values // [1亿, 2亿, 3亿, 4亿, 5亿] in fen
 */
export function parseAxis(text: string): Axis {
  const m = /^\s*([a-z]+)\s*=\s*(.+?)\s*:\s*(\S+)\s*$/i.exec(text.normalize('NFKC'));
  if (!m) throw new UserError('axis.unreadable', messages.axisUnreadable(text));
  const name = m[1]!.toLowerCase();
  if (!(VARIABLES as readonly string[]).includes(name)) throw new UserError('axis.variable', messages.axisVariable(m[1]!));
  const variable = name as Variable;
  const [from, to] = parseRange(variable, m[2]!);
  const k = /^\d+$/.test(m[3]!) ? Number(m[3]) : NaN;
  if (!(k >= 2 && k <= MAX_AXIS_POINTS)) throw new UserError('axis.points', messages.axisPoints(m[3]!, MAX_AXIS_POINTS));
  const span = BigInt(to - from);
  const steps = BigInt(k - 1);
  const values = Array.from({ length: k }, (_, i) => from + Number((span * BigInt(i) * 2n + steps) / (2n * steps)));
  return { variable, from, to, values };
}
