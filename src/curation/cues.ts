/**
 * Cue words: what marks a sentence as a pledge (力争, 确保, 计划…) or as a report of a result
 * (完成, 建成, 已…). Firmness follows docs/data.md ("Firmness of a target").
 */

export type Cues = { pledge: string[]; report: string[] };

/** Each cue with the neighbours that make it another word (重要, 要求; 已经 stays a report). */
const PLEDGE: readonly [string, RegExp][] = [
  ['力争', /力争/g],
  ['确保', /确保/g],
  ['争取', /争取/g],
  ['力促', /力促/g],
  ['务必', /务必/g],
  ['必须', /必须/g],
  ['计划', /(?<!投资|年度|工作)计划(?![”》])/g],
  ['谋划', /谋划/g],
  ['将', /(?<![即必])将(?![军])/g],
  ['要', /(?<![重主需只摘纪首必想])要(?![求素点闻件害])/g],
  ['推动', /推动/g],
  ['推进', /推进/g],
  ['加快', /加快/g],
  ['打造', /打造/g],
  ['做优', /做优|做强|做大/g],
  ['…前完成', /前(?:全部|全面)?(?:完成|完工|竣工|建成|开工|投用|落地)/g],
];

/** A result word after …前 is the deadline's task (3月底前竣工), not a result. */
const DONE = String.raw`(?<!前(?:全部|全面)?)`;
const report = (word: string) => new RegExp(`${DONE}(?:${word})`, 'g');

const REPORT: readonly [string, RegExp][] = [
  ['完成', report('完成(?!标准)')],
  ['建成', report('建成')],
  ['实现', report('实现')],
  ['已', /已(?:经)?/g],
  ['落幕', /落幕/g],
  ['揭牌', /揭牌/g],
  ['开通', report('开通')],
  ['竣工', report('竣工')],
  ['完工', report('完工')],
  ['投用', report('投用|投入使用')],
  ['入选', /入选/g],
  ['获评', /获评/g],
  ['签约', /签约(?!落地)/g],
  ['化解', /化解/g],
  ['复工', report('复工')],
  ['抵达', /抵达/g],
  ['增长', /增长/g],
];

const found = (text: string, table: readonly [string, RegExp][]) =>
  table.filter(([, pattern]) => new RegExp(pattern).test(text)).map(([cue]) => cue);

export function findCues(text: string): Cues {
  return { pledge: found(text, PLEDGE), report: found(text, REPORT) };
}

/** 确保/要/必须 → commitment, 力争/争取 → aim, the rest → plan (docs/data.md). */
export function firmnessOf(pledge: readonly string[]): 'commitment' | 'aim' | 'plan' | null {
  if (pledge.some((c) => ['确保', '要', '必须', '务必', '…前完成'].includes(c)))
    return 'commitment';
  if (pledge.some((c) => ['力争', '争取', '力促'].includes(c))) return 'aim';
  return pledge.length > 0 ? 'plan' : null;
}
