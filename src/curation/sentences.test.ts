// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { paragraphsOf, sentencesOf } from './sentences';

describe('paragraphsOf', () => {
  it.each([
    [
      'a page break inside a word joins the halves',
      '针对大宇颐园项目,为符合条件的110余\n\n户业主办了产权证。',
      [{ text: '针对大宇颐园项目,为符合条件的110余户业主办了产权证。', heading: false }],
    ],
    [
      'a break after a verb joins the next line of prose',
      '当天上午,各相关单位全力以赴,确保\n\n全年目标任务圆满完成;加快土地报批。',
      [
        {
          text: '当天上午,各相关单位全力以赴,确保全年目标任务圆满完成;加快土地报批。',
          heading: false,
        },
      ],
    ],
    [
      'a headline keeps its spaces and is not joined to prose',
      '做好四个保障  破解楼盘僵局\n\n筑牢组织保障。强化工作力量。',
      [
        { text: '做好四个保障 破解楼盘僵局', heading: true },
        { text: '筑牢组织保障。强化工作力量。', heading: false },
      ],
    ],
    [
      'a photo credit ends its caption',
      '昨天,管城区文和路社区开展专项检查。本报记者 王思俊 摄\n\n党建引领网格化',
      [
        { text: '昨天,管城区文和路社区开展专项检查。本报记者王思俊摄', heading: false },
        { text: '党建引领网格化', heading: true },
      ],
    ],
    [
      'a heading after unfinished prose is not swallowed',
      '围绕六大领域,谋划重大项目\n\n聚焦2024县市区两会',
      [
        { text: '围绕六大领域,谋划重大项目', heading: false },
        { text: '聚焦2024县市区两会', heading: true },
      ],
    ],
  ])('%s', (_, article, expected) => {
    expect(paragraphsOf(article).map(({ text, heading }) => ({ text, heading }))).toEqual(expected);
  });
});

describe('sentencesOf', () => {
  it('splits prose at sentence ends and keeps each sentence verbatim', () => {
    const sentences = sentencesOf(
      paragraphsOf('标题 一\n\n确保3月底前竣工。力争一季度完成投资60亿元以上!\n\n新段落。'),
    );
    expect(sentences.map((s) => [s.paragraph, s.heading, s.text])).toEqual([
      [0, true, '标题 一'],
      [1, false, '确保3月底前竣工。'],
      [1, false, '力争一季度完成投资60亿元以上!'],
      [2, false, '新段落。'],
    ]);
  });

  it('gives an opening quotation mark to the sentence it opens', () => {
    const sentences = sentencesOf(
      paragraphsOf('会议要求全区要紧盯重点项目建设。“各项目要抓住时机,力争一季度完成投资。”'),
    );
    expect(sentences.map((s) => s.text)).toEqual([
      '会议要求全区要紧盯重点项目建设。',
      '“各项目要抓住时机,力争一季度完成投资。”',
    ]);
  });
});
