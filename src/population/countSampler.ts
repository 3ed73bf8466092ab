import { makeNegativeBinomial } from '../random/negativeBinomial';
import { makePoisson } from '../random/poisson';
import type { Rng } from '../random/Rng';
import type { ContractCountLaw, CountLaw } from './model';

/**
 * A sampler of a count law (`fixed`, `poisson`, `negative-binomial`), with `atLeastOne` turning a draw of 0 into 1
 * for contract counts. A fixed count draws nothing from the rng.
 *
 * @param law the law, validated by the schema
 * @returns `(rng) => n`, a whole number ≥ 0
 * @throws RangeError when the law's parameters are out of range (a bug: the schema checks them)
 * @example makeCountSampler({law: 'fixed', n: 3})(rng) // 3
 */
export function makeCountSampler(law: CountLaw | ContractCountLaw): (rng: Rng) => number {
  const draw = baseSampler(law);
  if ('atLeastOne' in law && law.atLeastOne) {
    return (rng) => {
      const n = draw(rng);
      return n < 1 ? 1 : n;
    };
  }
  return draw;
}

function baseSampler(law: CountLaw): (rng: Rng) => number {
  switch (law.law) {
    case 'fixed': {
      const n = law.n;
      if (!(Number.isSafeInteger(n) && n >= 0)) throw new RangeError(`fixed count must be a whole number ≥ 0: ${n}`);
      return () => n;
    }
    case 'poisson':
      return makePoisson(law.mean);
    case 'negative-binomial':
      return makeNegativeBinomial(law.mean, law.dispersion);
  }
}

/**
 * The mean of a count law, closed form: n, the Poisson or negative binomial mean, plus P(0) when a 0 counts as 1
 * (P(0) = e^−μ for Poisson, (r/(r + μ))^r for the negative binomial with size r).
 *
 * @example countMean({law: 'poisson', mean: 2, atLeastOne: true}) // 2 + e^−2
 */
export function countMean(law: CountLaw | ContractCountLaw): number {
  const atLeastOne = 'atLeastOne' in law && law.atLeastOne;
  switch (law.law) {
    case 'fixed':
      return atLeastOne && law.n < 1 ? 1 : law.n;
    case 'poisson':
      return law.mean + (atLeastOne ? Math.exp(-law.mean) : 0);
    case 'negative-binomial': {
      const r = law.dispersion;
      return law.mean + (atLeastOne ? Math.pow(r / (r + law.mean), r) : 0);
    }
  }
}
