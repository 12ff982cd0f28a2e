import { startTransition, useEffect, useState } from 'react';

/** Set once the app's first view has painted: later views have nothing to wait for. */
let firstViewPainted = false;

/**
 * False on the first render of the app's first view, true once the browser has painted it:
 * for content below the fold that need not hold up the first paint of a page load. The switch
 * is a transition, so React renders the deferred content in slices instead of one long task.
 * Views opened later (in-app navigation, back and forward) render everything at once, so
 * scroll restoration finds the page at its full height.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(firstViewPainted);
  useEffect(() => {
    if (painted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const show = () => {
      // A task queued from a frame callback runs after that frame is painted.
      timer = setTimeout(() => {
        firstViewPainted = true;
        startTransition(() => setPainted(true));
      }, 0);
    };
    const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(show) : 0;
    if (!frame) show();
    return () => {
      if (frame) cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [painted]);
  return painted;
}
