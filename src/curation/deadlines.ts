import { normalizeDeadline } from '@/data/normalize/deadline';

/** A deadline wording found in a sentence, read by normalizeDeadline against the page's year. */
export type FoundDeadline = {
  /** As printed: 3月底前, 一季度, 2024年. */
  wording: string;
  /** YYYY-MM-DD, the last day of the period; null for 尽快 and the like. */
  date: string | null;
  period: string;
  index: number;
};

const BEFORE = '(?:之前|以前|前)?';
const MONTH = '(?:\\d{1,2}|十[一二]?|[一二三四五六七八九])月(?:底|末|份|中旬|上旬|下旬)?';
/**
 * Longest readings first. A month followed by a day (3月7日) is a meeting's date, not a
 * deadline; 今年以来 (since the start of the year) is a period, not a deadline.
 */
const PATTERN = new RegExp(
  [
    `\\d{4}年(?:${MONTH}|底|内|全年)?${BEFORE}`,
    `明年(?:年底|底|末)?${BEFORE}`,
    `(?:今年底|今年内|今年(?!以来)|年底|年末|年内|全年|当年)${BEFORE}`,
    `[上下]半年${BEFORE}`,
    `第?[一二三四1-4]季度末?${BEFORE}`,
    `(?<![\\d年])${MONTH}${BEFORE}`,
    '七下八上',
    '尽快|早日|适时',
  ].join('|'),
  'g',
);
/** What follows a date that is an event's day, not a deadline. */
const DAY_AFTER = /^(?:\d{1,2}|[一二三四五六七八九十]{1,3})[日号]/;
/** 一月一晾晒、一季一通报: a rhythm (once a month), not January. */
const RHYTHM = /^一[月季周年]一/;

/**
 * What follows a year that dates something else, not a deadline: a batch (2020年第一批, 2021年
 * 纳入…), a programme year (2022年度), work since then (2023年以来), what is still unfinished from
 * it (2019年尚未完成的…), or a thing of that year (2023年中原区生产总值: a result's period).
 */
const NOT_A_DEADLINE_AFTER = /^(?:第|纳入|度|以来|尚未|已|的|年度|起|开始|至今)/;
const RESULT_AFTER = /^[^,，;；。]{0,14}(?:完成|实现|增长|生产总值|收入|总额)/;
const PLEDGE_AFTER = /^[^,，;；。]{0,14}(?:力争|确保|争取|要|将|计划|谋划)/;

/** Whether a deadline wording found in `text` sets a date for the clause it stands in. */
export function setsDeadline(text: string, deadline: FoundDeadline): boolean {
  const after = text.slice(deadline.index + deadline.wording.length);
  // A year in a title (《2024年优化营商环境工作要点》) names the document.
  const before = text.slice(0, deadline.index);
  if (before.lastIndexOf('《') > before.lastIndexOf('》')) return false;
  // 七下八上 names a season of standing duty (the flood peak), kept through it, not finished by a
  // day (docs/data.md, "Standing duties have no deadline").
  if (deadline.wording === '七下八上') return false;
  if (/^\d{4}年$/.test(deadline.wording)) {
    if (NOT_A_DEADLINE_AFTER.test(after)) return false;
    return !(RESULT_AFTER.test(after) && !PLEDGE_AFTER.test(after));
  }
  return !/^(?:以来|度|第)/.test(after);
}

/** Every deadline wording in the text, with its date read against `pageYear`. */
export function findDeadlines(text: string, pageYear: number): FoundDeadline[] {
  const found: FoundDeadline[] = [];
  for (const match of text.matchAll(PATTERN)) {
    const wording = match[0];
    if (DAY_AFTER.test(text.slice(match.index + wording.length))) continue;
    if (RHYTHM.test(text.slice(match.index))) continue;
    const normalized = normalizeDeadline(wording, pageYear);
    if (!normalized.ok) continue;
    found.push({
      wording,
      date: normalized.data.deadline,
      period: normalized.data.period,
      index: match.index,
    });
  }
  return found;
}
