import { buildAliasTable, type AliasTable } from './aliasTable';
import { regularizedBeta } from './regularizedBeta';
import type { Rng } from './Rng';

/**
 * A sampler of round(10,000·X) for X ~ Beta(α, β): a share in whole basis points (0…10,000), in O(1) per draw.
 *
 * Method: the law of the rounded share is computed once, P(k) = I_{(k+½)/10⁴}(α, β) − I_{(k−½)/10⁴}(α, β) (bins
 * clipped to [0, 1]; `regularizedBeta`), and drawn from with an alias table (`buildAliasTable`). This is the law of
 * drawing X by two gammas (`makeBeta`) and rounding, without the two gammas per draw: one uniform, one lookup.
 * Table error is about 1e-14 per bin, far below the 2^-32 resolution of a draw.
 *
 * Source: the incomplete beta of Numerical Recipes §6.4; Walker's alias method (see `buildAliasTable`).
 *
 * @param alpha α, positive
 * @param beta β, positive
 * @returns `(rng) => bp`, an integer from 0 to 10,000
 * @throws RangeError when α or β is not a positive finite number
 * @example makeBetaBasisPoints(85, 15)(makeStream(1)) // e.g. 8512: a share near 85%
 */
export function makeBetaBasisPoints(alpha: number, beta: number): (rng: Rng) => number {
  const { n, prob, alias } = betaBasisPointTable(alpha, beta);
  return (rng) => {
    const x = rng() * n;
    const i = x | 0;
    return x - i < prob[i]! ? i : alias[i]!;
  };
}

const cache = new Map<string, AliasTable>();
const CACHE_SIZE = 64;

/**
 * The alias table behind `makeBetaBasisPoints` (read-only; shared by equal parameters, since building one takes
 * 10,001 incomplete beta values: docs/performance.md, betaBasisPoints.ts), for callers that inline the draw in a
 * hot loop.
 */
export function betaBasisPointTable(alpha: number, beta: number): AliasTable {
  const key = `${alpha}:${beta}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const table = buildTable(alpha, beta);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(key, table);
  return table;
}

function buildTable(alpha: number, beta: number): AliasTable {
  if (!(alpha > 0 && beta > 0 && Number.isFinite(alpha) && Number.isFinite(beta))) {
    throw new RangeError(`beta parameters must be positive and finite: ${alpha}, ${beta}`);
  }
  const weights = new Float64Array(10_001);
  let below = 0;
  for (let k = 0; k <= 10_000; k++) {
    const upper = k === 10_000 ? 1 : regularizedBeta((k + 0.5) / 10_000, alpha, beta);
    weights[k] = Math.max(0, upper - below);
    below = upper;
  }
  return buildAliasTable(weights);
}
