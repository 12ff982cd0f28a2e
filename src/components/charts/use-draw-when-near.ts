import { useCallback, useEffect, useState, type RefObject } from 'react';

/** How far below (or above) the viewport a chart starts drawing, so it is ready when reached. */
export const DRAW_MARGIN = '300px 0px';

/**
 * Whether a chart should draw yet: once its frame has come within `DRAW_MARGIN` of the
 * viewport, and only after the browser has painted a frame since, so the page's text never
 * waits for chart code. Until then the container holds a placeholder of the same height (no
 * layout shift); from then on the chart follows its data like any component. Without
 * IntersectionObserver (old browsers, jsdom) charts draw after the first paint. `drawNow`
 * skips the wait, for a download asked for before the chart was in view.
 */
export function useDrawWhenNear(target: RefObject<Element | null>): {
  draw: boolean;
  drawNow: () => void;
} {
  const [draw, setDraw] = useState(false);
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = target.current;
    if (near || !element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: DRAW_MARGIN },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [target, near]);
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
  return { draw, drawNow };
}
