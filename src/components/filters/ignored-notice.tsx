import { useT } from '@/lib/i18n';
import type { IgnoredParam } from '@/lib/url-state';
import { filterMessages } from './messages';

// A module of its own: the overview shows it (as-of control) without loading the list pages'
// filter controls.
/** Says which values of a pasted link were ignored, so nobody mistakes the view for theirs. */
export function IgnoredNotice({
  ignored,
  paramLabel,
}: {
  ignored: readonly IgnoredParam[];
  paramLabel?: (param: string) => string;
}) {
  const t = useT(filterMessages);
  if (ignored.length === 0) return null;
  return (
    <p className="notice" role="status">
      {t('ignored')}{' '}
      {ignored
        .map(({ param, value }) =>
          t('ignoredValue', { param: paramLabel?.(param) ?? param, value }),
        )
        .join('、')}
    </p>
  );
}
