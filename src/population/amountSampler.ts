import { MAX_FEN, type Fen } from '../money/fen';
import { makeEmpirical } from '../random/categorical';
import { inverseNormalCdfUnchecked } from '../random/inverseNormalCdf';
import { normalLowerTail } from '../random/normalCdf';
import type { Rng } from '../random/Rng';
import { makeTriangular } from '../random/triangular';
import { tableExp } from '../random/tableExp';
import { makeUniform } from '../random/uniform';
import { zigguratNormal } from '../random/ziggurat';
import type { AmountModel } from './model';

/** `tableExp` read once into a module constant for the sampler's hot loops (docs/performance.md, amountSampler.ts). */
const exp = tableExp;

/** The largest whole-yuan amount in fen. */
const MAX_WHOLE_YUAN_FEN = Math.floor(MAX_FEN / 100) * 100;

/**
 * A sampler of one contract's amount (合同费用) in fen.
 *
 * Continuous laws (`uniform`, `lognormal`, `triangular`) are drawn in yuan and rounded to a whole yuan, then kept
 * within the whole-yuan amounts of the law's support and the truncation, and at least 1 yuan and at most MAX_FEN.
 * `constant` and `empirical` give the amounts as written, to the fen.
 *
 Truncation to [min, max] is exact for every law: `uniform` draws on the intersection, `triangular` maps the
 * uniform draw into [F(min), F(max)] (inversion, as `makeTriangular`), `lognormal` draws a ziggurat normal again
 * while it falls outside the bounds when they keep at least half the probability and inverts within [Φ(a), Φ(b)]
 * otherwise (`LognormalAmount`), `empirical` keeps only the values within the bounds (weights renormalised), and a
 * `constant` must lie within them.
 *
 * @param model the law and its truncation, validated by the schema
 * @returns `(rng) => fen`; one uniform draw per contract (none for a constant; about 2 for a lognormal)
 * @throws RangeError when the truncation holds no probability of the law (a bug: the schema checks it)
 * @example makeAmountSampler({law: 'constant', valueFen: 50_000_000, truncate: null})(rng) // 50_000_000
 */
export function makeAmountSampler(model: AmountModel): (rng: Rng) => Fen {
  const tMin = model.truncate?.minFen ?? 0;
  const tMax = model.truncate?.maxFen ?? MAX_FEN;
  if (tMax < tMin) throw new RangeError(`truncation max ${tMax} is below min ${tMin}`);
  switch (model.law) {
    case 'constant': {
      const v = model.valueFen;
      if (v < tMin || v > tMax) throw new RangeError(`constant amount ${v} lies outside the truncation [${tMin}, ${tMax}]`);
      return () => v;
    }
    case 'empirical': {
      const values: number[] = [];
      const weights: number[] = [];
      model.valuesFen.forEach((v, i) => {
        if (v >= tMin && v <= tMax) {
          values.push(v);
          weights.push(model.weights[i]!);
        }
      });
      if (!weights.some((w) => w > 0)) throw new RangeError(`no empirical value with positive weight lies within [${tMin}, ${tMax}]`);
      return makeEmpirical(values, weights);
    }
    case 'uniform': {
      const lo = Math.max(model.minFen, tMin);
      const hi = Math.min(model.maxFen, tMax);
      if (hi < lo) throw new RangeError(`uniform [${model.minFen}, ${model.maxFen}] misses the truncation [${tMin}, ${tMax}]`);
      return toWholeYuan(makeUniform(lo / 100, hi / 100), lo, hi);
    }
    case 'lognormal':
      return lognormalFen(model.mu, model.sigma, tMin, tMax);
    case 'triangular': {
      const draw = makeTriangular(model.minFen / 100, model.modeFen / 100, model.maxFen / 100, { min: tMin / 100, max: tMax / 100 });
      return toWholeYuan(draw, Math.max(tMin, model.minFen), Math.min(tMax, model.maxFen));
    }
  }
}

/**
 * How a lognormal amount is drawn: z ~ N(0, 1) truncated to [zLo, zHi] (the bounds in z: the truncation, and
 * MAX_FEN at most), then yuan = e^(μ + σz) rounded to a whole yuan within [loFen, hiFen].
 *
 * When the bounds keep at least half the probability (`byRejection`), z is a ziggurat draw drawn again while it
 * falls outside them (exact: rejection keeps the law of z given the bounds; at most 2 tries on average, and a
 * single try almost always for the usual wide truncations). Otherwise z is drawn by inversion within
 * [Φ(zLo), Φ(zHi)] (`pLo`, `width`), mirrored (`sign` −1) when both bounds lie above the median so that upper-tail
 * bounds keep their precision.
 */
export interface LognormalAmount {
  mu: number;
  sigma: number;
  zLo: number;
  zHi: number;
  loFen: Fen;
  hiFen: Fen;
  byRejection: boolean;
  pLo: number;
  width: number;
  sign: number;
}

/**
 * The constants of a lognormal amount law of ln(yuan) with σ > 0, truncated to [minFen, maxFen] (see
 * `LognormalAmount`).
 *
 * @throws RangeError when the bounds hold no probability (a bug: the schema checks it)
 * @example planLognormalAmount(Math.log(200_000), 1.08, 0, MAX_FEN).byRejection // true
 */
export function planLognormalAmount(mu: number, sigma: number, minFen: Fen, maxFen: Fen): LognormalAmount {
  const loFen = Math.max(100, Math.ceil(minFen / 100) * 100);
  const hiFen = Math.max(loFen, Math.min(MAX_WHOLE_YUAN_FEN, Math.floor(maxFen / 100) * 100));
  const zLo = minFen > 0 ? (Math.log(minFen / 100) - mu) / sigma : -Infinity;
  const zHi = (Math.log(Math.min(maxFen, MAX_WHOLE_YUAN_FEN) / 100) - mu) / sigma;
  const mirrored = zLo >= 0;
  const pLo = mirrored ? normalLowerTail(-zHi) : normalLowerTail(zLo);
  const width = (mirrored ? normalLowerTail(-zLo) : normalLowerTail(zHi)) - pLo;
  if (!(width > 0)) throw new RangeError(`lognormal bounds [${minFen}, ${maxFen}] fen hold no probability (μ ${mu}, σ ${sigma})`);
  return { mu, sigma, zLo, zHi, loFen, hiFen, byRejection: width >= 0.5, pLo, width, sign: mirrored ? -1 : 1 };
}

/**
 * The amount in fen for a normal draw z within the law's bounds: e^(μ + σz) yuan (`tableExp`, within 2 ulp)
 * rounded half up to a whole yuan, within [loFen, hiFen].
 *
 * @example lognormalAmountFen(planLognormalAmount(Math.log(1000), 1, 0, MAX_FEN), 0) // 100_000 (1,000 yuan)
 */
export function lognormalAmountFen(plan: LognormalAmount, z: number): Fen {
  const fen = Math.floor(exp(plan.mu + plan.sigma * z) + 0.5) * 100;
  return fen < plan.loFen ? plan.loFen : fen > plan.hiFen ? plan.hiFen : fen;
}

/** The lognormal amount as one closure: ziggurat with rejection, or inversion (see `LognormalAmount`). */
function lognormalFen(mu: number, sigma: number, minFen: Fen, maxFen: Fen): (rng: Rng) => Fen {
  if (sigma === 0) {
    const lo = Math.max(100, Math.ceil(minFen / 100) * 100);
    const hi = Math.max(lo, Math.min(MAX_WHOLE_YUAN_FEN, Math.floor(maxFen / 100) * 100));
    if (Math.exp(mu) * 100 < minFen || Math.exp(mu) * 100 > maxFen) throw new RangeError(`lognormal constant e^${mu} lies outside the bounds`);
    const fen = Math.round(Math.exp(mu)) * 100;
    const v = fen < lo ? lo : fen > hi ? hi : fen;
    return () => v;
  }
  const plan = planLognormalAmount(mu, sigma, minFen, maxFen);
  if (plan.byRejection) {
    const { zLo, zHi } = plan;
    return (rng) => {
      let z = zigguratNormal(rng);
      while (z < zLo || z > zHi) z = zigguratNormal(rng);
      return lognormalAmountFen(plan, z);
    };
  }
  const { pLo, width, sign } = plan;
  return (rng) => lognormalAmountFen(plan, sign * inverseNormalCdfUnchecked(pLo + width * rng()));
}

/**
 * Rounds yuan draws to whole yuan within [lo, hi] (fen): the whole-yuan amounts inside the bounds, at least
 * 1 yuan. When the bounds hold no whole yuan, the nearest whole yuan at or above 1 yuan is used.
 * ⌊x + ½⌋ is Math.round for ½ ≤ x < 2^52 (x + ½ is exact or rounds within the same integer), and is used for
 * speed (docs/performance.md, amountSampler.ts); below ½ both end at the 1-yuan floor.
 */
function toWholeYuan(draw: (rng: Rng) => number, loFen: Fen, hiFen: Fen): (rng: Rng) => Fen {
  const lo = Math.max(100, Math.ceil(loFen / 100) * 100);
  const hi = Math.max(lo, Math.min(MAX_WHOLE_YUAN_FEN, Math.floor(hiFen / 100) * 100));
  return (rng) => {
    const fen = Math.floor(draw(rng) + 0.5) * 100;
    return fen < lo ? lo : fen > hi ? hi : fen;
  };
}

/** Whether a truncation [min, max] (fen) contains a whole yuan amount of at least 1 yuan. */
export function holdsWholeYuan(minFen: Fen, maxFen: Fen): boolean {
  const lo = Math.max(100, Math.ceil(minFen / 100) * 100);
  return lo <= Math.min(MAX_WHOLE_YUAN_FEN, Math.floor(maxFen / 100) * 100);
}
