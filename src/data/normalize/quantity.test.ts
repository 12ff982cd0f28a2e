import { describe, expect, it } from 'vitest';
import type { Quantity } from '../schema';
import { parseChineseNumber, parseQuantity, printedForm, type PrintedQuantity } from './quantity';

type Unit = Quantity['normalizedUnit'];

// Every printed form the five pages use (one row per form, not per occurrence), then neighbours
// of those forms; a form is [printed, value, unit, normalized, normalized unit].
describe('parseQuantity', () => {
  it.each<[string, number, string, number, Unit]>([
    // money
    ['3105亿元', 3105, '亿元', 3.105e11, 'CNY'],
    ['830.6亿元', 830.6, '亿元', 83_060_000_000, 'CNY'],
    ['51.4亿元', 51.4, '亿元', 5_140_000_000, 'CNY'],
    ['296.7亿元', 296.7, '亿元', 29_670_000_000, 'CNY'],
    // percentages
    ['8.1%', 8.1, '%', 8.1, '%'],
    ['9.79%', 9.79, '%', 9.79, '%'],
    ['100.2%', 100.2, '%', 100.2, '%'],
    ['11％', 11, '%', 11, '%'],
    // counts
    ['17个', 17, '个', 17, 'count'],
    ['两个', 2, '个', 2, 'count'],
    ['7981名', 7981, '名', 7981, 'count'],
    ['64辆', 64, '辆', 64, 'count'],
    ['580人次', 580, '人次', 580, 'count'],
    ['90人次', 90, '人次', 90, 'count'],
    ['256条', 256, '条', 256, 'count'],
    ['189件', 189, '件', 189, 'count'],
    ['16支', 16, '支', 16, 'count'],
    ['三支', 3, '支', 3, 'count'],
    ['6根', 6, '根', 6, 'count'],
    ['6项', 6, '项', 6, 'count'],
    ['4场', 4, '场', 4, 'count'],
    ['2宗', 2, '宗', 2, 'count'],
    ['75次', 75, '次', 75, 'count'],
    ['八大', 8, '大', 8, 'count'],
    ['五大', 5, '大', 5, 'count'],
    // lengths, areas, durations
    ['2.6公里', 2.6, '公里', 2.6, 'km'],
    ['809公里', 809, '公里', 809, 'km'],
    ['2.5米', 2.5, '米', 2.5, 'm'],
    ['10小时', 10, '小时', 10, 'hours'],
    ['24小时', 24, '小时', 24, 'hours'],
    ['两天', 2, '天', 2, 'days'],
    ['30周年', 30, '周年', 30, 'years'],
    ['6年', 6, '年', 6, 'years'],
    // neighbours of the printed forms
    ['1,200万元', 1200, '万元', 12_000_000, 'CNY'],
    ['一百二十个', 120, '个', 120, 'count'],
    ['3万亩', 3, '万亩', 30_000, 'mu'],
    // papers drop 元 after 亿: 投资30亿 is money
    ['30亿', 30, '亿', 3e9, 'CNY'],
  ])('%s', (printed, value, unit, normalized, normalizedUnit) => {
    const data: PrintedQuantity = {
      value,
      unit,
      normalized,
      normalizedUnit,
      comparator: 'exactly',
    };
    expect(parseQuantity(printed)).toEqual({ ok: true, data });
  });

  // The approximation word (qualifierZh) gives the comparator.
  it.each<[string, number, string, number, Unit, Quantity['comparator'], string]>([
    // money
    ['60亿元以上', 60, '亿元', 6e9, 'CNY', 'at-least', '以上'],
    ['逾3100亿元', 3100, '亿元', 3.1e11, 'CNY', 'more-than', '逾'],
    ['420亿元以上', 420, '亿元', 4.2e10, 'CNY', 'at-least', '以上'],
    ['约3400万元', 3400, '万元', 34_000_000, 'CNY', 'about', '约'],
    // percentages
    ['突破20%', 20, '%', 20, '%', 'more-than', '突破'],
    ['50%以上', 50, '%', 50, '%', 'at-least', '以上'],
    // counts, with the approximation words
    ['110余户', 110, '户', 110, 'count', 'more-than', '余'],
    ['400余人', 400, '人', 400, 'count', 'more-than', '余'],
    ['百余名', 100, '名', 100, 'count', 'more-than', '余'],
    ['200余件', 200, '件', 200, 'count', 'more-than', '余'],
    ['60多个', 60, '个', 60, 'count', 'more-than', '多'],
    ['90多次', 90, '次', 90, 'count', 'more-than', '多'],
    ['突破1万列', 1, '万列', 10_000, 'count', 'more-than', '突破'],
    ['240列以上', 240, '列', 240, 'count', 'at-least', '以上'],
    ['突破500家', 500, '家', 500, 'count', 'more-than', '突破'],
    ['至少1家', 1, '家', 1, 'count', 'at-least', '至少'],
    ['至少2个', 2, '个', 2, 'count', 'at-least', '至少'],
    // lengths, areas, durations
    ['2700余亩', 2700, '亩', 2700, 'mu', 'more-than', '余'],
    ['约4.8公里', 4.8, '公里', 4.8, 'km', 'about', '约'],
    // neighbours of the printed forms
    ['近5亿元', 5, '亿元', 5e8, 'CNY', 'nearly', '近'],
    ['超过30%', 30, '%', 30, '%', 'more-than', '超过'],
    ['不少于20名', 20, '名', 20, 'count', 'at-least', '不少于'],
    ['5公里左右', 5, '公里', 5, 'km', 'about', '左右'],
    ['110余\n\n户', 110, '户', 110, 'count', 'more-than', '余'],
    // papers drop 元 after 亿: 投资30亿 is money
    ['逾3.5亿', 3.5, '亿', 350_000_000, 'CNY', 'more-than', '逾'],
  ])('%s', (printed, value, unit, normalized, normalizedUnit, comparator, qualifierZh) => {
    const data: PrintedQuantity = {
      value,
      unit,
      normalized,
      normalizedUnit,
      comparator,
      qualifierZh,
    };
    expect(parseQuantity(printed)).toEqual({ ok: true, data });
  });

  it.each([
    ['', 'empty'],
    ['亿元', 'not a number followed by a unit'],
    ['60', 'not a number followed by a unit'],
    ['60光年', 'unknown unit'],
    ['约60余个', 'more than one approximation word'],
    ['十百个', 'is not a number'],
    ['1.2.3亿元', 'is not a number'],
  ])('rejects %j with a reason (%s)', (printed, reason) => {
    const result = parseQuantity(printed);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });
});

describe('parseChineseNumber', () => {
  it.each([
    ['两', 2],
    ['十', 10],
    ['十二', 12],
    ['二十一', 21],
    ['百', 100],
    ['一百零五', 105],
    ['三千', 3000],
    ['二三', undefined],
    ['十百', undefined],
    ['', undefined],
  ])('%s → %s', (text, expected) => {
    expect(parseChineseNumber(text)).toBe(expected);
  });
});

describe('printedForm', () => {
  it.each<[Pick<Quantity, 'value' | 'unit' | 'qualifierZh'>, string]>([
    [{ value: 60, unit: '亿元', qualifierZh: '以上' }, '60亿元以上'],
    [{ value: 110, unit: '户', qualifierZh: '余' }, '110余户'],
    [{ value: 3400, unit: '万元', qualifierZh: '约' }, '约3400万元'],
    [{ value: 1, unit: '万列', qualifierZh: '突破' }, '突破1万列'],
    [{ value: 830.6, unit: '亿元' }, '830.6亿元'],
  ])('%j → %s', (quantity, expected) => {
    expect(printedForm(quantity)).toBe(expected);
  });

  it.each(['60亿元以上', '110余户', '约3400万元', '百余名', '突破1万列', '两个', '2700余亩'])(
    'parseQuantity(printedForm(parseQuantity(%s))) round-trips',
    (printed) => {
      const first = parseQuantity(printed);
      if (!first.ok) throw new Error(first.reason);
      expect(parseQuantity(printedForm(first.data))).toEqual(first);
    },
  );
});
