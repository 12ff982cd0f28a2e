import { useEffect, useState } from 'react';
import type { Simplify } from './search-text';

/** Han characters: only a query holding one needs the traditional → simplified tables. */
const HAN = /\p{Script=Han}/u;

let loading: Promise<Simplify> | undefined;

/** The traditional → simplified converter, loaded once, on first need (its own chunk). */
export function loadSimplifier(): Promise<Simplify> {
  return (loading ??= import('./simplified-chinese').then((module) => module.toSimplified));
}

/**
 * The converter for a query: loaded when the query first holds a Han character, null until
 * then (the query is searched as typed meanwhile; simplified text, the usual case, is the same
 * either way).
 */
export function useSimplifier(q: string): Simplify | null {
  const wanted = HAN.test(q);
  const [simplify, setSimplify] = useState<Simplify | null>(null);
  useEffect(() => {
    if (!wanted || simplify) return;
    let live = true;
    void loadSimplifier().then((loaded) => {
      if (live) setSimplify(() => loaded);
    });
    return () => {
      live = false;
    };
  }, [wanted, simplify]);
  return simplify;
}
