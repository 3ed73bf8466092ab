/**
 * What the analysis commands share on the command line: one scheduler kept for the whole command (worker threads,
 * or the in-thread worker with --workers 1), a progress bar on stderr for each batch of runs (when stderr is a
 * terminal), Ctrl-C to cancel (runCli prints one line and exits 130), and user errors of option values turned into
 * usage errors (exit 2).
 */
import { onInterrupt } from './interrupt';
import type { Io } from './io';
import { progressBar } from './progressBar';
import { outputWords } from '../i18n/outputWords';
import { UsageError } from './program';
import { cores, nodeScheduler } from '../scheduler/node/nodeWorkers';
import { schedulerSimulator } from '../scheduler/schedulerSimulator';
import { userErrorsOf } from '../errors/UserError';
import type { Lang } from '../i18n/Bilingual';
import { userErrorText } from '../i18n/userErrorText';
import type { Simulator } from '../scheduler/Simulator';

/** A simulator for one command, and the name its progress bar shows. */
export interface CliSimulator {
  simulate: Simulator;
  /** Names the next batches of runs on the progress bar. */
  label: (text: string) => void;
}

/**
 * Runs `fn` with a simulator on the command's scheduler, then stops the workers. A Ctrl-C cancels: the batch in
 * progress rejects with SimulationCancelled, which goes up to runCli (one line, exit 130).
 */
export async function withCliSimulator(
  io: Io, workers: number | undefined, lang: Lang, fn: (sim: CliSimulator) => Promise<void>,
): Promise<void> {
  const abort = new AbortController();
  const scheduler = nodeScheduler(workers ?? cores(), io.spawnWorker ? { spawn: io.spawnWorker } : {});
  let bar: ReturnType<typeof progressBar> | null = null;
  const inner = schedulerSimulator(scheduler, { signal: abort.signal, onProgress: (p) => bar?.update(p) });
  let name = 'quansim';
  const simulate: Simulator = async (jobs) => {
    bar = progressBar(io, name, lang);
    try {
      return await inner(jobs);
    } finally {
      bar.stop();
      bar = null;
    }
  };
  const offInterrupt = onInterrupt(() => abort.abort());
  try {
    await fn({ simulate, label: (t) => (name = t) });
  } finally {
    offInterrupt();
    scheduler.terminate();
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
    throw new UsageError(`${flag ? `${flag}${outputWords.labelColon[lang]}` : ''}${errs.map((u) => userErrorText(u)[lang]).join(outputWords.listSemicolon[lang])}`);
  }
}
