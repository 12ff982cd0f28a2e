// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Dataset } from '@/data/schema';
import { draftArticle } from './draft';
import { similarRecords } from './similar';

const project = (id: string, nameZh: string, districtId = '410104') => ({
  id,
  nameZh,
  nameEn: id,
  districtId,
  category: 'road' as const,
  stage: 'unstated' as const,
  sourceRefs: [{ sourceId: 'old', quote: nameZh }],
});

const dataset: Dataset = {
  schemaVersion: 3,
  reports: [],
  batches: [],
  sources: [],
  districts: [],
  projects: [
    project('longhai-road', '陇海路道路综合改造'),
    project('liangyuan', '“两院”项目'),
    project('jinshui-longhai', '陇海路道路综合改造', '410105'),
  ],
  targets: [],
  figures: [],
};

const candidate = (sentence: string) => {
  const draft = draftArticle(`管城回族区 观摩\n\n${sentence}`, {
    sourceId: 'new',
    publishedOn: '2021-04-08',
  });
  if (!draft.ok) throw new Error(draft.reason);
  return draft.data.candidates.find((c) => c.quote.includes(sentence.slice(0, 4)))!;
};

describe('similarRecords', () => {
  it.each([
    // the same item in the same district first, then in another
    ['陇海路道路综合改造工程已全面完工。', ['longhai-road', 'jinshui-longhai']],
    // words every page uses (项目, 推进) are no evidence of the same item
    ['各项目推进专班要抓住有利时机,深入项目一线。', []],
    ['“两院”项目已开工建设。', ['liangyuan']],
  ])('%s → %j', (sentence, ids) => {
    expect(similarRecords(dataset, candidate(sentence)).map((r) => r.id)).toEqual(ids);
  });
});
