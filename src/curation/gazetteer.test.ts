// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { divisionOf, divisions, findDistricts } from './gazetteer';

describe('the gazetteer', () => {
  it.each([
    ['410102', '中原区', 'district'],
    ['410103', '二七区', 'district'],
    ['410104', '管城回族区', 'district'],
    ['410105', '金水区', 'district'],
    ['410106', '上街区', 'district'],
    ['410108', '惠济区', 'district'],
    ['410122', '中牟县', 'county'],
    ['410181', '巩义市', 'county-level-city'],
    ['410182', '荥阳市', 'county-level-city'],
    ['410183', '新密市', 'county-level-city'],
    ['410184', '新郑市', 'county-level-city'],
    ['410185', '登封市', 'county-level-city'],
    ['jingkai', '郑州经济技术开发区', 'development-zone'],
    ['gaoxin', '郑州高新技术产业开发区', 'development-zone'],
    ['hangkonggang', '郑州航空港经济综合实验区', 'development-zone'],
    ['zhengdong', '郑东新区', 'development-zone'],
  ])('holds %s %s (%s)', (id, nameZh, kind) => {
    expect(divisionOf(id)).toMatchObject({ nameZh, kind });
  });

  it('gives every statistical division its GB/T 2260 code and only 郑东新区 none', () => {
    expect(divisions.filter((d) => !d.gbCode).map((d) => d.id)).toEqual(['zhengdong']);
    expect(divisionOf('jingkai')?.gbCode).toBe('410171');
  });
});

describe('findDistricts', () => {
  it.each([
    ['管城区委高度重视', '410104', '管城区'],
    ['管城回族区召开全区领导干部会', '410104', '管城回族区'],
    ['市委主要领导调研指导管城商代都城遗址', '410104', '管城'],
    ['北下街街道开展活动', '410104', '北下街街道'],
    ['北下街举办庙会', '410104', '北下街'],
    ['郑州经开区将通过“智慧岛”建设契机', 'jingkai', '郑州经开区'],
    ['经开“智慧岛”入选', 'jingkai', '经开'],
    ['郑东新区自然资源和规划分局', 'zhengdong', '郑东新区'],
    ['郑东加快建设', 'zhengdong', '郑东'],
    ['高新区发布政策', 'gaoxin', '高新区'],
    ['航空港区新开航线', 'hangkonggang', '航空港区'],
    ['二七区召开会议', '410103', '二七区'],
    ['上街区召开会议', '410106', '上街区'],
    ['巩义市召开会议', '410181', '巩义市'],
    ['新郑机场', '410184', '新郑'],
    ['登封市召开会议', '410185', '登封市'],
    ['中牟县将通过实施', '410122', '中牟县'],
    ['京城路街道将以更加开放的格局', '410182', '京城路街道'],
  ])('%s → %s', (text, districtId, name) => {
    expect(findDistricts(text)[0]).toMatchObject({ districtId, name });
  });

  it.each([['建设新郑州'], ['逐路中原赛车节'], ['郑州国际赛车场'], ['南阳路三小放学通道']])(
    'finds no district in %s',
    (text) => {
      expect(findDistricts(text)).toEqual([]);
    },
  );
});
