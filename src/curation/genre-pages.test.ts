// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftArticle } from './draft';
import type { Proposal } from './reading';

/**
 * Short pages of the genre, written for these tests (tests/fixtures/pages/): a batch
 * announcement with 其中, a half-year progress report, a plan, a page of exhortations and a page
 * of citizens' matters (问政, 民生). Each row says what the page's sentences propose, in words.
 */

const read = (name: string, publishedOn: string) => {
  const text = readFileSync(resolve(process.cwd(), `tests/fixtures/pages/${name}.txt`), 'utf8');
  const draft = draftArticle(text, { sourceId: name, publishedOn });
  if (!draft.ok) throw new Error(draft.reason);
  return draft.data;
};

const words = (p: Proposal): string => {
  switch (p.kind) {
    case 'target':
      return `target ${p.quantity ? `${p.quantity.printed}/${p.quantity.role}` : '-'} ${p.deadline ? `${p.deadline.wording}→${p.deadline.date}` : '-'}`;
    case 'figure':
      return `figure ${p.quantity.printed}/${p.quantity.role} ${p.basis} ${p.period}${p.through ? `→${p.through}` : ''}`;
    case 'project':
      return `project ${p.nameZh}${p.investment ? ` ${p.investment.printed}/${p.investment.role}` : ''}`;
    case 'batch':
      return `batch ${p.nameZh}${p.ordinal ? ` #${p.ordinal}` : ''}${p.date ? ` ${p.date}` : ''} ${[p.count, p.total, p.plan].map((q) => (q ? `${q.printed}/${q.role}` : '-')).join(' ')}${p.parent !== undefined ? ` of ${p.parent}` : ''}`;
    case 'progress':
      return `progress ${p.percentOfPlan !== undefined ? `${p.percentOfPlan}%` : p.done?.printed} →${p.through}`;
  }
};

describe('genre pages', () => {
  it('a batch announcement: the batch with its subset, its members, the target with its deadline', () => {
    const page = read('batch-groundbreaking', '2024-04-19');
    const kinds = page.candidates.map((c) => c.kind);
    expect(kinds).toEqual(['plan', 'background', 'result', 'pledge']);
    expect(page.candidates.flatMap((c) => c.proposals.map(words))).toEqual([
      'batch 2024年第二批重点项目集中开工 #2 2024-04-18 18个/count 126.5亿元/total 42亿元/plan',
      'batch 省市重点项目 7个/count 88亿元/total 25亿元/plan of 0',
      'project 南曹片区安置房二期项目',
      'project 紫辰路道路改造工程',
      'project 商都遗址数字展示中心',
      'figure 3200余户/count actual 2024',
      'project 南曹片区安置房二期项目 12亿元/total',
      'target - -',
      'target 42亿元以上/plan 全年→2024-12-31',
      'target - 年底前→2024-12-31',
      'project 南曹片区安置房二期项目',
    ]);
  });

  it('a half-year progress report: results through June, progress against the plan', () => {
    const page = read('half-year-progress', '2024-07-21');
    expect(page.candidates.flatMap((c) => c.proposals.map(words))).toEqual([
      'figure 18个/count actual 2024→2024-06-30',
      'figure 23.6亿元/done actual 2024→2024-06-30',
      'figure 56.2%/measure actual 2024→2024-06-30',
      'progress 23.6亿元 →2024-06-30',
      'progress 56.2% →2024-06-30',
      'figure 14个/count actual 2024-H1',
      'figure 5个/count actual 2024-H1',
      'target - 下半年→2024-12-31',
      'target - 9月底前→2024-09-30',
      'project 紫辰路道路改造工程',
    ]);
  });

  it('a plan: planned figures with their roles, the subset after 其中 planned too, no target', () => {
    const page = read('plan', '2024-11-02');
    expect(page.candidates.flatMap((c) => c.proposals.map(words))).toEqual([
      'figure 56个/count planned 2025',
      'figure 420亿元/total planned 2025',
      'figure 85亿元/plan planned 2025',
      'figure 21个/count planned 2025',
      'figure 160亿元/total planned 2025',
    ]);
  });

  it('a page of citizens’ matters: one project per matter, named from its place and what was done', () => {
    const page = read('citizens-matters', '2024-08-02');
    expect(
      page.candidates.flatMap((c) => c.proposals.filter((p) => p.kind === 'project').map(words)),
    ).toEqual([
      'project 槐荫路排水管疏通',
      'project 柳湾村流转费要回',
      'project 东风街街道暑期座谈会',
      'project 东风街街道防溺水安全宣传',
    ]);
  });

  it('a page of exhortations proposes nothing', () => {
    const page = read('exhortations', '2024-03-05');
    expect(page.candidates.flatMap((c) => c.proposals)).toEqual([]);
  });
});
