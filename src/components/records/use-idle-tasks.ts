import { useEffect } from 'react';

type IdleWindow = {
  requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number;
  cancelIdleCallback?: (handle: number) => void;
};

/**
 * Runs `tasks` one at a time while the browser is idle (so none delays a frame or an input),
 * after the view has been drawn; stops when the inputs change or the view goes away. For work
 * whose result is remembered and wanted later, such as ranking a column before anyone sorts it.
 */
export function useIdleTasks(tasks: readonly (() => void)[]): void {
  useEffect(() => {
    const idle = window as IdleWindow;
    let next = 0;
    let handle = 0;
    let cancelled = false;
    const schedule = () => {
      if (cancelled || next >= tasks.length) return;
      handle = idle.requestIdleCallback
        ? idle.requestIdleCallback(run, { timeout: 2_000 })
        : window.setTimeout(run, 50);
    };
    const run = () => {
      tasks[next++]?.();
      schedule();
    };
    schedule();
    return () => {
      cancelled = true;
      if (idle.cancelIdleCallback) idle.cancelIdleCallback(handle);
      else window.clearTimeout(handle);
    };
  }, [tasks]);
}
