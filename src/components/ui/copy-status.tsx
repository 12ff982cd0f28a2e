import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

/** How long a copy's confirmation stays. */
const CONFIRM_MS = 4000;

/** What a copy did: copied (with what the caller needs to say so), or refused with its text. */
export type CopyOutcome<Copied extends object> =
  ({ kind: 'copied' } & Copied) | { kind: 'manual'; text: string };

/**
 * The outcome of the last copy: a confirmation that clears itself after a few seconds, or the
 * text to copy by hand, selected in its field (`field`) as it appears.
 */
export function useCopyOutcome<Copied extends object = object>() {
  const [outcome, setOutcome] = useState<CopyOutcome<Copied>>();
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  useEffect(() => {
    if (outcome?.kind === 'manual') field.current?.select();
    if (outcome?.kind !== 'copied') return;
    const timer = setTimeout(() => setOutcome(undefined), CONFIRM_MS);
    return () => clearTimeout(timer);
  }, [outcome]);
  return { outcome, setOutcome, field };
}

/**
 * A copy's live status: its confirmation (`copied`), or where the browser refused, `manual`'s
 * words over the text in a read-only field (a text area of four rows when `rows` is given).
 */
export function CopyStatus({
  name,
  manual,
  copied,
  outcome,
  field,
  rows,
}: {
  /** Names its classes and test id: `<name>-status`, `<name>-field`. */
  name: string;
  manual: string;
  copied: ReactNode;
  outcome: CopyOutcome<object> | undefined;
  field: ReturnType<typeof useCopyOutcome>['field'];
  rows?: number;
}) {
  const id = useId();
  const fieldClass = `${name}-field`;
  return (
    <p className={`${name}-status`} role="status" data-testid={`${name}-status`}>
      {outcome?.kind === 'copied' && copied}
      {outcome?.kind === 'manual' && (
        <>
          <label htmlFor={id}>{manual}</label>
          {rows === undefined ? (
            <input
              id={id}
              ref={field}
              className={fieldClass}
              readOnly
              value={outcome.text}
              onFocus={(event) => event.target.select()}
            />
          ) : (
            <textarea
              id={id}
              ref={field}
              className={fieldClass}
              readOnly
              rows={rows}
              value={outcome.text}
              onFocus={(event) => event.target.select()}
            />
          )}
        </>
      )}
    </p>
  );
}
