import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { fail, ok, type Result } from '@/lib/result';
import { measureSince } from '@/lib/user-timing';
import type { Dataset } from './schema';
import type { DatasetIssue } from './validate-dataset';
import { MAX_DATASET_BYTES } from './dataset-limits';

/** The dataset shipped with the app. */
export const BUNDLED_DATASET_URL = `${import.meta.env.BASE_URL}data/dataset.json`;

export type DatasetErrorKind =
  | 'network'
  | 'timeout'
  | 'http'
  | 'too-large'
  /** The body is not UTF-8 (GBK, UTF-16, binary): refused rather than shown as mojibake. */
  | 'encoding'
  /** `?data=preview` with no preview saved in this browser. */
  | 'no-preview'
  | 'syntax'
  | 'validation';

export { MAX_DATASET_BYTES };

/** A server that never answers must not leave the reader on a skeleton forever. */
export const DATASET_TIMEOUT_MS = 60_000;

/** Why a dataset could not be shown: thrown from the query function, rendered by the route's error element. */
export class DatasetLoadError extends Error {
  override readonly name = 'DatasetLoadError';
  constructor(
    readonly kind: DatasetErrorKind,
    readonly url: string,
    message: string,
    readonly details: { status?: number; issues?: DatasetIssue[]; total?: number } = {},
  ) {
    super(message);
  }
}

export function isDatasetLoadError(error: unknown): error is DatasetLoadError {
  return error instanceof DatasetLoadError;
}

/**
 * The validator (zod and the schema) is a chunk of its own, fetched while
 * the dataset downloads: the app's entry, which paints the first screen, does not wait for it.
 */
const loadValidator = () =>
  import('./validate-dataset').catch((error: unknown) => {
    throw new DatasetLoadError(
      'network',
      BUNDLED_DATASET_URL,
      `the validator's code could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
    );
  });

/** Zod's English messages (zod-messages.ts); a failure to load them leaves zod's plain ones. */
const loadMessages = () => import('./zod-messages').catch(() => undefined);

/** Why a body could not be read as text: too many bytes, or bytes that are not UTF-8. */
export type BodyProblem =
  { kind: 'too-large'; bytes: number } | { kind: 'not-utf8'; bytes: number };

/**
 * A response body as text, its bytes counted as they stream in; past `maxBytes` the download
 * is cancelled and the size so far returned instead, so an endless or explosive body costs at
 * most the limit. The text must be UTF-8 (what JSON is, RFC 8259): a GBK or UTF-16 file is
 * refused with `not-utf8` (and how far it got) instead of being shown as mojibake, as the
 * curation CLI and the workbench refuse such pages.
 */
export async function readBodyWithin(
  response: Response,
  maxBytes: number,
): Promise<Result<string, BodyProblem>> {
  if (!response.body) return ok('');
  const reader = response.body.getReader();
  // UTF-8 as response.text() decodes, a leading byte order mark dropped, but fatal: one byte
  // sequence that is not UTF-8 fails the whole body, where response.text() would put U+FFFD.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  /** A chunk as text (the rest at the end), or null where its bytes are not UTF-8. */
  const decode = (chunk?: Uint8Array): string | null => {
    try {
      return chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
    } catch {
      return null; // fatal: a TypeError for bytes that are not UTF-8
    }
  };
  const parts: string[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel().catch(() => {});
      return fail({ kind: 'too-large', bytes });
    }
    const text = decode(value);
    if (text === null) {
      await reader.cancel().catch(() => {});
      return fail({ kind: 'not-utf8', bytes });
    }
    parts.push(text);
  }
  const rest = decode();
  if (rest === null) return fail({ kind: 'not-utf8', bytes });
  parts.push(rest);
  return ok(parts.join(''));
}

/**
 * The curation workbench's preview: a dataset it saved in this browser's storage, never sent
 * anywhere, read as a dataset file would be (`?data=preview`; dataset-source.tsx).
 */
export const PREVIEW_DATASET_URL = 'preview:workbench';
export const PREVIEW_STORAGE_KEY = 'zz-tracker.preview-dataset';

/** The preview the workbench saved in this browser, or null (none, or storage blocked). */
export function storedPreview(): string | null {
  try {
    return globalThis.localStorage?.getItem(PREVIEW_STORAGE_KEY) ?? null;
  } catch {
    return null; // storage blocked: no preview can have been saved
  }
}

function previewText(): string {
  const text = storedPreview();
  if (text === null)
    throw new DatasetLoadError(
      'no-preview',
      PREVIEW_DATASET_URL,
      'no preview is saved in this browser: open the curation workbench (/curate) and choose “preview” again, or go back to the bundled dataset',
    );
  return text;
}

export async function fetchDataset(
  url: string,
  signal?: AbortSignal,
  { maxBytes = MAX_DATASET_BYTES }: { maxBytes?: number } = {},
): Promise<Dataset> {
  if (url === PREVIEW_DATASET_URL) return parseText(previewText(), url, performance.now());
  const started = performance.now();
  const validator = loadValidator();
  // Settled later; until then a failed load must not count as an unhandled rejection.
  validator.catch(() => {});
  const controller = new AbortController();
  const abort = () => controller.abort();
  signal?.addEventListener('abort', abort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, DATASET_TIMEOUT_MS);
  /** A failed fetch or read: our timeout, the caller's abort (rethrown), or the network. */
  const transportError = (error: unknown) => {
    if (timedOut) {
      return new DatasetLoadError(
        'timeout',
        url,
        `no answer within ${DATASET_TIMEOUT_MS / 1000} s`,
      );
    }
    if (signal?.aborted) return error;
    return new DatasetLoadError(
      'network',
      url,
      error instanceof Error ? error.message : String(error),
    );
  };
  let text: string;
  try {
    const response = await fetch(url, {
      signal: controller.signal,
      credentials: 'same-origin',
    }).catch((error: unknown) => {
      throw transportError(error);
    });
    if (!response.ok) {
      throw new DatasetLoadError(
        'http',
        url,
        `HTTP ${response.status} ${response.statusText}`.trim(),
        {
          status: response.status,
        },
      );
    }
    const body = await readBodyWithin(response, maxBytes).catch((error: unknown) => {
      throw transportError(error);
    });
    if (!body.ok && body.reason.kind === 'not-utf8') {
      throw new DatasetLoadError(
        'encoding',
        url,
        `the file is not UTF-8 text (bytes that are not UTF-8 within its first ${body.reason.bytes.toLocaleString('en')} bytes): a dataset is UTF-8 JSON; a file in GBK or another encoding must be converted first`,
      );
    }
    if (!body.ok) {
      throw new DatasetLoadError(
        'too-large',
        url,
        `stopped reading after ${body.reason.bytes.toLocaleString('en')} bytes; the limit is ${maxBytes.toLocaleString('en')} bytes`,
      );
    }
    text = body.data;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abort);
  }
  measureSince('dataset:fetch', started, { url });
  return parseText(text, url, started, validator);
}

/** Dataset text → the dataset, or the error naming the JSON path of the first problem. */
async function parseText(
  text: string,
  url: string,
  started: number,
  validator = loadValidator(),
): Promise<Dataset> {
  const { parseDataset } = await validator;
  const fetched = performance.now();
  let result = parseDataset(text);
  measureSince('dataset:parse-validate', fetched, { url });
  measureSince('dataset:load', started, { url });
  if (!result.ok && result.reason.kind === 'validation') {
    // Zod's messages load only for a dataset that needs them; the verdict is the same, now
    // with the words that say what is wrong.
    await loadMessages();
    result = parseDataset(text);
  }
  if (!result.ok) {
    const problem = result.reason;
    if (problem.kind === 'syntax') throw new DatasetLoadError('syntax', url, problem.message);
    const first = problem.issues[0];
    throw new DatasetLoadError(
      'validation',
      url,
      first ? `${first.path}: ${first.message}` : 'invalid dataset',
      { issues: problem.issues, total: problem.total },
    );
  }
  return result.data;
}

export const datasetQueryKey = (url: string) => ['dataset', url] as const;

export function datasetQueryOptions(url: string = BUNDLED_DATASET_URL) {
  return queryOptions({
    queryKey: datasetQueryKey(url),
    queryFn: ({ signal }) => fetchDataset(url, signal),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
}

/**
 * The dataset in view. The app starts fetching it before a view's code arrives (main.tsx, and
 * each route: app/router.tsx); until it is there the view suspends into its loading state.
 * `select` derives a view without storing it.
 */
export function useDataset(url?: string): Dataset;
export function useDataset<T>(url: string, select: (dataset: Dataset) => T): T;
export function useDataset<T>(url: string = BUNDLED_DATASET_URL, select?: (dataset: Dataset) => T) {
  return useSuspenseQuery({
    ...datasetQueryOptions(url),
    select: select ?? ((d: Dataset) => d as unknown as T),
  }).data;
}
