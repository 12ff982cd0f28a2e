import { fail, ok, type Result } from '@/lib/result';
import type { Comparator, Quantity } from '../schema';

/**
 * A stated quantity as printed (60亿元以上, 110余户, 约3400万元, 突破20%, 百余名, 1万列) → the
 * number and unit as printed, the number in a normalized unit (CNY, %, count, km…), and the
 * approximation word with what it means. Rules and examples: docs/data.md ("Quantities").
 */

type NormalizedUnit = Quantity['normalizedUnit'];

/** Approximation words printed before the number. */
const PREFIX_WORDS: Record<string, Comparator> = {
  约: 'about',
  近: 'nearly',
  逾: 'more-than',
  突破: 'more-than',
  超过: 'more-than',
  超: 'more-than',
  至少: 'at-least',
  不少于: 'at-least',
  不超过: 'at-most',
};
/** Words printed between the number and the unit (110余户, 60多个). */
const INFIX_WORDS: Record<string, Comparator> = { 余: 'more-than', 多: 'more-than' };
/** Words printed after the unit (60亿元以上). */
const SUFFIX_WORDS: Record<string, Comparator> = {
  以上: 'at-least',
  以下: 'at-most',
  以内: 'at-most',
  左右: 'about',
};

/** Units that measure something, with their factor to the normalized unit. */
const MEASURE_UNITS: Record<string, { normalizedUnit: NormalizedUnit; factor: number }> = {
  亿元: { normalizedUnit: 'CNY', factor: 1e8 },
  万元: { normalizedUnit: 'CNY', factor: 1e4 },
  元: { normalizedUnit: 'CNY', factor: 1 },
  // Papers drop 元 after 亿 (投资30亿): a bare 亿 after a number is money.
  亿: { normalizedUnit: 'CNY', factor: 1e8 },
  '%': { normalizedUnit: '%', factor: 1 },
  公里: { normalizedUnit: 'km', factor: 1 },
  千米: { normalizedUnit: 'km', factor: 1 },
  米: { normalizedUnit: 'm', factor: 1 },
  万亩: { normalizedUnit: 'mu', factor: 1e4 },
  亩: { normalizedUnit: 'mu', factor: 1 },
  小时: { normalizedUnit: 'hours', factor: 1 },
  天: { normalizedUnit: 'days', factor: 1 },
  周年: { normalizedUnit: 'years', factor: 1 },
  年: { normalizedUnit: 'years', factor: 1 },
};

/**
 * Classifiers that count things (个, 户, 名, 列…). A 万 or 亿 in front multiplies:
 * 1万列 is 10,000 trains.
 */
export const COUNT_CLASSIFIERS = [
  '人次',
  '个',
  '项',
  '户',
  '人',
  '名',
  '件',
  '条',
  '家',
  '列',
  '辆',
  '场',
  '次',
  '支',
  '宗',
  '根',
  '所',
  '座',
  '处',
  '批',
  '套',
  '栋',
  '间',
  '台',
  '位',
  '类',
  '大',
] as const;

const NUMBER = String.raw`([\d.,]+|[零一二两三四五六七八九十百千]+)`;
const PATTERN = new RegExp(
  `^(${Object.keys(PREFIX_WORDS)
    .sort((a, b) => b.length - a.length)
    .join('|')})?${NUMBER}(余|多)?([^\\d.,]+?)(${Object.keys(SUFFIX_WORDS).join('|')})?$`,
);

const CHINESE_DIGITS: Record<string, number> = {
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CHINESE_POWERS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 十 → 10, 二十一 → 21, 百 → 100, 一百二十 → 120, 两 → 2. Undefined when malformed. */
export function parseChineseNumber(text: string): number | undefined {
  if (!text) return undefined;
  let total = 0;
  let digit: number | undefined;
  let lastPower = Infinity;
  for (const char of text) {
    if (char === '零') {
      if (digit !== undefined) return undefined; // 三零
      continue; // 一百零五: 零 only marks a skipped place
    }
    if (char in CHINESE_DIGITS) {
      if (digit !== undefined) return undefined; // two digits in a row: 二三
      digit = CHINESE_DIGITS[char];
    } else if (char in CHINESE_POWERS) {
      const power = CHINESE_POWERS[char]!;
      if (power >= lastPower) return undefined; // 十百
      total += (digit ?? 1) * power;
      digit = undefined;
      lastPower = power;
    } else return undefined;
  }
  return total + (digit ?? 0);
}

function parseNumber(text: string): number | undefined {
  if (/^[\d,.]+$/.test(text)) {
    if (!/^\d{1,3}(?:,\d{3})*(?:\.\d+)?$|^\d+(?:\.\d+)?$/.test(text)) return undefined;
    const n = Number(text.replace(/,/g, ''));
    return Number.isFinite(n) ? n : undefined;
  }
  return parseChineseNumber(text);
}

/** Multiplies without binary noise: 830.6 × 1e8 is 83,060,000,000, not …999.99998. */
const scale = (value: number, factor: number) => Number((value * factor).toPrecision(12));

function unitOf(unit: string): { normalizedUnit: NormalizedUnit; factor: number } | undefined {
  const measure = MEASURE_UNITS[unit];
  if (measure) return measure;
  const counted = /^(万|亿)?(.+)$/.exec(unit);
  const classifier = counted?.[2];
  if (classifier && (COUNT_CLASSIFIERS as readonly string[]).includes(classifier)) {
    return { normalizedUnit: 'count', factor: counted[1] === '万' ? 1e4 : counted[1] ? 1e8 : 1 };
  }
  return undefined;
}

/** A quantity as printed, before anyone says what it is (its role is a judgement, not text). */
export type PrintedQuantity = Omit<Quantity, 'role'>;

/**
 * Parses one printed quantity. Whitespace (page breaks) is ignored; '％' reads as '%'.
 * An unknown unit, a malformed number or two approximation words are reasons, not exceptions.
 */
export function parseQuantity(printed: string): Result<PrintedQuantity, string> {
  const text = printed.replace(/\s+/g, '').replace(/％/g, '%');
  if (!text) return fail('the quantity is empty');
  const match = PATTERN.exec(text);
  if (!match) return fail(`"${printed}" is not a number followed by a unit`);
  const [, prefix, numberText, infix, unit, suffix] = match;
  const value = parseNumber(numberText!);
  if (value === undefined) return fail(`"${numberText}" in "${printed}" is not a number`);
  const words = [prefix, infix, suffix].filter((word): word is string => Boolean(word));
  if (words.length > 1) {
    return fail(`"${printed}" has more than one approximation word (${words.join(', ')})`);
  }
  const normalizer = unitOf(unit!);
  if (!normalizer) return fail(`unknown unit "${unit}" in "${printed}"`);
  const word = words[0];
  const comparator: Comparator = word
    ? (PREFIX_WORDS[word] ?? INFIX_WORDS[word] ?? SUFFIX_WORDS[word] ?? 'exactly')
    : 'exactly';
  return ok({
    value,
    unit: unit!,
    normalized: scale(value, normalizer.factor),
    normalizedUnit: normalizer.normalizedUnit,
    comparator,
    ...(word ? { qualifierZh: word } : {}),
  });
}

/**
 * The canonical printed form of a quantity (the inverse of parseQuantity): the number in digits,
 * the approximation word where Chinese puts it. parseQuantity(printedForm(q)) gives q back
 * whenever q's normalized number agrees with its value and unit; the dataset checks use that.
 */
export function printedForm(q: Pick<Quantity, 'value' | 'unit' | 'qualifierZh'>): string {
  const word = q.qualifierZh ?? '';
  const number = String(q.value);
  if (word in INFIX_WORDS) return `${number}${word}${q.unit}`;
  if (word in SUFFIX_WORDS) return `${number}${q.unit}${word}`;
  return `${word}${number}${q.unit}`;
}
