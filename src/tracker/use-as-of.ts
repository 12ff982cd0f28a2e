import { useMemo } from 'react';
import { todayIso } from '@/lib/calendar';
import { useUrlState, type ParamSpecs } from '@/lib/url-state';

export const AS_OF_PARAM = 'asOf';
const specs = { [AS_OF_PARAM]: { kind: 'date' } } satisfies ParamSpecs;

/**
 * The day deadline states are judged on: `?asOf=YYYY-MM-DD`, else today. Setting it to a
 * page's date shows the situation on the day that page was printed; a link carries it.
 */
export function useAsOf() {
  const { values, ignored, update } = useUrlState(specs);
  const today = useMemo(() => todayIso(), []);
  const explicit = values.asOf;
  return {
    asOf: explicit ?? today,
    today,
    /** True when the URL names the day (a shared link fixes it); false means "today". */
    explicit: explicit !== null,
    ignored,
    /** `null` returns to "today". Each change is a history entry. */
    setAsOf: (date: string | null) => update({ asOf: date }),
  };
}
