import { describe, expect, it } from 'vitest';
import { FOLLOW_UP_LIMITS } from './follow-up';
import {
  draftFromFollowUp,
  EMPTY_DRAFT,
  validateDraft,
  type DraftError,
  type FollowUpDraft,
} from './follow-up-draft';

const context = { today: '2021-06-15', sourceIds: new Set(['src-1']) };
const valid: FollowUpDraft = {
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
