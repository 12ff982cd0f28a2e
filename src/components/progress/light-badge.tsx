import type { Light } from '@/tracker/progress';
import './progress.css';
import { useLang } from '@/lib/i18n';
import { lightName } from './model/pace-words';

/**
 * A light (红黄绿灯) in words with its colour, or the grey "未报告进度" when no progress is
 * reported: the words carry the meaning, the swatch only repeats it.
 */
export function LightBadge({ light }: { light: Light | 'none' }) {
  const { lang } = useLang();
  return (
    <span className={`light-badge light-${light}`}>
      <span className="light-swatch" aria-hidden="true" />
      {lightName(light, lang)}
    </span>
  );
}
