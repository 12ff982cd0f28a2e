import { describe, expect, it } from 'vitest';
import { searchQuery } from './search-text';
import { toSimplified } from './simplified-chinese';

describe('toSimplified', () => {
  it.each([
    ['管城回族區', '管城回族区'],
    ['隴海路道路綜合改造', '陇海路道路综合改造'],
    ['中歐班列', '中欧班列'],
    ['經開區', '经开区'],
    ['鄭東新區', '郑东新区'],
    ['乾淨', '干净'],
    ['乾隆', '乾隆'],
    ['already simplified: 陇海路', 'already simplified: 陇海路'],
    ['Longhai Road', 'Longhai Road'],
  ])('%s → %s', (text, expected) => expect(toSimplified(text)).toBe(expected));

  it('makes a traditional query the simplified one', () => {
    expect(searchQuery('管城區 隴海路', toSimplified)).toEqual(searchQuery('管城区 陇海路'));
  });
});
