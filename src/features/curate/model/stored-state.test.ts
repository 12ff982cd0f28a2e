// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { duplicateKey, parseWorkbench, saveWorkbench, WORKBENCH_KEY } from './stored-state';
import { emptyWorkbench, type WorkbenchState } from './workbench';

const draft = {
  key: 'd1',
  kind: 'target',
  sentence: 2,
  proposal: 0,
  quotes: ['确保全年完成投资42亿元以上'],
  districtId: '410104',
  fields: { id: 'guancheng-2024-investment', statementZh: '确保全年完成投资42亿元以上' },
  quantities: { quantity: { printed: '42亿元以上', role: 'plan' } },
  links: { projectIds: ['draft:d2'] },
  edited: [],
};
const state = (over: Record<string, unknown> = {}) => ({
  version: 2,
  text: '确保全年完成投资42亿元以上。',
  meta: { ...emptyWorkbench().meta, sourceId: '005_x', publishedOn: '2024-04-19' },
  drafts: [draft],
  ...over,
});
const json = (value: unknown) => JSON.stringify(value);

describe('parseWorkbench', () => {
  it('reads back what was exported', () => {
    const value = state() as WorkbenchState;
    expect(parseWorkbench(json(value))).toEqual({ ok: true, data: value });
  });

  it.each([
    ['{', /^not JSON/],
    ['[]', /^\(root\): expected an object/],
    [json({ version: 3 }), /^version: not a workbench file/],
    [json(state({ text: 7 })), /^text: expected text/],
    [json(state({ text: 'x'.repeat(200_001) })), /^text: the page text is over 200 KB/],
    [json(state({ drafts: {} })), /^drafts: expected a list/],
    [
      json(state({ drafts: [{ ...draft, fields: null }] })),
      /^drafts\[0\]\.fields: expected an object/,
    ],
    [
      json(state({ drafts: [{ ...draft, fields: { id: 3 } }] })),
      /^drafts\[0\]\.fields\.id: expected text/,
    ],
    [json(state({ drafts: [{ ...draft, kind: 'story' }] })), /^drafts\[0\]\.kind: expected one of/],
    [
      json(state({ drafts: [{ ...draft, quotes: 'x' }] })),
      /^drafts\[0\]\.quotes: expected a list of texts/,
    ],
    [
      json(state({ drafts: [{ ...draft, sentence: '2' }] })),
      /^drafts\[0\]\.sentence: expected a whole number/,
    ],
    [
      json(
        state({
          drafts: [{ ...draft, quantities: { quantity: { printed: '1个', role: 'big' } } }],
        }),
      ),
      /^drafts\[0\]\.quantities\.quantity\.role: expected one of/,
    ],
    [
      json(
        state({ drafts: [{ ...draft, quantities: { count: { printed: '1个', role: 'count' } } }] }),
      ),
      /^drafts\[0\]\.quantities\.count: a target has no count/,
    ],
    [
      json(state({ drafts: [{ ...draft, links: { targetId: ['x'] } }] })),
      /^drafts\[0\]\.links\.targetId: a target has no targetId/,
    ],
    [json(state({ drafts: [draft, draft] })), /^drafts\[1\]\.key: a second draft "d1"/],
    [json(state({ meta: { dateCertainty: 'guessed' } })), /^meta\.dateCertainty: expected one of/],
    [
      '{"version":2,"text":"a","meta":{},"drafts":[{"key":"a","key":"b"}]}',
      /^drafts\[0\]\.key: the key is written twice/,
    ],
    ['{"version":2,"version":2}', /^version: the key is written twice/],
  ])('refuses %s, naming the path', (text, reason) => {
    const parsed = parseWorkbench(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toMatch(reason);
  });

  it('reads a version 1 file (one quote, one quantity, the target id among the fields)', () => {
    const v1 = {
      version: 1,
      text: 'a',
      meta: { sourceId: 's', dateInferred: true, dateEvidence: 'why' },
      drafts: [
        {
          key: 'd1',
          kind: 'report',
          sentence: 1,
          quote: 'a',
          districtId: '410104',
          quantity: null,
          fields: { targetId: 't1', status: 'achieved' },
        },
      ],
    };
    const parsed = parseWorkbench(json(v1));
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.data.meta.dateCertainty).toBe('inferred');
    expect(parsed.data.drafts[0]).toMatchObject({
      quotes: ['a'],
      links: { targetId: ['t1'] },
      fields: { status: 'achieved' },
    });
  });
});

describe('duplicateKey', () => {
  it.each([
    ['{"a":1,"b":{"c":2,"c":3}}', 'b.c'],
    ['{"a":[{"x":1},{"x":1,"x":2}]}', 'a[1].x'],
    ['{"a":"{\\"b\\":1,\\"b\\":2}"}', null],
    ['{"a":1,"b":2}', null],
  ])('%s → %s', (text, path) => {
    expect(duplicateKey(text)).toBe(path);
  });
});

describe('saveWorkbench', () => {
  it('says when storage is full, instead of keeping the old drafts silently', () => {
    const full = {
      setItem: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
    };
    expect(saveWorkbench(full, emptyWorkbench())).toEqual({ ok: false, reason: 'quota' });
    const saved = new Map<string, string>();
    const storage = { setItem: (key: string, value: string) => void saved.set(key, value) };
    expect(saveWorkbench(storage, emptyWorkbench())).toEqual({ ok: true });
    expect(saved.get(WORKBENCH_KEY)).toBe(JSON.stringify(emptyWorkbench()));
  });
});
