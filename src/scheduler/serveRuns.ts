/**
 * The worker side of the scheduler, the same code in every kind of worker (Node's worker_threads, the page's Web
 * Workers, the in-thread worker): it keeps each keyed scenario with its engine context, runs the chunks it is given
 * with runRange into one part per job (an accumulator is sized for all the runs it holds, so posting every chunk
 * would copy that many times over), hands a part over when collected, and merges and summarizes parts on request.
 * Errors are posted, user errors as data (they carry file, line and field), never thrown out of the worker.
 */
import { accumulatorSetToJSON, accumulatorTransferList, mergeAccumulatorData, type AccumulatorSet } from '../engine/accumulators';
import { makeEngineContext, type EngineContext } from '../fast/engine/EngineContext';
import { runRange } from '../engine/runRange';
import { userErrorsOf } from '../errors/UserError';
import { userErrorText } from '../i18n/userErrorText';
import type { Scenario } from '../scenario/model';
import type { FromWorker, ToWorker } from './protocol';

/** Progress is posted at most this often, so that messages do not slow the runs down. */
const PROGRESS_EVERY_MS = 50;

/** Posts a message to the scheduler; `transfer` lists buffers the worker hands over instead of copying. */
export type PostToScheduler = (msg: FromWorker, transfer?: ArrayBuffer[]) => void;

/**
 * A worker's message handler. Pass it every message the scheduler sends, in order.
 * @param now a clock in ms (performance.now by default)
 * @example parentPort.on('message', makeRunServer((m, t) => parentPort.postMessage(m, t)))
 */
export function makeRunServer(post: PostToScheduler, now: () => number = () => performance.now()): (msg: ToWorker) => void {
  const known = new Map<string, { scenario: Scenario; ctx: EngineContext; part: AccumulatorSet | null }>();
  const postError = (e: unknown): void => {
    const errs = userErrorsOf(e);
    post({
      type: 'error',
      message: e instanceof Error ? e.message : String(e),
      stack: e instanceof Error ? e.stack : undefined,
      userErrors: errs ? errs.map((u) => ({ code: u.code, text: userErrorText(u), where: u.where })) : null,
    });
  };
  return (msg) => {
    try {
      if (msg.type === 'scenario') {
        known.set(msg.key, { scenario: msg.scenario, ctx: makeEngineContext(msg.scenario), part: null });
      } else if (msg.type === 'collect') {
        const part = known.get(msg.key)?.part ?? null;
        known.delete(msg.key);
        const data = part ? accumulatorSetToJSON(part) : null;
        // the worker is done with this part: hand its buffers over instead of copying them
        post({ type: 'part', key: msg.key, part: data }, data ? accumulatorTransferList(data) : []);
      } else if (msg.type === 'summarize') {
        // loaded on first use: only the page's workers summarize, and the summaries' schemas (zod) and statistics
        // would otherwise add to every worker thread's start-up
        void import('../stats/summarize').then(({ summarize }) => {
          post({ type: 'summary', key: msg.key, summary: summarize(msg.scenario, mergeAccumulatorData(msg.parts).years) });
        }).catch((e: unknown) => postError(e));
      } else {
        const entry = known.get(msg.key);
        if (!entry) throw new Error(`chunk of unknown scenario ${msg.key}`);
        let reported = 0;
        let lastPost = now();
        entry.part = runRange(entry.scenario, msg.from, msg.to, {
          onRun: (done) => {
            const t = now();
            if (t - lastPost >= PROGRESS_EVERY_MS) {
              post({ type: 'progress', done: done - reported });
              reported = done;
              lastPost = t;
            }
          },
        }, entry.ctx, entry.part ?? undefined);
        post({ type: 'progress', done: msg.to - msg.from - reported });
        post({ type: 'chunk', key: msg.key, from: msg.from, to: msg.to });
      }
    } catch (e) {
      postError(e);
    }
  };
}
