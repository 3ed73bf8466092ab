import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCENARIO_COLORS } from '../../src/charts/palette';
import { memoryIo } from '../../src/cli/io';
import { runCli } from '../../src/cli/program';
import { REPORT_CHARTS } from '../../src/report/reportCharts';
import { reportWords } from '../../src/i18n/reportWords';
import { summarySchema } from '../../src/stats/Summary';

const root = resolve(import.meta.dirname, '../..');
const tmp = mkdtempSync(join(tmpdir(), 'quansim-report-'));
const RUNS = '300';
const SEED = '20240819';
const cli = async (...args: string[]) => {
  const io = memoryIo(root);
  const code = await runCli(args, io);
  return { code, out: io.stdout(), err: io.stderr() };
};
const read = (dir: string, name: string) => readFileSync(join(dir, name), 'utf8');
/** The lines of a Markdown section, from its heading to the next heading of the same level. */
const section = (md: string, heading: string) => {
  const lines = md.split('\n');
  const start = lines.indexOf(`## ${heading}`);
  if (start < 0) throw new Error(`no section ${heading}`);
  const end = lines.findIndex((l, i) => i > start && l.startsWith('## '));
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n').trim();
};

const zh = join(tmp, 'zh');
const fromRun = join(tmp, 'run');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('quansim report of a scenario (zh)', () => {
  let result: Awaited<ReturnType<typeof cli>>;
  beforeAll(async () => {
    result = await cli('report', 'scenarios/hangzhou-2024.yaml', '--runs', RUNS, '--seed', SEED, '--lang', 'zh', '--out', zh);
  }, 600_000);

  it('runs the scenario, says what it does on stderr and prints nothing on stdout', () => {
    expect(result.code, result.err).toBe(0);
    expect(result.out).toBe('');
    expect(result.err).toContain('运行 hangzhou-2024（300 次，种子 20240819）');
    expect(result.err).toContain('report.html');
  });

  it('writes the documents, every chart as SVG, PNG and spec, the tables as CSV and the data files', () => {
    const files = readdirSync(zh);
    for (const f of ['report.md', 'report.html', 'summary.json', 'bands.csv', 'groups.csv', 'runs.csv', 'table-schemes-2025.csv']) expect(files).toContain(f);
    for (const { id } of REPORT_CHARTS) {
      for (const ext of ['svg', 'png', 'vl.json']) expect(files).toContain(`${id}-2025.${ext}`);
    }
  });

  it('draws every chart: SVGs with marks and no NaN or undefined, PNGs that are real pictures', () => {
    for (const { id } of REPORT_CHARTS) {
      const svg = read(zh, `${id}-2025.svg`);
      expect(svg.startsWith('<svg')).toBe(true);
      expect(svg.match(/class="mark-(rect|line|area|rule|symbol|tick|text)/g)?.length ?? 0, id).toBeGreaterThan(1);
      expect(svg).not.toMatch(/NaN|undefined/);
      const png = readFileSync(join(zh, `${id}-2025.png`));
      expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      expect(png.length, id).toBeGreaterThan(20_000);
      // the IHDR width is twice the SVG's (rendered at 2×)
      const svgWidth = Number(/width="(\d+)"/.exec(svg)![1]);
      expect(png.readUInt32BE(16)).toBe(2 * svgWidth);
    }
  });

  it('writes one self-contained HTML file: inline SVG and CSS, the font embedded, no URL fetched, no script', () => {
    const html = read(zh, 'report.html');
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/<img\b/i);
    expect(html.match(/<svg\b/g)).toHaveLength(REPORT_CHARTS.length);
    expect(html).toContain("@font-face{font-family:'Noto Sans SC'");
    expect(html).toContain('<html lang="zh-CN">');
    // every character of the page has a slice of the font (no tofu on a machine without Chinese fonts)
    const faces = [...html.matchAll(/@font-face\{[^}]*font-weight:400;[^}]*src:url\(data:font\/woff2;base64,[^)]+\)[^}]*unicode-range:([^;}]+);\}/g)];
    expect(faces.length).toBeGreaterThan(5);
    const ranges = faces.flatMap((m) => m[1]!.split(',').map((r) => r.replace('U+', '').split('-').map((h) => parseInt(h, 16))));
    const text = html.replace(/<style>[\s\S]*?<\/style>/, '');
    const missing = [...new Set(text)].filter((c) => c.codePointAt(0)! > 0x20 && !ranges.some(([lo, hi]) => c.codePointAt(0)! >= lo! && c.codePointAt(0)! <= (hi ?? lo)!));
    expect(missing).toEqual([]);
  });

  it('cites every policy number with its document, clause and the words quoted', () => {
    const md = read(zh, 'report.md');
    const cites = section(md, '政策依据');
    expect(cites).toContain('hangzhou-2024 （三）');
    expect(cites).toContain('每年“算力券”总额提升至2.5亿元');
    expect(cites).toContain('| 单家企业年度上限：单家企业每年申领上限 | 800万元 |');
    expect(cites).toContain('800万元<br>由选项 hangzhou-2024.foundation-model-cap');
    expect(cites).toContain('同见 hangzhou-2024-repost (三)');
    const csv = Papa.parse<string[]>(read(zh, 'table-citations-hangzhou-2024.compute.csv').trim(), { comments: '#' }).data;
    expect(csv[0]).toEqual(['项目', '数值', '有效期', '出处', '原文']);
    expect(csv.filter((r) => r[3]!.startsWith('hangzhou-2024 （三）'))).toHaveLength(7);
    const html = read(zh, 'report.html');
    expect(html).toContain('hangzhou-2024 （三）');
    expect(html).toContain('单家企业每年“算力券”申领不超过800万元');
  });

  it('lists the conditions the documents set (hangzhou-2024 （三） supplier condition) with the assumptions', () => {
    const md = read(zh, 'report.md');
    expect(md).toContain('文件规定的条件（模拟中视为已满足）及须知');
    expect(md).toMatch(/供应方条件：新增“算力券”支持企业购买符合杭州市规划布局的智算中心以及纳入算力撮合的合作伙伴[^\n]*\(hangzhou-2024 （三）\)/);
    // one document: no sentence on how documents combine
    expect(md).not.toContain('同一合同的每项补助连同其触发的配套补助');
  });

  it('states the assumptions: the scenario\'s, the settings, the options with defaults marked, the population note', () => {
    const a = section(read(zh, 'report.md'), '假设');
    expect(a).toContain('申请企业为示意性假设');
    expect(a).toContain('资金不足时的分配方式：先到先得，最后一笔按余额部分支付 (fcfs-partial)');
    expect(a).toMatch(/\| hangzhou-2024\.funding \| 算力券资金的市、区分担比例 \| city=50%,district=50% \| 默认值 \|/);
    // the population file's note is English: the Chinese report says where it is instead of quoting it
    expect(a).not.toContain('Illustrative applicants');
    expect(a).toContain('申请企业是示意性假设，不是数据');
    expect(a).toContain('populations/hangzhou-ai-firms.yaml 开头的注释');
  });

  it('gives the headline sentences, the tables in 万元/亿元 and the command that reproduces the report', () => {
    const md = read(zh, 'report.md');
    const heads = section(md, '要点');
    expect(heads).toMatch(/^- \d+%的模拟中杭州市算力券资金池在年底前用完（\d+\.\d% ± \d+\.\d 个百分点，95% 区间 \d+\.\d%–\d+\.\d%）$/m);
    expect(heads).toMatch(/^- 90%的模拟中杭州市算力券资金池可支撑到\d+月\d+日$/m);
    expect(section(md, '表格')).toMatch(/\| 杭州市算力券 \| 2\.5亿元 \| [\d.]+亿元 \|/);
    expect(section(md, '复现')).toContain(`npx quansim report scenarios/hangzhou-2024.yaml --runs ${RUNS} --seed ${SEED} --lang zh --out ${zh}`);
    expect(section(md, '复现')).toContain(`npx quansim run scenarios/hangzhou-2024.yaml --runs ${RUNS} --seed ${SEED} --lang zh`);
    for (const { id } of REPORT_CHARTS) expect(md).toContain(`](${id}-2025.png)`);
  });

  it('stores the sources in its summary.json, so a later report cites what was run', () => {
    const s = summarySchema.parse(JSON.parse(read(zh, 'summary.json')));
    expect(s.sources?.values.find((v) => v.item === 'pool')).toMatchObject({
      value: { kind: 'money', money: { fen: 25_000_000_000 } }, reference: { doc: 'hangzhou-2024', clause: '（三）' },
    });
  });
});

describe('quansim report of a summary.json', () => {
  beforeAll(async () => {
    // the same runs, written by `quansim run` (a summary without sources)
    const r = await cli('run', 'scenarios/hangzhou-2024.yaml', '--runs', RUNS, '--seed', SEED, '--out', fromRun, '--format', 'json');
    expect(r.code, r.err).toBe(0);
  }, 600_000);

  it('reports without re-running, with the same headline sentences as the report of the scenario', async () => {
    const out = join(tmp, 'from-summary');
    const r = await cli('report', join(zh, 'summary.json'), '--lang', 'zh', '--out', out);
    expect(r.code, r.err).toBe(0);
    expect(r.err).not.toContain('运行');
    const md = read(out, 'report.md');
    expect(section(md, '要点')).toBe(section(read(zh, 'report.md'), '要点'));
    expect(section(md, '政策依据')).toBe(section(read(zh, 'report.md'), '政策依据'));
    expect(md).toContain('数据来源：已有的 summary.json（未重新模拟）');
    expect(existsSync(join(out, 'runs.csv'))).toBe(false);
    expect(section(md, '复现')).toContain(`npx quansim report ${join(zh, 'summary.json')} --lang zh --out ${out}`);
  });

  it('cites the policy numbers recorded by quansim run in its summary.json', async () => {
    const out = join(tmp, 'from-run');
    const r = await cli('report', join(fromRun, 'summary.json'), '--lang', 'zh', '--out', out);
    expect(r.code, r.err).toBe(0);
    expect(section(read(out, 'report.md'), '政策依据')).toContain('（三）');
  });

  it('says when the summary records no citations, and invents none', async () => {
    const out = join(tmp, 'no-sources');
    const { sources: _dropped, ...bare } = JSON.parse(read(fromRun, 'summary.json')) as Record<string, unknown>;
    writeFileSync(join(tmp, 'bare-summary.json'), JSON.stringify(bare, null, 2));
    const r = await cli('report', join(tmp, 'bare-summary.json'), '--lang', 'zh', '--out', out);
    expect(r.code, r.err).toBe(0);
    const md = read(out, 'report.md');
    expect(section(md, '要点')).toBe(section(read(zh, 'report.md'), '要点'));
    const cites = section(md, '政策依据');
    expect(cites).toContain(reportWords.noSources.zh.replace(/`/g, '\\`'));
    expect(cites).toContain('- scenarios/policies/hangzhou-2024.yaml');
    expect(cites).not.toContain('（三）');
    expect(readdirSync(out).some((f) => f.startsWith('table-citations'))).toBe(false);
  });

  it('writes English with million yuan to three significant figures', async () => {
    const out = join(tmp, 'en');
    const r = await cli('report', join(zh, 'summary.json'), '--out', out);
    expect(r.code, r.err).toBe(0);
    const md = read(out, 'report.md');
    expect(md).toContain('## Headlines');
    expect(section(md, 'Tables')).toMatch(/\| Hangzhou compute voucher \| 250 million yuan \| [\d.]+ million yuan \|/);
    expect(section(md, 'Citations')).toContain('| cap per firm and year: Per firm per year | 8,000,000 yuan |');
    expect(read(out, 'report.html')).toContain('<html lang="en">');
  });

  it('refuses --runs or --seed that differ from the summary (exit 2)', async () => {
    const r = await cli('report', join(zh, 'summary.json'), '--runs', '10', '--out', join(tmp, 'x'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('--runs 10 differs from the summary.json\'s 300');
  });
});

describe('quansim report --compare', () => {
  const out = join(tmp, 'compare');
  let result: Awaited<ReturnType<typeof cli>>;
  beforeAll(async () => {
    result = await cli('report', 'scenarios/hangzhou-2024.yaml', '--compare', 'scenarios/stress-demand-doubled.yaml', '--runs', '100', '--seed', '7', '--out', out);
  }, 600_000);

  it('runs the other scenario on the same seed and runs, and adds the paired comparison table', () => {
    expect(result.code, result.err).toBe(0);
    expect(result.err).toContain('running stress-demand-doubled (100 runs, seed 7)');
    const md = read(out, 'report.md');
    const cmp = section(md, 'Scenario comparison');
    // the same table as `quansim compare` prints, cell for cell
    expect(cmp).toMatch(/^\| Figure \| hangzhou-2024 \| stress-demand-doubled \| [^|\n]*hangzhou-2024[^|\n]* \|$/m);
    // a paired difference carries its interval
    expect(cmp).toMatch(/\| \+[\d.,]+ \\\[\+[\d.,]+, \+[\d.,]+\\\] \|/);
    expect(cmp).toContain(reportWords.commonRandomNumbers.en);
    const s2 = summarySchema.parse(JSON.parse(read(out, 'summary-2-stress-demand-doubled.json')));
    expect([s2.seed, s2.runs]).toEqual(['7', 100]);
  });

  it('keeps one colour per scenario across the charts', () => {
    for (const { id } of REPORT_CHARTS) {
      const svg = read(out, `${id}-2025.svg`);
      expect(svg.toUpperCase(), id).toContain(SCENARIO_COLORS[0].toUpperCase());
      expect(svg.toUpperCase(), id).toContain(SCENARIO_COLORS[1].toUpperCase());
    }
  });

  it('cites both scenarios and names the compare command that reproduces the figures', () => {
    const md = read(out, 'report.md');
    expect(md).toContain('### Hangzhou 2024 compute voucher (year 2025)');
    expect(section(md, 'Reproduce')).toContain('npx quansim compare scenarios/hangzhou-2024.yaml scenarios/stress-demand-doubled.yaml --runs 100 --seed 7');
  });
});

describe('quansim report on bad input', () => {
  it('exits 1 naming a missing file', async () => {
    for (const f of ['scenarios/no-such.yaml', 'no-such-summary.json']) {
      const r = await cli('report', f, '--out', join(tmp, 'bad'));
      expect(r.code).toBe(1);
      expect(r.err).toContain(f);
      expect(r.err).toContain('no such file');
    }
  });

  it('exits 1 when a JSON file is not a summary, or not JSON', async () => {
    const notSummary = join(tmp, 'other.json');
    writeFileSync(notSummary, '{"name": "quansim", "version": "0.1.0"}\n');
    const r = await cli('report', notSummary, '--out', join(tmp, 'bad'));
    expect(r.code).toBe(1);
    expect(r.err).toContain('not a quansim summary.json: schemaVersion:');
    const broken = join(tmp, 'broken.json');
    writeFileSync(broken, '{"schemaVersion": 1,');
    const b = await cli('report', broken, '--lang', 'zh', '--out', join(tmp, 'bad'));
    expect(b.code).toBe(1);
    expect(b.err).toContain('不是有效的 JSON');
    expect(existsSync(join(tmp, 'bad'))).toBe(false);
  });

  it('needs --out (exit 2)', async () => {
    const r = await cli('report', 'scenarios/hangzhou-2024.yaml');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--out');
  });
});
