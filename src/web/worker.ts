/**
 * A simulation worker of the page: the same runRange as the CLI's worker_threads, in a Web Worker. It merges the
 * chunks it runs into one part per job and posts it when collected (an accumulator is sized for all the runs of
 * the scenario, so posting every chunk would copy that many times over). Cancelling terminates the worker, so
 * there is no stop message. See workerProtocol.ts.
 */
import { accumulatorSetToJSON, mergeAccumulatorSets, type AccumulatorSet } from '../engine/accumulators';
import { makeEngineContext, type EngineContext } from '../engine/EngineContext';
import { runRange } from '../engine/runRange';
import { userErrorsOf } from '../errors/UserError';
import type { Scenario } from '../scenario/model';
import { summarizeParts } from './summarizeParts';
import type { FromWorker, ToWorker } from './workerProtocol';

/** Progress is posted at most this often, so that messages do not slow the runs down. */
const PROGRESS_EVERY_MS = 50;

const known = new Map<string, { scenario: Scenario; ctx: EngineContext; part: AccumulatorSet | null }>();

function post(msg: FromWorker): void {
  self.postMessage(msg);
}

self.addEventListener('message', (ev: MessageEvent<ToWorker>) => {
  const msg = ev.data;
  try {
    if (msg.type === 'scenario') {
      known.set(msg.key, { scenario: msg.scenario, ctx: makeEngineContext(msg.scenario), part: null });
      return;
    }
    if (msg.type === 'collect') {
      const part = known.get(msg.key)?.part ?? null;
      known.delete(msg.key);
      post({ type: 'part', key: msg.key, part: part ? accumulatorSetToJSON(part) : null });
      return;
    }
    if (msg.type === 'summarize') {
      post({ type: 'summary', key: msg.key, summary: summarizeParts(msg.scenario, msg.parts) });
      return;
    }
    const entry = known.get(msg.key);
    if (!entry) throw new Error(`chunk of unknown scenario ${msg.key}`);
    let reported = 0;
    let lastPost = performance.now();
    const result = runRange(entry.scenario, msg.from, msg.to, {
      onRun: (done) => {
        const now = performance.now();
        if (now - lastPost >= PROGRESS_EVERY_MS) {
          post({ type: 'progress', done: done - reported });
          reported = done;
          lastPost = now;
        }
      },
    }, entry.ctx);
    entry.part = entry.part ? mergeAccumulatorSets([entry.part, result]) : result;
    post({ type: 'progress', done: msg.to - msg.from - reported });
    post({ type: 'chunk', key: msg.key, from: msg.from, to: msg.to });
  } catch (e) {
    const errs = userErrorsOf(e);
    post({
      type: 'error',
      message: e instanceof Error ? e.message : String(e),
      userErrors: errs ? errs.map((u) => ({ code: u.code, text: u.text, where: u.where })) : null,
    });
  }
});
