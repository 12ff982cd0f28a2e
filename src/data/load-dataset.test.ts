import { readFileSync } from 'node:fs';
import { SCHEMA_VERSION } from './schema';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DATASET_TIMEOUT_MS,
  DatasetLoadError,
  fetchDataset,
  MAX_DATASET_CHARS,
} from './load-dataset';

const valid = readFileSync('public/data/dataset.json', 'utf8');

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

function serve(respond: () => Promise<Response>) {
  vi.stubGlobal('fetch', vi.fn(respond));
}

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
    [
      'a declared size over the limit',
      async () =>
        new Response('{}', {
          status: 200,
          headers: { 'content-length': String(MAX_DATASET_CHARS + 1) },
        }),
      'too-large',
      /limit/,
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
    vi.stubGlobal(
      'fetch',
      vi.fn(
        (_url: string, init: RequestInit) =>
          new Promise<Response>((_, reject) =>
            init.signal?.addEventListener('abort', () =>
              reject(new DOMException('aborted', 'AbortError')),
            ),
          ),
      ),
    );
    const pending = fetchDataset('/slow.json').catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(DATASET_TIMEOUT_MS + 1);
    const error = await pending;
    expect((error as DatasetLoadError).kind).toBe('timeout');
  });

  it('rethrows the caller’s own abort untouched (React Query cancelled it)', async () => {
    const controller = new AbortController();
    vi.stubGlobal(
      'fetch',
      vi.fn(
        (_url: string, init: RequestInit) =>
          new Promise<Response>((_, reject) =>
            init.signal?.addEventListener('abort', () =>
              reject(new DOMException('aborted', 'AbortError')),
            ),
          ),
      ),
    );
    const pending = fetchDataset('/x.json', controller.signal).catch((e: unknown) => e);
    controller.abort();
    const error = await pending;
    expect(error).not.toBeInstanceOf(DatasetLoadError);
    expect((error as DOMException).name).toBe('AbortError');
  });
});
