import type { WorkerLike } from '../scheduler/Scheduler';
/** What the CLI writes to and reads from, passed in so tests can run commands in-process. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** True when stderr is a terminal (progress bars are drawn only then). */
  errIsTTY: boolean;
  cwd: string;
  /** The environment the language defaults from (LC_ALL, LC_MESSAGES, LANG); absent in tests: English. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Starts a simulation worker (tests pass workers that fail on purpose); worker threads by default. */
  spawnWorker?: () => WorkerLike;
}

/** The real process's Io. */
export function processIo(): Io {
  return {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    errIsTTY: Boolean(process.stderr.isTTY),
    cwd: process.cwd(),
    env: process.env,
  };
}

/** An Io that records what was written, for tests. */
export function memoryIo(cwd = process.cwd()): Io & { stdout: () => string; stderr: () => string } {
  let o = '';
  let e = '';
  return {
    out: (t) => { o += t; },
    err: (t) => { e += t; },
    errIsTTY: false,
    cwd,
    stdout: () => o,
    stderr: () => e,
  };
}
