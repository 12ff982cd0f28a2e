// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { draftArticle, type Candidate } from './draft';
import type { Proposal } from './reading';

const PAGE = [
  '管城回族区开足马力 提速争先',
  '近日,管城回族区第十六届人民政府第五次全体(扩大)会议召开。',
  '会议要求,力争一季度完成投资60亿元以上。确保3月底前竣工。',
  '新段落里的会议强调,要加快建设陇海路。',
  '“钢铁驼队” 上新',
  '本报讯 11月4日,回程班列抵达郑州圃田车站。金水区人民路街道已开展反诈宣传。该街道将持续宣传。',
].join('\n\n');

const draft = (text = PAGE, publishedOn = '2021-02-18') => {
  const result = draftArticle(text, {
    sourceId: 'page-1',
    publishedOn,
    title: '起步就要冲刺',
    url: 'https://example.org/page-1',
  });
  if (!result.ok) throw new Error(result.reason);
  return result.data;
};

const byQuote = (part: string, text?: string, publishedOn?: string) =>
  draft(text, publishedOn).candidates.find((c) => c.quote.includes(part));

/** The proposals of a sentence, in words: kind, number, deadline, period. */
const summary = (c: Candidate | undefined) =>
  (c?.proposals ?? []).map((p: Proposal) => {
    switch (p.kind) {
      case 'target':
        return `target ${p.quantity?.printed ?? '-'} ${p.deadline?.wording ?? '-'} ${p.period}`;
      case 'figure':
        return `figure ${p.quantity.printed} ${p.quantity.role} ${p.basis} ${p.period}${p.through ? ` through ${p.through}` : ''}`;
      case 'project':
        return `project ${p.nameZh}`;
      case 'batch':
        return `batch ${p.nameZh} ${p.count?.printed ?? '-'} ${p.total?.printed ?? '-'} ${p.plan?.printed ?? '-'}`;
      case 'progress':
        return `progress ${p.percentOfPlan ?? p.done?.printed} ${p.through}`;
    }
  });

describe('draftArticle', () => {
  it.each([
    // part of the quote, kind, district, inferred, pledge cues
    ['力争一季度', 'pledge', '410104', true, ['力争']],
    ['确保3月底前', 'pledge', '410104', true, ['确保', '…前完成']],
    // a new paragraph takes its section's district (the headline's)
    ['新段落里', 'pledge', '410104', true, ['要', '加快']],
    // a section whose headline names no district takes the first its prose names
    ['本报讯', 'result', '410105', true, []],
    // a street names its district; the next sentence of the paragraph takes it
    ['金水区人民路街道', 'result', '410105', false, []],
    ['该街道将持续宣传', 'pledge', '410105', true, ['将']],
  ])('…%s… is a %s sentence of %s (inferred: %s)', (start, kind, districtId, inferred, pledge) => {
    expect(byQuote(start)).toMatchObject({
      kind,
      districtId,
      districtInferred: inferred,
      cues: { pledge },
    });
  });

  it('proposes a target with its quantity, the deadline of its clause and its period', () => {
    expect(summary(byQuote('力争一季度'))).toEqual(['target 60亿元以上 一季度 2021-Q1']);
    const [target] = byQuote('力争一季度')!.proposals;
    expect(target).toMatchObject({
      kind: 'target',
      firmness: 'aim',
      metric: 'investment',
      quantity: { value: 60, unit: '亿元', normalized: 6e9, comparator: 'at-least', role: 'plan' },
      deadline: { wording: '一季度', date: '2021-03-31', period: '2021-Q1' },
    });
  });

  it('proposes the source record, its date given by the curator', () => {
    expect(draft().source).toEqual({
      id: 'page-1',
      headlinesZh: ['起步就要冲刺'],
      headlinesEn: [],
      publishedOn: '2021-02-18',
      dateCertainty: 'given',
      dateEvidence: 'Publication date given by the curator: 2021-02-18.',
      dateEvidenceZh: '出版日期由整理者给出：2021-02-18。',
      districtIds: ['410104', '410105'],
      url: 'https://example.org/page-1',
    });
  });

  it('leaves out sentences with nothing to record, and skips session numbers', () => {
    const quotes = draft().candidates.map((c) => c.quote);
    expect(quotes).not.toContain('“钢铁驼队” 上新');
    expect(quotes.some((q) => q.includes('第五次全体'))).toBe(false);
  });

  it.each([
    ['', '2021-02-18', 'the article is empty'],
    [' \n\n \t', '2021-02-18', 'the article is empty'],
    ['确保3月底前竣工。', '2021-2-18', 'is not a date'],
    ['确保3月底前竣工。', '2021-02-30', 'is not a date'],
  ])('rejects %j published %s: %s', (text, publishedOn, reason) => {
    const result = draftArticle(text, { sourceId: 'x', publishedOn });
    expect(result).toEqual({ ok: false, reason: expect.stringContaining(reason) });
  });
});

/**
 * What a sentence does decides what it proposes. Each row is a sentence of the genre (written
 * for this test), the page's date, and its proposals in words.
 */
describe('what a sentence proposes', () => {
  it.each([
    // a pledge: one target per number, each with the deadline that governs its clause
    [
      '管城区将至少引进1家百亿级头部企业、2个10亿元以上高质量项目。',
      '2021-02-18',
      ['target 1家 - 2021', 'target 2个 - 2021'],
    ],
    // a deadline governs its clause and every later clause of its part…
    [
      '一季度完成体育环二期工程建设,文治路、鼎盛街等7个项目完成前期手续办理。',
      '2021-02-18',
      [
        'target - 一季度 2021-Q1',
        'target 7个 一季度 2021-Q1',
        'project 体育环二期工程',
        'project 文治路',
        'project 鼎盛街',
      ],
    ],
    // …whatever their verb (推动…: docs/data.md, "One deadline per governing phrase")…
    [
      '3月底前完成2宗土地供应出让,推动腾飞集团等18个项目落地投产。',
      '2021-02-18',
      ['target 2宗 3月底前 2021-03', 'target 18个 3月底前 2021-03', 'project 腾飞集团项目'],
    ],
    // …and wherever the time word stands in its own clause; never the clauses before it
    [
      '端和路、豫五路等7条道路一季度竣工验收,富国路、富民路等5条道路完成前期手续办理。',
      '2021-02-18',
      [
        'target 7条 一季度 2021-Q1',
        'target 5条 一季度 2021-Q1',
        'project 端和路',
        'project 豫五路',
        'project 富国路',
        'project 富民路',
      ],
    ],
    // a later deadline for the same roads keeps their number
    [
      '紧盯火车站站区手续办理,力争百丽郑州物流中心3月底前建成投用。',
      '2021-02-18',
      ['target - - 2021', 'target - 3月底前 2021-03', 'project 火车站', 'project 百丽郑州物流中心'],
    ],
    // a season of standing duty is no deadline
    ['尤其是“七下八上”的防汛关键期要时刻保持警惕。', '2023-08-01', ['target - - 2023']],
    [
      '3月底前要启动鼎瑞街、南站路等10条道路,确保年底前完工。',
      '2021-02-18',
      [
        'target 10条 3月底前 2021-03',
        'target 10条 年底前 2021',
        'project 鼎瑞街',
        'project 南站路',
      ],
    ],
    // a batch year and a year that is not yet done are not deadlines
    [
      '对2021年纳入中央奖补正在实施的62个老旧小区,确保工程品质。',
      '2021-02-18',
      // …and a count of things as they stand (正在实施的62个) is a figure too
      ['target 62个 - 2021', 'figure 62个 count actual 2021'],
    ],
    // a result of the first half is the first half's, not the year's
    [
      '上半年,全区新开工项目14个,建成投用项目5个。',
      '2024-07-21',
      ['figure 14个 count actual 2024-H1', 'figure 5个 count actual 2024-H1'],
    ],
    // 1–N月 is a figure counted through the end of month N
    [
      '1—6月,全区固定资产投资增长8.5%。',
      '2024-07-21',
      ['figure 8.5% measure actual 2024 through 2024-06-30'],
    ],
    // a plan (谋划) gives planned figures with their roles, never a target or a deadline
    [
      '2024年谋划重大项目298个,总投资3105亿元,力争完成投资420亿元以上。',
      '2024-02-28',
      [
        'target 420亿元以上 2024年 2024',
        'figure 298个 count planned 2024',
        'figure 3105亿元 total planned 2024',
      ],
    ],
    // last year's results are last year's
    ['去年,新密市政协开展协商议事活动75次。', '2024-02-28', ['figure 75次 done actual 2023']],
    // session numbers and slogan counts are not amounts
    [
      '区委十一届十一次全会提出,扎实推进“三个一批”和“四议两公开”。',
      '2022-07-01',
      ['target - - 2022'],
    ],
    // an exhortation gives nothing
    ['要提高政治站位,转变工作作风,增强责任意识。', '2023-03-08', []],
    // a project's investment stays the project's
    [
      '其中,投资12亿元的南曹片区安置房二期项目建成后可安置群众3200余户。',
      '2024-04-19',
      ['figure 3200余户 count actual 2024', 'project 南曹片区安置房二期项目'],
    ],
  ])('%s (%s)', (text, publishedOn, proposals) => {
    expect(summary(byQuote(text.slice(0, 6), text, publishedOn))).toEqual(proposals);
  });
});
