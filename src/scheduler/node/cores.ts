import { availableParallelism } from 'node:os';

/** The cores this process may use: the default, and the most, number of worker threads. No other imports: the CLI reads it at start-up. */
export function cores(): number {
  return Math.max(1, availableParallelism());
}
