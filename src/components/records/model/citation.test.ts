import { describe, expect, it } from 'vitest';
import { makeSource } from '../../../../tests/fixtures/factories';
import { citeRecord, citeSentence, type CitedSentence } from './citation';

const inferredPage = makeSource({
  id: '003_abc',
  headlinesZh: ['起步就要冲刺', '第二个标题'],
  headlinesEn: ['Sprint from the start'],
  publishedOn: '2021-02-19',
  dateCertainty: 'inferred',
});
const printedPage = makeSource({
  id: '007_def',
  headlinesZh: ['新春第一会'],
  headlinesEn: ['The first meeting of spring'],
  publishedOn: '2024-02-28',
  dateCertainty: 'exact',
});
const LINK = 'https://example.org/sources/003_abc#q-120';
const sentence = (page = inferredPage, link = LINK): CitedSentence => ({
  quote: '确保陇海路3月底前竣工',
  page,
  link,
});

describe('citeSentence', () => {
  it.each<[string, CitedSentence, 'zh' | 'en', string, string]>([
    [
      'Chinese, an inferred date',
      sentence(),
      'zh',
      `「确保陇海路3月底前竣工」——《起步就要冲刺》（版面 003_abc），2021年2月19日（日期为推断），${LINK}`,
      `引文：确保陇海路3月底前竣工\n版面：起步就要冲刺（003_abc）\n刊出日期：2021-02-19（推断）\n链接：${LINK}`,
    ],
    [
      'Chinese, a printed date',
      sentence(printedPage, 'https://example.org/sources/007_def#q-5'),
      'zh',
      '「确保陇海路3月底前竣工」——《新春第一会》（版面 007_def），2024年2月28日，https://example.org/sources/007_def#q-5',
      '引文：确保陇海路3月底前竣工\n版面：新春第一会（007_def）\n刊出日期：2024-02-28\n链接：https://example.org/sources/007_def#q-5',
    ],
    [
      'English: the Chinese headline with its translation',
      sentence(inferredPage, `${LINK}&lang=en`),
      'en',
      `“确保陇海路3月底前竣工” — 《起步就要冲刺》 (“Sprint from the start”), page 003_abc, 19 February 2021 (date inferred), ${LINK}&lang=en`,
      `Quote: 确保陇海路3月底前竣工\nPage: 起步就要冲刺 / Sprint from the start (003_abc)\nPublished: 2021-02-19 (inferred)\nLink: ${LINK}&lang=en`,
    ],
  ])('%s', (_, cited, lang, text, plain) => {
    expect(citeSentence(cited, lang)).toEqual({ text, plain });
  });

  it('a page without headlines is cited by its id', () => {
    const page = { ...printedPage, headlinesZh: [], headlinesEn: [] };
    expect(citeSentence(sentence(page), 'zh').text).toContain('《007_def》');
  });
});

describe('citeRecord', () => {
  const other: CitedSentence = {
    quote: '同步推进',
    page: printedPage,
    link: 'https://example.org/sources/007_def#q-9',
  };
  it.each<['zh' | 'en', string, string]>([
    [
      'zh',
      '陇海路改造（https://example.org/projects/road）',
      '记录：陇海路改造\n链接：https://example.org/projects/road',
    ],
    [
      'en',
      'Longhai Road (https://example.org/projects/road)',
      'Record: Longhai Road\nLink: https://example.org/projects/road',
    ],
  ])('%s: the record, then each sentence', (lang, head, plainHead) => {
    const title = lang === 'zh' ? '陇海路改造' : 'Longhai Road';
    const cited = citeRecord(
      { title, link: 'https://example.org/projects/road' },
      [sentence(), other],
      lang,
    );
    expect(cited.text.split('\n')).toEqual([
      head,
      citeSentence(sentence(), lang).text,
      citeSentence(other, lang).text,
    ]);
    expect(cited.plain.split('\n\n')).toEqual([
      plainHead,
      citeSentence(sentence(), lang).plain,
      citeSentence(other, lang).plain,
    ]);
  });
});
