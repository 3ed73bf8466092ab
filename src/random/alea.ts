import type { Rng } from './Rng';

/**
 * The state of an Alea generator: the last three outputs (`s0` oldest, multiples of 2^-32 in [0, 1)) and the carry
 * c. Alea is a lag-3 multiply-with-carry generator in base 2^32: t = 2091639·s0 + c·2^-32, output t − ⌊t⌋, carry ⌊t⌋.
 */
export interface AleaState {
  s0: number;
  s1: number;
  s2: number;
  c: number;
}

const TWO_32 = 4_294_967_296;
const INV_TWO_32 = 2.3283064365386963e-10;
const A = 2_091_639;

const STATE = Symbol('alea state');
type AleaRng = Rng & { [STATE]?: AleaState };

/**
 * Baagøe's Alea generator seeded with `seed`, drawing exactly the numbers of seedrandom's `alea(seed)`.
 *
 * Why a port: its state can be reached (`aleaStateOf`), so that `aleaFill` can step it three at a time, without a
 * call per draw (docs/performance.md, alea.ts; test/random/alea.test.ts checks the draws against seedrandom's over many
 * seeds).
 *
 * Source: J. Baagøe, "Better random numbers for JavaScript" (2010), Alea and Mash; seedrandom 3 `lib/alea.js`.
 *
 * @param seed any string (seedrandom converts other seeds with String())
 * @returns an Rng giving multiples of 2^-32 in [0, 1)
 * @example alea('42:7')() // the first draw of seedrandom.alea('42:7')
 */
export function alea(seed: string): Rng {
  const st = seedAlea(seed);
  // seedrandom's step, operation for operation
  const next = (): number => {
    const t = A * st.s0 + st.c * INV_TWO_32;
    st.s0 = st.s1;
    st.s1 = st.s2;
    return (st.s2 = t - (st.c = t | 0));
  };
  (next as AleaRng)[STATE] = st;
  return next;
}

/** The live state behind an Rng made by `alea` (stepping it moves the Rng), or undefined for any other Rng. */
export function aleaStateOf(rng: Rng): AleaState | undefined {
  return (rng as AleaRng)[STATE];
}

/**
 * Writes the next `n` draws of the generator into `out[0…n−1]` and advances the state past them: the same numbers
 * that n calls would give.
 *
 Method: in whole numbers (S = s·2^32, exact), the product 2091639·S < 2^53 is split into its high part
 * h = ⌊·/2^32⌋ and low part l (both exact); the output is l + c (mod 2^32) and the new carry h, plus one when l + c
 * wraps (probability about 2^-11, a branch the processor predicts). The carry thus no longer waits on the previous
 * step's rounding, and unrolling by three (the lag) lets three steps run at once. The numbers are exactly those of
 * Alea's own step, t = (2091639·S + c)/2^32, whose every operation is exact in doubles.
 *
 * @param st the state to advance (from `aleaStateOf`)
 * @param out receives the draws
 * @param n how many, at most out.length
 * @example aleaFill(aleaStateOf(rng)!, buf, 256) // buf holds rng's next 256 draws; rng continues after them
 */
export function aleaFill(st: AleaState, out: Float64Array, n: number): void {
  // The constants as locals, read once rather than at every use in the loop (docs/performance.md, alea.ts).
  const TWO_32 = 4_294_967_296;
  const INV_TWO_32 = 2.3283064365386963e-10;
  const A = 2_091_639;
  let s0 = st.s0 * TWO_32;
  let s1 = st.s1 * TWO_32;
  let s2 = st.s2 * TWO_32;
  let c = st.c;
  let i = 0;
  for (; i + 3 <= n; i += 3) {
    let p = A * s0;
    let h = Math.floor(p * INV_TWO_32);
    let l = p - h * TWO_32 + c;
    if (l >= TWO_32) {
      l -= TWO_32;
      h += 1;
    }
    s0 = l;
    c = h;
    out[i] = l * INV_TWO_32;
    p = A * s1;
    h = Math.floor(p * INV_TWO_32);
    l = p - h * TWO_32 + c;
    if (l >= TWO_32) {
      l -= TWO_32;
      h += 1;
    }
    s1 = l;
    c = h;
    out[i + 1] = l * INV_TWO_32;
    p = A * s2;
    h = Math.floor(p * INV_TWO_32);
    l = p - h * TWO_32 + c;
    if (l >= TWO_32) {
      l -= TWO_32;
      h += 1;
    }
    s2 = l;
    c = h;
    out[i + 2] = l * INV_TWO_32;
  }
  // After a multiple of three steps s0, s1, s2 are again the oldest, middle and newest outputs.
  st.s0 = s0 * INV_TWO_32;
  st.s1 = s1 * INV_TWO_32;
  st.s2 = s2 * INV_TWO_32;
  st.c = c;
  for (; i < n; i++) {
    const t = A * st.s0 + st.c * INV_TWO_32;
    st.s0 = st.s1;
    st.s1 = st.s2;
    out[i] = st.s2 = t - (st.c = t | 0);
  }
}

/**
 * Advances the state by `n` draws without keeping them.
 * @example aleaSkip(aleaStateOf(rng)!, 10) // rng() now gives what its 11th call would have
 */
export function aleaSkip(st: AleaState, n: number): void {
  let s0 = st.s0;
  let s1 = st.s1;
  let s2 = st.s2;
  let c = st.c;
  for (let i = 0; i < n; i++) {
    const t = A * s0 + c * INV_TWO_32;
    s0 = s1;
    s1 = s2;
    s2 = t - (c = t | 0);
  }
  st.s0 = s0;
  st.s1 = s1;
  st.s2 = s2;
  st.c = c;
}

/** Alea's seeding: three Mash values of ' ' minus three of the seed, wrapped into [0, 1), carry 1. */
function seedAlea(seed: string): AleaState {
  // Mash's state n carries over from one hashed string to the next; each value is (n mod 2^32)·2^-32.
  let n = mash(0xefc8249d, ' ');
  let s0 = (n >>> 0) * INV_TWO_32;
  n = mash(n, ' ');
  let s1 = (n >>> 0) * INV_TWO_32;
  n = mash(n, ' ');
  let s2 = (n >>> 0) * INV_TWO_32;
  n = mash(n, seed);
  s0 -= (n >>> 0) * INV_TWO_32;
  if (s0 < 0) s0 += 1;
  n = mash(n, seed);
  s1 -= (n >>> 0) * INV_TWO_32;
  if (s1 < 0) s1 += 1;
  n = mash(n, seed);
  s2 -= (n >>> 0) * INV_TWO_32;
  if (s2 < 0) s2 += 1;
  return { c: 1, s0, s1, s2 };
}

/** Baagøe's Mash hash of `data` from state `n`, digit for digit as in seedrandom; returns the new state. */
function mash(n: number, data: string): number {
  for (let i = 0; i < data.length; i++) {
    n += data.charCodeAt(i);
    let h = 0.02519603282416938 * n;
    n = h >>> 0;
    h -= n;
    h *= n;
    n = h >>> 0;
    h -= n;
    n += h * TWO_32;
  }
  return n;
}
