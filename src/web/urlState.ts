/**
 * The page state in the URL fragment, so that a link reproduces the page: `#s=j…` holds the state as
 * base64url JSON, `#s=z…` the same JSON compressed with deflate-raw (CompressionStream) when it is large
 * (the user's own YAML text). The fragment never reaches a server. A decoded state is validated before use.
 */
import { pageStateSchema, type PageState } from './pageState';

/** Above this many characters of JSON the state is compressed. */
const COMPRESS_ABOVE = 600;

/** The fragment (without `#`) that encodes `state`. */
export async function encodeState(state: PageState): Promise<string> {
  const json = JSON.stringify(state);
  const bytes = new TextEncoder().encode(json);
  if (json.length <= COMPRESS_ABOVE) return `s=j${toBase64Url(bytes)}`;
  return `s=z${toBase64Url(await pipe(bytes, new CompressionStream('deflate-raw')))}`;
}

/** Why a link could not be read. */
export type DecodeFailure = 'unreadable' | 'invalid';

/**
 * The state in a fragment (with or without `#`): `{state}`, `{state: null}` when the fragment holds none, or
 * `{error}` when it is damaged (`unreadable`) or does not describe a page (`invalid`).
 */
export async function decodeState(fragment: string): Promise<{ state: PageState | null; error?: DecodeFailure }> {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  const s = params.get('s');
  if (s === null || s === '') return { state: null };
  let json: string;
  try {
    const bytes = fromBase64Url(s.slice(1));
    if (s[0] === 'j') json = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    else if (s[0] === 'z') json = new TextDecoder('utf-8', { fatal: true }).decode(await pipe(bytes, new DecompressionStream('deflate-raw')));
    else return { state: null, error: 'unreadable' };
  } catch {
    return { state: null, error: 'unreadable' };
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { state: null, error: 'unreadable' };
  }
  const parsed = pageStateSchema.safeParse(value);
  return parsed.success ? { state: parsed.data } : { state: null, error: 'invalid' };
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

/** Bytes as base64url without padding (RFC 4648 §5). */
export function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The inverse of `toBase64Url`. @throws on characters outside the alphabet */
export function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((text.length + 3) % 4);
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
