/**
 * The q-quantile of the binomial law: the smallest k with P(B ≤ k) ≥ q for B ~ Binomial(n, p), as R's
 * `qbinom(q, n, p)` and SciPy's `binom.ppf(q, n, p)`.
 *
 * Method: the probabilities are built by the ratio recurrence P(k + 1) / P(k) = (n − k)/(k + 1) · p/(1 − p),
 * starting from 1 at the mode and walking out both ways (terms that underflow are negligible), then normalised by
 * their sum; the distribution function is summed from k = 0. O(n) time, no special functions, exact enough for
 * the 2.5% and 97.5% points the order-statistic intervals need (relative error near 1e-13).
 *
 * @param n trials, a whole number ≥ 0
 * @param p success probability in [0, 1]
 * @param q probability in [0, 1]
 * @returns k in 0 … n
 * @throws Error when an argument is out of range
 * @example binomialQuantile(100, 0.5, 0.025) // 40 (R: qbinom(0.025, 100, 0.5) = 40)
 */
export function binomialQuantile(n: number, p: number, q: number): number {
  if (!(Number.isSafeInteger(n) && n >= 0)) throw new Error(`binomial trials must be a whole number ≥ 0: ${n}`);
  if (!(p >= 0 && p <= 1)) throw new Error(`binomial probability outside [0, 1]: ${p}`);
  if (!(q >= 0 && q <= 1)) throw new Error(`quantile probability outside [0, 1]: ${q}`);
  if (q === 0 || p === 0 || n === 0) return 0;
  if (p === 1) return n;
  const w = new Float64Array(n + 1);
  const mode = Math.min(n, Math.floor((n + 1) * p));
  const odds = p / (1 - p);
  w[mode] = 1;
  for (let k = mode; k < n; k++) w[k + 1] = w[k]! * ((n - k) / (k + 1)) * odds;
  for (let k = mode; k > 0; k--) w[k - 1] = (w[k]! * (k / (n - k + 1))) / odds;
  let total = 0;
  for (let k = 0; k <= n; k++) total += w[k]!;
  const need = q * total;
  let cum = 0;
  for (let k = 0; k <= n; k++) {
    cum += w[k]!;
    if (cum >= need) return k;
  }
  return n;
}
