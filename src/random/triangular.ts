import type { Rng } from './Rng';

/**
 * A sampler of the triangular law on [min, max] with the given mode, optionally truncated to [lower, upper].
 *
 * Method: inversion of F(x) = (x − a)²/((b − a)(c − a)) for x ≤ c and 1 − (b − x)²/((b − a)(b − c)) above, with
 * a = min, b = max, c = mode; truncation maps the uniform draw into [F(lower), F(upper)], which samples the
 * truncated law exactly (no rejection). One uniform per draw; results are clamped to the bounds against rounding.
 *
 * Source: S. Kotz and J. R. van Dorp, Beyond Beta (2004), ch. 1; L. Devroye (1986), §II.2.
 *
 * @param min a
 * @param mode c, with a ≤ c ≤ b
 * @param max b, with a < b
 * @param bounds optional truncation; the kept interval must overlap (a, b)
 * @returns `(rng) => x`, mean (a + b + c)/3 without truncation
 * @throws RangeError when the parameters are out of order or not finite, or the bounds hold no probability
 * @example makeTriangular(0, 0, 1)(() => 0.75) // 0.5
 */
export function makeTriangular(
  min: number,
  mode: number,
  max: number,
  bounds: { min?: number; max?: number } = {},
): (rng: Rng) => number {
  if (![min, mode, max].every(Number.isFinite)) throw new RangeError(`triangular parameters must be finite: ${min}, ${mode}, ${max}`);
  if (!(min < max && min <= mode && mode <= max)) throw new RangeError(`triangular needs min ≤ mode ≤ max and min < max: ${min}, ${mode}, ${max}`);
  const width = max - min;
  const left = mode - min;
  const right = max - mode;
  const atMode = left / width;
  const cdf = (x: number): number =>
    x <= min ? 0 : x >= max ? 1 : x <= mode ? ((x - min) * (x - min)) / (width * left) : 1 - ((max - x) * (max - x)) / (width * right);
  const lower = Math.max(min, bounds.min ?? min);
  const upper = Math.min(max, bounds.max ?? max);
  const lo = cdf(lower);
  const span = cdf(upper) - lo;
  if (!(upper >= lower) || !(span > 0)) {
    throw new RangeError(`triangular bounds [${bounds.min}, ${bounds.max}] hold no probability of [${min}, ${max}]`);
  }
  return (rng) => {
    const u = lo + span * rng();
    const x = u < atMode ? min + Math.sqrt(u * width * left) : max - Math.sqrt((1 - u) * width * right);
    return x < lower ? lower : x > upper ? upper : x;
  };
}
