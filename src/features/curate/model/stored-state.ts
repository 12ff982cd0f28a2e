import { printedForm } from '@/data/normalize/quantity';
import { fail, ok, type Result } from '@/lib/result';
import {
  dateCertaintySchema,
  emptyMeta,
  LINK_SLOTS,
  PAGE_TEXT_LIMIT,
  QUANTITY_SLOTS,
  quantityRoleSchema,
  textBytes,
  type DraftKind,
  type PageMeta,
  type QuantityDraft,
  type RecordDraft,
  type WorkbenchState,
} from './workbench';

/**
 * The workbench as stored in this browser or in an exported drafts file, read back with every
 * value checked: a file with a duplicate key, `fields: null`, a number where text belongs or a
 * page over the size limit is refused with the JSON path of the first problem
 * (`drafts[2].fields.statementZh: expected text`), so nothing half-read replaces the drafts.
 */

/** The first key an object of the JSON text repeats, with its path (`drafts[0].fields.id`). */
export function duplicateKey(json: string): string | null {
  type Frame =
    { kind: 'object'; keys: Set<string>; key: string | null } | { kind: 'array'; index: number };
  const stack: { frame: Frame; path: string }[] = [];
  const pathOf = () => {
    let path = '';
    for (const { frame } of stack) {
      if (frame.kind === 'array') path += `[${frame.index}]`;
      else if (frame.key !== null) path += path === '' ? frame.key : `.${frame.key}`;
    }
    return path;
  };
  let i = 0;
  let expectKey = false;
  while (i < json.length) {
    const char = json[i]!;
    if (char === '"') {
      let end = i + 1;
      while (end < json.length && json[end] !== '"') end += json[end] === '\\' ? 2 : 1;
      const top = stack.at(-1)?.frame;
      if (top?.kind === 'object' && expectKey) {
        let key: string;
        try {
          key = JSON.parse(json.slice(i, end + 1)) as string;
        } catch {
          return null;
        }
        if (top.keys.has(key)) {
          top.key = key;
          return pathOf() || key;
        }
        top.keys.add(key);
        top.key = key;
        expectKey = false;
      }
      i = end + 1;
      continue;
    }
    if (char === '{') {
      stack.push({ frame: { kind: 'object', keys: new Set(), key: null }, path: '' });
      expectKey = true;
    } else if (char === '[') stack.push({ frame: { kind: 'array', index: 0 }, path: '' });
    else if (char === '}' || char === ']') stack.pop();
    else if (char === ',') {
      const top = stack.at(-1)?.frame;
      if (top?.kind === 'array') top.index += 1;
      else if (top?.kind === 'object') expectKey = true;
    }
    i += 1;
  }
  return null;
}

type Issue = { path: string; message: string };
class Invalid extends Error {
  constructor(readonly issue: Issue) {
    super(`${issue.path}: ${issue.message}`);
  }
}
const invalid = (path: string, message: string): never => {
  throw new Invalid({ path, message });
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function object(value: unknown, path: string): Record<string, unknown> {
  return isObject(value) ? value : invalid(path, 'expected an object');
}
function text(value: unknown, path: string, fallback?: string): string {
  if (value === undefined && fallback !== undefined) return fallback;
  return typeof value === 'string' ? value : invalid(path, 'expected text');
}
function texts(value: unknown, path: string): string[] {
  if (!Array.isArray(value)) return invalid(path, 'expected a list of texts');
  return value.map((item, i) => text(item, `${path}[${i}]`));
}
function oneOf<T extends string>(value: unknown, options: readonly T[], path: string): T {
  return options.includes(value as T)
    ? (value as T)
    : invalid(path, `expected one of ${options.join(', ')}`);
}

const KINDS: readonly DraftKind[] = ['target', 'figure', 'project', 'batch', 'report'];

function meta(value: unknown, path: string): PageMeta {
  const m = object(value, path);
  const empty = emptyMeta();
  return {
    sourceId: text(m.sourceId, `${path}.sourceId`, ''),
    sourceIdEdited: typeof m.sourceIdEdited === 'boolean' ? m.sourceIdEdited : true,
    titleZh: text(m.titleZh, `${path}.titleZh`, ''),
    titleZhEdited:
      typeof m.titleZhEdited === 'boolean' ? m.titleZhEdited : typeof m.titleZh === 'string',
    titleEn: text(m.titleEn, `${path}.titleEn`, ''),
    paper: text(m.paper, `${path}.paper`, ''),
    publishedOn: text(m.publishedOn, `${path}.publishedOn`, ''),
    dateCertainty:
      m.dateCertainty === undefined
        ? m.dateInferred === true
          ? 'inferred'
          : empty.dateCertainty
        : oneOf(m.dateCertainty, dateCertaintySchema.options, `${path}.dateCertainty`),
    dateEvidence: text(m.dateEvidence, `${path}.dateEvidence`, ''),
    dateEvidenceZh: text(m.dateEvidenceZh, `${path}.dateEvidenceZh`, ''),
    dateEvidenceQuotes: text(m.dateEvidenceQuotes, `${path}.dateEvidenceQuotes`, ''),
    summaryZh: text(m.summaryZh, `${path}.summaryZh`, ''),
    summaryEn: text(m.summaryEn, `${path}.summaryEn`, ''),
    url: text(m.url, `${path}.url`, ''),
  };
}

function draft(value: unknown, path: string, version: 1 | 2): RecordDraft {
  const d = object(value, path);
  const kind =
    version === 1 && d.kind === 'report' ? 'report' : oneOf(d.kind, KINDS, `${path}.kind`);
  const fieldsValue = object(d.fields, `${path}.fields`);
  const fields: Record<string, string> = {};
  for (const [name, field] of Object.entries(fieldsValue))
    fields[name] = text(field, `${path}.fields.${name}`);
  const quantities: RecordDraft['quantities'] = {};
  const links: RecordDraft['links'] = {};
  if (version === 1) {
    // Version 1 kept one quote, one quantity and a report's target id among the fields.
    const q = d.quantity;
    if (q !== null && q !== undefined) {
      const parsed = object(q, `${path}.quantity`);
      if (typeof parsed.value !== 'number' || typeof parsed.unit !== 'string')
        invalid(`${path}.quantity`, 'expected a quantity');
      quantities.quantity = {
        printed: printedForm(parsed as { value: number; unit: string }),
        role: kind === 'target' ? 'plan' : 'done',
      };
    }
    if (kind === 'report' && fields.targetId) links.targetId = [fields.targetId];
    delete fields.targetId;
    return {
      key: text(d.key, `${path}.key`),
      kind,
      sentence: typeof d.sentence === 'number' ? d.sentence : -1,
      proposal: -1,
      quotes: [text(d.quote, `${path}.quote`)],
      districtId: text(d.districtId, `${path}.districtId`),
      fields,
      quantities,
      links,
      edited: Object.keys(fields),
    };
  }
  const quantitiesValue = object(d.quantities ?? {}, `${path}.quantities`);
  for (const [slot, q] of Object.entries(quantitiesValue)) {
    const at = `${path}.quantities.${slot}`;
    if (!QUANTITY_SLOTS[kind].includes(slot as never)) invalid(at, `a ${kind} has no ${slot}`);
    const quantity = object(q, at);
    quantities[slot as keyof RecordDraft['quantities']] = {
      printed: text(quantity.printed, `${at}.printed`),
      role: oneOf(quantity.role, quantityRoleSchema.options, `${at}.role`),
    } satisfies QuantityDraft;
  }
  const linksValue = object(d.links ?? {}, `${path}.links`);
  for (const [slot, refs] of Object.entries(linksValue)) {
    const at = `${path}.links.${slot}`;
    if (!LINK_SLOTS[kind].includes(slot as never)) invalid(at, `a ${kind} has no ${slot}`);
    links[slot as keyof RecordDraft['links']] = texts(refs, at);
  }
  const sentence = d.sentence;
  if (typeof sentence !== 'number' || !Number.isInteger(sentence))
    invalid(`${path}.sentence`, 'expected a whole number');
  return {
    key: text(d.key, `${path}.key`),
    kind,
    sentence: sentence as number,
    proposal: typeof d.proposal === 'number' ? d.proposal : -1,
    quotes: texts(d.quotes, `${path}.quotes`),
    districtId: text(d.districtId, `${path}.districtId`),
    fields,
    quantities,
    links,
    edited: d.edited === undefined ? [] : texts(d.edited, `${path}.edited`),
  };
}

/** The stored or imported workbench, or why it is not one (the JSON path of the first problem). */
export function parseWorkbench(json: string): Result<WorkbenchState, string> {
  if (json.length > PAGE_TEXT_LIMIT * 20) return fail('the file is too large for a drafts file');
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return fail(`not JSON (${error instanceof Error ? error.message : 'unreadable'})`);
  }
  const repeated = duplicateKey(json);
  if (repeated) return fail(`${repeated}: the key is written twice`);
  try {
    const root = object(value, '(root)');
    const version = root.version;
    if (version !== 1 && version !== 2)
      return fail('version: not a workbench file (version 1 or 2)');
    const pageText = text(root.text, 'text');
    if (textBytes(pageText) > PAGE_TEXT_LIMIT) return fail('text: the page text is over 200 KB');
    if (!Array.isArray(root.drafts)) return fail('drafts: expected a list');
    const drafts = root.drafts.map((d, i) => draft(d, `drafts[${i}]`, version));
    const keys = new Set<string>();
    drafts.forEach((d, i) => {
      if (keys.has(d.key)) invalid(`drafts[${i}].key`, `a second draft "${d.key}"`);
      keys.add(d.key);
    });
    return ok({ version: 2, text: pageText, meta: meta(root.meta, 'meta'), drafts });
  } catch (error) {
    if (error instanceof Invalid) return fail(`${error.issue.path}: ${error.issue.message}`);
    throw error;
  }
}

/** Where the workbench keeps its state between visits (this browser only). */
export const WORKBENCH_KEY = 'zz-tracker.curate';

export type SaveOutcome = { ok: true } | { ok: false; reason: string };

/** Saves the workbench; a full or blocked storage is a value, shown at once by the page. */
export function saveWorkbench(
  storage: Pick<Storage, 'setItem'>,
  state: WorkbenchState,
): SaveOutcome {
  try {
    storage.setItem(WORKBENCH_KEY, JSON.stringify(state));
    return { ok: true };
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    return {
      ok: false,
      reason: /quota/i.test(name) || /quota/i.test(String(error)) ? 'quota' : 'blocked',
    };
  }
}
