import { readFileSync } from 'node:fs';
import { SCHEMA_VERSION } from './schema';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DATASET_TIMEOUT_MS,
  DatasetLoadError,
  fetchDataset,
  PREVIEW_DATASET_URL,
  readBodyWithin,
} from './load-dataset';

const valid = readFileSync('public/data/dataset.json', 'utf8');

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

function serve(respond: (url: string, init: RequestInit) => Promise<Response>) {
  vi.stubGlobal('fetch', vi.fn(respond));
}

/** A server that never answers: the request ends only when its signal aborts. */
const neverAnswers = (_url: string, init: RequestInit) =>
  new Promise<Response>((_, reject) =>
    init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
  );

describe('fetchDataset', () => {
  it('returns the validated dataset', async () => {
    serve(async () => new Response(valid, { status: 200 }));
    const dataset = await fetchDataset('/data/dataset.json');
    expect(dataset.schemaVersion).toBe(SCHEMA_VERSION);
  });

  it.each<[string, () => Promise<Response>, DatasetLoadError['kind'], RegExp]>([
    [
      'a network failure',
      () => Promise.reject(new TypeError('Failed to fetch')),
      'network',
      /Failed to fetch/,
    ],
    [
      'an HTTP error',
      async () => new Response('nope', { status: 404, statusText: 'Not Found' }),
      'http',
      /404/,
    ],
    [
      'broken JSON',
      async () => new Response('{"schemaVersion": 1,', { status: 200 }),
      'syntax',
      /JSON|Expected|Unexpected/,
    ],
    [
      'a schema violation',
      async () => new Response('{"schemaVersion": 1}', { status: 200 }),
      'validation',
      /^sources/,
    ],
  ])('turns %s into a typed error', async (_, respond, kind, message) => {
    serve(respond);
    const error = await fetchDataset('/x.json').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetLoadError);
    expect((error as DatasetLoadError).kind).toBe(kind);
    expect((error as DatasetLoadError).message).toMatch(message);
    expect((error as DatasetLoadError).url).toBe('/x.json');
  });

  it('gives up on a server that never answers', async () => {
    vi.useFakeTimers();
    serve(neverAnswers);
    const pending = fetchDataset('/slow.json').catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(DATASET_TIMEOUT_MS + 1);
    const error = await pending;
    expect((error as DatasetLoadError).kind).toBe('timeout');
  });

  it('rethrows the caller’s own abort untouched (React Query cancelled it)', async () => {
    const controller = new AbortController();
    serve(neverAnswers);
    const pending = fetchDataset('/x.json', controller.signal).catch((e: unknown) => e);
    controller.abort();
    const error = await pending;
    expect(error).not.toBeInstanceOf(DatasetLoadError);
    expect((error as DOMException).name).toBe('AbortError');
  });

  it('counts the bytes that arrive, not Content-Length, and stops past the limit', async () => {
    // A small declared (compressed) size, an endless body: what a gzip bomb looks like after
    // the browser has undone the compression.
    let pulled = 0;
    const chunk = new TextEncoder().encode(' '.repeat(64 * 1024));
    let cancelled = false;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(chunk);
      },
      cancel() {
        cancelled = true;
      },
    });
    serve(
      async () =>
        new Response(endless, {
          status: 200,
          headers: { 'content-length': '1000', 'content-encoding': 'gzip' },
        }),
    );
    const error = await fetchDataset('/bomb.json', undefined, { maxBytes: 1_000_000 }).catch(
      (e: unknown) => e,
    );
    expect((error as DatasetLoadError).kind).toBe('too-large');
    expect((error as DatasetLoadError).message).toMatch(/limit is 1,000,000 bytes/);
    expect(cancelled).toBe(true);
    // 1 MB is 16 chunks of 64 KB: reading stopped at the 17th, give or take the stream's buffer.
    expect(pulled).toBeLessThan(20);
  });

  it('accepts a body of exactly the limit', async () => {
    serve(async () => new Response(valid, { status: 200 }));
    const bytes = new TextEncoder().encode(valid).byteLength;
    const dataset = await fetchDataset('/d.json', undefined, { maxBytes: bytes });
    expect(dataset.schemaVersion).toBe(SCHEMA_VERSION);
  });
});

describe('readBodyWithin', () => {
  it.each<[string, string, number, string | null]>([
    ['ASCII under the limit', 'abc', 3, 'abc'],
    ['ASCII over the limit', 'abcd', 3, null],
    ['Chinese counts UTF-8 bytes, not characters', '郑州', 5, null],
    ['Chinese at the limit', '郑州', 6, '郑州'],
    ['a byte order mark is dropped as response.text() does', '\uFEFF{}', 5, '{}'],
  ])('%s', async (_, body, maxBytes, expected) => {
    const result = await readBodyWithin(new Response(body), maxBytes);
    expect(result.ok ? result.data : null).toBe(expected);
  });

  /** A body that arrives in the given chunks of bytes. */
  const streamed = (...chunks: number[][]) =>
    new Response(
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (const chunk of chunks) controller.enqueue(new Uint8Array(chunk));
          controller.close();
        },
      }),
    );
  // 郑州 in UTF-8 (E9 83 91 E5 B7 9E) and in GBK (D6 A3 D6 DD).
  const ZHENGZHOU_UTF8 = [0xe9, 0x83, 0x91, 0xe5, 0xb7, 0x9e];
  const ZHENGZHOU_GBK = [0xd6, 0xa3, 0xd6, 0xdd];

  it.each<[string, number[][], string | { kind: string }]>([
    [
      'UTF-8 split inside a character across chunks',
      [ZHENGZHOU_UTF8.slice(0, 2), ZHENGZHOU_UTF8.slice(2)],
      '郑州',
    ],
    ['GBK', [ZHENGZHOU_GBK], { kind: 'not-utf8' }],
    [
      'GBK after valid UTF-8 in an earlier chunk',
      [[0x7b, 0x22], ZHENGZHOU_GBK],
      { kind: 'not-utf8' },
    ],
    [
      'UTF-16 with its byte order mark',
      [[0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]],
      { kind: 'not-utf8' },
    ],
    ['a character cut off at the end', [ZHENGZHOU_UTF8.slice(0, 4)], { kind: 'not-utf8' }],
  ])('%s', async (_, chunks, expected) => {
    const result = await readBodyWithin(streamed(...chunks), 1_000);
    if (typeof expected === 'string') expect(result).toEqual({ ok: true, data: expected });
    else expect(result).toMatchObject({ ok: false, reason: expected });
  });
});

describe('fetchDataset: a dataset in another encoding, and a missing preview', () => {
  it('refuses a GBK dataset as not UTF-8 instead of showing mojibake', async () => {
    // {"name":"郑州"} in GBK.
    const gbk = new Uint8Array([
      ...new TextEncoder().encode('{"name":"'),
      0xd6,
      0xa3,
      0xd6,
      0xdd,
      ...new TextEncoder().encode('"}'),
    ]);
    serve(async () => new Response(gbk, { status: 200 }));
    const error = await fetchDataset('https://data.example.com/gbk.json').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetLoadError);
    expect((error as DatasetLoadError).kind).toBe('encoding');
    expect((error as DatasetLoadError).message).toMatch(/not UTF-8.*GBK/);
    expect((error as DatasetLoadError).url).toBe('https://data.example.com/gbk.json');
  });

  it('?data=preview with no preview saved says so, not "network error"', async () => {
    vi.stubGlobal('localStorage', { getItem: () => null });
    const error = await fetchDataset(PREVIEW_DATASET_URL).catch((e: unknown) => e);
    expect((error as DatasetLoadError).kind).toBe('no-preview');
    expect((error as DatasetLoadError).message).toMatch(/no preview is saved in this browser/);
  });
});
