/**
 * The English labels of the policy files (options, their choices, caps, pools, ratios) say their figures in million
 * yuan, as the English page and reports do, and say the figure the file holds: an English label that names a cap
 * names the cap's value. (Explanations may quote the Chinese text, 万元 and all; labels are read on their own.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const dir = resolve(import.meta.dirname, '../../scenarios/policies');

/** Every `label: {en}` and choice's `en` under `node`, with its path. */
function englishLabels(node: unknown, path: string, out: [string, string][] = []): [string, string][] {
  if (!node || typeof node !== 'object') return out;
  for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
    const here = `${path}.${k}`;
    if ((k === 'label' || path.endsWith('.choices')) && v && typeof v === 'object' && typeof (v as { en?: unknown }).en === 'string') {
      out.push([here, (v as { en: string }).en]);
    } else if (k !== 'explain' && k !== 'reference' && k !== 'notes') englishLabels(v, here, out);
  }
  return out;
}

describe('English labels of the policy files', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));

  it('give money in million yuan, not 万元/亿元 alone', () => {
    let n = 0;
    for (const f of files) {
      for (const [path, en] of englishLabels(parse(readFileSync(join(dir, f), 'utf8')), f)) {
        // a Chinese figure may follow its English one in brackets: "8 million yuan (800万元)"
        expect(en.replace(/\([^)]*[万亿][^)]*\)/g, ''), path).not.toMatch(/\d\s*[万亿]/);
        n++;
      }
    }
    expect(n).toBeGreaterThan(30); // options, choices, caps, pools and ratios of every file were read
  });

  it('name the figure the cap holds: Zhejiang\'s compute cap of 800万元 is "8 million yuan"', () => {
    const doc = parse(readFileSync(join(dir, 'zhejiang-2025.yaml'), 'utf8')) as { options: Record<string, { label: { en: string } }> };
    expect(doc.options['compute-cap-scope']!.label.en).toContain('8 million yuan');
    const text = readFileSync(join(dir, 'hangzhou-2024.yaml'), 'utf8');
    expect(text).toMatch(/foundation-model-cap:\n\s+type: money-or-none\n\s+default: 800万元/);
    expect(text).toContain('The default, 8 million yuan, keeps the published cap');
  });
});
