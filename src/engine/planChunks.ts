/**
 * Splits runs [0, runs) into contiguous chunks for workers to take one at a time: about eight per worker, so a
 * slow worker does not hold up the end. Which worker runs which chunk never changes a result (see runRange).
 *
 * @example planChunks(10, 2) // [[0,1],[1,2],...] ten chunks of one run
 */
export function planChunks(runs: number, workers: number): [number, number][] {
  const size = Math.max(1, Math.ceil(runs / (Math.max(1, workers) * 8)));
  const chunks: [number, number][] = [];
  for (let from = 0; from < runs; from += size) chunks.push([from, Math.min(runs, from + size)]);
  return chunks;
}
