import { useCallback, useSyncExternalStore } from 'react';

/** The width under which the app lays itself out for a phone (the CSS says the same). */
export const PHONE_QUERY = '(max-width: 480px)';

/**
 * Whether a media query matches, kept current as the window changes. Without `matchMedia`
 * (tests' DOM) it is false: the desktop layout.
 */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (typeof window === 'undefined' || !window.matchMedia) return () => {};
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => typeof window !== 'undefined' && Boolean(window.matchMedia?.(query).matches),
    () => false,
  );
}
