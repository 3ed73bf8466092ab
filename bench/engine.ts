/**
 * `npm run bench`: the engine's throughput on this machine.
 *
 * For the default scenario and a plain one-voucher first-come-first-served scenario it reports applications per
 * second on one worker (in this thread) and on all cores (worker_threads), the ratio between them, the time of
 * 10,000 runs of the default scenario, and the peak resident memory. Figures are measured, never asserted.
 * Options: --runs N (runs per measurement, default 2000), --quick (fewer runs, for a smoke test).
 */
import { availableParallelism, cpus } from 'node:os';
import { simulate } from '../src/engine/node/simulate';
import { runRange } from '../src/engine/runRange';
import { loadScenarioFile } from '../src/scenario/loadScenarioFile';
import type { Scenario } from '../src/scenario/model';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const runsArg = args.indexOf('--runs');
const RUNS = runsArg >= 0 ? Number(args[runsArg + 1]) : quick ? 200 : 2000;

let peakRss = 0;
const sampler = setInterval(() => { peakRss = Math.max(peakRss, process.memoryUsage().rss); }, 20);

interface Measure { runs: number; apps: number; seconds: number }

function oneWorker(s: Scenario, runs: number): Measure {
  const scenario = { ...s, runs };
  runRange(scenario, 0, Math.min(runs, 50)); // warm up the JIT
  const t0 = performance.now();
  const acc = runRange(scenario, 0, runs);
  const seconds = (performance.now() - t0) / 1000;
  return { runs, apps: acc.applications, seconds };
}

async function allCores(s: Scenario, runs: number): Promise<Measure> {
  const scenario = { ...s, runs };
  const t0 = performance.now();
  const acc = await simulate(scenario, { workers: availableParallelism() });
  const seconds = (performance.now() - t0) / 1000;
  return { runs, apps: acc.applications, seconds };
}

const fmt = (x: number, d = 2): string => x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
const rate = (m: Measure): number => m.apps / m.seconds;

async function main(): Promise<void> {
  const cores = availableParallelism();
  console.log(`quansim engine benchmark — Node ${process.version}, ${cores} cores (${cpus()[0]?.model ?? 'unknown CPU'})`);
  console.log(`runs per measurement: ${RUNS}${quick ? ' (quick)' : ''}\n`);
  const rows: [string, string, string, string, string, string][] = [];
  for (const [name, file] of [['plain FCFS (bench/plain.yaml)', 'bench/plain.yaml'], ['default (scenarios/hangzhou-2024.yaml)', 'scenarios/hangzhou-2024.yaml']] as const) {
    const s = loadScenarioFile(file);
    const one = oneWorker(s, RUNS);
    const all = await allCores(s, RUNS);
    rows.push([name, fmt(one.apps / one.runs, 0), fmt(rate(one) / 1e6), fmt(rate(all) / 1e6), `${fmt(rate(all) / rate(one))}×`, fmt(one.seconds, 3)]);
  }
  const head = ['scenario', 'apps/run', 'M apps/s 1 worker', `M apps/s ${cores} workers`, 'speed-up', 's (1 worker)'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: readonly string[]): string => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(line(head));
  for (const r of rows) console.log(line(r));

  const big = quick ? 1000 : 10_000;
  const def = loadScenarioFile('scenarios/hangzhou-2024.yaml');
  const t = await allCores(def, big);
  console.log(`\n${big.toLocaleString('en-US')} runs of the default scenario on ${cores} workers: ${fmt(t.seconds, 3)} s (goal: under 3 s for 10,000)`);
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  console.log(`peak resident memory of the main thread (workers share the process): ${fmt(peakRss / 2 ** 20, 0)} MiB`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
