import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/cli/io';
import { runCli } from '../../src/cli/program';
import { fileKinds } from '../../src/cli/fileKinds';

const root = resolve(import.meta.dirname, '../..');

describe('quansim schema', () => {
  it('writes one JSON Schema per file kind, equal to the committed files in schemas/', async () => {
    const out = mkdtempSync(join(tmpdir(), 'quansim-schema-'));
    const io = memoryIo(root);
    expect(await runCli(['schema', '--out', out], io)).toBe(0);
    const written = readdirSync(out).sort();
    expect(written).toEqual(fileKinds.map((k) => `${k.name}.schema.json`).sort());
    for (const name of written) {
      // A difference means the zod schema changed: run `npm run schema` and commit schemas/.
      expect(readFileSync(join(out, name), 'utf8'), name).toBe(readFileSync(join(root, 'schemas', name), 'utf8'));
    }
  });

  it('describes the policy file for editors: strict objects, seed documents, option types', () => {
    const schema = JSON.parse(readFileSync(join(root, 'schemas/policy.schema.json'), 'utf8')) as Record<string, unknown>;
    const text = JSON.stringify(schema);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(['document', 'schemes']);
    expect(text).toContain('"hangzhou-2024"');
    expect(text).toContain('"money-or-none"');
  });

  it('needs --out (a usage error)', async () => {
    const io = memoryIo(root);
    expect(await runCli(['schema'], io)).toBe(2);
    expect(io.stderr()).toContain('--out');
  });
});
