/**
 * The largest dataset accepted, in bytes of JSON text as they arrive after the transfer's
 * compression is undone. 100,000 records are ~60 MB; past this size a phone tab runs out of
 * memory before validation could say anything useful. Counted while the body streams in, not
 * read from Content-Length: that header gives the compressed size (1 MB of gzip can expand to
 * 1 GB) or may be absent. docs/security.md. A module of its own so the curation CLI, which
 * refuses larger files with the same figure, need not load the app's query code.
 */
export const MAX_DATASET_BYTES = 150_000_000;
