import { z } from 'zod';

const MARK = 'quansim:unknown-keys:';

/**
 * A zod object that rejects unknown keys (OpenFisca-style: a misspelt key is an error, not a silent
 * default), and whose error for them carries the keys allowed at that place, so that `loadYaml` can list
 * them in the message. In the generated JSON Schema it is `additionalProperties: false`.
 */
export function strictObject<T extends z.core.$ZodLooseShape>(shape: T) {
  const allowed = Object.keys(shape);
  return z.strictObject(shape, {
    error: (iss) => (iss.code === 'unrecognized_keys' ? `${MARK}${JSON.stringify(allowed)}` : undefined),
  });
}

/** The allowed keys carried by an unknown-key issue of a `strictObject`, or null for any other message. */
export function allowedKeysOf(message: string): string[] | null {
  if (!message.startsWith(MARK)) return null;
  return JSON.parse(message.slice(MARK.length)) as string[];
}
