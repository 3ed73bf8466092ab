/**
 * A Web Worker of the scheduler (the page's, the notebooks', the browser `simulate`'s): serves runs with the same
 * code as Node's worker threads (serveRuns.ts).
 */
import { makeRunServer } from './serveRuns';
import type { ToWorker } from './protocol';

const serve = makeRunServer((msg, transfer) => self.postMessage(msg, { transfer: transfer ?? [] }));
self.addEventListener('message', (ev: MessageEvent<ToWorker>) => serve(ev.data));
