/**
 * Files the reader takes away: CSV that Excel opens with Chinese intact (UTF-8 with a byte
 * order mark), JSON, and the download itself. papaparse does the CSV quoting (commas, quotes
 * and line breaks in Chinese text) and is loaded only when someone exports.
 */

export const UTF8_BOM = '\uFEFF';

export type CsvCell = string | number | null | undefined;

/**
 * Text a spreadsheet would run as a formula: a cell whose first character, after any leading
 * whitespace or line breaks, is `= + - @` or its full-width form (`＝ ＋ － ＠`, what a Chinese
 * input method types: spreadsheets in CJK locales read `＝1+1` as a formula), or which starts
 * with a tab or a carriage return. papaparse's own `escapeFormulae: true` tests
 * `^[=+\-@\t\r].*$` without the `s` flag, so a cell with a line break in it
 * (`=HYPERLINK("https://evil",⏎"x")`) slipped through; this pattern has no end anchor. A
 * matching cell is written with a leading `'`, which spreadsheets read as "this is text".
 * Numbers are never matched (papaparse tests strings only), so -2.1 stays a number.
 */
export const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/u;

/**
 * Lines of `# key: value` notes (the filters, the sources, the link) go above the table so
 * the file says where its rows came from; a blank line separates them from the header.
 */
export async function toCsv(
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  notes: readonly (readonly [string, string])[] = [],
): Promise<string> {
  const { default: Papa } = await import('papaparse');
  const table = Papa.unparse(
    { fields: [...header], data: rows.map((row) => row.map((cell) => cell ?? '')) },
    { newline: '\r\n', escapeFormulae: FORMULA_START },
  );
  const noteLines = notes.length
    ? Papa.unparse(
        notes.map(([key, value]) => [`# ${key}`, value]),
        { newline: '\r\n', escapeFormulae: FORMULA_START },
      ) + '\r\n\r\n'
    : '';
  return `${UTF8_BOM}${noteLines}${table}\r\n`;
}

/**
 * A zip of text files (UTF-8), for a CSV and the README that says where its rows came from:
 * the CSV stays a clean table Excel can sort and filter, the provenance travels beside it.
 * fflate is loaded only when someone exports.
 */
export async function toZip(files: readonly { name: string; text: string }[]): Promise<Blob> {
  const { strToU8, zipSync } = await import('fflate');
  const zipped = zipSync(Object.fromEntries(files.map((file) => [file.name, strToU8(file.text)])));
  return new Blob([zipped as Uint8Array<ArrayBuffer>], { type: 'application/zip' });
}

export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** A file name from words that may be Chinese: keeps letters and digits of any script. */
export function fileSafe(name: string): string {
  return (
    name
      .normalize('NFC')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'export'
  );
}

/**
 * The as-of date as a file name says it, in the reader's language: 截至2021-04-30 /
 * asof-2021-04-30 (the ISO date stays as it is: it sorts, and no locale misreads it).
 */
export const asOfFileTag = (asOf: string, lang: 'zh' | 'en') =>
  lang === 'zh' ? `截至${asOf}` : `asof-${asOf}`;

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Let the browser start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadText(text: string, fileName: string, type: string): void {
  downloadBlob(new Blob([text], { type }), fileName);
}
