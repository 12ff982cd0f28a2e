// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readUrlState } from '@/lib/url-state';
import { buildTracker } from '@/tracker/tracker';
import {
  makeDataset,
  makeRef,
  makeSource,
  makeTarget,
  THREE_DISTRICTS,
} from '../../../tests/fixtures/factories';
import { recordLabels } from './labels';
import { targetList } from './lists/target-list';
import { listParamSpecs, queryList, rowsWithin, type ListValues } from './record-list';

/** Two targets printed before the as-of date, three after it, in two districts and periods. */
const dataset = makeDataset({
  districts: THREE_DISTRICTS,
  sources: [
    makeSource({ id: 'early', publishedOn: '2021-02-01' }),
    makeSource({ id: 'late', publishedOn: '2021-06-01' }),
  ],
  targets: [
    makeTarget({ id: 'e1', districtId: '410104', sourceRefs: [makeRef({ sourceId: 'early' })] }),
    makeTarget({ id: 'e2', districtId: '410102', sourceRefs: [makeRef({ sourceId: 'early' })] }),
    ...(
      [
        ['l1', '410104', '2021-Q3', '2021-09-30'],
        ['l2', '410104', '2021-Q4', '2021-12-31'],
        ['l3', '410102', '2021-Q3', '2021-09-30'],
      ] as const
    ).map(([id, districtId, period, deadline]) =>
      makeTarget({ id, districtId, period, deadline, sourceRefs: [makeRef({ sourceId: 'late' })] }),
    ),
  ],
});
const tracker = buildTracker(dataset, [], '2021-04-30');
const kit = { lang: 'zh' as const, labels: recordLabels('zh'), tracker };

describe('the targets not yet announced count within the other filters', () => {
  it.each([
    ['', ['l1', 'l2', 'l3']],
    ['district=410104', ['l1', 'l2']],
    ['district=410104&period=2021-Q3', ['l1']],
    ['period=2021-H2', ['l1', 'l2', 'l3']],
    // The state filter is not theirs to pass: they have none on the as-of date.
    ['state=overdue&district=410102', ['l3']],
    ['source=early', []],
    ['q=目标l2', ['l2']],
  ])('/targets?%s → %j', (query, ids) => {
    expect(tracker.notYetAnnounced.map((row) => row.target.id)).toEqual(['l1', 'l2', 'l3']);
    const specs = listParamSpecs(targetList, tracker);
    const { values, ignored } = readUrlState(new URLSearchParams(query), specs);
    expect(ignored).toEqual([]);
    const { filters } = queryList(targetList, values as ListValues, kit);
    const within = rowsWithin(targetList, tracker.notYetAnnounced, filters, ['state']);
    expect(within.map((row) => row.target.id)).toEqual(ids);
  });
});
