/**
 * The one-factor Gaussian copula by which a firm seeks vouchers (model.ts, Tier.seekCorrelationBp):
 * z_v = √ρ·c + √(1−ρ)·ε_v and the firm seeks v when z_v < Φ⁻¹(p_v). Given c, the vouchers are independent with
 * P(v | c) = Φ((Φ⁻¹(p_v) − √ρ·c)/√(1−ρ)); the probabilities below integrate over c ~ N(0,1) by the trapezoid
 * rule on [−7, 7] (the integrand is smooth; 281 nodes give about 1e-10 here).
 */
import { inverseNormalCdf } from '../random/inverseNormalCdf';
import { normalCdf } from '../random/normalCdf';

const NODES = 281;
const SPAN = 7;
const STEP = (2 * SPAN) / (NODES - 1);
const WEIGHTS = Array.from({ length: NODES }, (_, i) => {
  const c = -SPAN + i * STEP;
  return (Math.exp(-0.5 * c * c) / Math.sqrt(2 * Math.PI)) * STEP * (i === 0 || i === NODES - 1 ? 0.5 : 1);
});

function conditional(p: number, rho: number, c: number): number {
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  if (rho === 0) return p;
  return normalCdf((inverseNormalCdf(p) - Math.sqrt(rho) * c) / Math.sqrt(1 - rho));
}

/**
 * Probability that a firm seeks none of the vouchers of probabilities `ps` under the copula of correlation ρ.
 * @example seekNone([0.5, 0.5], 0) // 0.25
 */
export function seekNone(ps: readonly number[], rho: number): number {
  if (rho === 0) return ps.reduce((a, p) => a * (1 - p), 1);
  let sum = 0;
  for (let i = 0; i < NODES; i++) {
    const c = -SPAN + i * STEP;
    let prod = 1;
    for (const p of ps) prod *= 1 - conditional(p, rho, c);
    sum += WEIGHTS[i]! * prod;
  }
  return sum;
}

/**
 * Probability that a firm seeks both vouchers of probabilities p and q.
 * @example seekBoth(0.5, 0.5, 0) // 0.25
 */
export function seekBoth(p: number, q: number, rho: number): number {
  if (rho === 0) return p * q;
  let sum = 0;
  for (let i = 0; i < NODES; i++) {
    const c = -SPAN + i * STEP;
    sum += WEIGHTS[i]! * conditional(p, rho, c) * conditional(q, rho, c);
  }
  return sum;
}

/**
 * The seek probabilities of all firms that consider the vouchers, from the shares `q` seen among firms that
 * applied (sought at least one). Seeking v implies applying, so q_v = p_v / P(applies): p_v = q_v·A where
 * A = P(applies) solves A = 1 − P(none | q·A). The largest root in [floor, 1] is found by bisection (g(1) ≤ 0, and
 * g > 0 just above 0 when Σq > 1). When the vouchers look mutually exclusive (Σq near 1) the root tends to 0 and
 * the firm count is not identified: A is held at `floor` and `atFloor` says so.
 *
 * @returns the probabilities, P(applies) and whether it was held at the floor
 * @example unconditionalSeek([0.6, 0.6], 0).p // [0.3333, 0.3333] (p = 1/3 each gives q = (1/3)/(5/9) = 0.6)
 */
export function unconditionalSeek(q: readonly number[], rho: number, floor = 0.05): { p: number[]; applies: number; atFloor: boolean } {
  const g = (a: number): number => 1 - seekNone(q.map((x) => Math.min(1, x * a)), rho) - a;
  if (g(1) >= -1e-12) return { p: [...q], applies: 1, atFloor: false };
  if (g(floor) <= 0) return { p: q.map((x) => x * floor), applies: floor, atFloor: true };
  let lo = floor;
  let hi = 1;
  for (let k = 0; k < 60; k++) {
    const mid = (lo + hi) / 2;
    if (g(mid) > 0) lo = mid;
    else hi = mid;
  }
  const a = (lo + hi) / 2;
  return { p: q.map((x) => x * a), applies: a, atFloor: false };
}
