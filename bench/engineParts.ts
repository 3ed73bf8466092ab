/**
 * Where one run's time goes, per application: the run's random streams, the population sampler, the rules
 * (`evaluate` alone), runYear without sampling (rules and booking; also with its fast path turned off, every
 * application through `evaluate`), and the per-run accumulation (src/stats).
 * Times are CPU time of this process (other work on the machine does not inflate them), the minimum over
 * repetitions, each measured in a function so that V8 optimises it as it does the engine.
 *
 *   npx tsx bench/engineParts.ts [scenario.yaml ...] [--runs N] [--reps R]
 *
 * Default scenarios: bench/plain.yaml and scenarios/hangzhou-2024.yaml.
 */
import { makeEngineContext, type EngineContext } from '../src/fast/engine/EngineContext';
import { makeAccumulators } from '../src/engine/accumulators';
import { runYear } from '../src/fast/engine/runYear';
import { loadApp } from '../src/fast/engine/fcfs';
import { POOL_IGNORE, evaluate } from '../src/policy/evaluate';
import { makeStream } from '../src/random/makeStream';
import { loadScenarioFile } from '../src/scenario/loadScenarioFile';
import type { Scenario } from '../src/scenario/model';

const args = process.argv.slice(2);
const opt = (name: string, d: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : d;
};
const files = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1]!.startsWith('--')));
const REPS = opt('--reps', 7);

/** CPU time of this process in ns (user + system). */
function cpuNs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) * 1000;
}

/** Minimum over REPS repetitions of `f()`'s CPU time, in ns. */
function minNs(f: () => void): number {
  f(); // warm-up
  let best = Infinity;
  for (let r = 0; r < REPS; r++) {
    const t = cpuNs();
    f();
    best = Math.min(best, cpuNs() - t);
  }
  return best;
}

function streams(s: Scenario, runs: number): void {
  let x = 0;
  for (let run = 0; run < runs; run++) {
    x += makeStream(s.seed, run, s.years[0]!)();
    x += makeStream(s.seed, run, s.years[0]!, 'alloc')();
  }
  if (x < 0) console.log(x);
}

function sample(ctx: EngineContext, runs: number): number {
  const plan = ctx.years[0]!;
  let apps = 0;
  for (let run = 0; run < runs; run++) {
    plan.sampler.sample(makeStream(ctx.scenario.seed, run, plan.year), ctx.pop);
    apps += ctx.pop.appCount;
  }
  return apps;
}

/** `evaluate` with unlimited pools over the applications of the population in ctx.pop, `times` times. */
function evaluateAll(ctx: EngineContext, times: number): void {
  const { c, app, outReq, pop } = ctx;
  const nS = ctx.nS;
  const received = new Float64Array(pop.firmCount * nS);
  for (let t = 0; t < times; t++) {
    for (let a = 0, n = pop.appCount; a < n; a++) {
      const firm = loadApp(ctx, a);
      evaluate(c, app, received, firm * nS, null, POOL_IGNORE, outReq);
    }
  }
}

/** runYear on the population already in ctx.pop (sampling replaced by a no-op), `times` times. */
function engineOnly(ctx: EngineContext, times: number): void {
  for (let t = 0; t < times; t++) runYear(ctx, 0, makeStream('unused', t), makeStream('unused', t, 'alloc'));
}

function full(s: Scenario, ctx: EngineContext, runs: number): void {
  const plan = ctx.years[0]!;
  for (let run = 0; run < runs; run++) runYear(ctx, 0, makeStream(s.seed, run, plan.year), makeStream(s.seed, run, plan.year, 'alloc'));
}

/** Accumulator.add of run 0's record, `runs` times (as many rows as the runs), into fresh accumulators. */
function accumulate(s: Scenario, ctx: EngineContext, runs: number): () => void {
  const plan = ctx.years[0]!;
  const rec = runYear(ctx, 0, makeStream(s.seed, 0, plan.year), makeStream(s.seed, 0, plan.year, 'alloc'));
  return () => {
    const acc = makeAccumulators(s, ctx).years[0]!;
    for (let run = 0; run < runs; run++) acc.add(run, rec);
  };
}

function measure(file: string): void {
  const s0 = loadScenarioFile(file);
  const ctx = makeEngineContext(s0);
  // about 2 M applications per repetition
  const probe = sample(ctx, 5) / 5;
  const runs = opt('--runs', Math.max(20, Math.round(2e6 / probe)));
  const s: Scenario = { ...s0, runs };
  const apps = sample(ctx, runs);
  const perApp = (ns: number): string => (ns / apps).toFixed(1).padStart(7);

  const tStreams = minNs(() => streams(s, runs));
  const tSample = minNs(() => sample(ctx, runs));
  const tFull = minNs(() => full(s, ctx, runs));
  const tAcc = minNs(accumulate(s, ctx, runs));

  // Rules and booking on one fixed population (sampled once), repeated as many times as there were runs.
  const ctx2 = makeEngineContext(s);
  const plan = ctx2.years[0]!;
  plan.sampler.sample(makeStream(s.seed, 0, plan.year), ctx2.pop);
  const n0 = ctx2.pop.appCount;
  const times = Math.max(1, Math.round(apps / n0));
  plan.sampler = { ...plan.sampler, sample: () => undefined };
  const tEval = minNs(() => evaluateAll(ctx2, times)) * (apps / (n0 * times));
  const tEngine = minNs(() => engineOnly(ctx2, times)) * (apps / (n0 * times));
  // the same with every application through evaluate (runYear's general path), for comparison
  ctx2.generalOnly = true;
  const tGeneral = minNs(() => engineOnly(ctx2, times)) * (apps / (n0 * times));
  ctx2.generalOnly = false;

  console.log(`\n${file}: ${runs} runs, ${(apps / runs).toFixed(0)} applications a run; ns per application (CPU, min of ${REPS})`);
  console.log(`  streams (2 per run)          ${perApp(tStreams)}`);
  console.log(`  sampling (population)        ${perApp(tSample)}`);
  console.log(`  evaluate (rules, alone)      ${perApp(tEval)}`);
  console.log(`  runYear without sampling     ${perApp(tEngine)}   (general path only: ${perApp(tGeneral).trim()})`);
  console.log(`  per-run accumulation         ${perApp(tAcc)}   (${(tAcc / runs / 1000).toFixed(1)} µs a run)`);
  console.log(`  whole run-year + accumulate  ${perApp(tFull + tAcc)}   → ${(apps / (tFull + tAcc) * 1e3).toFixed(2)} M applications/s`);
}

function main(): void {
  for (const f of files.length > 0 ? files : ['bench/plain.yaml', 'scenarios/hangzhou-2024.yaml']) measure(f);
}

main();
