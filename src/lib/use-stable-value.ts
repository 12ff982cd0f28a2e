import { useState } from 'react';

/**
 * `value`, or the one given before while `same` says they are equal: memoized views below keep
 * their props, so a change that leaves the content as it was renders nothing again.
 */
export function useStableValue<T>(value: T, same: (kept: T, next: T) => boolean): T {
  const [kept, setKept] = useState(value);
  if (kept === value || same(kept, value)) return kept;
  // Adjusted while rendering (React's pattern for state that follows a prop); it settles at
  // once, since the next render finds `kept === value`.
  setKept(value);
  return value;
}
