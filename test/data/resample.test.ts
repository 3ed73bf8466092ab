import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseApplications } from '../../src/data/parseApplications';
import { resamplePopulation } from '../../src/data/resamplePopulation';
import { simulateAcc as simulate } from '../helpers/simulateAcc';
import { makePopulationBuffers } from '../../src/fast/sampler/PopulationBuffers';
import { makePopulationSampler } from '../../src/fast/sampler/makePopulationSampler';
import { makeStream } from '../../src/random/makeStream';
import { loadScenarioFile } from '../../src/scenario/loadScenarioFile';
import { summarize } from '../../src/stats/summarize';
import { yearStart } from '../../src/time/day';

const rows = parseApplications(readFileSync('data/synthetic/applications.csv', 'utf8'), 'applications.csv');
const model = resamplePopulation(rows, ['applications.csv']);
const templates = model.resample.templates;

describe('resampling whole firms', () => {
  it('keeps one template per firm-year of the data, and fits the applicant count (Poisson, mean of the yearly counts)', () => {
    const firmYears = new Set(rows.map((r) => `${r.year}:${r.firm}`));
    expect(templates).toHaveLength(firmYears.size);
    expect(templates.reduce((s, t) => s + t.apps.length, 0)).toBe(rows.length);
    expect(model.resample.firms).toEqual({ law: 'poisson', mean: firmYears.size / 4 });
  });

  it('draws every firm as a past firm-year with all its applications, sorted by day, from the rng alone', () => {
    const sampler = makePopulationSampler(model, { year: 2025, districts: ['shangcheng'] });
    const a = makePopulationBuffers();
    const b = makePopulationBuffers();
    sampler.sample(makeStream(9, 1), a);
    sampler.sample(makeStream(9, 1), b);
    expect(Array.from(b.appContractFen.subarray(0, b.appCount))).toEqual(Array.from(a.appContractFen.subarray(0, a.appCount)));
    expect(a.appWritten).toBe(a.appCount);
    // Each firm's applications, as a multiset of (day, voucher, contract), are those of some template.
    const start = yearStart(2025);
    const key = (month: number, day: number, v: number, fen: number): string => `${Date.UTC(2025, month - 1, month === 2 && day === 29 ? 28 : day)}|${v}|${fen}`;
    const templateKeys = new Set(templates.map((t) => t.apps.map((x) => key(x.month, x.day, x.voucher, x.contractFen)).sort().join(';')));
    const byFirm = new Map<number, string[]>();
    for (let i = 0; i < a.appCount; i++) {
      if (i > 0) expect(a.appDay[i]!).toBeGreaterThanOrEqual(a.appDay[i - 1]!);
      const d = new Date((a.appDay[i]! - start) * 86_400_000 + Date.UTC(2025, 0, 1));
      const k = key(d.getUTCMonth() + 1, d.getUTCDate(), a.appVoucher[i]!, a.appContractFen[i]!);
      byFirm.set(a.appFirm[i]!, [...(byFirm.get(a.appFirm[i]!) ?? []), k]);
    }
    expect(byFirm.size).toBe(a.firmCount);
    for (const ks of byFirm.values()) expect(templateKeys.has(ks.sort().join(';'))).toBe(true);
  });

  it('gives the data\'s mean applications a year (seeded check: 400 draws, within 4 standard errors)', () => {
    const sampler = makePopulationSampler(model, { year: 2025, districts: [] });
    const out = makePopulationBuffers();
    const counts: number[] = [];
    for (let r = 0; r < 400; r++) {
      sampler.sample(makeStream('resample-test', r), out);
      counts.push(out.appCount);
    }
    const mean = counts.reduce((x, y) => x + y, 0) / counts.length;
    const sd = Math.sqrt(counts.reduce((x, y) => x + (y - mean) ** 2, 0) / (counts.length - 1));
    const expected = rows.length / 4; // 4 years of data
    expect(sampler.expectedApplications).toBeCloseTo(expected, 9);
    expect(Math.abs(mean - expected)).toBeLessThan((4 * sd) / Math.sqrt(counts.length));
  });

  it('runs a scenario from a resample file whose contract demand is the data\'s yearly demand', async () => {
    const scenario = { ...loadScenarioFile('data/synthetic/scenario-resampled.yaml'), runs: 300 };
    expect(scenario.population.resample?.templates.length).toBe(templates.length);
    const acc = await simulate(scenario, { workers: 1 });
    const year = summarize(scenario, acc.years).years[0]!;
    const simulated = year.groups.voucher.reduce((s, g) => s + g.contract.mean.fen, 0);
    const byYear = [2021, 2022, 2023, 2024].map((y) => rows.filter((r) => r.year === y).reduce((s, r) => s + r.contractFen, 0));
    const m = byYear.reduce((a, b) => a + b, 0) / 4;
    const sd = Math.sqrt(byYear.reduce((a, b) => a + (b - m) ** 2, 0) / 3);
    expect(Math.abs(simulated - m), `simulated ${simulated} vs data ${m}`).toBeLessThanOrEqual(3 * (sd / 2) + 0.02 * m);
  });
});
