import type { ReactNode } from 'react';
import { PageHead } from '@/components/ui/page-head';
import { AsOfControl } from '@/components/as-of/as-of-control';
import { DeadlineStateBadge } from '@/components/records/deadline-state-badge';
import { DeadlineTimelineChart } from '@/components/records/deadline-timeline-chart';
import { targetList } from '@/components/records/lists/target-list';
import { RecordListView } from '@/components/records/record-list-view';
import { useRecordList } from '@/components/records/use-record-list';
import { COUNTED_STATES } from '@/tracker/deadline-state';
import { formatDate, formatNumber } from '@/lib/format';
import { defineMessages, useLang, useT } from '@/lib/i18n';

const messages = defineMessages({
  zh: {
    caption: '目标列表（截止状态按 {date} 判断）',
    search: '搜索目标（目标原文、英文、原文期限、区县）',
    stateSummary: '按截止状态',
    stateSummaryScope: '（截至 {date}，计入其他筛选）',
    notYetAnnounced: '另有 {count} 个目标在 {date} 之后才见报，当天尚未提出，未列入也未计数。',
    showState: '只看“{state}”：{count} 个',
    noneInStates: '以下状态为 0 个：{states}。',
    list: '目标',
    fileName: '郑州区县目标',
  },
  en: {
    caption: 'Targets (deadline states as of {date})',
    search: 'Search targets (statement in Chinese or English, deadline as printed, district)',
    stateSummary: 'By deadline state',
    stateSummaryScope: ' (as of {date}, within the other filters)',
    notYetAnnounced:
      '{count} more targets were first reported after {date}; they did not exist yet on that day and are neither listed nor counted.',
    showState: 'Show only “{state}”: {count}',
    noneInStates: 'None in: {states}.',
    list: 'Targets',
    fileName: 'zhengzhou-district-targets',
  },
});

export function TargetsPage({ toolbar }: { toolbar?: ReactNode }) {
  const t = useT(messages);
  const { lang } = useLang();
  const state = useRecordList(targetList);
  const { rows, labels, tracker, values, update } = state;
  const { asOf } = tracker;
  const stateCounts = state.facets.find((facet) => facet.name === 'state');
  const countOf = (value: string) =>
    stateCounts?.options.find((option) => option.value === value)?.count ?? 0;
  const ticked = (values.state as string[] | undefined) ?? [];
  // Counted like the states above: within the other filters (their state is "not announced").
  const notYetAnnounced = state.within(tracker.notYetAnnounced, ['state']).length;

  return (
    <div className="page list-page">
      <PageHead page="targets" />
      {toolbar && <div className="page-toolbar">{toolbar}</div>}
      <AsOfControl sources={tracker.sources} />
      <section aria-labelledby="state-summary-title" className="state-summary-section">
        <h2 id="state-summary-title" className="small-heading">
          {t('stateSummary')}
          {/* The date is in the as-of control just above; a phone shows it there only. */}
          <span className="state-summary-scope">
            {t('stateSummaryScope', { date: formatDate(asOf, lang) })}
          </span>
        </h2>
        <ul className="state-summary">
          {COUNTED_STATES.map((deadlineState) => {
            const count = countOf(deadlineState);
            const active = ticked.includes(deadlineState);
            return (
              <li key={deadlineState}>
                <button
                  type="button"
                  className={`state-summary-item${count === 0 && !active ? ' is-zero' : ''}`}
                  aria-pressed={active}
                  data-testid={`state-count-${deadlineState}`}
                  data-count={count}
                  aria-label={t('showState', {
                    state: labels.deadlineState(deadlineState),
                    count: formatNumber(count, lang, 0),
                  })}
                  onClick={() => update({ state: active ? [] : [deadlineState] })}
                >
                  <DeadlineStateBadge state={deadlineState} />
                  <span className="state-summary-count">{formatNumber(count, lang, 0)}</span>
                </button>
              </li>
            );
          })}
        </ul>
        {/* A phone hides the states with none (so the first result is on the first screen)
            and names them in one line instead. */}
        <p className="state-summary-zero">
          {t('noneInStates', {
            states: COUNTED_STATES.filter((s) => countOf(s) === 0 && !ticked.includes(s))
              .map((s) => labels.deadlineState(s))
              .join(lang === 'zh' ? '、' : ', '),
          })}
        </p>
        {notYetAnnounced > 0 && (
          <p className="section-intro" data-testid="not-yet-announced">
            {t('notYetAnnounced', {
              count: formatNumber(notYetAnnounced, lang, 0),
              date: formatDate(asOf, lang),
            })}
          </p>
        )}
      </section>
      <RecordListView
        list={targetList}
        state={state}
        id="targets-table"
        caption={t('caption', { date: formatDate(asOf, lang) })}
        searchLabel={t('search')}
        exports={{ title: t('list'), fileName: t('fileName'), asOf }}
      />
      <DeadlineTimelineChart
        id="targets-timeline"
        rows={rows}
        asOf={asOf}
        sources={tracker.sources}
        headingLevel={2}
        linkQuery={state.filters.facets.district
          ?.map((d) => `district=${encodeURIComponent(d)}&`)
          .join('')}
      />
    </div>
  );
}
