// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findCues, firmnessOf } from './cues';

describe('findCues', () => {
  it.each([
    ['力争一季度完成投资60亿元以上', ['力争'], ['完成']],
    ['确保3月底前竣工', ['确保', '…前完成'], []],
    ['2024年计划举办4场', ['计划'], []],
    ['管城区将按照考核方案要求引进企业', ['将'], []],
    ['2月底前完成编制任务', ['…前完成'], []],
    ['2023逐路中原赛车节在郑州国际赛车场落幕', [], ['落幕']],
    ['已成立各级、各类工作组42个400余人', [], ['已']],
    ['陇海路道路综合改造工程已全面完工', [], ['已', '完工']],
    ['确保年底前完工', ['确保', '…前完成'], []],
    ['41个省市重点项目完成年度投资计划的100.2%', [], ['完成']],
    // 重要, 要求, 要点 and 即将 are other words
    ['深度聚焦重要要求', [], []],
    ['制定实施《2024年优化营商环境工作要点》', [], []],
    ['电线杆根部即将断裂', [], []],
  ])('%s', (text, pledge, report) => {
    expect(findCues(text)).toEqual({ pledge, report });
  });
});

describe('firmnessOf', () => {
  it.each([
    [['确保'], 'commitment'],
    [['要', '将'], 'commitment'],
    [['力争'], 'aim'],
    [['争取', '计划'], 'aim'],
    [['计划'], 'plan'],
    [['将'], 'plan'],
    [[], null],
  ] as const)('%j → %s', (cues, firmness) => {
    expect(firmnessOf(cues)).toBe(firmness);
  });
});
