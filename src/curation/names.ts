import type { ProjectCategory } from '@/data/schema';
import { findDistricts } from './gazetteer';
import type { FoundQuantity } from './quantities';

/**
 * Named items in a sentence: the projects, sites, roads, villages and agreements a page names,
 * from 、/和 lists (调研金洼安置房项目、河南省通信工程科研中心项目…; 鼎瑞街、南站路等10条道路),
 * single names with a project word (须水服装产业园, 常庄水库加固提升工程), quoted names with one
 * (“漆协商”平台, “书香中原”等建设) and "投资X亿元的Y项目" with its investment.
 */

export type NamedItem = {
  nameZh: string;
  /** Offset of the name in the sentence. */
  index: number;
  /** Part of a list (、 or 和) the sentence prints. */
  listed: boolean;
  /** The money printed with it (投资5亿元的…项目): the project's lifetime total. */
  investment?: FoundQuantity;
};

/** Words a name of a project or site ends with; a list item may also end with a weaker one. */
const STRONG_END =
  '号院|社区|村(?!民)|项目|产业园|创园|园区|科创城|科创园|工程|基地|中心|研究院|遗址公园|公园|街区|安置房|市场|食品城|商厦|水库|管廊|仓库|基坑|风险点|地下空间|危旧房屋|赛车场|赛车节|耐力赛|班列|口岸|平台|板块|片区|孵化器|开发区|物流中心|火车站|总部港|智谷|食谷|院区|协议|[)）][东南西北]区';
const WEAK_END = `${STRONG_END}|大学|路|街|大道|城|苑|园|楼|院|港|组团|地块|房屋|新城|印象|二期|三期|\\(二期\\)|（二期）`;
const END = new RegExp(`(?:${WEAK_END})$`);
const STRONG = new RegExp(`(?:${STRONG_END})`, 'g');

/** Where a name cannot reach past, reading leftwards: verbs, cue words, particles. */
const STOP =
  /(?:调研|来到|深入|察看|查看|推进|推动|加快|启动|完成|做好|包括|包含|对|在(?!建)|以|和|与|及|等|将|要|确保|力争|争取|建设|实施|开展|围绕|聚焦|紧盯|结合|重点|引进|依托|针对|先后|分别|有序|还有|其中|涉及|主要|了|的|是|为|由|从|向|到|把|打造|培育|发展|全力|全面|积极|加强|提升|提质|推广|发挥|建立起|建立|形成|制定|获评|入选|落地|成功|位于|属于|作为|督导|指导|暗访|组织|召开|举行|举办|对接|参与|合作|签订|签约|化解|复工|实质性|已开工|未开工|开工|至|新增|新开|开通|入境|出境|针对|标志着|经|较|打通|提高|进一步|作为|构建起|联合|利用|该|这趟|一列|全省|全市|前|后|年|月|日|上午|下午|一行|带队|同志|书记|区长|县长|市长|主任|局长|接受|帮助|通过|优化|完善|加大|经过|辖区|拖欠)$/;
/** What a list's last item may be followed by, and what makes the list one of projects. */
const PROJECT_TAIL =
  /^(?:等)?(?:[\d一二两三四五六七八九十百]+[个条座家所处宗项])?(?:“[^”]{1,8}”)?(?:重点|重大|在建|新建|已建成|谋划|生态建设|产业)?(?:项目|园区|道路|小区|地块|组团|产业园组团|工程|现场|片区|楼盘|村|重点片区项目|处|等处)/;
const NOT_PROJECT_TAIL =
  /^(?:等)?(?:[\d一二两三四五六七八九十百多]+[个条座家所处项大])?(?:重点|主导|头部|多个)?(?:领域|企业|产品|行业|问题|环节|要素|方面|方式|渠道|部门|单位|机制|政策|品牌|产业链|办事处|街道|乡镇|类|人员|资源|设施|赛道|品类|目标|指标|区域|范围)/;
/** A name that starts with a verb is the end of a clause (推项目, 保障项目, 支持平台). */
const VERB_LIKE =
  /^(?:建成|新开工|开工|实现|具备|推|保障|支持|提高|解|抓|树立|牢固|了解|显示|加快|推进|建设|实施|做好|打造|服务|促进|发展|聚焦|拓展|盘活|引进|加强|完善|健全|强化|深化|优化|提升|开展|抢抓|推动|资本|土地|细分|筹措|申报|组织|形成|发挥|落实|统筹|凝聚|调动|增强|织密|构建|立足|坚持)/;
/** A name that starts like this is a description, not a name (每个项目, 所有项目, 一列中欧班列). */
const GENERIC_START =
  /^(?:村民|社区居民|以?上|这些|那些|此次|本次|每个|每一个|各|所有|该|此|本|其|细分|停工类|企业|辖区|全区|全县|相关|有关|一批|多个|一列|一趟|这趟|[\d一二两三四五六七八九十百]+[个条座家所处宗项名])/;
const VISIT = /调研|来到|深入|察看|查看|督导|暗访|走进|实地/;
/** A name made only of these says nothing about which project is meant. */
const GENERIC =
  /^(?:口岸|班列|保交楼|问题楼盘|重点|重大|产业|生态|建设|合作|新建|谋划|已建成|省市|高质量|主导|相关|各类|全区|全县|辖区|在建|工地|特色|现代|综合|改造|提升|示范|一批|城市|基础|配套|项目|工程|园区|中心|平台|板块|片区|基地|市场|院区|管廊|街区|公园|安置房|组团|地块|开发区|社区|街道|房地产|仓库|大|新|老|各|该|此|这|其|本|全|多|每|一个|其余)+$/;
const NAME_CHAR = /[\p{Script=Han}A-Za-z0-9·\-()（）“”《》]/u;

const byLength = (a: string, b: string) => b.length - a.length;

/** Reads leftwards from `end` over name characters until a stop word or punctuation. */
function nameEndingAt(text: string, end: number): { name: string; index: number } | undefined {
  let start = end;
  while (start > 0 && NAME_CHAR.test(text[start - 1]!)) {
    // A street or community before a place is where it is, not its name (…社区天明路82号院).
    if (start < end && /(?:社区|街道)$/.test(text.slice(0, start))) break;
    const stop = STOP.exec(text.slice(Math.max(0, start - 5), start));
    if (stop) {
      // A one-character particle with at most one character before it in the clause is part
      // of the name (端和路, 信和…), not a boundary.
      let clauseStart = start - stop[0].length;
      while (clauseStart > 0 && NAME_CHAR.test(text[clauseStart - 1]!)) clauseStart -= 1;
      // A street or community before it starts the name too (…街道文和路社区).
      const before = text.slice(clauseStart, start - stop[0].length);
      const place = /(?:街道|社区|辖区)(?!.*(?:街道|社区|辖区))/.exec(before);
      if (place) clauseStart += place.index + place[0].length;
      const single = stop[0].length === 1;
      // 和, 与, 及 inside a name (拓丰祥和居, 信和境界商厦) join two names only when both sides
      // are names of their own; a one-character rest is no name.
      const joins = single && /[和与及]/.test(stop[0]) && end - start >= 2;
      const inside =
        single && (start - 1 - clauseStart === 1 || (!joins && /[和与及]/.test(stop[0])));
      if (!inside) break;
    }
    start -= 1;
  }
  const name = trimName(text.slice(start, end));
  return name ? { name, index: end - name.length } : undefined;
}

/** Brackets and quotes that open or close nothing in the name are dropped. */
function trimName(name: string): string {
  let trimmed = name.replace(/^[”）)]+/, '').replace(/[“（(]+$/, '');
  // 管城商代都城遗址核心板块: the district that has it is not part of its name.
  const district = findDistricts(trimmed)[0];
  if (
    district?.index === 0 &&
    district.via === 'division' &&
    trimmed.length - district.name.length >= 3
  )
    trimmed = trimmed.slice(district.name.length);
  const opens = (trimmed.match(/[“（(]/g) ?? []).length;
  const closes = (trimmed.match(/[”）)]/g) ?? []).length;
  if (opens < closes) trimmed = trimmed.replace(/^[^“（(]*?[”）)]/, '');
  return trimmed;
}

function isName(name: string): boolean {
  const core = name.replace(/[“”《》()（）]/g, '');
  if (core.length < 2 || core.length > 30) return false;
  if (GENERIC.test(core) || GENERIC_START.test(core) || VERB_LIKE.test(core)) return false;
  // Money, plans and unbalanced quotation marks are parts of sentences, not names.
  if (/\d+(?:亿|万)|\d+[个条座家项]|谋划|总投资/.test(core)) return false;
  if ((name.match(/“/g) ?? []).length !== (name.match(/”/g) ?? []).length) return false;
  // A district's own name is not a project (经开区, 郑东新区).
  const district = findDistricts(core)[0];
  if (district && district.name === core) return false;
  return !/^[\d.]+$/.test(core);
}

/** The longest start of `text` that ends like a name (书院街北项目建设 → 书院街北项目). */
function leadingName(text: string): string | undefined {
  let best: string | undefined;
  let i = 0;
  while (i < text.length && NAME_CHAR.test(text[i]!)) {
    const head = text.slice(0, i + 1);
    if (END.test(head)) best = head;
    if (/^等/.test(text.slice(i + 1))) return best ?? head;
    i += 1;
  }
  return best ?? (i > 0 ? text.slice(0, i) : undefined);
}

/** Items of the 、 lists of a clause (A、B和C等N个项目), when they are projects. */
function listedItems(clause: string, offset: number): NamedItem[] {
  if (!clause.includes('、')) return [];
  const pieces = clause.split('、');
  const first = nameEndingAt(pieces[0]!, pieces[0]!.length);
  if (!first) return [];
  const items: { name: string; index: number }[] = [{ name: first.name, index: first.index }];
  let position = pieces[0]!.length + 1;
  for (let i = 1; i < pieces.length; i += 1) {
    const piece = pieces[i]!;
    // A piece that is a name and no more is a middle item; the first that goes on (等26个项目要…)
    // holds the last item and says what the list is.
    if (i < pieces.length - 1 && leadingName(piece) === piece && !/等/.test(piece)) {
      items.push({ name: trimName(piece), index: position });
    } else {
      // The last piece: its item, perhaps a 和/及 item, then what the list is (等N个项目).
      const head = leadingName(piece) ?? '';
      let rest = piece.slice(head.length);
      items.push({ name: head, index: position });
      const joined = /^(?:和|及|以及|与)/.exec(rest);
      if (joined) {
        const next = leadingName(rest.slice(joined[0].length)) ?? '';
        items.push({ name: next, index: position + head.length + joined[0].length });
        rest = rest.slice(joined[0].length + next.length);
      }
      const tail = rest;
      const visited = VISIT.test(pieces[0]!);
      const ends = items.filter((item) => END.test(item.name)).length;
      const projects =
        !NOT_PROJECT_TAIL.test(tail) &&
        (PROJECT_TAIL.test(tail) || visited || (ends >= 2 && ends * 2 >= items.length));
      if (!projects) return [];
      const tailNoun =
        /^(?:等)?(?:[\d一二两三四五六七八九十百]+[个条座家所处宗项])?(项目|地块)/.exec(tail)?.[1];
      return items
        .map((item) => ({
          nameZh: tailNoun && !END.test(item.name) ? `${item.name}${tailNoun}` : item.name,
          index: offset + item.index,
          listed: true,
        }))
        .filter((item) => isName(item.nameZh));
    }
    position += piece.length + 1;
  }
  return [];
}

/** 书院街南和亳都古巷片区: two names joined by 和 that share a project word. */
function pairedItems(clause: string, offset: number): NamedItem[] {
  const pair =
    /([\p{Script=Han}A-Za-z0-9·]{2,12})(?:和|及|与)((?:(?!等)[\p{Script=Han}]){2,12}?)(片区|项目|工程|产业园|公园|街区)/u.exec(
      clause,
    );
  if (!pair) return [];
  const first = nameEndingAt(clause, pair.index + pair[1]!.length);
  if (!first) return [];
  const names = [`${first.name}${pair[3]!}`, `${pair[2]!}${pair[3]!}`];
  return names.filter(isName).map((nameZh, i) => ({
    nameZh,
    index: offset + (i === 0 ? first.index : pair.index),
    listed: true,
  }));
}

const SINGLE_LISTED =
  /等(?:[\d一二两三四五六七八九十百]+[个条座家所处宗项])?(?:“[^”]{1,8}”)?(?:重点|重大|在建|新建|已建成|谋划|问题楼盘|问题|生态建设|产业)?(项目|园区|道路|小区|地块|组团|产业园组团|工程|片区|楼盘)/g;

/** A project noun a few words after a quoted name: “421”问题楼盘化解新路径, “1358”攻坚方案. */
const QUOTED_NOUN_AFTER =
  /^(?:(?![的和与及是为将要在])[\p{Script=Han}]){0,8}?(?:新路径|路径|攻坚方案|实施方案|行动方案|方案|战略|工程|板块)(?![\p{Script=Han}])/u;
/** A quoted name that ends in a project noun of its own: “城市大脑”, “东城垣提升工程”. */
const OWN_NOUN = /(?:大脑|工程|项目|平台|板块|路径|方案)$/;

/** A quoted slogan, then three or more 、-listed items that end in the same noun. */
const SLOGAN_LIST =
  /“([^”]{2,12})”[,，]?((?:[^,，;；。“”、]{2,20}?(战略|行动|工程)、){2,}[^,，;；。“”、]{2,20}?\3)(?=[,，;；。]|$)/gu;

/** An event (a fair, games, a festival) and the works done for it. */
const EVENT_WORKS = /((?:博会|博览会|运动会|运会|艺术节|文化节))(绿化|亮化|美化|环境整治)/gu;

/** Where a citizen's matter happens: a street, road, village, firm or school (南阳路三小). */
const PLACE =
  /(?:^|[,，;；]|辖区|反映)((?:(?![有在上的是])[\p{Script=Han}\d]){1,12}?(?:街道|街|路|村|社区|公司|[一二三四五六七八九十]小)(?:[\p{Script=Han}]{2,4}?通道)?)(?=居民|村民|农民|市民|群众|有|上|各|联合|充分|扩大|存在|[,，])/u;
/** Verbs that only carry their object (进行了宣传 is the 宣传). */
const LIGHT_VERB = /^(?:进行|开展|举办|召开|举行|组织)$/;
/** A problem, the word that makes a matter one of citizens (a complaint, a visit, an event). */
const MATTER = /反映|隐患|拖欠|坑洼|摸黑|需要|群众|居民|农民|学生|人才|座谈会|第一课/;
/** An event a place holds: 开展新春座谈会. */
const EVENT = /(?:开展|举办|召开|举行)([\p{Script=Han}]{2,6}?(?:座谈会|招聘会|推介会|第一课))/u;
const HAN = /^[\p{Script=Han}]+$/u;

/** The verb before a 了 (安上了, 创除了, 要回来了, 租赁给了, 进行了), without its 来 or 给. */
function verbBefore(text: string, at: number): string {
  const last = text[at - 1] ?? '';
  if (last === '来' || last === '给') return text.slice(Math.max(0, at - 3), at - 1);
  return text.slice(Math.max(0, at - 2), at);
}

/** What was done in a part, after its place: 得以修复, 安上了路灯, 要回来了, 开展…座谈会. */
function deedOf(after: string): string | undefined {
  // The first noun the part named with 的 before a comma (坑洼不平的道路, 6年的租地款).
  const nounBefore = (end: number) =>
    /的([\p{Script=Han}]{2,4})(?=[,，])/u.exec(after.slice(0, end))?.[1];
  const event = EVENT.exec(after);
  const passive = /得以([\p{Script=Han}]{2})/u.exec(after);
  const done = /了/.exec(after);
  const first = [event, passive, done]
    .filter((m): m is RegExpExecArray => m !== null)
    .sort((x, y) => x.index - y.index)[0];
  if (!first) return undefined;
  if (first === event) return event[1];
  if (first === passive) {
    const noun = nounBefore(passive.index);
    return noun ? `${noun}${passive[1]!}` : undefined;
  }
  const verb = verbBefore(after, first.index);
  if (!HAN.test(verb)) return undefined;
  // 安上了路灯: the object follows; 要回来了 / 将…的厂房租赁给了: it stood before.
  const object = /^[\p{Script=Han}]{2,12}?(?=[,，;；。…]|$)/u.exec(
    after.slice(first.index + 1),
  )?.[0];
  const named = /将[^,，;；]{0,12}的([\p{Script=Han}]{2,4})$/u.exec(
    after.slice(0, first.index - verb.length - (/[来给]/.test(after[first.index - 1]!) ? 1 : 0)),
  )?.[1];
  if (named) return `${named}${verb}`;
  if (object && !/^该|^[他她它]/.test(object))
    return LIGHT_VERB.test(verb) ? object : `${object}${verb}`;
  const noun = nounBefore(first.index);
  return noun ? `${noun}${verb}` : undefined;
}

/**
 * A citizen's matter and what was done for it, one per part (up to ; or 。), named from the
 * place and the thing done, as curators name them in 问政 and 民生 pages: 某某路居民摸黑走路,
 * …安上了路灯 → 某某路路灯安上; 某某街有一段坑洼的道路,…得以修复 → 某某街道路修复; 某某街道
 * …开展新春座谈会 → 某某街道新春座谈会. Only where the part names a problem or the people it
 * serves (MATTER): a district's own pledges are no matters.
 */
function placeDeeds(sentence: string): NamedItem[] {
  const items: NamedItem[] = [];
  let offset = 0;
  for (const part of sentence.split(/[;；]/)) {
    const start = offset;
    offset += part.length + 1;
    if (!MATTER.test(part)) continue;
    const place = PLACE.exec(part);
    if (!place) continue;
    const placeEnd = place.index + place[0].length;
    const found = nameEndingAt(part, placeEnd);
    const thing = deedOf(part.slice(placeEnd));
    // A place is more than its kind of place (街道, 社区 alone say nothing).
    if (!found || found.name.length < 3 || !thing || thing.length > 10) continue;
    if (/^(?:问题|工作|作用|安全|发展)/.test(thing)) continue;
    const nameZh = `${found.name}${thing}`;
    if (isName(nameZh)) items.push({ nameZh, index: start + found.index, listed: false });
  }
  return items;
}

/** 投资5亿元的A项目 (and 总投资…的): a project with its lifetime total. */
const INVESTED = /(?:总)?投资(?:约|逾|超过)?[\d.]+(?:亿元|万元|亿)(?:以上)?的/g;

export function namedItems(sentence: string, quantities: readonly FoundQuantity[]): NamedItem[] {
  const items: NamedItem[] = [];
  const taken: [number, number][] = [];
  const add = (item: NamedItem) => {
    // Where the name stands as printed (新斗彩 of 新斗彩地块: the noun was added from the list).
    let printed = item.nameZh.length;
    while (printed > 0 && !sentence.startsWith(item.nameZh.slice(0, printed), item.index))
      printed -= 1;
    const end = item.index + Math.max(1, printed);
    if (taken.some(([s, e]) => item.index < e && end > s)) return;
    if (items.some((other) => other.nameZh === item.nameZh)) return;
    taken.push([item.index, end]);
    items.push(item);
  };
  for (const match of sentence.matchAll(INVESTED)) {
    const after = sentence.slice(match.index + match[0].length);
    const name = leadingName(after);
    if (!name || !isName(name) || !END.test(name)) continue;
    const investment = quantities.find(
      (q) => q.index >= match.index && q.index < match.index + match[0].length,
    );
    add({
      nameZh: name,
      index: match.index + match[0].length,
      listed: false,
      ...(investment ? { investment } : {}),
    });
  }
  // Lists and pairs, clause by clause (a comma ends a list).
  let offset = 0;
  for (const clause of sentence.split(/[,，;；。:：]/)) {
    for (const item of [...listedItems(clause, offset), ...pairedItems(clause, offset)]) add(item);
    offset += clause.length + 1;
  }
  // One name before 等N个项目 (拓丰祥和居等17个问题楼盘项目, 新斗彩等7个地块).
  for (const match of sentence.matchAll(SINGLE_LISTED)) {
    const found = nameEndingAt(sentence, match.index);
    if (!found) continue;
    const noun = match[1] === '地块' || match[1] === '项目' ? match[1] : '';
    const nameZh = noun && !END.test(found.name) ? `${found.name}${noun}` : found.name;
    if (isName(nameZh)) add({ nameZh, index: found.index, listed: true });
  }
  // 与抖音集团合作: a cooperation with a named partner.
  for (const match of sentence.matchAll(
    /与([\p{Script=Han}A-Za-z]{2,12}?)(?:的)?(?:合作|签订|签约)/gu,
  )) {
    const nameZh = `${match[1]!}合作`;
    if (isName(match[1]!)) add({ nameZh, index: match.index + 1, listed: false });
  }
  // 制定《居民公约》: a charter or plan the page names.
  for (const match of sentence.matchAll(/(?:制定|出台|签订)(《[^》]{2,20}》)/g))
    add({
      nameZh: match[1]!,
      index: match.index + match[0].length - match[1]!.length,
      listed: false,
    });
  // Quoted names with a project word (“漆协商”平台, “书香中原”等建设, “两院”项目), a project
  // noun a few words on (“421”问题楼盘化解新路径, 简称“1358”攻坚方案) or one of their own
  // (“城市大脑”).
  for (const match of sentence.matchAll(
    /“([^”]{2,12})”(平台|机制平台|项目|工程|小程序|普法讲师团)?(?=等?建设|等?项目)?/g,
  )) {
    const after = sentence.slice(match.index + match[0].length);
    const nounAfter = match[2] ? undefined : QUOTED_NOUN_AFTER.exec(after)?.[0];
    const quotedName = match[2]
      ? match[0]
      : /^等?建设|^等?项目/.test(after)
        ? match[0]
        : nounAfter
          ? `${match[0]}${nounAfter}`
          : OWN_NOUN.test(match[1]!)
            ? match[0]
            : undefined;
    if (quotedName && isName(quotedName))
      add({ nameZh: quotedName, index: match.index, listed: false });
  }
  // A slogan and the N strategies (actions, works) that carry it out: 聚焦“X”,实施A战略、实施B战略、
  // 实施C战略 → “X”三大战略, as the genre names them (“八大专项攻坚行动”).
  for (const match of sentence.matchAll(SLOGAN_LIST)) {
    const count = match[2]!.split('、').length;
    const numeral = '三四五六七八九十'[count - 3];
    if (numeral)
      add({ nameZh: `“${match[1]!}”${numeral}大${match[3]!}`, index: match.index, listed: false });
  }
  // Works for an event (做好花博会绿化保障 → 花博会绿化): the event names the works.
  for (const match of sentence.matchAll(EVENT_WORKS)) {
    const found = nameEndingAt(sentence, match.index + match[1]!.length);
    const nameZh = found && `${found.name}${match[2]!}`;
    if (found && nameZh && isName(found.name)) add({ nameZh, index: found.index, listed: false });
  }
  for (const deed of placeDeeds(sentence)) add(deed);
  // Single names ending in a project word, the longest first (南曹片区安置房二期项目, not 南曹片区).
  const singles: NamedItem[] = [];
  for (const match of sentence.matchAll(STRONG)) {
    const found = nameEndingAt(sentence, match.index + match[0].length);
    if (found && isName(found.name))
      singles.push({ nameZh: found.name, index: found.index, listed: false });
  }
  singles.sort((a, b) => byLength(a.nameZh, b.nameZh)).forEach(add);
  return items.sort((a, b) => a.index - b.index || byLength(a.nameZh, b.nameZh));
}

/** A category from the words of a name, or null when the name does not say (the curator's call). */
const CATEGORY_WORDS: readonly [RegExp, ProjectCategory][] = [
  [/安置房/, 'resettlement-housing'],
  [/基坑|风险点|水库|防汛|地下空间|危旧房屋|人防/, 'water-flood-control'],
  [/管廊|管网|雨污/, 'municipal-utilities'],
  [/遗址|历史文化|文化街区|古巷|城墙|夕阳楼|两院|文化创意|书香/, 'heritage-culture'],
  [/公园|绿化/, 'green-space'],
  [/班列|口岸|物流|火车站|陆港|铁路/, 'transport-logistics'],
  [/研究院|科创|孵化器|创新|双创|实验室/, 'innovation'],
  [/产业园|园区|开发区|组团|工业园/, 'industrial-park'],
  [/市场|商厦|食品城|总部|贸易中心|商业|食谷/, 'commerce'],
  [/医院|院区|学校|中学|小学|会展|路灯|体育/, 'public-service'],
  [/协议|合作|签约/, 'agreement'],
  [/赛车|赛事|赛道/, 'sports-events'],
  [/城中村|村$|片区|街区|旧改|老旧小区/, 'urban-renewal'],
  [/保交楼|问题楼盘/, 'housing-rescue'],
  [/[路街道]$|大街|大道|道路/, 'road'],
  [/平台|机制|方案|小程序|讲师团|公约/, 'governance'],
  [/集团|公司|医药|企业|电竞/, 'industry'],
];

export function categoryOf(name: string): ProjectCategory | null {
  return CATEGORY_WORDS.find(([pattern]) => pattern.test(name))?.[1] ?? null;
}
