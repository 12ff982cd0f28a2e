import { fail, ok, type Result } from '@/lib/result';
import { parseChineseNumber } from './quantity';

/**
 * Deadline wording as printed on the pages → the ISO date that ends the stated period, and the
 * period the promise belongs to. Rules and examples: docs/data.md ("Deadlines").
 *
 * The year is the page's year (passed in) unless the wording names one (2024年) or counts from
 * it (明年底). Wording that sets no date (尽快) is a valid deadline of `null`.
 */
export type NormalizedDeadline = {
  /** YYYY-MM-DD, the last day of the stated period; null when the wording sets no date. */
  deadline: string | null;
  /** YYYY, YYYY-Qn, YYYY-Hn or YYYY-MM: the period the promise belongs to. */
  period: string;
};

const pad = (n: number) => String(n).padStart(2, '0');

/** Last day of a month (month 1–12), leap years included: February 2024 has 29 days. */
export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const iso = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;
const endOfMonth = (year: number, month: number) => iso(year, month, lastDayOfMonth(year, month));

/** 1–12 written as digits or as Chinese numerals (三, 十, 十二). */
function monthNumber(text: string): number | undefined {
  const n = /^\d{1,2}$/.test(text) ? Number(text) : parseChineseNumber(text);
  return n !== undefined && Number.isInteger(n) && n >= 1 && n <= 12 ? n : undefined;
}

/** Words that promise speed but set no date. */
const NO_DATE = new Set(['尽快', '早日', '适时', '近期', '及时']);
/** Words for "by the end of this year". */
const THIS_YEAR = new Set(['年底', '年末', '年内', '全年', '今年', '今年内', '今年底', '当年']);
/** Words for "by the end of next year". */
const NEXT_YEAR = new Set(['明年', '明年底', '明年年底', '明年末']);

/**
 * Normalizes one deadline wording. `year` is the page's year; the result's deadline is
 * the last day of the stated period.
 *
 * | wording                         | deadline          | period    |
 * | ------------------------------- | ----------------- | --------- |
 * | 一季度 / 3月底前                 | YYYY-03-31        | Q1 / 03   |
 * | 3月中旬前                        | YYYY-03-20        | YYYY-03   |
 * | 2月底前                          | YYYY-02-28 or 29  | YYYY-02   |
 * | 上半年 / 6月底前                 | YYYY-06-30        | H1 / 06   |
 * | 下半年                           | YYYY-12-31        | YYYY-H2   |
 * | 年底前 / 全年 / 今年 / 2024年    | YYYY-12-31        | YYYY      |
 * | 明年底                           | (YYYY+1)-12-31    | YYYY+1    |
 * | 七下八上 (flood season's peak)   | YYYY-08-10        | YYYY-Q3   |
 * | 尽快                             | null              | YYYY      |
 */
export function normalizeDeadline(
  wording: string,
  pageYear: number,
): Result<NormalizedDeadline, string> {
  if (!Number.isInteger(pageYear) || pageYear < 1900 || pageYear > 2999) {
    return fail(`the page year ${pageYear} is not a plausible year`);
  }
  const compact = wording.replace(/\s+/g, '');
  if (!compact) return fail('the deadline wording is empty');

  // An explicit year overrides the page's: 2024年, 2024年底, 2024年3月底前.
  let year = pageYear;
  let rest = compact;
  const explicitYear = /^(\d{4})年(.*)$/.exec(compact);
  if (explicitYear) {
    year = Number(explicitYear[1]);
    rest = explicitYear[2] ?? '';
    if (rest === '' || rest === '底' || rest === '底前' || rest === '内' || rest === '全年') {
      return ok({ deadline: iso(year, 12, 31), period: String(year) });
    }
  }
  // "…前", "…之前", "…以前" and a leading "在" do not change the date.
  rest = rest.replace(/^在/, '').replace(/(之前|以前|前)$/, '');

  if (NO_DATE.has(rest)) return ok({ deadline: null, period: String(year) });
  if (THIS_YEAR.has(rest)) return ok({ deadline: iso(year, 12, 31), period: String(year) });
  if (NEXT_YEAR.has(rest)) return ok({ deadline: iso(year + 1, 12, 31), period: String(year + 1) });
  if (rest === '上半年') return ok({ deadline: iso(year, 6, 30), period: `${year}-H1` });
  if (rest === '下半年') return ok({ deadline: iso(year, 12, 31), period: `${year}-H2` });
  if (rest === '七下八上') return ok({ deadline: iso(year, 8, 10), period: `${year}-Q3` });

  const quarter = /^第?([一二三四1-4])季度末?$/.exec(rest);
  if (quarter) {
    const q = monthNumber(quarter[1]!)!;
    return ok({ deadline: endOfMonth(year, q * 3), period: `${year}-Q${q}` });
  }

  const month = /^(\d{1,2}|十[一二]?|[一二三四五六七八九])月(底|末|份|中旬|上旬|下旬)?$/.exec(rest);
  if (month) {
    const m = monthNumber(month[1]!);
    if (m === undefined) return fail(`"${wording}" names no month between 1 and 12`);
    const part = month[2];
    const day = part === '上旬' ? 10 : part === '中旬' ? 20 : lastDayOfMonth(year, m); // 底, 末, 份, 下旬, none
    return ok({ deadline: iso(year, m, day), period: `${year}-${pad(m)}` });
  }

  return fail(`unknown deadline wording "${wording}"`);
}
