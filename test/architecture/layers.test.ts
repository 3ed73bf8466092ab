/**
 * The layers of src/ (eslint.layers.js, drawn in docs/architecture.md) are enforced: `npm run lint` fails on an
 * import that points up. This test shows the check bites (a probe importing upward is refused, one importing
 * downward is not; the core under the catalogues), that every folder of src/ has a layer, and that no folder imports the entry files above them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { LAYERS } from '../../eslint.layers.js';

const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');

async function layerErrors(file: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: ROOT });
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
  return result!.messages.filter((m) => m.ruleId === 'boundaries/dependencies').map((m) => m.message);
}

describe('the layers of src/', () => {
  it('refuse an import that points up, and allow one that points down or across a layer', async () => {
    expect(await layerErrors('src/money/probe.ts', "import { runRange } from '../engine/runRange';\nexport const x = runRange;\n"))
      .toEqual([expect.stringMatching(/"money" to elements of type "engine"/)]);
    expect(await layerErrors('src/stats/probe.ts', "import { Scheduler } from '../scheduler/Scheduler';\nexport const x = Scheduler;\n"))
      .toHaveLength(1);
    expect(await layerErrors('src/engine/probe.ts', "import { summarize } from '../stats/summarize';\nexport const x = summarize;\n")).toEqual([]);
    expect(await layerErrors('src/policy/probe.ts', "import { compilePriority } from '../allocation/priority';\nexport const x = compilePriority;\n")).toEqual([]);
  }, 60_000);

  it('keep the core (errors, money, time, random) below the catalogues: the core throws codes, i18n words them', async () => {
    expect(await layerErrors('src/money/probe.ts', "import { messages } from '../i18n/messages';\nexport const x = messages;\n"))
      .toEqual([expect.stringMatching(/"money" to elements of type "i18n"/)]);
    expect(await layerErrors('src/time/probe.ts', "import type { Lang } from '../i18n/Bilingual';\nexport const x: Lang = 'zh';\n"))
      .toEqual([expect.stringMatching(/"time" to elements of type "i18n"/)]);
    expect(await layerErrors('src/errors/probe.ts', "import { parseYaml } from '../yaml/parseYaml';\nexport const x = parseYaml;\n"))
      .toEqual([expect.stringMatching(/"errors" to elements of type "yaml"/)]);
    expect(await layerErrors('src/random/probe.ts', "import { roundSignificant } from '../figures/roundSignificant';\nexport const x = roundSignificant;\n"))
      .toHaveLength(1);
    expect(await layerErrors('src/i18n/probe.ts', "import { formatMoney } from '../money/formatMoney';\nexport const x = formatMoney;\n")).toEqual([]);
    expect(await layerErrors('src/money/probe.ts', "import { baseError } from '../errors/baseError';\nexport const x = baseError;\n")).toEqual([]);
  }, 60_000);

  it('name every folder of src/ once', () => {
    const folders = readdirSync(SRC).filter((f) => statSync(join(SRC, f)).isDirectory()).sort();
    const layered = LAYERS.flatMap(([, f]) => f).sort();
    expect(layered).toEqual(folders);
  });

  it('leave the entry files (index.ts, node.ts, simulate.ts) to the top: no folder imports them', () => {
    const entries = readdirSync(SRC).filter((f) => f.endsWith('.ts')).map((f) => join(SRC, f.replace(/\.ts$/, '')));
    const bad: string[] = [];
    const walk = (d: string): void => {
      for (const f of readdirSync(d)) {
        const p = join(d, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (p.endsWith('.ts')) {
          for (const m of readFileSync(p, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
            const target = resolve(dirname(p), m[1]!).replace(/\.(js|ts)$/, '');
            if (entries.includes(target)) bad.push(`${relative(ROOT, p)} imports ${m[1]}`);
          }
        }
      }
    };
    for (const f of readdirSync(SRC)) if (statSync(join(SRC, f)).isDirectory()) walk(join(SRC, f));
    expect(bad).toEqual([]);
  });

  it('keep the vocabulary a leaf, the population off policy, and the reference simulator apart from the fast path', () => {
    const importsOf = (folder: string): string[] => {
      const found: string[] = [];
      const walk = (d: string): void => {
        for (const f of readdirSync(d)) {
          const p = join(d, f);
          if (statSync(p).isDirectory()) walk(p);
          else if (p.endsWith('.ts')) {
            for (const m of readFileSync(p, 'utf8').matchAll(/from\s*'(\.{1,2}\/[^']+)'/g)) {
              const target = relative(SRC, resolve(dirname(p), m[1]!)).split('/')[0]!;
              if (target !== folder) found.push(`${relative(ROOT, p)} → ${target}`);
            }
          }
        }
      };
      walk(join(SRC, folder));
      return found;
    };
    expect(importsOf('vocabulary')).toEqual([]);
    // the reference simulator and the fast path are written apart: neither reads the other
    expect(importsOf('reference').filter((i) => /→ (fast|engine)$/.test(i))).toEqual([]);
    expect(importsOf('fast').filter((i) => /→ reference$/.test(i))).toEqual([]);
    for (const folder of ['population', 'data']) {
      expect(importsOf(folder).filter((i) => /→ (policy|allocation)$/.test(i))).toEqual([]);
    }
  });
});
