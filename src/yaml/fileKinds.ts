import type { z } from 'zod';
import { UserError, UserErrors } from '../errors/UserError';
import type { Bilingual } from '../i18n/Bilingual';
import { messages } from '../i18n/messages';
import { parseYaml } from './parseYaml';

/**
 * A kind of YAML input file quansim reads (policy, scenario...), recognised by its top-level key.
 * `quansim validate` and `quansim schema` work from a list of these, so a new kind is added to the list
 * (src/cli/fileKinds.ts) without touching the commands.
 */
export interface FileKind {
  /** The top-level key that marks the kind, e.g. `document` for a policy file, `scenario` for a scenario. */
  key: string;
  /** Short name, used in messages and for the JSON Schema file (`policy.schema.json`). */
  name: string;
  /** The zod schema of the file; its input side becomes the JSON Schema for editors. */
  schema: z.ZodType;
  /**
   * Validates the text completely (throwing UserErrors with every problem) and returns one line saying
   * what the file is, e.g. "policy hangzhou-2024: 1 scheme, 2 options". `readFile` reads a file the text
   * refers to (a scenario's policy files), by a path relative to where `file` was named.
   */
  check: (text: string, file: string, readFile: (path: string) => string, opts?: CheckOptions) => Bilingual;
}

/** What `quansim validate` passes on from its flags. */
export interface CheckOptions {
  /** A scenario whose estimated memory (src/scenario/estimateMemory.ts) is above this many MB is an error. */
  maxMemoryMb?: number;
}

/**
 * Which kind a YAML text is, from its top-level keys (the first kind in `kinds` whose key is present).
 * @throws UserErrors for syntax errors that hide the structure; UserError when no kind's key is present
 */
export function fileKindOf(text: string, file: string, kinds: readonly FileKind[]): FileKind {
  const parsed = parseYaml(text, file);
  if (parsed.fatal) throw new UserErrors(parsed.errors);
  const top = parsed.value !== null && typeof parsed.value === 'object' && !Array.isArray(parsed.value)
    ? Object.keys(parsed.value)
    : [];
  const kind = kinds.find((k) => top.includes(k.key));
  if (!kind) {
    throw new UserError('file.kind-unknown', messages.fileKindUnknown(top, kinds.map((k) => k.key)), { ...parsed.locate([]), field: undefined });
  }
  return kind;
}
