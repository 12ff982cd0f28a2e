import { COUNT_CLASSIFIERS, parseQuantity, type PrintedQuantity } from '@/data/normalize/quantity';

/** A quantity found in a sentence: what parseQuantity makes of it, and where it was printed. */
export type FoundQuantity = PrintedQuantity & { printed: string; index: number };

const PREFIXES = ['不少于', '不超过', '超过', '突破', '至少', '约', '近', '逾', '超'];
const SUFFIXES = ['以上', '以下', '以内', '左右'];
const MEASURES = [
  '亿元',
  '万元',
  '元',
  '%',
  '％',
  '公里',
  '千米',
  '米',
  '万亩',
  '亩',
  '小时',
  '天',
  '周年',
  '年',
];
const COUNTS = COUNT_CLASSIFIERS.flatMap((c) => [`万${c}`, `亿${c}`, c]);
/** 30亿 without 元 is money; 百亿级 (a class of firm) is not a sum. */
const BARE_MONEY = '亿(?![元级])';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternatives = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

const CHINESE_NUMERAL = '零一二两三四五六七八九十百千';
/**
 * prefix? number (余|多)? unit suffix?. A number glued to a digit, a numeral or 第 is part of
 * something else (第二批, 十七届); so is a word glued to the end (一类口岸 stays, 一流 never starts).
 */
const PATTERN = new RegExp(
  `(?<![\\d.${CHINESE_NUMERAL}第])(?:${alternatives(PREFIXES)})?` +
    `(?:\\d+(?:,\\d{3})*(?:\\.\\d+)?|(?<![\\d.${CHINESE_NUMERAL}第])[${CHINESE_NUMERAL}]+)` +
    `(?:余|多)?(?:${alternatives([...MEASURES, ...COUNTS])}|${BARE_MONEY})(?:${alternatives(SUFFIXES)})?`,
  'g',
);

/** A four-digit number before 年 is a year (2023年), not a duration. */
const isYear = (printed: string) => /^\d{4}年/.test(printed.replace(/^\D+/, ''));

/** Words printed before a list that govern every number in it: 至少引进1家…、2个…、3个…. */
const LIST_WORD = /至少|不少于/g;
const CLAUSE_END = /[,，;；。!！?？:：]/;

/** The list-governing word in the clause before `index`, if there is one. */
function governingWord(text: string, index: number): string | undefined {
  let start = index;
  while (start > 0 && !CLAUSE_END.test(text[start - 1]!)) start -= 1;
  return [...text.slice(start, index).matchAll(LIST_WORD)].at(-1)?.[0];
}

/**
 * Every quantity with a unit in the text, normalized by parseQuantity. A count without an
 * approximation word of its own takes a 至少 printed earlier in its clause: the dataset reads
 * 将至少引进1家…、2个…、3个… as "at least" for each number of the list.
 */
export function findQuantities(text: string): FoundQuantity[] {
  const found: FoundQuantity[] = [];
  for (const match of text.matchAll(PATTERN)) {
    const printed = match[0];
    if (isYear(printed)) continue;
    const parsed = parseQuantity(printed);
    if (!parsed.ok) continue;
    const quantity: FoundQuantity = { ...parsed.data, printed, index: match.index };
    const word = quantity.qualifierZh ? undefined : governingWord(text, match.index);
    if (word && quantity.normalizedUnit === 'count') {
      const governed = parseQuantity(`${word}${printed}`);
      if (governed.ok) {
        found.push({ ...governed.data, printed, index: match.index });
        continue;
      }
    }
    found.push(quantity);
  }
  return found;
}
