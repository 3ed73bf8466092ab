/**
 * A notebook's simulation worker: runs [from, to) of a scenario with the engine's runRange and posts the
 * accumulators back as plain data. A scenario comes with its first chunk and is kept, with its engine context,
 * under its key.
 */
import { accumulatorSetToJSON, makeEngineContext, runRange, type EngineContext, type Scenario } from '../../src/index';

/**
 * A chunk of runs (`scenario` is null when this worker already holds the scenario under `key`), or word that a
 * scenario's runs are all done (no reply).
 */
export type SimRequest = { key: string; scenario: Scenario | null; from: number; to: number } | { forget: string };

/** The chunk's accumulators (accumulatorSetToJSON), or the message of the error that stopped it. */
export type SimReply = { result: unknown; error: null } | { result: null; error: string };

const known = new Map<string, { scenario: Scenario; ctx: EngineContext }>();

self.addEventListener('message', (ev: MessageEvent<SimRequest>) => {
  if ('forget' in ev.data) {
    known.delete(ev.data.forget);
    return;
  }
  const { key, scenario, from, to } = ev.data;
  let reply: SimReply;
  try {
    if (scenario) known.set(key, { scenario, ctx: makeEngineContext(scenario) });
    const entry = known.get(key);
    if (!entry) throw new Error(`a chunk of a scenario this worker was not given: ${key}`);
    reply = { result: accumulatorSetToJSON(runRange(entry.scenario, from, to, {}, entry.ctx)), error: null };
  } catch (e) {
    reply = { result: null, error: e instanceof Error ? e.message : String(e) };
  }
  self.postMessage(reply);
});
