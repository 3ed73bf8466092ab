import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { UserError, UserErrors } from '../../src/errors/UserError';
import { fileKindOf, type FileKind } from '../../src/yaml/fileKinds';
import { userErrorText } from '../../src/i18n/userErrorText';

const kind = (key: string): FileKind => ({ key, name: key, schema: z.unknown(), check: () => ({ zh: key, en: key }) });
const kinds = [kind('document'), kind('scenario')];

describe('fileKindOf', () => {
  it('picks the kind whose key is at the top level', () => {
    expect(fileKindOf('scenario:\n  id: x\n', 's.yaml', kinds).name).toBe('scenario');
    expect(fileKindOf('options: {}\ndocument: {}\n', 'p.yaml', kinds).name).toBe('document');
  });

  it('names the keys found and the keys that would be recognised', () => {
    let err: unknown;
    try { fileKindOf('firms: 3\nyears: 2\n', 'x.yaml', kinds); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(UserError);
    const u = err as UserError;
    expect(u.code).toBe('file.kind-unknown');
    expect(u.where).toMatchObject({ file: 'x.yaml', line: 1, column: 1 });
    expect(userErrorText(u).en).toBe('cannot tell what this file is: its top-level keys are firms, years; a file starts with document: or scenario:');
  });

  it('reports syntax errors before guessing the kind', () => {
    expect(() => fileKindOf('document: [\n', 'p.yaml', kinds)).toThrow(UserErrors);
  });
});
