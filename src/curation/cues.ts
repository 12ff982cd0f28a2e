/**
 * Cue words: what a clause does. A pledge word (力争, 确保, 要, 将…) says something is still to
 * happen; a result word (完成, 建成, 已, 化解…) says it happened; a plan word (谋划, 规划, 总投资)
 * states a planned total or size; exhortation words (转变作风, 提高站位…) ask for an attitude and
 * commit to nothing. Firmness follows docs/data.md ("Firmness of a target").
 */

export type Firmness = 'commitment' | 'aim' | 'plan';
export type Cues = { pledge: string[]; report: string[] };

/**
 * Each pledge cue with the neighbours that make it another word (重要, 要求, 主要; 将 as the
 * object marker in 将…作为 / 将…扩为 is not "will"), and its firmness.
 */
const PLEDGE: readonly [string, RegExp, Firmness][] = [
  ['力争', /力争/g, 'aim'],
  ['争取', /争取/g, 'aim'],
  ['力促', /力促/g, 'aim'],
  ['确保', /确保/g, 'commitment'],
  ['务必', /务必/g, 'commitment'],
  ['必须', /必须/g, 'commitment'],
  ['坚决', /坚决/g, 'commitment'],
  ['要', /(?<![重主需只摘纪首必想一二三四五六七八九十])要(?![求素点闻件害务])/g, 'commitment'],
  ['计划', /(?<!投资|年度|工作|行动|发展)计划(?![”》投路])/g, 'plan'],
  ['拟', /拟(?![定])/g, 'plan'],
  ['可达', /可达|预计|有望|将达/g, 'plan'],
  ['将', /(?<![即必])将(?![军])(?![^,，;；。]*?(?:作为|扩为|改为|列入|纳入|列为))/g, 'plan'],
  ['推动', /推动/g, 'plan'],
  ['推进', /推进(?!会)/g, 'plan'],
  ['加快', /加快/g, 'plan'],
  ['打造', /打造/g, 'plan'],
  ['做优', /做优|做强|做大/g, 'plan'],
  ['…前完成', /前(?:全部|全面)?(?:完成|完工|竣工|建成|开工|投用|落地|启动)/g, 'commitment'],
];

/** A result word after …前 or after a pledge word is the pledge's task (确保3月底前竣工). */
const DONE = String.raw`(?<!前(?:全部|全面)?|力争|确保|争取|要|将|尚未|还未|未|没有)`;
const report = (word: string) => new RegExp(`${DONE}(?:${word})`, 'g');

const REPORT: readonly [string, RegExp][] = [
  ['完成', report('完成(?!标准|各项)')],
  ['建成', report('建成(?!良心)')],
  ['实现', report('实现')],
  // 已开工的…, 已化解的…: a description of what the sentence is about, not its result.
  ['已', /已(?:经)?(?![^,，;；。的]{1,4}的)/g],
  ['落幕', /落幕/g],
  ['揭牌', /揭牌/g],
  ['开通', report('开通')],
  ['竣工', report('竣工')],
  ['完工', report('完工')],
  ['投用', report('投用|投入使用')],
  ['入选', /入选/g],
  ['获评', /获评/g],
  ['签约', /签约(?!落地|率)|签订/g],
  ['化解', /化解(?!路径|新路径|难|专班)/g],
  ['复工', report('复工')],
  ['抵达', /抵达/g],
  ['增长', /增长(?!点)/g],
  ['累计', /累计/g],
  ['解决', /解决(?!好|存在|企业|群众)/g],
  ['了', /[办安成过到出决]了/g],
  ['得以', /得以/g],
  ['增至', /增至|缩短|节省/g],
  ['目前', /目前|如今|现有/g],
];

const found = <Row extends readonly [string, RegExp, ...unknown[]]>(
  text: string,
  table: readonly Row[],
) => table.filter(([, pattern]) => new RegExp(pattern).test(text)).map(([cue]) => cue);

export function findCues(text: string): Cues {
  return { pledge: found(text, PLEDGE), report: found(text, REPORT) };
}

const FIRMNESS = new Map(PLEDGE.map(([cue, , firmness]) => [cue, firmness]));

/** 确保/要/必须 → commitment, 力争/争取 → aim, the rest → plan (docs/data.md). */
export function firmnessOf(pledge: readonly string[]): Firmness | null {
  const firmness = pledge.map((cue) => FIRMNESS.get(cue));
  if (firmness.includes('commitment')) return 'commitment';
  if (firmness.includes('aim')) return 'aim';
  return pledge.length > 0 ? 'plan' : null;
}

/** Pledge words that are only an intention (推动, 推进, 加快): a result context overrides them. */
export const INTENTION_ONLY = new Set(['推动', '推进', '加快', '打造', '做优']);

/** 谋划 (lined up), 规划 (planned size), 拟建, 计划总投资: a planned total, not a pledge. */
export const PLAN_WORDS =
  /谋划(?!园区|思路)|规划(?:总|为|建设|面积|占地)|拟建|计划总投资|年度计划投资/;

/** Words that date the sentence in the past: what follows is a result, not a promise. */
export const PAST_WORDS = /今年以来|去年|一年来|近年来|此前|上年|以来,|截至|目前|如今|日前/;

/**
 * An exhortation asks for an attitude, not for something that can be checked: it gives no
 * record unless it also names a thing, a number or a date.
 */
export const EXHORTATION =
  /站位|观念|作风|意识|思想|精神|担当|干劲|信心|决心|思维|责任感|紧迫感|责任心|能动性|定力|大局|氛围|真抓实干|锚定目标|鼓足|勇于|敢于|善于|初心|使命|自信|自觉|重要性|信任|重托|底线|奋力|凝心聚力|感知|认知/;

/** What makes a clause concrete: something that can be counted, dated, built or checked. */
export const CONCRETE =
  /项目|工程|园|基地|中心|平台|道路|[路街村]|小区|安置房|楼盘|资金|物资|制度|机制|方案|清单|设施|队伍|工作法|热线|大厅|预警|值班|签约|招商|土地|用地|审批|手续|融资|品牌|活动|设计|施工|开工|竣工|完工|投产|投用|建成|落地|回迁|保交楼/;

/** A purpose clause (为…, 为了…) frames what follows: its words set nothing. */
export const PURPOSE =
  /^(?:为了|以便|为(?:确保|进一步|加快|推动|推进|实现|打造|做好|切实|全面|深入|服务|保障|促进|落实|高质量|更好|有效))/;

/** A clause that only links (同时, 此外, 其中): it carries no task of its own. */
export const CONNECTIVE =
  /^(?:同时|此外|其中|另外|另一方面|一方面|下一步|据了解|据介绍|据悉|据统计|会上|会议要求|会议强调|会议指出|会议提出)$/;

/** A sentence that describes (据了解…是…): its intentions (打造, 推进) pledge nothing. */
export const DESCRIPTION = /^(?:据了解|据介绍|据悉|据统计)/;

/** 尚未完成, 还未进场: a state of things, not a result and not a task. */
export const NEGATED = /尚未|还未|仍未|未开工|未进场/;

/** A clause that only details the one before it (分别在4月、7月; 包括…): no task of its own. */
export const DETAIL = /^(?:分别|包括|包含|即|主要涉及|涉及)/;

/** Verbs that carry a pledge's task on in a clause of its own (富国路…5条道路完成前期手续办理). */
export const TASK_VERB =
  /完成|竣工|完工|建成|投用|投产|运营|开工|落地|签约|启动|实现|具备|达到|突破|增长|进场|回迁/;

/** A dated event: a day (3月7日, 26日) or 近日/昨日, and what happened on it. */
export const EVENT_DAY =
  /\d{1,2}月\d{1,2}日|(?<![\d月])\d{1,2}日|近日|昨日|昨天|日前|当天|同一天|本报讯/;
export const EVENT_VERB =
  /召开|举行|举办|调研|督导|暗访|察看|查看|来到|深入|组织|开展|签订|签约|落幕|揭牌|抵达|获悉|公布|了解到|上新|座谈/;

/** A clause that begins with a verb carries on its sentence's task (no subject of its own). */
export const VERB_START =
  /^(?:即|针对|充分|用好|活用|分|面向|依托|便于|认真|适时|对症|多元化?|筹措|探索|吸引|做优|出台|制定|设立|选聘|开展|健全|出实招|促成效|大胆|倾听|做到|协同|减少|增加|新增|引导|鼓励|指导|督促|争|走|创|要|将|并|还|也|再|同时|及时|切实|全力|全面|积极|持续|不断|进一步|加快|加大|加强|推进|推动|开展|启动|做好|做到|抓好|落实|坚持|强化|深化|提升|提高|优化|完善|健全|建立|建设|打造|构建|聚焦|围绕|紧盯|紧扣|统筹|严格|严把|扎实|着力|大力|深入|主动|简化|畅通|压实|拓展|运用|支持|保障|盘活|吸引|创新|探索|引进|培育|发挥|组织|增强|规范|防止|防范|营造|提供|形成|实行|细化|突出|对接|结合|依托|按照|对照|力争|确保|争取|力促|务必|必须|坚决|完成|实现|具备|达到|采取|拿出|找|查|解决|帮助|赢得|让|使|做|抓|促|保|守|破|控|严控|列出|掀起|兜牢|守牢|树牢|扛稳|夯实|把|以|在|从|对|向|与|跟踪|提前|有序|主动|迅速|精准|认真|深度|高效|高标|层层)/;

/** A clause that turns to an open intention is not due by the part's date (docs/data.md). */
export const OPEN_INTENTION = /^(?:推动|推进|加快|积极|持续|有序|不断|进一步)/;
