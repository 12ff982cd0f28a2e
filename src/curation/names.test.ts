// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { namedItems } from './names';

/** Short sentences in the genre, written for these tests. */
describe('namedItems', () => {
  it.each([
    // A quoted name with a project noun a few words on, or one of its own.
    ['某区探索“532”物业纠纷调处新路径', ['“532”物业纠纷调处新路径']],
    ['某县将实施“一套政策、两支队伍”(简称“12”攻坚方案)', ['“12”攻坚方案']],
    ['要提前了解“智慧大脑”建设需要的条件', ['“智慧大脑”']],
    ['聚焦“强城兴业”,实施产业升级', []],
    // A slogan and the strategies that carry it out, counted as the genre counts them.
    [
      '围绕“强城兴业”,着力实施工业提质战略、实施服务业扩容战略、实施城乡融合战略',
      ['“强城兴业”三大战略'],
    ],
    ['围绕“强城兴业”,实施工业提质战略、服务业扩容行动', []],
    // A name with a bracketed alias and a quarter of it.
    ['为加快推进某某文化区(ABC)北区的开发', ['某某文化区(ABC)北区']],
    // A visit's site: 指导 is a verb, not part of the name.
    ['市领导调研指导某某遗址核心板块后', ['某某遗址核心板块']],
    // A one-character word before 和 after a street's name is part of the name.
    ['昨天,某某街道文和路社区组织了食品安全检查', ['文和路社区']],
    // Works for an event.
    ['要做好园博会绿化保障,提升道路沿线景观', ['园博会绿化']],
    ['要做好运动会期间交通保障', []],
    // A citizen's matter and what was done for it.
    ['东风街居民门前有一段积水的路面,去年秋季经协商得以修复', ['东风街路面修复']],
    ['枫林路居民夜里摸黑出门,社区主动协调,年底前安上了路灯', ['枫林路路灯安上']],
    ['一企业拖欠柳湾村农民3年的补偿款,在调解下,终于要回来了', ['柳湾村补偿款要回']],
    [
      '有市民反映,某某辖区槐树路二小上学通道上存在隐患,社区快速拆除了广告牌',
      ['槐树路二小上学通道广告牌拆除'],
    ],
    ['中牟县文化路街道各村充分利用假期,组织青年人才开展迎春座谈会', ['文化路街道迎春座谈会']],
    ['金水区花园路街道联合辖区学校,对学生进行了防溺水知识宣传', ['花园路街道防溺水知识宣传']],
    ['某企业拖欠柳湾村村民的补偿款,经调解,终于要回来了', ['柳湾村补偿款要回']],
    [
      '某某建材公司扩大生产,需要用地,镇里很快将附近一闲置企业的仓库租赁给了该公司',
      ['某某建材公司仓库租赁'],
    ],
    // A kind of place or of project alone is no name.
    ['干部下沉到社区,走访辖区房地产项目', []],
    // No matter of citizens: a district's own work names no deed.
    ['花园路街道完成了年度任务', []],
  ])('%s → %j', (sentence, names) => {
    expect(namedItems(sentence, []).map((item) => item.nameZh)).toEqual(names);
  });
});
