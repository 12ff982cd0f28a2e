// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import {
  announceFollowUpChange,
  BACKUP_EVERY,
  countChange,
  markBackedUp,
  useChangesSinceBackup,
  useFollowUpChanges,
} from './follow-up-sync';

let counter = 0;
const freshName = () => `sync-test-${++counter}-${Date.now()}`;

describe('changes since the last backup', () => {
  it.each<[string, (name: string) => void, number]>([
    ['nothing yet', () => {}, 0],
    ['one change', (name) => countChange(name), 1],
    ['an import of 25', (name) => countChange(name, 25), 25],
    ['an import that changed nothing', (name) => countChange(name, 0), 0],
    [
      'changes, then a backup',
      (name) => {
        countChange(name, BACKUP_EVERY);
        markBackedUp(name);
      },
      0,
    ],
    [
      'a backup, then changes',
      (name) => {
        markBackedUp(name);
        countChange(name, 3);
      },
      3,
    ],
  ])('%s', (_, happen, expected) => {
    const name = freshName();
    happen(name);
    expect(renderHook(() => useChangesSinceBackup(name)).result.current).toBe(expected);
  });

  it('a component showing the count follows changes', () => {
    const name = freshName();
    const { result } = renderHook(() => useChangesSinceBackup(name));
    act(() => countChange(name, 2));
    expect(result.current).toBe(2);
  });

  it('blocked storage gives no reminder, and no error', () => {
    const name = freshName();
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(() => countChange(name)).not.toThrow();
    expect(renderHook(() => useChangesSinceBackup(name)).result.current).toBe(0);
  });
});

describe('tabs hear about changes', () => {
  it('a change announced for one database reaches its listeners, not another database’s', async () => {
    const name = freshName();
    const mine = vi.fn();
    const other = vi.fn();
    renderHook(() => useFollowUpChanges(name, mine));
    renderHook(() => useFollowUpChanges(freshName(), other));
    announceFollowUpChange(name);
    await vi.waitFor(() => expect(mine).toHaveBeenCalledTimes(1));
    expect(other).not.toHaveBeenCalled();
  });
});
