import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/cli/io';
import { runCli } from '../../src/cli/program';
import type { QuoteJson } from '../../src/policy/quoteToJson';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const HZ = 'scenarios/policies/hangzhou-2024.yaml';
const ZJ = 'scenarios/policies/zhejiang-2025.yaml';
const SC = 'scenarios/policies/shangcheng-draft.yaml';
const HZ23 = 'scenarios/policies/hangzhou-2023-draft.yaml';
const SC_DATES = ['--option', 'shangcheng-draft.start=2024-08-19', '--option', 'shangcheng-draft.end=2027-12-31'];

async function cli(...argv: string[]) {
  const io = memoryIo(ROOT);
  const code = await runCli(['quote', ...argv], io);
  return { code, out: io.stdout(), err: io.stderr() };
}

/** Display columns of a line, CJK counting two. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}

describe('quansim quote --json', () => {
  it('prints one JSON object: total, chosen, a line per scheme with both reasons, byLevel, options, the application', async () => {
    const r = await cli(HZ, ZJ, SC, ...SC_DATES, '--date', '2025-07-01', '--voucher', 'compute', '--contract', '4000万',
      '--executed', '3000万', '--category', 'maas', '--district', 'shangcheng', '--received', 'hangzhou-2024.compute=200万', '--json');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const j = JSON.parse(r.out) as QuoteJson;
    // city: 4000万 × 30% = 1200万, 600万 left of 800万 → 600万; province: 3000万 × 10% = 300万; top-up: 600万 → 500万 cap
    expect(j.totalFen).toBe(1100 * 1_000_000);
    expect(j.total).toBe('11,000,000 yuan');
    expect(j.chosen).toBe('hangzhou-2024.compute');
    expect(j.grants.map((g) => [g.scheme, g.fen, g.paidFen, g.bound])).toEqual([
      ['hangzhou-2024.compute', 600_000_000, 600_000_000, 'remaining-cap'],
      ['zhejiang-2025.compute', 300_000_000, 0, 'ratio'],
      ['shangcheng-draft.topup', 500_000_000, 500_000_000, 'cap'],
    ]);
    const city = j.grants[0]!;
    expect(city).toMatchObject({ ratioBp: 3000, ratio: '30%', capFen: 800_000_000, cap: '8,000,000 yuan', remainingCapFen: 600_000_000, basisFen: 4_000_000_000 });
    expect(city.reason).toBe(city.reasons.en);
    expect(city.reasons.zh).toContain('超过每年800万元上限的剩余额度600万元（今年已获200万元）');
    expect(j.byLevel).toEqual({ province: 0, city: 300_000_000, district: 800_000_000 });
    expect(j.application).toMatchObject({ date: '2025-07-01', voucher: 'compute', contractFen: 4_000_000_000, executedFen: 3_000_000_000, category: 'maas', district: 'shangcheng', selfControlled: false });
    expect(j.state.receivedFen).toEqual({ 'hangzhou-2024.compute': 200_000_000 });
    expect(j.options.find((o) => o.key === 'shangcheng-draft.start')).toMatchObject({ value: '2024-08-19', isDefault: false });
    expect(j.options.find((o) => o.key === 'zhejiang-2025.compute-cap-scope')).toMatchObject({ value: 'non-self-controlled', isDefault: true });
    for (const g of j.grants) expect(Number.isInteger(g.fen) && Number.isInteger(g.paidFen)).toBe(true);
  });

  it('--received SCHEME=AMOUNT counts against that scheme\'s cap only (stacking.cap-counting=scheme, the default)', async () => {
    const r = await cli(HZ, ZJ, '--date', '2025-07-01', '--voucher', 'compute', '--contract', '4000万', '--category', 'other',
      '--received', 'hangzhou-2024.compute=700万', '--json');
    const j = JSON.parse(r.out) as QuoteJson;
    expect(j.state.receivedFen).toEqual({ 'hangzhou-2024.compute': 700_000_000 });
    // city 20% × 4000万 = 800万, 100万 left of its 800万 cap; province 10% × 4000万 = 400万, its cap untouched
    expect(j.grants.map((g) => g.fen)).toEqual([100_000_000, 400_000_000]);
    expect(j.chosen).toBe('zhejiang-2025.compute');
    expect(j.options.find((o) => o.key === 'stacking.cap-counting')).toMatchObject({ value: 'scheme', isDefault: true });
  });

  it('--received AMOUNT (any scheme) counts against every grant\'s cap with stacking.cap-counting=voucher, and is refused without it', async () => {
    const argv = [HZ, ZJ, '--date', '2025-07-01', '--voucher', 'compute', '--contract', '4000万', '--category', 'other', '--received', '700万'];
    const j = JSON.parse((await cli(...argv, '--option', 'stacking.cap-counting=voucher', '--json')).out) as QuoteJson;
    expect(j.state).toMatchObject({ receivedFen: {}, receivedAnyFen: 700_000_000 });
    // 800万 cap − 700万 = 100万 left for each: city 800万 → 100万, province 400万 → 100万; the tie goes to the city (listed first)
    expect(j.grants.map((g) => [g.fen, g.bound])).toEqual([[100_000_000, 'remaining-cap'], [100_000_000, 'remaining-cap']]);
    expect(j.chosen).toBe('hangzhou-2024.compute');
    const refused = await cli(...argv);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('--option stacking.cap-counting=voucher');
    expect(refused.err).toContain('--received SCHEME=AMOUNT');
  });

  it('--pool-remaining with --pool-mode strict', async () => {
    const args = [HZ, '--date', '2025-07-01', '--voucher', 'compute', '--contract', '100万', '--category', 'maas', '--pool-remaining', 'hangzhou-2024.compute=10万', '--json'];
    const partial = JSON.parse((await cli(...args)).out) as QuoteJson;
    expect(partial.totalFen).toBe(10_000_000);
    expect(partial.state.poolMode).toBe('partial');
    const strict = JSON.parse((await cli(...args, '--pool-mode', 'strict')).out) as QuoteJson;
    expect(strict.totalFen).toBe(0);
    expect(strict.grants[0]!.bound).toBe('pool');
  });

  it('--option reaches resolveRules: the 004 （十五） cap read as the whole clause\'s', async () => {
    const args = [ZJ, '--date', '2025-07-01', '--voucher', 'compute', '--contract', '1亿', '--self-controlled', '--json'];
    expect((JSON.parse((await cli(...args)).out) as QuoteJson).totalFen).toBe(3000 * 1_000_000);
    expect((JSON.parse((await cli(...args, '--option', 'zhejiang-2025.compute-cap-scope=all')).out) as QuoteJson).totalFen).toBe(800 * 1_000_000);
  });
});

describe('quansim quote text', () => {
  const args = [HZ, ZJ, SC, ...SC_DATES, '--date', '2025-07-01', '--voucher', 'compute', '--contract', '100万', '--category', 'other', '--self-controlled', '--district', 'shangcheng'];

  it('prints an aligned table, the reasons, the total, the split by level and the options in English', async () => {
    const r = await cli(...args);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Scheme');
    // other compute, self-controlled, 100万, in Shangcheng: city 20万 + top-up 20万 = 40万 beats the province's 30万 alone
    expect(r.out).toContain('Total: 400,000 yuan (从优、就高、不重复: hangzhou-2024.compute is paid)');
    expect(r.out).toContain('Paid by level: province 0 yuan, city 100,000 yuan, district 300,000 yuan');
    expect(r.out).toContain('* hangzhou-2024.compute 200,000 yuan + shangcheng-draft.topup 200,000 yuan = 400,000 yuan  the largest total: paid');
    expect(r.out).toContain('zhejiang-2025.compute 300,000 yuan = 300,000 yuan  not chosen: the package of hangzhou-2024.compute totals more, 400,000 yuan');
    expect(r.out).toContain('Supplier condition: the vouchers support buying intelligent compute supplied by intelligent-computing centres');
    expect(r.out).toContain('Zhejiang provincial-standard compute voucher (issued locally)');
    expect(r.out).toContain('Zhejiang provincial standard, issued locally: the province sets the ratios and caps');
    expect(r.out).toContain('zhejiang-2025.cap-basis = firm-year (default)');
    expect(r.out).toContain('stacking.cap-counting = scheme (default)');
    expect(r.out).toContain('zhejiang-2025.compute-cap-scope = non-self-controlled (default)');
    expect(r.out).toContain('shangcheng-draft.start = 2024-08-19 (set)');
    expect(r.out).toContain('zhejiang-2025.compute: 30% × 1,000,000 yuan executed amount = 300,000 yuan, no yearly cap; not chosen: hangzhou-2024.compute with the top-ups it triggers pays more');
    const table = r.out.split('\n').slice(3, 8);
    // header, rule and three rows: the Paid column ends at the same column on every line
    const ends = table.map((l) => width(l.slice(0, l.lastIndexOf('yuan') + 4)));
    expect(new Set(ends.slice(2)).size).toBe(1);
  });

  it('prints everything in Chinese with --lang zh, columns aligned with CJK characters two columns wide', async () => {
    const r = await cli(...args, '--lang', 'zh');
    expect(r.code).toBe(0);
    for (const text of ['申请：算力券，2025-07-01，合同金额100万元，实际执行100万元', '企业：算力类别 other，自主算力，区县 shangcheng', '方案', '理由：',
      '合计：40万元（按“从优、就高、不重复”采用 hangzhou-2024.compute）', '按出资级别：省级 0元，市级 10万元，区级 30万元', '生效的选项：',
      '补助组合（从优、就高、不重复', '供应方条件', '浙江省标准算力券（地方发放）',
      'zhejiang-2025.compute-cap-scope = non-self-controlled（默认）', '合同实际执行金额100万元 × 30% = 30万元，不设年度上限']) {
      expect(r.out).toContain(text);
    }
    expect(r.out).not.toMatch(/\b(Total|Reasons|Scheme|below|yuan)\b/);
    const lines = r.out.split('\n');
    const header = lines.findIndex((l) => l.startsWith('方案'));
    const rows = lines.slice(header, header + 5);
    const boundCol = rows.map((l) => width(l.slice(0, l.search(/(约束|比例|上限|剩余上限|-+$)/u))));
    expect(new Set(boundCol).size).toBe(1);
  });
});

describe('quansim quote exit codes', () => {
  const base = [HZ, '--date', '2025-07-01', '--voucher', 'compute', '--contract', '100万', '--category', 'maas'];
  it.each([
    [['--voucher', 'compute', '--contract', '1万', '--category', 'maas', HZ], 'required option \'--date'],
    [[HZ, '--date', '2025-07-01', '--voucher', 'gpu', '--contract', '1万'], 'gpu'],
    [[...base, '--bogus'], 'unknown option'],
    [[HZ, '--date', '2025-07-01', '--voucher', 'compute', '--contract', '100万'], '--category maas|domestic|other is required: the ratio of hangzhou-2024.compute'],
    [[ZJ, '--date', '2025-07-01', '--voucher', 'corpus', '--contract', '100万', '--category', 'maas'], '--category applies to --voucher compute only'],
    [[...base, '--option', 'nokey'], 'KEY=VALUE'],
    [[...base, '--pool-remaining', '10万'], 'SCHEME=AMOUNT'],
    [[...base, '--option', 'stacking.cap-counting=voucher', '--received', '1万', '--received', '2万'], 'given twice'],
  ])('usage error → exit 2: %j', async (argv, message) => {
    const r = await cli(...argv);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain(message);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });

  it.each([
    [[HZ, '--date', '2025-07-01', '--voucher', 'compute', '--contract', '100千', '--category', 'maas'], ['--contract: cannot read the amount "100千"']],
    [[...base, '--executed', '200万'], ['executed amount 2,000,000 yuan is above the contract amount 1,000,000 yuan']],
    [[HZ, '--date', '2025-02-30', '--voucher', 'compute', '--contract', '100万', '--category', 'maas'], ['--date: cannot read the date "2025-02-30"']],
    [[HZ23, '--date', '2025-07-01', '--voucher', 'compute', '--contract', '100万'], ['hangzhou-2023-draft.start', 'hangzhou-2023-draft.compute-ratio', 'hangzhou-2023-draft.compute-cap']],
    [['scenarios/policies/missing.yaml', '--date', '2025-07-01', '--voucher', 'compute', '--contract', '100万'], ['scenarios/policies/missing.yaml']],
    [[...base, '--received', 'hangzhou.compute=1万'], ['unknown scheme "hangzhou.compute"', 'hangzhou-2024.compute']],
    [[...base, '--option', 'hangzhou-2024.foundation-model-cap=lots'], ['hangzhou-2024.foundation-model-cap']],
  ])('invalid data → exit 1 with the messages: %j', async (argv, parts) => {
    const r = await cli(...argv);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    for (const p of parts) expect(r.err).toContain(p);
    expect(r.err).not.toContain('    at ');
  });

  it('a district no policy names is allowed, with a note on stderr', async () => {
    const r = await cli(...base, '--district', 'xihu', '--json');
    expect(r.code).toBe(0);
    expect(r.err).toContain('no loaded policy names the district "xihu"');
    expect((JSON.parse(r.out) as QuoteJson).totalFen).toBe(300_000_000 / 10);
  });
});
