import type { Quantity } from '@/data/schema';
import './progress.css';
import { useLang, useT } from '@/lib/i18n';
import type { PaceMeasure } from '@/tracker/progress';
import { LightBadge } from './light-badge';
import { progressMessages } from './messages';
import { paceClause, percentText, throughText } from './model/pace-words';

/** The drawing's coordinate system; the SVG scales to its box's width. */
const WIDTH = 400;
const HEIGHT = 60;
const PAD = 12;

/** The scale's end: the plan (100 %), or more when progress or pace runs past it, in steps of 25. */
export function bulletDomain(measure: Pick<PaceMeasure, 'percent' | 'time'>): number {
  const largest = Math.max(100, measure.percent, measure.time.percent);
  return Math.ceil(largest / 25) * 25;
}

/**
 * Progress against plan as a bullet chart: the plan as the band (0–100 %), what is done as the
 * bar inside it in the light's colour, 时间进度 as the marker across it. The sentence beside it
 * (done, share of plan, 时间进度, gap, light) is the drawing's text alternative, so nothing is
 * said by colour or position alone.
 */
export function ProgressBullet({
  id,
  measure,
  plan,
}: {
  /** Prefix of the ids the drawing and its words are tied by. */
  id: string;
  measure: PaceMeasure;
  plan: Quantity | undefined;
}) {
  const { lang } = useLang();
  const t = useT(progressMessages);
  const max = bulletDomain(measure);
  const x = (percent: number) => PAD + (Math.max(0, percent) / max) * (WIDTH - 2 * PAD);
  const ticks = [0, 50, 100, ...(max > 100 ? [max] : [])];
  const words = `${id}-words`;
  return (
    <figure className="progress-bullet" data-light={measure.light}>
      <svg
        role="img"
        aria-labelledby={words}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        preserveAspectRatio="xMinYMid meet"
        className="bullet-svg"
      >
        <rect className="bullet-plan" x={x(0)} y={10} width={x(100) - x(0)} height={26} />
        <rect
          className={`bullet-done light-${measure.light}`}
          x={x(0)}
          y={16}
          width={x(Math.min(measure.percent, max)) - x(0)}
          height={14}
        />
        <line
          className="bullet-time"
          x1={x(measure.time.percent)}
          x2={x(measure.time.percent)}
          y1={4}
          y2={42}
        />
        {ticks.map((tick) => (
          <text
            key={tick}
            className="bullet-tick"
            x={x(tick)}
            y={HEIGHT - 4}
            textAnchor={tick === 0 ? 'start' : tick === max ? 'end' : 'middle'}
          >
            {tick === 0 ? '0' : `${tick}%`}
          </text>
        ))}
      </svg>
      <figcaption>
        <p id={words} className="pace-sentence">
          {paceClause(measure, plan, lang)} · <LightBadge light={measure.light} />
        </p>
        <p className="pace-through">{throughText(measure, lang)}</p>
        <ul className="bullet-legend" aria-hidden="true">
          <li>
            <span className={`legend-done light-${measure.light}`} />
            {t('legendDone')} {percentText(measure.percent, lang)}
          </li>
          <li>
            <span className="legend-time" />
            {t('legendTime')} {percentText(measure.time.percent, lang)}
          </li>
          <li>
            <span className="legend-plan" />
            {t('legendPlan')}
          </li>
        </ul>
      </figcaption>
    </figure>
  );
}
