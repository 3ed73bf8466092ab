import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { populationNote } from '../../src/report/populationNote';
import type { ReportDocument } from '../../src/report/ReportDocument';
import { reportHtml } from '../../src/report/reportHtml';
import { reportMarkdown } from '../../src/report/reportMarkdown';
import { reportSources } from '../../src/report/reportSources';
import { analysisCommand, reproduceCommands } from '../../src/report/reproduceCommands';
import { scopeSvgIds } from '../../src/report/scopeSvgIds';
import { citedValueText, sourceTables } from '../../src/report/sourceTables';
import { loadScenarioFile } from '../../src/scenario/loadScenarioFile';
import { sourcesSchema } from '../../src/stats/Summary';

const root = resolve(import.meta.dirname, '../..');

describe('reportSources', () => {
  it('cites every number of the rules in force, with the clause, the words and the adjustments', () => {
    const s = loadScenarioFile('scenarios/shangcheng-topup.yaml', root);
    const src = sourcesSchema.parse(reportSources(s, 'note'));
    const topup = src.values.filter((v) => v.scheme === 'shangcheng-draft.topup');
    expect(topup.map((v) => v.item)).toEqual(['scheme', 'match', 'cap']);
    expect(topup[1]).toMatchObject({ value: { kind: 'ratio', ratio: 1 }, reference: { doc: 'shangcheng-draft', clause: '（1）', quote: '按照市级认定补贴金额给予100%额外补助' }, when: {} });
    expect(topup[2]!.value).toEqual({ kind: 'money', money: { fen: 500_000_000, yuan: '5000000.00' } });
    expect(topup[0]!.when).toEqual({ district: 'shangcheng' });
    expect(src.documents.find((d) => d.id === 'shangcheng-draft')).toMatchObject({ status: 'draft', source: 'shangcheng-draft' });
    expect(src.funding.find((f) => f.scheme === 'shangcheng-draft.topup')).toMatchObject({ district: 1, city: 0, province: 0 });
    expect(src.population).toEqual({ file: 'scenarios/populations/hangzhou-ai-firms.yaml', note: 'note' });
    expect(src.assumptions).toEqual(s.assumptions);
  });

  it('leaves out what is not in force in a simulated year, and marks what a scenario set', () => {
    const s = loadScenarioFile('scenarios/hangzhou-2024.yaml', root);
    expect(reportSources({ ...s, years: [2023] }, null).values).toEqual([]);
    const province = reportSources(loadScenarioFile('scenarios/city-vs-province-province.yaml', root), null);
    const pool = province.values.find((v) => v.scheme === 'zhejiang-2025.compute' && v.item === 'pool')!;
    expect(pool).toMatchObject({ adjusted: true, value: { kind: 'money', money: { fen: 25_000_000_000 } } });
    expect(pool.published).toBeUndefined();
    const corpus = province.values.find((v) => v.scheme === 'zhejiang-2025.corpus' && v.item === 'ratio')!;
    expect(corpus).toMatchObject({ adjusted: true, value: { kind: 'ratio', ratio: 0 }, published: { kind: 'ratio', ratio: 0.3 } });
    const tables = sourceTables(province, 'zh');
    const compute = tables.find((t) => t.id === 'citations-zhejiang-2025.compute')!;
    expect(compute.rows.find((r) => r[0]!.startsWith('资金池'))![1]).toBe('2.5亿元\n由情景设定（文件未公布）');
    expect(tables.find((t) => t.id === 'citations-zhejiang-2025.corpus')!.rows[1]![1]).toBe('0%\n公布值 30%');
  });

  it('writes cited numbers as people do', () => {
    expect(citedValueText({ kind: 'ratio', ratio: 0.125 }, 'en')).toBe('12.5%');
    expect(citedValueText({ kind: 'money', money: { fen: 800_000_000, yuan: '8000000.00' } }, 'zh')).toBe('800万元');
    expect(citedValueText({ kind: 'money', money: { fen: 800_000_000, yuan: '8000000.00' } }, 'en')).toBe('8,000,000 yuan');
    expect(citedValueText({ kind: 'none' }, 'zh')).toBe('不设上限');
  });
});

describe('populationNote', () => {
  it('keeps the opening comment as written, without editor directives', () => {
    expect(populationNote('# yaml-language-server: $schema=x\n#\n# Illustrative firms.\n#\n# Why: a guess.\npopulation:\n  # not this\n')).toBe('Illustrative firms.\n\nWhy: a guess.');
    expect(populationNote('\n\n# A note\npopulation: {}\n')).toBe('A note');
    expect(populationNote('population: {}\n')).toBeNull();
  });
});

describe('scopeSvgIds', () => {
  it('prefixes ids and every reference to them', () => {
    expect(scopeSvgIds('<clipPath id="clip1"/><g clip-path="url(#clip1)"/><use xlink:href="#clip1" href="#clip1"/>', 'c3')).toBe(
      '<clipPath id="c3-clip1"/><g clip-path="url(#c3-clip1)"/><use xlink:href="#c3-clip1" href="#c3-clip1"/>',
    );
  });
});

describe('reproduceCommands', () => {
  it('writes the seed and runs out for a scenario, quotes what the shell would split, and uses compare for several', () => {
    const c = reproduceCommands({ input: 'scenarios/a.yaml', compare: ['my scenarios/b.yaml'], inputIsScenario: true, out: 'out dir', lang: 'zh', runs: 300, seed: '1 2', scenarioFiles: ['scenarios/a.yaml', 'my scenarios/b.yaml'] });
    expect(c.report).toBe("npx quansim report scenarios/a.yaml --compare 'my scenarios/b.yaml' --runs 300 --seed '1 2' --lang zh --out 'out dir'");
    expect(c.run).toBe("npx quansim compare scenarios/a.yaml 'my scenarios/b.yaml' --runs 300 --seed '1 2' --lang zh");
    const s = reproduceCommands({ input: 'out/summary.json', compare: [], inputIsScenario: false, out: 'r', lang: 'en', runs: 10, seed: '7', scenarioFiles: ['scenarios/a.yaml'] });
    expect(s).toEqual({ report: 'npx quansim report out/summary.json --lang en --out r', run: 'npx quansim run scenarios/a.yaml --runs 10 --seed 7' });
  });

  it('asks --runs auto again as it was asked, gives compare the runs where the baseline stopped, and keeps the analyses\' options', () => {
    const base = { input: 'a.yaml', inputIsScenario: true, out: 'o', lang: 'en' as const, runs: 1500, seed: '7', auto: { tolerance: 'p=0.5%', maxRuns: '5000' } };
    const one = reproduceCommands({ ...base, compare: [], scenarioFiles: ['a.yaml'], options: [['--sensitivity'], ['--solve', 'unmet share <= 5%'], ['--sweep', 'pool=1亿..5亿:5', 'cap=200万..1000万:3']] });
    expect(one.report).toBe("npx quansim report a.yaml --runs auto --tolerance p=0.5% --max-runs 5000 --seed 7 --sensitivity --solve 'unmet share <= 5%' --sweep 'pool=1亿..5亿:5' 'cap=200万..1000万:3' --lang en --out o");
    expect(one.run).toBe('npx quansim run a.yaml --runs auto --tolerance p=0.5% --max-runs 5000 --seed 7');
    const two = reproduceCommands({ ...base, compare: ['b.yaml'], scenarioFiles: ['a.yaml', 'b.yaml'] });
    expect(two.run).toBe('npx quansim compare a.yaml b.yaml --runs 1500 --seed 7');
  });

  it('gives each analysis its command with the scheme, year, runs and seed written out', () => {
    const c = analysisCommand('solve', [['--find', 'cap'], ['--target', "P(12-31前用完) <= 10%"], ['--range', undefined]], { scenario: 's.yaml', scheme: 'x.compute', year: 2026, runs: 400, seed: 'it\'s', lang: 'zh' });
    expect(c).toBe("npx quansim solve s.yaml --find cap --target 'P(12-31前用完) <= 10%' --scheme x.compute --year 2026 --runs 400 --seed 'it'\\''s' --lang zh");
  });
});

describe('reportMarkdown and reportHtml', () => {
  const doc: ReportDocument = {
    lang: 'en',
    title: 'A <b> & c',
    subtitle: 'Question: *why*?',
    meta: ['Seed: 1'],
    sections: [
      {
        level: 2, title: 'Tables', anchor: 'tables', blocks: [
          { kind: 'paragraph', text: 'x < y' },
          { kind: 'table', table: { id: 't', title: 'T', columns: [{ header: 'a|b', align: 'left' }, { header: 'n', align: 'right', nowrap: true }], rows: [['1\n2', '<script>']], note: null } },
          { kind: 'quote', text: 'one\n\ntwo' },
          { kind: 'code', text: 'npx quansim report x --out y' },
        ],
      },
      { level: 2, title: 'Charts', anchor: 'charts', blocks: [{ kind: 'chart', chart: { id: 'c', year: 2025, file: 'c-2025', title: 'C', spec: {} as never } }] },
    ],
  };
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10"><clipPath id="k"/><text font-weight="bold">粗</text><text>细</text></svg>';

  it('escapes Markdown, keeps table cells in their column, links the PNG and the CSV', () => {
    const md = reportMarkdown(doc);
    expect(md.startsWith('# A \\<b> & c\n')).toBe(true);
    expect(md).toContain('**Question: \\*why\\*?**');
    expect(md).toContain('| a\\|b | n |\n| :--- | ---: |\n| 1<br>2 | \\<script> |');
    expect(md).toContain('CSV: [table-t.csv](table-t.csv)');
    expect(md).toContain('![C](c-2025.png)\n\nSVG: [c-2025.svg](c-2025.svg)');
    expect(md).toContain('> one\n>\n> two');
  });

  it('escapes HTML, inlines each SVG without namespaces and with scoped ids, and asks fonts for the bold text apart', () => {
    let asked: [string, string] = ['', ''];
    const html = reportHtml(doc, new Map([['c-2025', svg]]), (regular, bold) => {
      asked = [regular, bold];
      return '/* fonts */';
    });
    expect(html).toContain('<h1>A &lt;b&gt; &amp; c</h1>');
    expect(html).toContain('<td>1<br>2</td><td class="num nowrap">&lt;script&gt;</td>');
    expect(html).not.toContain('<script');
    expect(html).not.toMatch(/https?:/);
    expect(html).toContain('<clipPath id="c-2025-k"/>');
    // shown at most 1.5 × its own width, as every chart: a narrow one is not blown up
    expect(html).toContain('<figure class="chart" id="chart-c-2025" style="max-width:15px"><svg width="10"');
    expect(html).toContain('/* fonts */');
    expect(asked[0]).toContain('细');
    expect(asked[1]).toContain('粗');
    expect(asked[1]).not.toContain('细');
    expect(asked[1]).toContain('a|b');
    expect(() => reportHtml(doc, new Map(), () => '')).toThrow('no SVG for chart c-2025');
  });
});
