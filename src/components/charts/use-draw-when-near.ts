import { useCallback, useEffect, useState, type RefObject } from 'react';

/** How far below (or above) the viewport a chart starts drawing, so it is ready when reached. */
export const DRAW_MARGIN = '300px 0px';

/**
 * Whether a chart should draw yet, and whether it is near the viewport now.
 * - `draw`: once its frame has come within `DRAW_MARGIN` of the viewport, and only after the
 *   browser has painted a frame since, so the page's text never waits for chart code. Until
 *   then the container holds a placeholder of the same height (no layout shift).
 * - `near`: within `DRAW_MARGIN` of the viewport now; a drawing far from it need not follow
 *   every keystroke typed above it (ChartContainer).
 * Without IntersectionObserver (old browsers, jsdom) charts are always near and draw after the
 * first paint. `drawNow` skips the wait, for a download asked for before the chart was in view.
 */
export function useDrawWhenNear(target: RefObject<Element | null>): {
  draw: boolean;
  near: boolean;
  drawNow: () => void;
} {
  const [draw, setDraw] = useState(false);
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = target.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        const latest = entries[entries.length - 1];
        if (latest) setNear(latest.isIntersecting);
      },
      { rootMargin: DRAW_MARGIN },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [target]);
  useEffect(() => {
    if (draw || !near) return;
    // rAF runs just before the next paint; a task queued from it runs after that paint.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setDraw(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [draw, near]);
  const drawNow = useCallback(() => {
    setDraw(true);
    setNear(true);
  }, []);
  return { draw, near, drawNow };
}
