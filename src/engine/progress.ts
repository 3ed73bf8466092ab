/** Progress of a simulation, as shown by the CLI's bar and the page's. */
export interface Progress {
  done: number;
  total: number;
  elapsedMs: number;
  /** Estimated time left, from the rate so far; null before the first run is done. */
  etaMs: number | null;
}

/** Progress after `done` of `total` runs in `elapsedMs`. */
export function progressOf(done: number, total: number, elapsedMs: number): Progress {
  return { done, total, elapsedMs, etaMs: done > 0 ? (elapsedMs / done) * (total - done) : null };
}
