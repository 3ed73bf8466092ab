/**
 * Side-by-side charts share their scales: two scenarios with different pools (2.5亿元 and 1亿元), each chart kind
 * built for each, then shareScales. The truth is what Vega itself computes: both specs are compiled and run
 * headless, and every x/y scale of one view has the same domain as the same scale of the other (before sharing,
 * the y scales of the exhaustion bands differ: the pools are drawn as lines).
 */
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  budgetExhaustion, capShareByTier, exhaustionDate, grantPerFirmByTier, shareOfPoolByTier, subsidyRateByGroup, unmetDemand, whoPays,
} from '../../src/charts';
import { shareScales } from '../../src/charts/shareScales';
import { memoryIo } from '../../src/cli/io';
import { runCli } from '../../src/cli/program';
import type { Summary } from '../../src/stats/Summary';

async function summaryOf(args: string[]): Promise<Summary> {
  const io = memoryIo();
  expect(await runCli(['run', '--runs', '80', '--workers', '1', '--format', 'json', ...args], io), io.stderr()).toBe(0);
  return JSON.parse(io.stdout()) as Summary;
}

/** The domain of every positional scale of a spec as Vega computes it, by scale name. */
async function domains(spec: TopLevelSpec): Promise<Map<string, unknown[]>> {
  const vg = compile(spec).spec;
  const view = new vega.View(vega.parse(vg), { renderer: 'none' });
  await view.runAsync();
  const out = new Map<string, unknown[]>();
  const names = (vg.scales ?? []).map((s) => s.name).filter((n) => /(^|_)(x|y)$/.test(n));
  for (const n of names) out.set(n, (view.scale(n) as { domain(): unknown[] }).domain().map((v) => (v instanceof Date ? v.getTime() : v)));
  view.finalize();
  return out;
}

let a: Summary;
let b: Summary;
beforeAll(async () => {
  a = await summaryOf([]);
  b = await summaryOf(['--pool', '1亿元']);
}, 60_000);

describe('shareScales', () => {
  const kinds = { budgetExhaustion, exhaustionDate, grantPerFirmByTier, shareOfPoolByTier, capShareByTier, subsidyRateByGroup, unmetDemand, whoPays };

  it('gives side-by-side charts of every kind the same x and y domains, as Vega computes them', async () => {
    for (const [name, build] of Object.entries(kinds)) {
      const specs = [build(a, 'zh', { year: 2025, width: 400 }), build(b, 'zh', { year: 2025, width: 400 })];
      const shared = shareScales(specs);
      const [da, db] = [await domains(shared[0]!), await domains(shared[1]!)];
      expect([...da.keys()], name).toEqual([...db.keys()]);
      for (const [scale, d] of da) {
        // nominal scales (tiers, levels) list the same categories in both; quantitative and time ones now agree
        expect(db.get(scale), `${name} ${scale}`).toEqual(d);
      }
      // the inputs are not changed
      expect(specs[0]).toEqual(build(a, 'zh', { year: 2025, width: 400 }));
    }
  });

  it('changes what differed: the y scale of the exhaustion bands reaches the larger pool in both', async () => {
    const specs = [budgetExhaustion(a, 'en', { year: 2025 }), budgetExhaustion(b, 'en', { year: 2025 })];
    const before = [await domains(specs[0]!), await domains(specs[1]!)];
    const ys = (m: Map<string, unknown[]>) => [...m.entries()].filter(([n]) => n.endsWith('y')).map(([, d]) => d);
    expect(ys(before[0]!)).not.toEqual(ys(before[1]!));
    const after = await domains(shareScales(specs)[1]!);
    // the larger pool, as the first chart draws it (its pool line), lies inside the second chart's y domain now
    const pools = ((specs[0] as { data: { values: { pool?: number | null }[] } }).data.values).map((r) => r.pool ?? 0);
    const largest = Math.max(...pools);
    expect(largest).toBeGreaterThan(Math.max(...((specs[1] as { data: { values: { pool?: number | null }[] } }).data.values).map((r) => r.pool ?? 0)));
    for (const d of ys(after)) expect(Number(d[1])).toBeGreaterThanOrEqual(largest);
  });
});
