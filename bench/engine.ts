/**
 * `npm run bench`: the engine's throughput and memory on this machine.
 *
 * For the plain one-voucher first-come-first-served scenario (bench/plain.yaml) and the default scenario it
 * reports applications per second
 *   - in this thread after a warm-up (the engine alone, no thread start-up or merging),
 *   - on one worker thread and on all cores, each measured the same way, end to end: workers started, runs
 *     simulated, results merged (what `quansim run --workers K` does),
 *   - on one worker thread between the progress reports at 10% and at 90% of the runs (its pace once started),
 * and the speed-up of all cores over one worker, end to end and between the 10% and the 90% of the runs (the
 * workers' pace once started, without start-up, JIT warm-up and merging); then the time of 10,000 runs of the
 * default scenario on all cores, and the peak resident memory of 100,000 runs of it. Figures are measured, never
 * asserted.
 *
 * Options: --runs N (runs per throughput measurement, default 2000), --quick (fewer runs, for a smoke test).
 */
import { availableParallelism, cpus } from 'node:os';
import { nodeScheduler, spawnNodeWorker } from '../src/scheduler/node/nodeWorkers';
import { simulateRuns } from '../src/scheduler/schedulerSimulator';
import { runRange } from '../src/engine/runRange';
import { loadScenarioFile } from '../src/scenario/loadScenarioFile';
import type { Scenario } from '../src/scenario/model';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const runsArg = args.indexOf('--runs');
const RUNS = runsArg >= 0 ? Number(args[runsArg + 1]) : quick ? 200 : 2000;
if (!(Number.isInteger(RUNS) && RUNS > 0)) {
  console.error(`--runs must be a positive whole number, not ${String(args[runsArg + 1])}`);
  process.exit(2);
}
const CORES = availableParallelism();
const BUILT_WORKER = new URL('../dist/node/worker.js', import.meta.url);

interface Measure {
  runs: number;
  apps: number;
  seconds: number;
  /** Applications per second between the progress reports at 10% and at 90% of the runs (workers only). */
  paceRate?: number;
}

/** In this thread, after a warm-up of the JIT: the engine's own speed. */
function inThread(s: Scenario, runs: number): Measure {
  const scenario = { ...s, runs };
  runRange(scenario, 0, Math.min(runs, 50));
  const t0 = performance.now();
  const acc = runRange(scenario, 0, runs);
  return { runs, apps: acc.applications, seconds: (performance.now() - t0) / 1000 };
}

/** On `workers` worker threads, end to end (start-up, runs, merge). */
async function onWorkers(s: Scenario, runs: number, workers: number): Promise<Measure> {
  const scenario = { ...s, runs };
  const t0 = performance.now();
  let at10: [number, number] | null = null;
  let at90: [number, number] | null = null;
  // the built worker (npm run bench builds it first), as the package runs it: no tsx loader in the workers
  const scheduler = nodeScheduler(workers, { spawn: () => spawnNodeWorker(BUILT_WORKER) });
  const acc = await simulateRuns(scheduler, scenario, {
    onProgress: (p) => {
      if (at10 === null && p.done >= runs * 0.1) at10 = [performance.now(), p.done];
      if (at90 === null && p.done >= runs * 0.9) at90 = [performance.now(), p.done];
    },
  }).finally(() => scheduler.terminate());
  const seconds = (performance.now() - t0) / 1000;
  const m: Measure = { runs, apps: acc.applications, seconds };
  const [a, b] = [at10 as [number, number] | null, at90 as [number, number] | null];
  if (a && b && b[1] > a[1] && b[0] > a[0]) m.paceRate = ((b[1] - a[1]) * (acc.applications / runs)) / ((b[0] - a[0]) / 1000);
  return m;
}

const fmt = (x: number, d = 2): string => x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
const rate = (m: Measure): number => m.apps / m.seconds;
/** Peak resident memory of this process so far (the workers are threads of it), in MiB. */
const peakMiB = (): number => process.resourceUsage().maxRSS / 1024;

async function main(): Promise<void> {
  console.log(`quansim engine benchmark — Node ${process.version}, ${CORES} cores (${cpus()[0]?.model ?? 'unknown CPU'})`);
  console.log(`runs per throughput measurement: ${RUNS}${quick ? ' (quick)' : ''}; M apps/s = million applications per second\n`);
  const rows: string[][] = [];
  for (const [name, file] of [['plain FCFS (bench/plain.yaml)', 'bench/plain.yaml'], ['default (scenarios/hangzhou-2024.yaml)', 'scenarios/hangzhou-2024.yaml']] as const) {
    const s = loadScenarioFile(file);
    const warm = inThread(s, RUNS);
    const one = await onWorkers(s, RUNS, 1);
    const all = await onWorkers(s, RUNS, CORES);
    const pace = one.paceRate !== undefined && all.paceRate !== undefined ? `${fmt(all.paceRate / one.paceRate)}×` : 'n/a';
    const onePace = one.paceRate !== undefined ? fmt(one.paceRate / 1e6) : 'n/a';
    rows.push([name, fmt(one.apps / one.runs, 0), fmt(rate(warm) / 1e6), fmt(rate(one) / 1e6), onePace, fmt(rate(all) / 1e6), `${fmt(rate(all) / rate(one))}×`, pace]);
  }
  const head = ['scenario', 'apps/run', 'M apps/s in thread', 'M apps/s 1 worker', '1 worker 10–90%', `M apps/s ${CORES} workers`, 'speed-up', 'speed-up 10–90%'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: readonly string[]): string => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(line(head));
  for (const r of rows) console.log(line(r));
  console.log('(in thread: after a warm-up, engine only, TypeScript through tsx; workers: the bundled engine, end to end, start-up and');
  console.log(' merge included; 10–90%: the pace between the progress reports at 10% and at 90% of the runs, without start-up and merge)');

  const def = loadScenarioFile('scenarios/hangzhou-2024.yaml');
  const big = quick ? 1000 : 10_000;
  const t = await onWorkers(def, big, CORES);
  console.log(`\n${big.toLocaleString('en-US')} runs of the default scenario on ${CORES} workers: ${fmt(t.seconds, 3)} s (goal: under 3 s for 10,000)`);
  const before = peakMiB();
  const huge = quick ? 5000 : 100_000;
  const h = await onWorkers(def, huge, CORES);
  console.log(`${huge.toLocaleString('en-US')} runs of the default scenario on ${CORES} workers: ${fmt(h.seconds, 1)} s`);
  console.log(`peak resident memory of the process, workers included: ${fmt(peakMiB(), 0)} MiB (${fmt(before, 0)} MiB before the ${huge.toLocaleString('en-US')} runs; goal: well under 1 GB for 100,000)`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
