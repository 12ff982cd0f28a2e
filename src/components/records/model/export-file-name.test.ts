import { describe, expect, it } from 'vitest';
import { exportFileName, type NamedDistrict } from './export-file-name';

const GUANCHENG: NamedDistrict = {
  id: '410104',
  nameZh: '管城回族区',
  nameEn: 'Guancheng Hui District',
};
const ZHONGMOU: NamedDistrict = { id: '410122', nameZh: '中牟县', nameEn: 'Zhongmou County' };
const JINGKAI: NamedDistrict = {
  id: 'jingkai',
  nameZh: '郑州经济技术开发区',
  nameEn: 'Zhengzhou Economic and Technological Development Zone',
};
const ZHENGDONG: NamedDistrict = {
  id: 'zhengdong',
  nameZh: '郑东新区',
  nameEn: 'Zhengdong New District',
};

describe('an export’s file name says the view, the districts and the as-of date', () => {
  it.each<[string, 'zh' | 'en', NamedDistrict[], string]>([
    ['郑州区县目标', 'zh', [], '郑州区县目标-截至2021-04-30'],
    ['郑州区县目标', 'zh', [GUANCHENG], '郑州区县目标-管城回族区-截至2021-04-30'],
    [
      '郑州区县项目',
      'zh',
      [GUANCHENG, JINGKAI],
      '郑州区县项目-管城回族区-郑州经济技术开发区-截至2021-04-30',
    ],
    ['郑州区县数据', 'zh', [GUANCHENG, ZHONGMOU, JINGKAI], '郑州区县数据-3个区县-截至2021-04-30'],
    ['zhengzhou-district-targets', 'en', [], 'zhengzhou-district-targets-asof-2021-04-30'],
    [
      'zhengzhou-district-targets',
      'en',
      [GUANCHENG],
      'zhengzhou-district-targets-guancheng-hui-asof-2021-04-30',
    ],
    [
      'zhengzhou-district-figures',
      'en',
      [ZHONGMOU, JINGKAI],
      'zhengzhou-district-figures-zhongmou-jingkai-asof-2021-04-30',
    ],
    [
      'zhengzhou-district-projects',
      'en',
      [ZHENGDONG],
      'zhengzhou-district-projects-zhengdong-asof-2021-04-30',
    ],
    [
      'zhengzhou-district-projects',
      'en',
      [GUANCHENG, ZHONGMOU, ZHENGDONG],
      'zhengzhou-district-projects-3-districts-asof-2021-04-30',
    ],
  ])('%s (%s) %j', (base, lang, districts, name) => {
    const fileName = exportFileName({ base, lang, districts, asOf: '2021-04-30' });
    expect(fileName).toBe(name);
    // Nothing a file system refuses, and in English nothing but lower-case ASCII.
    expect(fileName).not.toMatch(/[\\/:*?"<>| ]/);
    if (lang === 'en') expect(fileName).toMatch(/^[a-z0-9-]+$/);
  });
});
