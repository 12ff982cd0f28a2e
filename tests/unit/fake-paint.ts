import { act } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { FakeObserver } from '../fake-intersection-observer';

/**
 * For a describe block about charts that draw after a paint and only near the viewport: fake
 * timers for frames and tasks, and FakeObserver (with no instances yet) as IntersectionObserver.
 */
export function useFakePaintAndObserver() {
  beforeEach(() => {
    FakeObserver.instances = [];
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame'] });
    vi.stubGlobal('IntersectionObserver', FakeObserver);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
}

/** Lets frame callbacks and the tasks queued after them run. */
export const afterPaint = () =>
  act(async () => {
    await vi.advanceTimersByTimeAsync(50);
  });
