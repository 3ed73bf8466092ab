import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultPageState, MAX_SLOTS, withEdit, withoutEdit, type PageState } from '../../src/web/pageState';
import { decodeState, encodeState, fromBase64Url, MAX_STATE_BYTES, toBase64Url } from '../../src/web/urlState';

describe('base64url', () => {
  it('round-trips any bytes and uses only the URL-safe alphabet', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      const s = toBase64Url(bytes);
      expect(s).toMatch(/^[A-Za-z0-9_-]*$/);
      expect(Array.from(fromBase64Url(s))).toEqual(Array.from(bytes));
    }));
  });
  it('matches RFC 4648 test vectors (without padding)', () => {
    const enc = (t: string) => toBase64Url(new TextEncoder().encode(t));
    expect(['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar'].map(enc)).toEqual(['', 'Zg', 'Zm8', 'Zm9v', 'Zm9vYg', 'Zm9vYmE', 'Zm9vYmFy']);
    expect(toBase64Url(new Uint8Array([0xfb, 0xff]))).toBe('-_8');
  });
  it('refuses characters outside the alphabet', () => {
    expect(() => fromBase64Url('ab+c')).toThrow();
  });
});

describe('page state in the URL', () => {
  const small = defaultPageState('scenarios/hangzhou-2024.yaml', 'en');

  it('keeps a small state readable as JSON (j) and a large one compressed (z), both round-trip', async () => {
    const a = await encodeState(small);
    expect(a.startsWith('s=j')).toBe(true);
    expect((await decodeState(`#${a}`)).state).toEqual(small);

    const text = `scenario:\n  id: mine\n  title: {zh: "我的", en: "mine"}\n${'  # note\n'.repeat(400)}`;
    const big: PageState = { ...small, seed: 'abc', runs: 5000, slots: [{ source: { kind: 'text', name: 'mine.yaml', text }, edits: [] }] };
    const b = await encodeState(big);
    expect(b.startsWith('s=z')).toBe(true);
    expect(b.length).toBeLessThan(text.length / 4);
    expect((await decodeState(b)).state).toEqual(big);
  });

  it('round-trips arbitrary valid states', async () => {
    const edit = fc.record({
      path: fc.array(fc.oneof(fc.string({ maxLength: 20 }), fc.nat(50)), { minLength: 1, maxLength: 5 }),
      value: fc.oneof(fc.string({ maxLength: 40 }), fc.integer(), fc.boolean(), fc.constant(null)),
    });
    const slot = fc.record({
      source: fc.oneof(
        fc.constantFrom('scenarios/a.yaml', 'scenarios/x/b-2.yml').map((file) => ({ kind: 'builtin' as const, file })),
        fc.record({ kind: fc.constant('text' as const), name: fc.string({ maxLength: 30 }), text: fc.string({ maxLength: 2000 }) }),
      ),
      edits: fc.array(edit, { maxLength: 5 }),
    });
    const state = fc.record({
      lang: fc.constantFrom('zh' as const, 'en' as const),
      slots: fc.array(slot, { minLength: 1, maxLength: MAX_SLOTS }),
      runs: fc.option(fc.integer({ min: 1, max: 200_000 }), { nil: null }),
      seed: fc.option(fc.string({ minLength: 1, maxLength: 100 }), { nil: null }),
      layout: fc.constantFrom('side' as const, 'overlay' as const),
    });
    await fc.assert(fc.asyncProperty(state, async (s) => {
      expect((await decodeState(await encodeState(s))).state).toEqual(s);
    }), { numRuns: 60 });
  });

  it('says when there is no state, and refuses damaged or foreign ones without applying them', async () => {
    expect(await decodeState('')).toEqual({ state: null });
    expect(await decodeState('#lang=en')).toEqual({ state: null });
    expect(await decodeState('#s=q123')).toEqual({ state: null, error: 'unreadable' });
    expect(await decodeState('#s=j%%%')).toEqual({ state: null, error: 'unreadable' });
    expect(await decodeState('#s=zAAAA')).toEqual({ state: null, error: 'unreadable' });
    const enc = (v: unknown) => `s=j${toBase64Url(new TextEncoder().encode(JSON.stringify(v)))}`;
    expect(await decodeState(enc({ ...small, runs: 0 }))).toEqual({ state: null, error: 'invalid' });
    expect(await decodeState(enc({ ...small, extra: '<script>' }))).toEqual({ state: null, error: 'invalid' });
    expect(await decodeState(enc({ ...small, slots: [{ source: { kind: 'builtin', file: '../etc/passwd' }, edits: [] }] }))).toEqual({ state: null, error: 'invalid' });
    expect(await decodeState(enc({ ...small, slots: [] }))).toEqual({ state: null, error: 'invalid' });
  });
});

describe('edits', () => {
  it('replace an earlier edit of the same path and can be removed', () => {
    const slot = defaultPageState('scenarios/a.yaml').slots[0]!;
    const a = withEdit(withEdit(slot, { path: ['scenario', 'runs'], value: 10 }), { path: ['scenario', 'seed'], value: 'x' });
    const b = withEdit(a, { path: ['scenario', 'runs'], value: 20 });
    expect(b.edits).toEqual([{ path: ['scenario', 'seed'], value: 'x' }, { path: ['scenario', 'runs'], value: 20 }]);
    expect(withoutEdit(b, ['scenario', 'seed']).edits).toEqual([{ path: ['scenario', 'runs'], value: 20 }]);
    expect(slot.edits).toEqual([]);
  });
});

describe('decodeState limits', () => {
  const deflate = async (bytes: Uint8Array): Promise<string> => {
    const out = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    return `s=z${toBase64Url(new Uint8Array(await new Response(out).arrayBuffer()))}`;
  };

  it('stops inflating a link past MAX_STATE_BYTES and says it is too large', async () => {
    // 64 MB of spaces compress to about 64 KB: the link is small, what it inflates to is not
    const bomb = new Uint8Array(64 * 1024 * 1024).fill(0x20);
    const link = await deflate(bomb);
    expect(link.length).toBeLessThan(200_000);
    expect(await decodeState(link)).toEqual({ state: null, error: 'too-large' });
  });

  it('reads a state just under the limit as JSON (and finds it invalid), not as too large', async () => {
    const json = new TextEncoder().encode(`{"x":"${'a'.repeat(MAX_STATE_BYTES - 10)}"}`);
    expect(json.length).toBeLessThanOrEqual(MAX_STATE_BYTES);
    expect(await decodeState(await deflate(json))).toEqual({ state: null, error: 'invalid' });
  });
});
