// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { announceFollowUpChange, useFollowUpChanges } from './follow-up-sync';

let counter = 0;
const freshName = () => `sync-test-${++counter}-${Date.now()}`;

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
