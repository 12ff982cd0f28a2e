// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Dataset, Figure, Target } from '@/data/schema';
import { yi } from '../../tests/fixtures/factories';
import { draftArticle } from './draft';
import { coverageOf } from './evaluate';

const PAGE = '管城回族区 开局\n\n会议要求,力争一季度完成投资60亿元以上。会议强调,要加快建设。';
const ref = (quote: string) => [{ sourceId: 'p', quote }];
const target = (over: Partial<Target>): Target => ({
  id: 't',
  districtId: '410104',
  statementZh: '力争一季度完成投资60亿元以上',
  statementEn: 'Invest at least 6 bn yuan in Q1',
  metric: 'investment',
  quantity: yi(60, { comparator: 'at-least', qualifierZh: '以上' }),
  firmness: 'aim',
  deadline: '2021-03-31',
  deadlineText: '一季度',
  period: '2021-Q1',
  projectIds: [],
  sourceRefs: ref('力争一季度完成投资60亿元以上'),
  ...over,
});
const dataset = (targets: Target[], figures: Figure[] = []): Dataset => ({
  schemaVersion: 3,
  sources: [],
  districts: [],
  projects: [],
  targets,
  figures,
  reports: [],
  batches: [],
});

const draft = () => {
  const result = draftArticle(PAGE, { sourceId: 'p', publishedOn: '2021-02-18' });
  if (!result.ok) throw new Error(result.reason);
  return result.data;
};

describe('coverageOf', () => {
  it.each([
    ['a record the draft agrees with', target({}), 1, 1],
    ['another district', target({ districtId: '410105' }), 1, 0],
    ['another deadline', target({ deadline: '2021-06-30' }), 1, 0],
    ['another quantity', target({ quantity: { ...target({}).quantity!, value: 70 } }), 1, 0],
    ['a quote in no marked sentence', target({ sourceRefs: ref('管城回族区 开局') }), 0, 0],
  ])('%s: marked %d, agreed %d', (_, record, marked, agreed) => {
    const coverage = coverageOf(draft(), dataset([record]));
    expect([coverage.marked, coverage.agreed]).toEqual([marked, agreed]);
  });

  it('counts the marks that became records', () => {
    expect(coverageOf(draft(), dataset([target({})])).precision).toBe(0.5);
  });
});
