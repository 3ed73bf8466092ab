/**
 * The Node examples in docs/api.md run as written against the built package (dist/node, built before the tests),
 * and print what the text says they print.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const doc = readFileSync(join(root, 'docs/api.md'), 'utf8');
const nodeExamples = [...doc.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]!).filter((code) => code.includes("from 'quansim/node'"));
const work = mkdtempSync(join(tmpdir(), 'quansim-api-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('docs/api.md', () => {
  it('has the Node examples this test runs', () => {
    expect(nodeExamples).toHaveLength(2);
  });

  it.each([
    [0, /^Hangzhou compute voucher: the pool runs out by year end in \d+\.\d% of 2000 runs\n$/],
    [1, /^the province pays -?\d+\.\d\d 万元 more on average \(95%: -?\d+\.\d\d to -?\d+\.\d\d\)\n$/],
  ])('example %i runs and prints its figure', (i, printed) => {
    const file = join(work, `example-${i}.mjs`);
    writeFileSync(file, nodeExamples[i]!.replaceAll("'quansim/node'", `'${pathToFileURL(join(root, 'dist/node/node.js')).href}'`));
    const out = execFileSync(process.execPath, [file], { cwd: work, encoding: 'utf8' });
    expect(out).toMatch(printed);
  });
});
