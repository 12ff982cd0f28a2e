import { useEffect, useLayoutEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router-dom';

const STORAGE_KEY = 'scroll-positions';
/** Back, forward or reload to a page still loading: how many frames to wait for its height. */
const RESTORE_FRAMES = 60;

function readSaved(): Record<string, number> {
  try {
    const saved: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '{}');
    return saved && typeof saved === 'object' ? (saved as Record<string, number>) : {};
  } catch {
    return {};
  }
}

/**
 * Scroll like a multi-page site: a new page opens at its top (or at its `#hash`), back and
 * forward return to where the reader was, also after a reload (positions live in
 * sessionStorage, per history entry). A new filter, sort or search in the query keeps the
 * position: the reader is working in the list they are looking at.
 */
export function useScrollRestoration() {
  const location = useLocation();
  const navigationType = useNavigationType();
  const positions = useRef<Record<string, number> | null>(null);
  /** Positions per history entry, read from sessionStorage on first use. */
  const saved = () => (positions.current ??= readSaved());
  const currentKey = useRef(location.key);
  const previousPath = useRef<string | null>(null);

  useEffect(() => {
    const previous = window.history.scrollRestoration;
    window.history.scrollRestoration = 'manual';
    // Scroll events arrive after a frame, so each is credited to the entry then in view.
    const record = () => {
      saved()[currentKey.current] = window.scrollY;
    };
    const persist = () => {
      try {
        sessionStorage.setItem(STORAGE_KEY, JSON.stringify(saved()));
      } catch {
        // Storage full or blocked: back and forward within this page still work.
      }
    };
    window.addEventListener('scroll', record, { passive: true });
    window.addEventListener('pagehide', persist);
    return () => {
      window.removeEventListener('scroll', record);
      window.removeEventListener('pagehide', persist);
      window.history.scrollRestoration = previous;
    };
  }, []);

  useLayoutEffect(() => {
    currentKey.current = location.key;
    const pathChanged = previousPath.current !== location.pathname;
    const firstRender = previousPath.current === null;
    previousPath.current = location.pathname;
    if (navigationType === 'POP') {
      const position = saved()[location.key];
      if (position === undefined) {
        if (!firstRender) window.scrollTo(0, 0);
        return;
      }
      // The page may still be loading its code or data: wait for it to be tall enough.
      let frames = 0;
      let frame = 0;
      const restore = () => {
        const reachable = document.documentElement.scrollHeight - window.innerHeight >= position;
        if (reachable || frames++ >= RESTORE_FRAMES) window.scrollTo(0, position);
        else frame = requestAnimationFrame(restore);
      };
      restore();
      return () => cancelAnimationFrame(frame);
    }
    if (!pathChanged) return;
    const target = location.hash
      ? document.getElementById(decodeURIComponent(location.hash.slice(1)))
      : null;
    if (target) target.scrollIntoView();
    else window.scrollTo(0, 0);
  }, [location.key, location.pathname, location.hash, navigationType]);
}
