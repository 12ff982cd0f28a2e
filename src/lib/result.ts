/** Errors as values: parsers and validators return this instead of throwing. */
export type Result<T, E = string> = { ok: true; data: T } | { ok: false; reason: E };

export const ok = <T>(data: T): Result<T, never> => ({ ok: true, data });
export const fail = <E>(reason: E): Result<never, E> => ({ ok: false, reason });
