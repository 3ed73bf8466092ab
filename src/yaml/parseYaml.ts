import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { UserError, type Location } from '../errors/UserError';
import { messages } from '../i18n/messages';
import { MAX_YAML_ALIASES, MAX_YAML_BYTES } from './limits';

/** A YAML text read with the places of its nodes kept, so that later checks can point at a line. */
export interface ParsedYaml {
  file: string;
  /** The plain JavaScript value (maps become objects); undefined when `fatal`. */
  value: unknown;
  /** Syntax errors and duplicate keys, each at its line and column. */
  errors: UserError[];
  /** True when the syntax errors leave the structure unreliable (anything but duplicate keys). */
  fatal: boolean;
  /** Where the node at `path` (or, with `atKey`, the key `atKey` of the map at `path`) starts. */
  locate: (path: readonly PropertyKey[], atKey?: string) => Location;
}

/**
 * Parses YAML 1.2 (core schema: `2024-08-19` and `30%` stay text) with unique keys enforced and a line
 * counter, and returns every syntax error and duplicate key at once, each placed at its line and column.
 * Browser-safe: no Node imports.
 */
export function parseYaml(text: string, file: string): ParsedYaml {
  const refused = refuse(text, file);
  if (refused) return { file, value: undefined, errors: [refused], fatal: true, locate: () => ({ file }) };
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const at = (offset: number): Location => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  let fatal = false;
  const errors = doc.errors.map((e) => {
    if (e.code === 'DUPLICATE_KEY') {
      const path = keyPathAt(doc.contents, e.pos[0], []);
      const key = path ? String(path[path.length - 1]) : text.slice(e.pos[0], e.pos[1]);
      return new UserError('yaml.duplicate-key', messages.yamlDuplicateKey(key), { ...at(e.pos[0]), ...(path ? { field: fieldPath(path) } : {}) });
    }
    fatal = true;
    return new UserError('yaml.syntax', messages.yamlSyntax(e.code, e.message), at(e.pos[0]));
  });
  const locate = (path: readonly PropertyKey[], atKey?: string): Location => {
    const where = { file, field: fieldPath(atKey === undefined ? path : [...path, atKey]) };
    const offset = offsetOf(doc, path, atKey);
    return offset === undefined ? where : { ...at(offset), field: where.field };
  };
  let value: unknown;
  if (!fatal) {
    try {
      value = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
    } catch (e) {
      // the yaml package throws a ReferenceError on too many aliases (and on an alias to a missing anchor, which
      // it has already reported as a syntax error)
      if (!(e instanceof ReferenceError)) throw e;
      fatal = true;
      errors.push(new UserError('yaml.aliases', messages.yamlTooManyAliases(MAX_YAML_ALIASES), { file }));
    }
  }
  return { file, value: fatal ? undefined : value, errors, fatal, locate };
}

/** A text refused before parsing: too long (MAX_YAML_BYTES), or holding a NUL character. */
function refuse(text: string, file: string): UserError | null {
  if (text.length > MAX_YAML_BYTES) return new UserError('file.too-large', messages.fileTooLarge(MAX_YAML_BYTES), { file });
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    const before = text.slice(0, nul);
    const line = before.split('\n').length;
    return new UserError('file.nul', messages.fileNulCharacter(), { file, line, column: nul - before.lastIndexOf('\n') });
  }
  return null;
}

/** `['schemes', 'compute', 'ratio', 1, 'value']` → `schemes.compute.ratio[1].value`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : `${out ? '.' : ''}${String(p)}`;
  return out;
}

/** The source offset of the deepest existing node on `path` (the key node itself when `atKey` is given). */
function offsetOf(doc: Document, path: readonly PropertyKey[], atKey?: string): number | undefined {
  if (atKey !== undefined) {
    const map = path.length ? doc.getIn(path, true) : doc.contents;
    if (isMap(map)) {
      const pair = map.items.find((p) => isScalar(p.key) && String(p.key.value) === atKey);
      if (pair && isScalar(pair.key) && pair.key.range) return pair.key.range[0];
    }
  }
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    if (range) return range[0];
  }
  return undefined;
}

/** The path of the map key that starts at `offset` (for duplicate keys, which the parser reports by offset). */
function keyPathAt(node: unknown, offset: number, path: PropertyKey[]): PropertyKey[] | null {
  if (isMap(node)) {
    for (const pair of node.items) {
      const k = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      if (isScalar(pair.key) && pair.key.range?.[0] === offset) return [...path, k];
      const found = keyPathAt(pair.value, offset, [...path, k]);
      if (found) return found;
    }
  } else if (isSeq(node)) {
    for (let i = 0; i < node.items.length; i++) {
      const found = keyPathAt(node.items[i], offset, [...path, i]);
      if (found) return found;
    }
  }
  return null;
}
