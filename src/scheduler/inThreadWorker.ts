/**
 * A worker that runs in this thread: the scheduler's one worker when there is one (`--workers 1`, a page without Web
 * Workers). It serves the same messages with the same code as the real workers (serveRuns), and answers
 * asynchronously as they do. A chunk is run in slices of about SLICE_MS, giving the event loop a turn between slices,
 * so that Ctrl-C, a Cancel button or a timer is seen within a slice and `terminate` stops it there.
 */
import type { FromWorker, ToWorker } from './protocol';
import type { WorkerLike } from './Scheduler';
import { makeRunServer } from './serveRuns';

/** How long a slice of runs lasts before the event loop gets a turn (ms). */
const SLICE_MS = 50;

/** Lets the event loop run (signals, timers, messages), then resumes. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));
}

/**
 * @param now a clock in ms (tests pass their own)
 * @example new Scheduler(1, () => inThreadWorker())
 */
export function inThreadWorker(now: () => number = () => performance.now()): WorkerLike {
  const onMessage: ((ev: { data: FromWorker }) => void)[] = [];
  const queue: ToWorker[] = [];
  let terminated = false;
  let failed = false;
  let pumping = false;
  /** True while a slice of a chunk runs: its own "chunk done" is held back until the whole chunk is. */
  let inSlice = false;
  const emit = (msg: FromWorker): void => {
    if (terminated) return;
    for (const f of onMessage) f({ data: msg });
  };
  const serve = makeRunServer((msg) => {
    if (msg.type === 'error') failed = true;
    if (msg.type === 'chunk' && inSlice) return;
    emit(msg);
  }, now);

  const runSliced = async (msg: Extract<ToWorker, { type: 'chunk' }>): Promise<void> => {
    let at = msg.from;
    let size = 1;
    while (at < msg.to) {
      const end = Math.min(msg.to, at + size);
      const t0 = now();
      inSlice = true;
      try {
        serve({ type: 'chunk', key: msg.key, from: at, to: end });
      } finally {
        inSlice = false;
      }
      if (failed || terminated) return;
      const took = now() - t0;
      // aim each slice at SLICE_MS: double while well under, halve when over
      size = took < SLICE_MS / 2 ? size * 2 : took > SLICE_MS ? Math.max(1, Math.floor(size / 2)) : size;
      at = end;
      await yieldToEventLoop();
      if (terminated) return;
    }
    emit({ type: 'chunk', key: msg.key, from: msg.from, to: msg.to });
  };

  const pump = async (): Promise<void> => {
    if (pumping) return;
    pumping = true;
    try {
      await yieldToEventLoop(); // answer after postMessage returns, as a real worker does
      while (queue.length > 0 && !terminated) {
        const msg = queue.shift()!;
        if (msg.type === 'chunk') await runSliced(msg);
        else serve(msg);
      }
    } finally {
      pumping = false;
    }
  };

  return {
    postMessage(msg: ToWorker): void {
      if (terminated) return;
      queue.push(msg);
      void pump();
    },
    addEventListener(type: 'message' | 'error', fn: never): void {
      // an in-thread worker has no faults of its own: an error in a chunk is posted as a message
      if (type === 'message') onMessage.push(fn);
    },
    terminate(): void {
      terminated = true;
      queue.length = 0;
    },
  };
}
