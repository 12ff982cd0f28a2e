import type * as z from 'zod/mini';

/**
 * A fast parser compiled at runtime from a zod schema's own definitions (`schema._zod.def`): no
 * second description of the data, and no `eval` (the CSP forbids it) — just closures.
 *
 * It parses the way zod does — the same types, the same checks (zod's own check functions are
 * called, so limits count characters exactly as zod counts them), trims, defaults, unknown keys
 * dropped — but in place: instead of building a new value it normalizes the input and returns
 * it. When anything is wrong it returns `INVALID` and says nothing more; the caller then runs
 * zod for the error and its JSON path. So the parser may be conservative (an input it does not
 * model is handed to zod), but what it accepts, zod accepts with an equal output. The
 * differential test (fast-parser.test.ts) holds the two together.
 *
 * Input it may have touched before failing is still valid input for zod, with the same verdict
 * and issues: it only applied zod's own normalizations (idempotent trims, defaults, dropped
 * unknown keys), and only to values that passed their checks.
 */

/** What a parser returns when it hands the input to zod. */
export const INVALID: unique symbol = Symbol('invalid');

export type FastParser<T> = (input: unknown) => T | typeof INVALID;

type Parse = (value: unknown) => unknown;

type AnySchema = z.core.$ZodType;
type Payload = z.core.ParsePayload<unknown>;
type Check = {
  when: ((payload: Payload) => boolean) | undefined;
  check: (payload: Payload) => unknown;
};

/** Loose views of the definitions this compiler reads; zod's own types are a union per kind. */
type Def = {
  type: string;
  coerce?: boolean;
  checks?: AnySchema['_zod']['def']['checks'];
  shape?: Record<string, AnySchema>;
  catchall?: AnySchema;
  element?: AnySchema;
  innerType?: AnySchema;
  defaultValue?: unknown;
};

/** A schema this compiler does not model; `compileFastParser` throws it, naming where. */
export class UnsupportedSchemaError extends Error {
  override readonly name = 'UnsupportedSchemaError';
}

/**
 * The schema's checks as zod runs them: a string format (an ISO date) is itself a check and
 * runs first, then the checks of `def.checks` in order.
 */
function checksOf(schema: AnySchema, def: Def, where: string): Check[] {
  const all = [
    ...(schema._zod.traits.has('$ZodCheck') ? [schema as unknown as z.core.$ZodCheck] : []),
    ...(def.checks ?? []),
  ];
  return all.map((ch) => {
    const internals = ch._zod as unknown as { check?: (payload: Payload) => unknown };
    if (typeof internals.check !== 'function') {
      throw new UnsupportedSchemaError(`${where}: a check without a check function`);
    }
    return { when: ch._zod.def.when as Check['when'], check: internals.check };
  });
}

/** Runs `checks` over `value` the way zod's runChecks does; the value, possibly overwritten (trim), or INVALID. */
function checkRunner(checks: Check[]): (value: unknown) => unknown {
  if (checks.length === 0) return (value) => value;
  // One payload per schema node, reused: a check only reads `value` and pushes to `issues`.
  const payload: Payload = { value: undefined, issues: [] };
  return (value) => {
    payload.value = value;
    for (const { when, check } of checks) {
      if (when !== undefined && !when(payload)) continue;
      const result = check(payload);
      if (payload.issues.length !== 0 || result instanceof Promise) {
        payload.issues.length = 0;
        payload.value = undefined;
        return INVALID;
      }
    }
    const out = payload.value;
    payload.value = undefined;
    return out;
  };
}

/** `then` after the node's own parse, unless the node has no checks. */
function withChecks(parse: Parse, checks: Check[]): Parse {
  if (checks.length === 0) return parse;
  const run = checkRunner(checks);
  return (value) => {
    const parsed = parse(value);
    return parsed === INVALID ? INVALID : run(parsed);
  };
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.getPrototypeOf(value) === Object.prototype;

type Field = {
  key: string;
  /** This field's bit in the mask of fields an input has. */
  bit: number;
  parse: Parse;
  optin: 'optional' | 'defaulted' | undefined;
  optout: 'optional' | undefined;
};

function compileObject(schema: AnySchema, def: Def, where: string): Parse {
  if (def.catchall !== undefined) {
    throw new UnsupportedSchemaError(`${where}: objects with a catchall (strict or loose)`);
  }
  const shape = def.shape ?? {};
  if (Object.getOwnPropertySymbols(shape).length > 0) {
    throw new UnsupportedSchemaError(`${where}: symbol keys`);
  }
  const keys = Object.keys(shape);
  // Which fields an input has is a bit mask in one small integer.
  if (keys.length > 30) throw new UnsupportedSchemaError(`${where}: more than 30 keys`);
  const fields: Field[] = keys.map((key, index) => {
    // Keys Object.prototype also has would read through to it; zod's `in` sees them present.
    if (key === '__proto__' || key in Object.prototype) {
      throw new UnsupportedSchemaError(`${where}.${key}: a key Object.prototype also has`);
    }
    const field = shape[key]!;
    return {
      key,
      bit: 1 << index,
      parse: compileNode(field, `${where}.${key}`),
      optin: field._zod.optin,
      optout: field._zod.optout,
    };
  });
  const byKey = new Map(fields.map((field) => [field.key, field]));

  /**
   * The fields the input lacks (not in `seen`), by zod's rules for absent keys
   * (handlePropertyResult). One that is there but was not enumerated (non-enumerable, or
   * inherited) is zod's to judge.
   */
  const fillAbsent = (value: Record<string, unknown>, seen: number): boolean => {
    for (const { key, bit, parse: parseField, optin, optout } of fields) {
      if ((seen & bit) !== 0) continue;
      if (key in value) return false;
      if (optin === undefined) return false; // a required key is missing
      if (optin === 'optional' && optout === 'optional') continue; // stays absent
      const out = parseField(undefined);
      if (out === INVALID) {
        if (optout === 'optional') continue; // errors on an absent optional key are ignored
        return false;
      }
      if (out !== undefined || (optin === 'defaulted' && optout !== 'optional')) value[key] = out;
    }
    return true;
  };

  const parse: Parse = (value) => {
    // zod's output is a new plain object; anything else (a class instance) is zod's to judge.
    if (!isPlainObject(value)) return INVALID;
    // Walking the input's own keys (for-in reads them by their slots: fast) finds the fields and
    // the keys zod would drop in one pass.
    let present = 0;
    let seen = 0;
    let unknown = false;
    for (const key in value) {
      const field = byKey.get(key);
      if (field === undefined) {
        unknown = true;
        continue;
      }
      present++;
      seen |= field.bit;
      const input = value[key];
      const out = field.parse(input);
      if (out === INVALID) return INVALID;
      if (out !== input) value[key] = out;
    }
    if (present !== fields.length && !fillAbsent(value, seen)) return INVALID;
    // zod's output has no symbol keys either; JSON never has them, so the check is cheap.
    if (unknown || Object.getOwnPropertySymbols(value).length !== 0) {
      for (const symbol of Object.getOwnPropertySymbols(value)) delete value[symbol as never];
      for (const key of Object.keys(value)) if (!byKey.has(key)) delete value[key];
    }
    return value;
  };
  return withChecks(parse, checksOf(schema, def, where));
}

function compileArray(schema: AnySchema, def: Def, where: string): Parse {
  const parseElement = compileNode(def.element!, `${where}[]`);
  const parse: Parse = (value) => {
    if (!Array.isArray(value)) return INVALID;
    for (let i = 0; i < value.length; i++) {
      const input: unknown = value[i];
      const out = parseElement(input);
      if (out === INVALID) return INVALID;
      if (out !== input) value[i] = out;
    }
    return value;
  };
  return withChecks(parse, checksOf(schema, def, where));
}

function compileNode(schema: AnySchema, where: string): Parse {
  const def = schema._zod.def as Def;
  if (def.coerce) throw new UnsupportedSchemaError(`${where}: coercion`);
  switch (def.type) {
    case 'string':
      return withChecks(
        (value) => (typeof value === 'string' ? value : INVALID),
        checksOf(schema, def, where),
      );
    case 'number':
      return withChecks(
        (value) => (typeof value === 'number' && Number.isFinite(value) ? value : INVALID),
        checksOf(schema, def, where),
      );
    case 'boolean':
      return withChecks(
        (value) => (typeof value === 'boolean' ? value : INVALID),
        checksOf(schema, def, where),
      );
    case 'enum':
    case 'literal': {
      // The exhaustive set zod itself checks against.
      const values = schema._zod.values;
      if (!values) throw new UnsupportedSchemaError(`${where}: ${def.type} without values`);
      return withChecks(
        (value) => (values.has(value as never) ? value : INVALID),
        checksOf(schema, def, where),
      );
    }
    case 'object':
      return compileObject(schema, def, where);
    case 'array':
      return compileArray(schema, def, where);
    case 'optional': {
      const inner = def.innerType!;
      const parseInner = compileNode(inner, where);
      const substitutes = inner._zod.optin === 'defaulted';
      return withChecks(
        (value) => (value === undefined && !substitutes ? undefined : parseInner(value)),
        checksOf(schema, def, where),
      );
    }
    case 'nullable': {
      const parseInner = compileNode(def.innerType!, where);
      return withChecks(
        (value) => (value === null ? null : parseInner(value)),
        checksOf(schema, def, where),
      );
    }
    case 'default': {
      const parseInner = compileNode(def.innerType!, where);
      // `def.defaultValue` is a getter that hands out a fresh copy each time, as zod uses it.
      return withChecks(
        (value) => {
          if (value === undefined) return def.defaultValue;
          const out = parseInner(value);
          return out === undefined ? def.defaultValue : out;
        },
        checksOf(schema, def, where),
      );
    }
    default:
      throw new UnsupportedSchemaError(`${where}: schemas of type "${def.type}"`);
  }
}

/**
 * Compiles `schema` into a parser that normalizes its input in place and returns it, or returns
 * `INVALID` (then zod decides). Throws `UnsupportedSchemaError` when the schema uses something
 * this compiler does not model: unions, transforms, pipes, records, lazy schemas, catchalls.
 * The parser itself never throws: an exception inside a check hands the input to zod as well.
 */
export function compileFastParser<S extends AnySchema>(schema: S): FastParser<z.output<S>> {
  const parse = compileNode(schema, '(root)');
  return (input) => {
    try {
      return parse(input) as z.output<S> | typeof INVALID;
    } catch {
      return INVALID;
    }
  };
}
