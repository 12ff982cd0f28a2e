// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { yi } from '../../tests/fixtures/factories';
import { findQuantities } from './quantities';

const brief = (text: string) =>
  findQuantities(text).map((q) => [q.printed, q.normalized, q.normalizedUnit, q.comparator]);

describe('findQuantities', () => {
  it.each([
    ['力争完成投资420亿元以上', [['420亿元以上', 4.2e10, 'CNY', 'at-least']]],
    ['计划投资30亿,建设', [['30亿', 3e9, 'CNY', 'exactly']]],
    ['货值约3400万元', [['约3400万元', 3.4e7, 'CNY', 'about']]],
    ['为符合条件的110余户业主', [['110余户', 110, 'count', 'more-than']]],
    ['累计开行突破1万列', [['突破1万列', 10_000, 'count', 'more-than']]],
    ['全长约4.8公里', [['约4.8公里', 4.8, 'km', 'about']]],
    ['规划总占地面积2700余亩', [['2700余亩', 2700, 'mu', 'more-than']]],
    ['比重突破20%', [['突破20%', 20, '%', 'more-than']]],
    ['推动路劲悦东园等两个项目全面复工', [['两个', 2, 'count', 'exactly']]],
    [
      '2023年中原区生产总值完成830.6亿元,同比增长8.1%',
      [
        ['830.6亿元', 83_060_000_000, 'CNY', 'exactly'],
        ['8.1%', 8.1, '%', 'exactly'],
      ],
    ],
    // 至少 governs every count of its list; a number with its own word keeps it
    [
      '将至少引进1家百亿级头部企业、2个10亿元以上高质量项目',
      [
        ['1家', 1, 'count', 'at-least'],
        ['2个', 2, 'count', 'at-least'],
        ['10亿元以上', 1e9, 'CNY', 'at-least'],
      ],
    ],
    // …but not past the end of its clause
    [
      '至少引进1家企业,建成2个园区',
      [
        ['1家', 1, 'count', 'at-least'],
        ['2个', 2, 'count', 'exactly'],
      ],
    ],
    // years, ordinals, dates and firm classes are not quantities
    ['2024年计划举办4场', [['4场', 4, 'count', 'exactly']]],
    ['河南省第二批8个“智慧岛”', [['8个', 8, 'count', 'exactly']]],
    ['第十七届人民代表大会', []],
    ['3月7日召开会议', []],
    ['引进百亿级头部企业', []],
  ])('%s', (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });

  it('keeps what parseQuantity says about the printed unit and word', () => {
    const { role: _role, ...printed } = yi(60, { comparator: 'at-least', qualifierZh: '以上' });
    expect(findQuantities('力争一季度完成投资60亿元以上')[0]).toEqual({
      ...printed,
      printed: '60亿元以上',
      index: 9,
    });
  });
});
