/**
 * What the analysis commands share on the command line: a worker-thread simulator kept for the whole command,
 * a progress bar on stderr for each batch of runs (when stderr is a terminal), Ctrl-C to cancel, and user
 * errors of option values turned into usage errors (exit 2).
 */
import type { Io } from '../cli/io';
import { progressBar } from '../cli/progressBar';
import { UsageError } from '../cli/program';
import { SimulationCancelled } from '../engine/node/simulate';
import { progressOf } from '../engine/progress';
import { userErrorsOf } from '../errors/UserError';
import type { Lang } from '../i18n/Bilingual';
import type { Simulator } from './Simulator';
import { makeWorkerSimulator } from './workerSimulator.node.js';

/** A simulator for one command, and the name its progress bar shows. */
export interface CliSimulator {
  simulate: Simulator;
  /** Names the next batches of runs on the progress bar. */
  label: (text: string) => void;
}

/**
 * Runs `fn` with a worker-thread simulator, then stops the workers. A Ctrl-C cancels: the message goes to stderr
 * and the command ends with exit code 130.
 */
export async function withCliSimulator(io: Io, workers: number | undefined, fn: (sim: CliSimulator) => Promise<void>): Promise<void> {
  const abort = new AbortController();
  let bar: ReturnType<typeof progressBar> | null = null;
  let started = 0;
  const inner = makeWorkerSimulator({
    workers,
    signal: abort.signal,
    onRuns: (done, total) => bar?.update(progressOf(done, total, Date.now() - started)),
  });
  let name = 'quansim';
  const simulate: Simulator = async (jobs) => {
    bar = progressBar(io, name);
    started = Date.now();
    try {
      return await inner.simulate(jobs);
    } finally {
      bar.stop();
      bar = null;
    }
  };
  const onSigint = (): void => abort.abort();
  process.once('SIGINT', onSigint);
  try {
    await fn({ simulate, label: (t) => (name = t) });
  } catch (e) {
    if (!(e instanceof SimulationCancelled)) throw e;
    io.err('quansim: cancelled\n');
    process.exitCode = 130;
  } finally {
    process.removeListener('SIGINT', onSigint);
    await inner.close();
  }
}

/**
 * Calls a parser of an option's value; a user error it throws becomes a usage error (exit 2) in `lang`.
 * @example asUsage(() => parseTarget(opts.target), 'en')
 */
export function asUsage<T>(parse: () => T, lang: Lang, flag?: string): T {
  try {
    return parse();
  } catch (e) {
    const errs = userErrorsOf(e);
    if (!errs) throw e;
    throw new UsageError(`${flag ? `${flag}: ` : ''}${errs.map((u) => u.text[lang]).join('; ')}`);
  }
}
