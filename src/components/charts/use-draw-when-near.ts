import { useCallback, useEffect, useState, type RefObject } from 'react';

/** How far below (or above) the viewport a chart starts drawing, so it is ready when reached. */
export const DRAW_MARGIN = '300px 0px';

/**
 * Whether a chart should draw yet: once its frame has come within `DRAW_MARGIN` of the viewport,
 * and only after the browser has painted a frame since, so the page's text never waits for
 * chart code. Until then the container holds a placeholder of the same height (no layout shift).
 * Without IntersectionObserver (old browsers, jsdom) charts draw after the first paint.
 * `drawNow` skips the wait, for a download asked for before the chart came into view.
 */
export function useDrawWhenNear(target: RefObject<Element | null>): {
  draw: boolean;
  drawNow: () => void;
} {
  const [draw, setDraw] = useState(false);
  useEffect(() => {
    if (draw) return;
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // rAF runs just before the next paint; a task queued from it runs after that paint.
    const afterNextPaint = () => {
      frame = requestAnimationFrame(() => {
        timer = setTimeout(() => setDraw(true), 0);
      });
    };
    const element = target.current;
    let observer: IntersectionObserver | undefined;
    if (!element || typeof IntersectionObserver === 'undefined') {
      afterNextPaint();
    } else {
      observer = new IntersectionObserver(
        (entries) => {
          if (!entries.some((entry) => entry.isIntersecting)) return;
          observer?.disconnect();
          afterNextPaint();
        },
        { rootMargin: DRAW_MARGIN },
      );
      observer.observe(element);
    }
    return () => {
      observer?.disconnect();
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [draw, target]);
  const drawNow = useCallback(() => setDraw(true), []);
  return { draw, drawNow };
}
