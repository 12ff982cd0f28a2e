import { useCallback, useState } from 'react';

type State = {
  /** What the input shows. */
  text: string;
  /** The URL value the text last followed. */
  seen: string;
};

/** Pure: what the input shows now that the URL holds `urlValue`. */
export function afterUrlChange(state: State, urlValue: string): State {
  return urlValue === state.seen ? state : { text: urlValue, seen: urlValue };
}

/**
 * The text of an input whose value lives in the URL. The URL changes in the same task as the
 * input (the router navigates without transitions: app/provider.tsx), but it holds what the text means,
 * not the text itself: a search of spaces is no search, a date half typed is no date, an
 * over-long search is ignored. So the input owns its text, and takes the URL's value only when
 * the URL changes (the reader's own typing, back and forward, "clear all", a pasted link).
 */
export function useUrlBoundValue(urlValue: string) {
  const [state, setState] = useState<State>({ text: urlValue, seen: urlValue });
  let current = state;
  if (urlValue !== state.seen) {
    // Adjusting state while rendering: React's pattern for "reset when a prop changes".
    current = afterUrlChange(state, urlValue);
    setState(current);
  }
  const change = useCallback((text: string) => setState((s) => ({ ...s, text })), []);
  return [current.text, change] as const;
}
