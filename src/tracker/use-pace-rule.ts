import { useUrlState, type ParamSpecs } from '@/lib/url-state';
import { DEFAULT_PACE_RULE, PACE_RULES, type PaceRule } from './progress';

export const PACE_RULE_PARAM = 'rule';
const specs = {
  [PACE_RULE_PARAM]: { kind: 'one', allowed: new Set<string>(PACE_RULES) },
} satisfies ParamSpecs;

/**
 * The rule lights are given by: `?rule=relative`, else the default (`points`). A link carries
 * it, so a shared view shows the same lights; an unknown value is ignored and named.
 */
export function usePaceRule() {
  const { values, ignored, update } = useUrlState(specs);
  const rule = (values.rule as PaceRule | null) ?? DEFAULT_PACE_RULE;
  return {
    rule,
    ignored,
    /** The default rule is not written into the URL. */
    setRule: (next: PaceRule) => update({ rule: next === DEFAULT_PACE_RULE ? null : next }),
  };
}
