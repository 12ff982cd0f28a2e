// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { draftArticle } from './draft';

const PAGE = [
  '管城回族区开足马力 提速争先',
  '近日,管城回族区第十六届人民政府第五次全体(扩大)会议召开。',
  '会议要求,力争一季度完成投资60亿元以上。确保3月底前竣工。',
  '新段落里的会议强调,要加快建设。',
  '“钢铁驼队” 上新',
  '本报讯 11月4日,回程班列抵达郑州圃田车站。金水区人民路街道已开展反诈宣传。该街道将持续宣传。',
].join('\n\n');

const draft = () => {
  const result = draftArticle(PAGE, {
    sourceId: 'page-1',
    publishedOn: '2021-02-18',
    title: '起步就要冲刺',
    url: 'https://example.org/page-1',
  });
  if (!result.ok) throw new Error(result.reason);
  return result.data;
};

const byQuote = (part: string) => draft().candidates.find((c) => c.quote.includes(part));

describe('draftArticle', () => {
  it.each([
    // part of the quote, kind, district, inferred, cue words
    ['力争一季度', 'target', '410104', true, { pledge: ['力争'], report: ['完成'] }],
    ['确保3月底前', 'target', '410104', true, { pledge: ['确保', '…前完成'], report: [] }],
    // a new paragraph takes its section's district (the headline's)
    ['新段落里', 'target', '410104', true, { pledge: ['要', '加快'], report: [] }],
    // a section whose headline names no district takes the first its prose names
    ['本报讯', 'report', '410105', true, { pledge: [], report: ['抵达'] }],
    // a street names its district; the next sentence of the paragraph takes it
    ['金水区人民路街道', 'report', '410105', false, { pledge: [], report: ['已'] }],
    ['该街道将持续宣传', 'target', '410105', true, { pledge: ['将'], report: [] }],
  ])('…%s… is a %s candidate of %s (inferred: %s)', (start, kind, districtId, inferred, cues) => {
    expect(byQuote(start)).toMatchObject({ kind, districtId, districtInferred: inferred, cues });
  });

  it('fills quantity, deadline and period from the normalizers', () => {
    expect(byQuote('力争一季度')).toMatchObject({
      quantities: [{ value: 60, unit: '亿元', normalized: 6e9, comparator: 'at-least' }],
      deadline: { wording: '一季度', date: '2021-03-31', period: '2021-Q1' },
      period: '2021-Q1',
      firmness: 'aim',
    });
  });

  it('proposes the source record', () => {
    expect(draft().source).toEqual({
      id: 'page-1',
      headlinesZh: ['起步就要冲刺'],
      headlinesEn: [],
      publishedOn: '2021-02-18',
      dateCertainty: 'exact',
      dateEvidence: 'Publication date given by the curator: 2021-02-18.',
      districtIds: ['410104', '410105'],
      url: 'https://example.org/page-1',
    });
  });

  it('leaves out sentences with nothing to record', () => {
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
