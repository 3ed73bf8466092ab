import { processIo } from './io';
import { runCli } from './program';

/** Entry point used by bin/quansim.mjs. */
export async function main(argv: string[]): Promise<number> {
  return runCli(argv, processIo());
}
