// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import {
  followUpsNotBackedUp,
  recordBackup,
  recordRestore,
  useBackedUpVersions,
  type FollowUpVersion,
} from './follow-up-backup';

let counter = 0;
const freshName = () => `backup-test-${++counter}-${Date.now()}`;

const v = (id: string, updatedAt = '2021-04-01T00:00:00.000Z'): FollowUpVersion => ({
  id,
  updatedAt,
});
const EDITED = '2021-04-02T00:00:00.000Z';

describe('follow-ups in no backup', () => {
  it.each<[string, (name: string) => void, FollowUpVersion[], number]>([
    ['never backed up: every stored one', () => {}, [v('a'), v('b')], 2],
    ['nothing stored', () => {}, [], 0],
    ['all in the last export', (name) => recordBackup(name, [v('a'), v('b')]), [v('a'), v('b')], 0],
    ['one added since', (name) => recordBackup(name, [v('a')]), [v('a'), v('b')], 1],
    [
      'one edited since',
      (name) => recordBackup(name, [v('a'), v('b')]),
      [v('a'), v('b', EDITED)],
      1,
    ],
    // Deleting leaves nothing to save: after "delete all" nothing is offered.
    ['all deleted since', (name) => recordBackup(name, [v('a'), v('b')]), [], 0],
    ['some deleted since', (name) => recordBackup(name, [v('a'), v('b')]), [v('b')], 0],
    // An import is a copy the reader holds, so a restore is not a change to back up.
    ['150 restored from a file', (name) => recordRestore(name, ids(150)), ids(150), 0],
    [
      'a restore keeps what the last export covered',
      (name) => {
        recordBackup(name, [v('a')]);
        recordRestore(name, [v('b')]);
      },
      [v('a'), v('b'), v('c')],
      1,
    ],
    [
      'a later export replaces the earlier one',
      (name) => {
        recordBackup(name, [v('a'), v('b')]);
        recordBackup(name, [v('c')]);
      },
      [v('a'), v('c')],
      1,
    ],
  ])('%s', (_, happen, stored, expected) => {
    const name = freshName();
    happen(name);
    const backedUp = renderHook(() => useBackedUpVersions(name)).result.current;
    expect(followUpsNotBackedUp(stored, backedUp)).toBe(expected);
  });

  it('a component reading the backed-up versions follows a new backup', () => {
    const name = freshName();
    const { result } = renderHook(() => useBackedUpVersions(name));
    expect(followUpsNotBackedUp([v('a')], result.current)).toBe(1);
    act(() => recordBackup(name, [v('a')]));
    expect(followUpsNotBackedUp([v('a')], result.current)).toBe(0);
  });

  it('blocked storage: every follow-up counts as not backed up, and no error', () => {
    const name = freshName();
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(() => recordBackup(name, [v('a')])).not.toThrow();
    const backedUp = renderHook(() => useBackedUpVersions(name)).result.current;
    expect(followUpsNotBackedUp([v('a')], backedUp)).toBe(1);
  });

  it('an unreadable stored value is no backup', () => {
    const name = freshName();
    localStorage.setItem(`${name}:backed-up-versions`, '[1,2');
    const backedUp = renderHook(() => useBackedUpVersions(name)).result.current;
    expect(followUpsNotBackedUp([v('a')], backedUp)).toBe(1);
  });
});

function ids(count: number): FollowUpVersion[] {
  return Array.from({ length: count }, (_, i) => v(`fu-${i}`));
}
