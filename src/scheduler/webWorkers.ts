/**
 * The scheduler's browser adapter: Web Workers running webWorkerMain.ts (serveRuns). A Web Worker already has the
 * shape the scheduler needs (WorkerLike); an uncaught error in it (outside a message) arrives as an ErrorEvent.
 */
import type { WorkerLike } from './Scheduler';

/** Starts one simulation Web Worker (bundled by Vite from webWorkerMain.ts). */
export function spawnWebWorker(): WorkerLike {
  const w = new Worker(new URL('./webWorkerMain.ts', import.meta.url), { type: 'module' });
  return {
    postMessage: (msg) => w.postMessage(msg),
    addEventListener: ((type: 'message' | 'error', fn: (ev: { data?: unknown; message?: string }) => void) => {
      if (type === 'message') w.addEventListener('message', (ev) => fn({ data: ev.data as unknown }));
      else {
        w.addEventListener('error', (ev) => {
          ev.preventDefault();
          fn({ message: ev.message || 'the simulation worker failed to start or stopped' });
        });
        w.addEventListener('messageerror', () => fn({ message: 'a message from the simulation worker could not be read' }));
      }
    }) as WorkerLike['addEventListener'],
    terminate: () => w.terminate(),
  };
}

/** Workers to use in a browser: the logical cores the browser reports (at least 1). */
export function browserCores(): number {
  return Math.max(1, (typeof navigator !== 'undefined' ? navigator.hardwareConcurrency : 0) || 1);
}
