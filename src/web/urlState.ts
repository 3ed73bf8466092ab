/**
 * The page state in the URL fragment, so that a link reproduces the page: `#s=j…` holds the state as
 * base64url JSON, `#s=z…` the same JSON compressed with deflate-raw (CompressionStream) when it is large
 * (the user's own YAML text). The fragment never reaches a server. A decoded state is validated before use.
 */
import { pageStateSchema, type PageState } from './pageState';

/** Above this many characters of JSON the state is compressed. */
const COMPRESS_ABOVE = 600;

/**
 * The most bytes a link's state may decompress to: well above the largest valid state (a few texts of at most
 * 200,000 characters each), so that a small link cannot inflate to hundreds of MB before it is checked.
 */
export const MAX_STATE_BYTES = 4 * 1024 * 1024;

/** The fragment (without `#`) that encodes `state`. */
export async function encodeState(state: PageState): Promise<string> {
  const json = JSON.stringify(state);
  const bytes = new TextEncoder().encode(json);
  if (json.length <= COMPRESS_ABOVE) return `s=j${toBase64Url(bytes)}`;
  return `s=z${toBase64Url(await pipe(bytes, new CompressionStream('deflate-raw')))}`;
}

/** Why a link could not be read: damaged, not a page state, or larger than MAX_STATE_BYTES once decompressed. */
export type DecodeFailure = 'unreadable' | 'invalid' | 'too-large';

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
    if (s.length > (MAX_STATE_BYTES * 4) / 3 + 4) return { state: null, error: 'too-large' };
    const bytes = fromBase64Url(s.slice(1));
    let text: Uint8Array;
    if (s[0] === 'j') text = bytes;
    else if (s[0] === 'z') {
      const inflated = await inflateAtMost(bytes, MAX_STATE_BYTES);
      if (inflated === null) return { state: null, error: 'too-large' };
      text = inflated;
    } else return { state: null, error: 'unreadable' };
    json = new TextDecoder('utf-8', { fatal: true }).decode(text);
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

/** Inflates deflate-raw bytes, stopping (null) as soon as the output passes `limit` bytes. */
async function inflateAtMost(bytes: Uint8Array, limit: number): Promise<Uint8Array | null> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel();
      return null;
    }
    parts.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
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
