import { parentPort } from 'node:worker_threads';
import type { Scenario } from '../../scenario/model';
import { makeEngineContext, type EngineContext } from '../EngineContext';
import { runRange } from '../runRange';
import { accumulatorSetToJSON } from '../accumulators';

/** Messages from the main thread to a worker. */
export type ToWorker = { type: 'scenario'; scenario: Scenario } | { type: 'chunk'; from: number; to: number } | { type: 'close' };
/** Messages from a worker to the main thread. */
export type FromWorker =
  | { type: 'progress'; done: number }
  | { type: 'chunk'; from: number; to: number; result: unknown }
  | { type: 'error'; message: string; stack?: string };

/** The worker side: receive the scenario once, then run each chunk it is given and post its accumulators. */
export function serveRuns(): void {
  const port = parentPort;
  if (!port) throw new Error('serveRuns must run in a worker thread');
  let scenario: Scenario | null = null;
  let ctx: EngineContext | null = null;
  port.on('message', (msg: ToWorker) => {
    try {
      if (msg.type === 'scenario') {
        scenario = msg.scenario;
        ctx = makeEngineContext(scenario);
      } else if (msg.type === 'chunk') {
        if (!scenario || !ctx) throw new Error('chunk before scenario');
        let last = 0;
        const result = runRange(scenario, msg.from, msg.to, {
          onRun: (done) => {
            if (done - last >= 16) {
              port.postMessage({ type: 'progress', done: done - last } satisfies FromWorker);
              last = done;
            }
          },
        }, ctx);
        port.postMessage({ type: 'progress', done: msg.to - msg.from - last } satisfies FromWorker);
        port.postMessage({ type: 'chunk', from: msg.from, to: msg.to, result: accumulatorSetToJSON(result) } satisfies FromWorker);
      } else {
        port.close();
      }
    } catch (e) {
      const err = e as Error;
      port.postMessage({ type: 'error', message: err.message, stack: err.stack } satisfies FromWorker);
    }
  });
}
