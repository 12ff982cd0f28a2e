// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { divisionOf, divisions, findDistricts } from './gazetteer';

/** [group, first, second] for every pair of every group of a table. */
const ungroup = (groups: Record<string, readonly (readonly [string, string])[]>) =>
  Object.entries(groups).flatMap(([group, pairs]) =>
    pairs.map(([first, second]) => [group, first, second] as const),
  );

describe('the gazetteer', () => {
  // [id, nameZh] by kind of division
  const byKind = {
    district: [
      ['410102', '中原区'],
      ['410103', '二七区'],
      ['410104', '管城回族区'],
      ['410105', '金水区'],
      ['410106', '上街区'],
      ['410108', '惠济区'],
    ],
    county: [['410122', '中牟县']],
    'county-level-city': [
      ['410181', '巩义市'],
      ['410182', '荥阳市'],
      ['410183', '新密市'],
      ['410184', '新郑市'],
      ['410185', '登封市'],
    ],
    'development-zone': [
      ['jingkai', '郑州经济技术开发区'],
      ['gaoxin', '郑州高新技术产业开发区'],
      ['hangkonggang', '郑州航空港经济综合实验区'],
      ['zhengdong', '郑东新区'],
    ],
  } as const;
  it.each(ungroup(byKind))('holds a %s: %s %s', (kind, id, nameZh) => {
    expect(divisionOf(id)).toMatchObject({ nameZh, kind });
  });

  it('gives every statistical division its GB/T 2260 code and only 郑东新区 none', () => {
    expect(divisions.filter((d) => !d.gbCode).map((d) => d.id)).toEqual(['zhengdong']);
    expect(divisionOf('jingkai')?.gbCode).toBe('410171');
  });
});

describe('findDistricts', () => {
  // [text, the name it finds] by the district it finds
  const mentions = {
    '410104': [
      ['管城区委高度重视', '管城区'],
      ['管城回族区召开全区领导干部会', '管城回族区'],
      ['市委主要领导调研指导管城商代都城遗址', '管城'],
      ['北下街街道开展活动', '北下街街道'],
      ['北下街举办庙会', '北下街'],
    ],
    jingkai: [
      ['郑州经开区将通过“智慧岛”建设契机', '郑州经开区'],
      ['经开“智慧岛”入选', '经开'],
    ],
    zhengdong: [
      ['郑东新区自然资源和规划分局', '郑东新区'],
      ['郑东加快建设', '郑东'],
    ],
    gaoxin: [['高新区发布政策', '高新区']],
    hangkonggang: [['航空港区新开航线', '航空港区']],
    '410103': [['二七区召开会议', '二七区']],
    '410106': [['上街区召开会议', '上街区']],
    '410181': [['巩义市召开会议', '巩义市']],
    '410184': [['新郑机场', '新郑']],
    '410185': [['登封市召开会议', '登封市']],
    '410122': [['中牟县将通过实施', '中牟县']],
    '410182': [['京城路街道将以更加开放的格局', '京城路街道']],
  } as const;
  it.each(ungroup(mentions))('%s in %s (as %s)', (districtId, text, name) => {
    expect(findDistricts(text)[0]).toMatchObject({ districtId, name });
  });

  it.each([['建设新郑州'], ['逐路中原赛车节'], ['郑州国际赛车场'], ['南阳路三小放学通道']])(
    'finds no district in %s',
    (text) => {
      expect(findDistricts(text)).toEqual([]);
    },
  );
});
