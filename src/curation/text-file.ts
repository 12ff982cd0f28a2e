import { fail, ok, type Result } from '@/lib/result';

/** UTF-8 text, or why the bytes are not: nothing but whitespace, NUL bytes, invalid UTF-8. */
export function decodeText(bytes: Uint8Array, path: string): Result<string, string> {
  if (bytes.includes(0)) return fail(`${path} is a binary file, not text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail(`${path} is not UTF-8 text (binary, or another encoding such as GBK)`);
  }
  if (text.trim() === '') return fail(`${path} is empty`);
  return ok(text.replace(/^\uFEFF/, ''));
}
