import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatasetLoadError, fetchDataset } from './load-dataset';

/** Counts how often the app asks for zod's messages (the module's factory runs once per load). */
const requested = vi.hoisted(() => ({ times: 0 }));
vi.mock('./zod-messages', async (importOriginal) => {
  requested.times += 1;
  return importOriginal();
});

const valid = readFileSync('public/data/dataset.json', 'utf8');

afterEach(() => vi.unstubAllGlobals());

const serve = (body: string) =>
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(body, { status: 200 })),
  );

describe("zod's messages load only for a dataset that fails", () => {
  it('a valid dataset does not ask for them', async () => {
    serve(valid);
    await fetchDataset('/ok.json');
    expect(requested.times).toBe(0);
  });

  it('an invalid one does, and its error says what is wrong in words', async () => {
    serve(JSON.stringify({ ...JSON.parse(valid), projects: 'many' }));
    const error = await fetchDataset('/bad.json').catch((e: unknown) => e);
    expect(requested.times).toBe(1);
    expect(error).toBeInstanceOf(DatasetLoadError);
    expect((error as DatasetLoadError).message).toMatch(/^projects: .*expected array/);
  });
});
