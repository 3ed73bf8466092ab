/**
 * `zigguratNormal` (src/random/ziggurat.ts, the specification) reading a `UniformBlock`: the same draws in the same
 * order, so the same numbers, from the fast sampler's hot loops. test/random/ziggurat.test.ts requires the three to
 * agree.
 */
import { LAYER_BITS, LAYERS, TWO_M24, ZIGGURAT, zigguratSlow } from '../../random/ziggurat';
import type { UniformBlock } from './UniformBlock';

/**
 * `zigguratNormal` reading a `UniformBlock` (the same draws in the same order, so the same numbers), kept small
 * for hot loops.
 *
 * @param b the block to read
 * @returns a standard normal variate
 * @example zigguratNormalFrom(block)
 */
export function zigguratNormalFrom(b: UniformBlock): number {
  const x = ZIGGURAT.x;
  const d = b.next() * 256;
  const j = d | 0;
  const i = j & (LAYERS - 1);
  const z = (d - j + b.next() * TWO_M24) * x[i]!;
  if (z < x[i + 1]!) return j < LAYERS ? z : -z;
  return +zigguratSlow(b.rng, i, z, j >= LAYERS);
}

/**
 * Fills `out[0…n−1]` with standard normal draws: the same numbers as n successive `zigguratNormalFrom(b)`, from a
 * loop that keeps the block's position in a local variable (docs/performance.md, ziggurat.ts). Returns that
 * position, which the caller must store in `b.pos` (the loop has nothing after it: docs/performance.md, "Loops
 * entered once per run").
 *
 * @param b the block to read
 * @param out receives the draws
 * @param n how many, at most out.length
 * @returns the block's new position
 * @example block.pos = zigguratFill(block, normals, 1000)
 */
export function zigguratFill(b: UniformBlock, out: Float64Array, n: number): number {
  const x = ZIGGURAT.x;
  const u = b.u;
  let p = b.pos;
  let len = b.len;
  for (let a = 0; a < n; a++) {
    if (p === len) {
      b.refill();
      p = 0;
      len = b.len;
    }
    const d = u[p++]! * 256;
    if (p === len) {
      b.refill();
      p = 0;
      len = b.len;
    }
    const j = d | 0;
    const i = j & (LAYERS - 1);
    const z = (d - j + u[p++]! * TWO_M24) * x[i]!;
    // the sign as a factor ±1 (exact), not a branch: the bit is a coin toss, so a branch would be mispredicted
    // half the time (docs/performance.md, ziggurat.ts)
    if (z < x[i + 1]!) out[a] = z * (1 - 2 * (j >> LAYER_BITS));
    else {
      b.pos = p;
      out[a] = zigguratSlow(b.rng, i, z, j >= LAYERS);
      p = b.pos;
      len = b.len;
    }
  }
  return p;
}

