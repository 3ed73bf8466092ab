import { closeSync, openSync, readSync } from 'node:fs';
import type { z } from 'zod';
import { UserError } from '../errors/UserError';
import { messages } from '../i18n/messages';
import { MAX_YAML_BYTES } from './limits';
import { loadYaml } from './loadYaml';

/**
 * Reads a YAML file from disk (Node only) and validates it like `loadYaml`.
 * @throws UserError when the file cannot be read; UserErrors for its contents
 */
export function loadYamlFile<S extends z.ZodType>(path: string, schema: S): z.output<S> {
  return loadYaml(readTextFile(path), path, schema);
}

/**
 * The file's text as UTF-8; a missing, unreadable, oversized or non-UTF-8 file is the user's error, named with
 * its path. At most `maxBytes` + 1 bytes are ever read, so `/dev/zero` or a FIFO cannot make it read forever.
 * @param maxBytes the limit (default MAX_YAML_BYTES, see src/yaml/limits.ts)
 * @throws UserError file.missing, file.unreadable, file.too-large or file.not-utf8 (with the line of the first bad byte)
 */
export function readTextFile(path: string, maxBytes = MAX_YAML_BYTES): string {
  let bytes: Buffer;
  try {
    bytes = readAtMost(path, maxBytes + 1);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new UserError('file.missing', messages.fileMissing(), { file: path });
    throw new UserError('file.unreadable', messages.fileUnreadable((e as Error).message), { file: path });
  }
  if (bytes.length > maxBytes) throw new UserError('file.too-large', messages.fileTooLarge(maxBytes), { file: path });
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstBadUtf8(bytes);
    const before = bytes.subarray(0, at);
    let line = 1;
    for (const b of before) if (b === 0x0a) line++;
    const column = at - (before.lastIndexOf(0x0a) + 1) + 1;
    throw new UserError('file.not-utf8', messages.fileNotUtf8(), { file: path, line, column });
  }
}

/** Up to `limit` bytes from the start of a file (any kind: regular, device, FIFO). */
function readAtMost(path: string, limit: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(Math.min(limit, 1 << 16));
    const parts: Buffer[] = [];
    let total = 0;
    while (total < limit) {
      const n = readSync(fd, buf, 0, Math.min(buf.length, limit - total), null);
      if (n === 0) break;
      parts.push(Buffer.from(buf.subarray(0, n)));
      total += n;
    }
    return Buffer.concat(parts, total);
  } finally {
    closeSync(fd);
  }
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence (RFC 3629), or the length. */
export function firstBadUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    let n: number;
    let min: number;
    if (c < 0x80) { i++; continue; }
    if (c >= 0xc2 && c <= 0xdf) { n = 1; min = 0x80; } else if (c >= 0xe0 && c <= 0xef) { n = 2; min = 0x800; } else if (c >= 0xf0 && c <= 0xf4) { n = 3; min = 0x10000; } else return i;
    let cp = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const x = b[i + k];
      if (x === undefined || (x & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (x & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return i;
}
