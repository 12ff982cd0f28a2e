import { useCallback, useState } from 'react';

type State = {
  local: string;
  /** The URL value this state last took into account. */
  seen: string;
  /** Values this input wrote that the URL may still echo back, oldest first. */
  pending: string[];
};

/** Pure: what the input shows after the URL value changed to `urlValue`. */
export function afterUrlChange(state: State, urlValue: string): State {
  const echo = state.pending.indexOf(urlValue);
  if (echo !== -1) return { ...state, seen: urlValue, pending: state.pending.slice(echo + 1) };
  return { local: urlValue, seen: urlValue, pending: [] };
}

/**
 * Local state for an input whose value lives in the URL. The URL catches up a moment after
 * each change (the router navigates), so binding the input to it directly would drop
 * keystrokes; instead the input owns its text, and the URL value replaces it only when it
 * changes for another reason (back/forward, "clear all", a pasted link).
 */
export function useUrlBoundValue(urlValue: string) {
  const [state, setState] = useState<State>({ local: urlValue, seen: urlValue, pending: [] });
  let current = state;
  if (urlValue !== state.seen) {
    // Adjusting state while rendering: React's pattern for "reset when a prop changes".
    current = afterUrlChange(state, urlValue);
    setState(current);
  }
  const change = useCallback((value: string) => {
    setState((s) => ({ ...s, local: value, pending: [...s.pending, value] }));
  }, []);
  return [current.local, change] as const;
}
