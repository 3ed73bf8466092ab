import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { UserError } from '../errors/UserError';
import { messages } from '../i18n/messages';
import { loadYaml } from './loadYaml';

/**
 * Reads a YAML file from disk (Node only) and validates it like `loadYaml`.
 * @throws UserError when the file cannot be read; UserErrors for its contents
 */
export function loadYamlFile<S extends z.ZodType>(path: string, schema: S): z.output<S> {
  return loadYaml(readTextFile(path), path, schema);
}

/** The file's text as UTF-8; a missing or unreadable file is the user's error, named with its path. */
export function readTextFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new UserError('file.missing', messages.fileMissing(), { file: path });
    throw new UserError('file.unreadable', messages.fileUnreadable((e as Error).message), { file: path });
  }
}
