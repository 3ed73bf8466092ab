/** A worker_threads worker of the scheduler: serves runs with the same code as the page's Web Workers (serveRuns.ts). */
import { parentPort } from 'node:worker_threads';
import type { ToWorker } from '../protocol';
import { makeRunServer } from '../serveRuns';

const port = parentPort;
if (!port) throw new Error('workerMain must run in a worker thread');
const serve = makeRunServer((msg, transfer) => port.postMessage(msg, transfer ?? []));
port.on('message', (msg: ToWorker) => serve(msg));
