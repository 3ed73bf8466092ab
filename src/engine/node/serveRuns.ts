import { parentPort } from 'node:worker_threads';
import type { Scenario } from '../../scenario/model';
import { makeEngineContext, type EngineContext } from '../EngineContext';
import { runRange } from '../runRange';
import { accumulatorSetToJSON, accumulatorTransferList, type AccumulatorSet } from '../accumulators';

/** Messages from the main thread to a worker. */
export type ToWorker =
  | { type: 'scenario'; scenario: Scenario }
  | { type: 'chunk'; from: number; to: number }
  | { type: 'finish' };
/** Messages from a worker to the main thread. */
export type FromWorker =
  | { type: 'progress'; done: number }
  | { type: 'chunk'; from: number; to: number }
  | { type: 'result'; result: unknown }
  | { type: 'error'; message: string; stack?: string };

/**
 * The worker side: receive the scenario once, run each chunk it is given into ONE set of accumulators (so the main
 * thread merges one set per worker, not one per chunk), and post that set when told to finish.
 */
export function serveRuns(): void {
  const port = parentPort;
  if (!port) throw new Error('serveRuns must run in a worker thread');
  let scenario: Scenario | null = null;
  let ctx: EngineContext | null = null;
  let acc: AccumulatorSet | undefined;
  port.on('message', (msg: ToWorker) => {
    try {
      if (msg.type === 'scenario') {
        scenario = msg.scenario;
        ctx = makeEngineContext(scenario);
        acc = undefined;
      } else if (msg.type === 'chunk') {
        if (!scenario || !ctx) throw new Error('chunk before scenario');
        let last = 0;
        acc = runRange(scenario, msg.from, msg.to, {
          onRun: (done) => {
            if (done - last >= 16) {
              port.postMessage({ type: 'progress', done: done - last } satisfies FromWorker);
              last = done;
            }
          },
        }, ctx, acc);
        port.postMessage({ type: 'progress', done: msg.to - msg.from - last } satisfies FromWorker);
        port.postMessage({ type: 'chunk', from: msg.from, to: msg.to } satisfies FromWorker);
      } else {
        const result = acc ? accumulatorSetToJSON(acc) : null;
        // the worker is done with its accumulators: hand their buffers over instead of copying them
        port.postMessage({ type: 'result', result } satisfies FromWorker, result ? accumulatorTransferList(result) : []);
        acc = undefined;
      }
    } catch (e) {
      const err = e as Error;
      port.postMessage({ type: 'error', message: err.message, stack: err.stack } satisfies FromWorker);
    }
  });
}
