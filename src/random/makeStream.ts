import { alea } from './alea';
import type { Rng } from './Rng';

/**
 * A seeded, independent stream of uniform draws for one purpose of one run: Baagøe's Alea generator (as shipped
 * by seedrandom) seeded with the string `${seed}:${path.join(':')}`.
 *
 * Why Alea: seeded with neighbouring strings (`42:7`, `42:8`) Alea and Tychei give streams that are independent
 * for practical purposes, whereas xor128, xorwow and xorshift7 give strongly correlated neighbouring runs. Because
 * the seed string names the run (and the purpose), a run's draws never depend on how runs are spread over
 * workers or in which order they are done.
 *
 * Alea's draws are multiples of 2^-32 (32 bits each); a draw can be exactly 0, never 1. The generator is `alea`, a
 * port that draws exactly seedrandom's numbers and lets hot loops fill blocks of draws fast (`UniformBlock`).
 *
 * Source: J. Baagøe, "Better random numbers for JavaScript" (2010), Alea; seedrandom 3 `lib/alea.js`.
 *
 * @param seed the scenario's seed
 * @param path what the stream is for, e.g. a run number and a purpose: `makeStream(42, 7, 'alloc')`
 * @returns an Rng, a function giving the next draw in [0, 1)
 * @throws Error when the seed is a non-finite number or a path part is empty (a bug upstream)
 * @example
 * const rng = makeStream(42, 7); // run 7 of seed 42
 * rng(); // the same number on every machine, in every worker layout
 */
export function makeStream(seed: string | number, ...path: (string | number)[]): Rng {
  if (typeof seed === 'number' && !Number.isFinite(seed)) throw new Error(`stream seed must be finite: ${seed}`);
  for (const p of path) {
    if (p === '' || (typeof p === 'number' && !Number.isFinite(p))) throw new Error(`bad stream path part: ${String(p)}`);
  }
  return alea(`${seed}:${path.join(':')}`);
}
