import { describe, expect, it } from 'vitest';
import { FOLLOW_UP_LIMITS, type FollowUp } from './follow-up';
import { parseFollowUpFile, serializeFollowUpFile, buildFollowUpFile } from './follow-up-file';
import { makeFollowUp } from './follow-up.fixtures';
import { createFollowUpStore } from './follow-up-store';
import {
  draftFromFollowUp,
  EMPTY_DRAFT,
  validateDraft,
  type DraftError,
  type FollowUpDraft,
} from './follow-up-draft';

const context = { today: '2021-06-15', sourceIds: new Set(['src-1']) };
const valid: FollowUpDraft = {
  ...EMPTY_DRAFT,
  status: 'achieved',
  date: '2021-06-01',
  note: '  已竣工  ',
  sourceId: '',
  url: 'https://example.org/news',
};

describe('validateDraft', () => {
  it.each<[string, Partial<FollowUpDraft>, DraftError[]]>([
    ['no status', { status: '' }, [{ field: 'status', code: 'status-required' }]],
    ['status not-rated', { status: 'not-rated' }, [{ field: 'status', code: 'status-required' }]],
    ['no date', { date: ' ' }, [{ field: 'date', code: 'date-required' }]],
    ['an impossible date', { date: '2021-02-29' }, [{ field: 'date', code: 'date-invalid' }]],
    ['a date in words', { date: '6月1日' }, [{ field: 'date', code: 'date-invalid' }]],
    ['tomorrow', { date: '2021-06-16' }, [{ field: 'date', code: 'date-future' }]],
    ['no note', { note: '\n ' }, [{ field: 'note', code: 'note-required' }]],
    [
      'a note too long',
      { note: 'x'.repeat(FOLLOW_UP_LIMITS.noteLength + 1) },
      [{ field: 'note', code: 'note-too-long' }],
    ],
    ['a javascript: URL', { url: 'javascript:alert(1)' }, [{ field: 'url', code: 'url-invalid' }]],
    ['a URL without scheme', { url: 'example.org' }, [{ field: 'url', code: 'url-invalid' }]],
    [
      'a URL too long',
      { url: `https://example.org/${'a'.repeat(FOLLOW_UP_LIMITS.urlLength)}` },
      [{ field: 'url', code: 'url-too-long' }],
    ],
    [
      'a source not in the dataset',
      { sourceId: 'src-9' },
      [{ field: 'sourceId', code: 'source-unknown' }],
    ],
    [
      'neither source nor link',
      { url: '', sourceId: '' },
      [{ field: 'evidence', code: 'evidence-required' }],
    ],
    [
      'everything empty',
      EMPTY_DRAFT,
      [
        { field: 'status', code: 'status-required' },
        { field: 'date', code: 'date-required' },
        { field: 'note', code: 'note-required' },
        { field: 'evidence', code: 'evidence-required' },
      ],
    ],
  ])('%s', (_label, change, errors) => {
    expect(validateDraft('t-1', { ...valid, ...change }, context)).toEqual({
      ok: false,
      reason: errors,
    });
  });

  it.each<[string, Partial<FollowUpDraft>, object]>([
    ['a link', {}, { url: 'https://example.org/news' }],
    ['a source', { url: '', sourceId: 'src-1' }, { sourceId: 'src-1' }],
    [
      'both',
      { url: ' http://example.org ', sourceId: 'src-1' },
      { sourceId: 'src-1', url: 'http://example.org' },
    ],
  ])('accepts evidence as %s, trimmed', (_label, change, evidence) => {
    expect(validateDraft('t-1', { ...valid, ...change }, context)).toEqual({
      ok: true,
      data: { targetId: 't-1', status: 'achieved', date: '2021-06-01', note: '已竣工', evidence },
    });
  });

  it('accepts today', () => {
    expect(validateDraft('t-1', { ...valid, date: '2021-06-15' }, context).ok).toBe(true);
  });

  it('turns a follow-up back into the same form values', () => {
    const result = validateDraft('t-1', { ...valid, sourceId: 'src-1' }, context);
    if (!result.ok) throw new Error('expected a valid draft');
    expect(draftFromFollowUp(result.data)).toEqual({
      ...valid,
      note: '已竣工',
      sourceId: 'src-1',
    });
  });
});

/**
 * One length rule for notes (and links): characters as a reader counts them, code points. A
 * note the file import accepts is one the form saves again after an edit, and the store keeps.
 */
describe('one length rule in the form, an import file and the store', () => {
  const MAX = FOLLOW_UP_LIMITS.noteLength;
  const KICHI = '\u{20BB7}'; // 𠮷: one character, two UTF-16 units
  const now = new Date('2021-06-15T00:00:00Z');
  let counter = 0;

  it.each<[string, string, boolean]>([
    [`${MAX} emoji (${MAX * 2} UTF-16 units)`, '😀'.repeat(MAX), true],
    [`${MAX} × 𠮷`, KICHI.repeat(MAX), true],
    [`${MAX} Chinese characters`, '郑'.repeat(MAX), true],
    [`${MAX - 1} emoji and one letter`, `${'😀'.repeat(MAX - 1)}a`, true],
    [`${MAX + 1} emoji`, '😀'.repeat(MAX + 1), false],
    [`${MAX} × 𠮷 and one more character`, `${KICHI.repeat(MAX)}x`, false],
    [`${MAX + 1} letters`, 'x'.repeat(MAX + 1), false],
  ])('%s: accepted everywhere = %s', async (_, note, accepted) => {
    // The form.
    const draft = validateDraft('t-1', { ...valid, note }, context);
    expect(draft.ok).toBe(accepted);
    if (!draft.ok) expect(draft.reason).toEqual([{ field: 'note', code: 'note-too-long' }]);

    // An import file.
    const followUp: FollowUp = makeFollowUp({ note });
    const parsed = parseFollowUpFile(
      serializeFollowUpFile(buildFollowUpFile([followUp], now)),
      now,
    );
    expect(parsed.ok).toBe(accepted);
    if (!parsed.ok) {
      expect(parsed.reason.issues[0]).toMatchObject({
        path: 'followUps[0].note',
        code: 'too-long',
        params: { max: MAX },
      });
    }

    // The store: an add, and an edit of a stored follow-up to this note.
    const store = createFollowUpStore({ name: `length-rule-${++counter}-${Date.now()}` });
    const input = {
      targetId: 't-1',
      status: 'achieved' as const,
      date: '2021-06-01',
      note,
      evidence: { url: 'https://example.org/a' },
    };
    expect((await store.add(input, now)).ok).toBe(accepted);
    const first = await store.add({ ...input, note: '初稿' }, now);
    if (!first.ok) throw new Error('add failed');
    const edited = await store.update(first.data.id, input, now, first.data.updatedAt);
    expect(edited.ok).toBe(accepted);
    await store.close();
  });

  it.each<[string, string, boolean]>([
    ['a link of 2,000 characters with 𠮷 in it', `https://example.org/${KICHI.repeat(1980)}`, true],
    ['a link of 2,001 characters', `https://example.org/${KICHI.repeat(1981)}`, false],
  ])('%s: accepted by the form and a file = %s', (_, url, accepted) => {
    expect(validateDraft('t-1', { ...valid, url }, context).ok).toBe(accepted);
    const followUp = makeFollowUp({ evidence: { url } });
    const parsed = parseFollowUpFile(
      serializeFollowUpFile(buildFollowUpFile([followUp], now)),
      now,
    );
    expect(parsed.ok).toBe(accepted);
  });
});
