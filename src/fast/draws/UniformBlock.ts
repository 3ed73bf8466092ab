import { aleaFill, aleaStateOf, type AleaState } from '../../random/alea';
import type { Rng } from '../../random/Rng';

/** Draws made at a time from an Alea stream. */
const SIZE = 255;

/**
 * A reader of an Rng's draws, in order, for hot loops: `next()` (or reading `u` from `pos` to `len`, see
 * `refill`) gives exactly the numbers that successive `rng()` calls would give. From a stream made by `makeStream`
 * (Alea) it fills blocks of draws at once (`aleaFill`, no call per draw: docs/performance.md, UniformBlock.ts), and
 * `finish()` moves the stream back to just after the last draw
 * read, so that a caller's stream ends where one call per draw would have left it. Any other Rng is read one call
 * per draw. Reusable: `start` binds it to a new Rng.
 *
 * @example
 * const b = new UniformBlock();
 * b.start(rng);
 * const u = b.next(); // = what rng() would have given
 * b.finish(); // rng() continues after u
 */
export class UniformBlock {
  /** The draws read ahead; `pos` is the next to give, `len` how many are filled. */
  u = new Float64Array(SIZE);
  pos = 0;
  len = 0;
  /** `next` as an Rng, for samplers that take one. */
  readonly rng: Rng = () => this.next();
  private src: Rng = noRng;
  private alea: AleaState | null = null;
  private snap: AleaState = { s0: 0, s1: 0, s2: 0, c: 0 };

  /** Starts reading `rng` (forgetting any draws read ahead from a previous Rng: call `finish` first). */
  start(rng: Rng): void {
    this.src = rng;
    this.alea = aleaStateOf(rng) ?? null;
    this.pos = 0;
    this.len = 0;
  }

  /** The next draw of the Rng. */
  next(): number {
    // No value comes back from refill: every draw is read from `u` (docs/performance.md, UniformBlock.ts).
    if (this.pos >= this.len) this.refill();
    return this.u[this.pos++]!;
  }

  /**
   * Gives the next `n` draws at once in `out[0…n−1]` (those read ahead first, then straight from the stream with
   * `aleaFill`, not through the block) and leaves the block empty with the stream just after them. For a caller
   * that knows how many draws its remaining passes take: one fill instead of a refill check per draw, and passes
   * that read several stretches of the stream at once (each from its own offset in `out`).
   *
   * @param out receives the draws (length at least n)
   * @param n how many
   * @example b.take(tail, 3); // tail[0..2] = the next three draws; b.next() would give the fourth
   */
  take(out: Float64Array, n: number): void {
    const ahead = Math.min(n, this.len - this.pos);
    for (let i = 0; i < ahead; i++) out[i] = this.u[this.pos + i]!;
    this.pos += ahead;
    const st = this.alea;
    if (this.pos < this.len) {
      // n fits in what was read ahead: the block keeps the rest
    } else if (st !== null) {
      if (n > ahead) aleaFill(st, ahead === 0 ? out : out.subarray(ahead), n - ahead);
      // the stream is now just after the last draw given: nothing for finish() to step back over
      this.pos = 0;
      this.len = 0;
    } else {
      for (let i = ahead; i < n; i++) out[i] = this.src();
      this.pos = 0;
      this.len = 0;
    }
  }

  /** Moves the Rng back to just after the last draw given and stops reading it. */
  finish(): void {
    const st = this.alea;
    if (st !== null && this.pos < this.len) {
      st.s0 = this.snap.s0;
      st.s1 = this.snap.s1;
      st.s2 = this.snap.s2;
      st.c = this.snap.c;
      // step again over the draws given, the fast way (the block's draws are no longer needed)
      aleaFill(st, this.u, this.pos);
    }
    this.src = noRng;
    this.alea = null;
    this.pos = 0;
    this.len = 0;
  }

  /**
   * Replaces the draws (all given: call it when `pos === len`) with the next ones: afterwards `pos` is 0 and `len`
   * at least 1. Hot loops that keep the position in a local variable read `u[pos++]` themselves, call this when
   * the local position reaches `len`, and store their position back in `pos` before anything else reads the block.
   */
  refill(): void {
    const st = this.alea;
    if (st !== null) {
      this.snap.s0 = st.s0;
      this.snap.s1 = st.s1;
      this.snap.s2 = st.s2;
      this.snap.c = st.c;
      aleaFill(st, this.u, SIZE);
      this.len = SIZE;
    } else {
      this.u[0] = this.src();
      this.len = 1;
    }
    this.pos = 0;
  }
}

function noRng(): number {
  throw new Error('UniformBlock: next() before start()');
}
