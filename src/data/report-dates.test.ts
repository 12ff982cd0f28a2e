import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dataset, Report } from './schema';

/**
 * A report is dated with the event's day whenever its page dates the event (docs/data.md,
 * "Status reports"): a dateline opening its sentence or an earlier sentence of the same news item
 * (本报讯 3月7日, 26日, 同一天, 当天上午), or a date the quoted words state themselves. Otherwise
 * (近日, 日前, 昨日, no date at all) it carries its page's date. The table below pins how each
 * phrase resolves; then every report of the bundled dataset is checked against its page.
 *
 * The pages live in ../shared/articles (pages added later in tests/archive), as for
 * dataset-provenance.test.ts: with CI=true they are required; elsewhere, when they are absent,
 * the dataset check is skipped and says so.
 */

/** The text of a page, its date and its headlines (each opens a news item). */
type Page = { text: string; publishedOn: string; headlinesZh: readonly string[] };

type DatePhrase = {
  at: number;
  end: number;
  /** A day (N月N日, a range's first day, N日), the day before it (同一天, 当天), or none (近日). */
  kind: 'day' | 'same-day' | 'undated';
  year?: number;
  month?: number;
  day?: number;
  /** Opens its sentence and is followed by a comma: the news genre's dateline. */
  dateline: boolean;
};

const DATE_PHRASE =
  /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日(?:[-—–~至](?:\d{1,2}月)?\d{1,2}日)?|(?<![\d月])(\d{1,2})日|(同一天|同日|当天|当日)|(近日|日前|昨日|昨天|前天)/gu;
/** What may follow a dateline before its comma: the time of day. */
const DATELINE_END = /^(?:上午|下午|晚上|中午|早上|凌晨|晚)?[,，]/u;
const SENTENCE_END = /[。；;！!？?：:]$/u;
const BYLINE = /本报讯(?:[(（][^)）]*[)）])?$/u;

/** The page with all whitespace removed (as quotes and `at` read it), and where paragraphs start. */
function compactPage(text: string) {
  let compact = '';
  const paragraphStart: boolean[] = [];
  let newline = true;
  for (const char of text) {
    if (/\s/u.test(char)) {
      if (char === '\n') newline = true;
      continue;
    }
    paragraphStart.push(newline);
    newline = false;
    compact += char;
  }
  return { compact, paragraphStart };
}

/** Where each news item starts: at each headline and each 本报讯. */
function itemStarts(compact: string, headlinesZh: readonly string[]): number[] {
  const starts: number[] = [0];
  let from = 0;
  for (const headline of headlinesZh) {
    const at = compact.indexOf(headline.replace(/\s+/g, ''), from);
    if (at < 0) continue;
    starts.push(at);
    from = at + 1;
  }
  for (const match of compact.matchAll(/本报讯/gu)) starts.push(match.index);
  return starts.sort((a, b) => a - b);
}

function datePhrases(
  compact: string,
  paragraphStart: readonly boolean[],
  items: readonly number[],
) {
  return [...compact.matchAll(DATE_PHRASE)].map((match): DatePhrase => {
    const at = match.index;
    const before = compact.slice(0, at);
    const opensSentence =
      paragraphStart[at] === true ||
      items.includes(at) ||
      SENTENCE_END.test(before) ||
      BYLINE.test(before);
    const [, year, month, day, dayOnly, sameDay] = match;
    const kind = sameDay ? 'same-day' : (day ?? dayOnly) ? 'day' : 'undated';
    return {
      at,
      end: at + match[0].length,
      kind,
      year: year ? Number(year) : undefined,
      month: month ? Number(month) : undefined,
      day: (day ?? dayOnly) ? Number(day ?? dayOnly) : undefined,
      dateline:
        opensSentence &&
        (kind === 'undated' || DATELINE_END.test(compact.slice(at + match[0].length))),
    };
  });
}

const iso = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/**
 * The day a page dates the event of the quote starting at `at` (whitespace removed) and `length`
 * long, or null when it dates none. The phrases read, in page order: the datelines of the quote's
 * news item before it, then every date phrase inside the quote. The last one decides: N月N日 is
 * that day (a range N月N日-N日 its first day); N日 is that day of the month in context (the last
 * month named, else the page's); 同一天 and 当天 are the day of the dated sentence before; 近日,
 * 日前, 昨日 date no day. Without a printed year the page's year, or the year before when the day
 * would fall after the page's date.
 */
function eventDay(page: Page, at: number, length: number): string | null {
  const { compact, paragraphStart } = compactPage(page.text);
  const items = itemStarts(compact, page.headlinesZh);
  const itemStart = Math.max(...items.filter((start) => start <= at));
  const read = datePhrases(compact, paragraphStart, items).filter(
    (phrase) =>
      (phrase.dateline && phrase.at >= itemStart && phrase.at < at) ||
      (phrase.at >= at && phrase.end <= at + length),
  );
  const pageYear = Number(page.publishedOn.slice(0, 4));
  const dated = (year: number | undefined, month: number, day: number) => {
    const inPageYear = iso(year ?? pageYear, month, day);
    return year === undefined && inPageYear > page.publishedOn
      ? iso(pageYear - 1, month, day)
      : inPageYear;
  };
  let day: string | null = null;
  let month = Number(page.publishedOn.slice(5, 7));
  for (const phrase of read) {
    if (phrase.kind === 'undated') day = null;
    else if (phrase.kind === 'day') {
      month = phrase.month ?? month;
      day = dated(phrase.year, month, phrase.day!);
    }
    // 同一天 / 当天 keep the day of the dated sentence before.
  }
  return day;
}

/** Where a quote starts in its page's text, whitespace removed. */
function locate(page: Page, quote: string) {
  const at = compactPage(page.text).compact.indexOf(quote.replace(/\s+/g, ''));
  if (at < 0) throw new Error(`not on the page: ${quote}`);
  return at;
}

describe('the day a page dates an event', () => {
  const page = (text: string, publishedOn: string, headlinesZh: string[] = []): Page => ({
    text,
    publishedOn,
    headlinesZh,
  });
  it.each([
    [
      'N月N日 opening the item dates the sentences after it',
      page('本报讯 3月7日,甲区召开全区干部会。会议要求加快乙路建设。', '2023-03-08'),
      '会议要求加快乙路建设',
      '2023-03-07',
    ],
    [
      'N月N日 with the time of day',
      page('本报讯(记者 丙丁)7月29日上午,区委书记带队调研戊水库加固工程。', '2023-08-01'),
      '调研戊水库加固工程',
      '2023-07-29',
    ],
    [
      'a range N月N日-N日 gives its first day',
      page('2月22日-23日,甲区调研己安置房项目、庚科创园。', '2024-02-28'),
      '庚科创园',
      '2024-02-22',
    ],
    [
      'N日 is that day of the month in context',
      page('2月22日-23日,甲区调研己安置房项目。\n\n26日,甲区调研辛商厦项目现场。', '2024-02-28'),
      '辛商厦项目现场',
      '2024-02-26',
    ],
    [
      '同一天 is the day of the dated sentence before',
      page('26日,甲区调研辛商厦项目。\n\n同一天,甲区对壬市场开展调研。', '2024-02-28'),
      '甲区对壬市场开展调研',
      '2024-02-26',
    ],
    [
      '当天 likewise',
      page(
        '2月20日上午,甲区召开绿化工作会议。\n\n当天上午,甲区召开全体会议,确保全年目标任务圆满完成。',
        '2024-02-28',
      ),
      '确保全年目标任务圆满完成',
      '2024-02-20',
    ],
    [
      '近日 dates no day',
      page('本报讯 近日,甲区召开会议,部署癸路改造。', '2021-02-19'),
      '部署癸路改造',
      null,
    ],
    [
      '昨日 dates no day, nor does 日前 in the quote',
      page('本报讯(记者 丙丁)昨日,记者从甲区了解到,乙研究院日前揭牌。', '2024-02-28'),
      '乙研究院日前揭牌',
      null,
    ],
    [
      'a later 近日 ends the day of an earlier dateline',
      page('2月20日,甲区召开会议。近日甲区多个调研活动,显示出信心和决心。', '2024-02-28'),
      '显示出信心和决心',
      null,
    ],
    [
      'a date inside a sentence is no dateline: it dates its own fact',
      page(
        '本报讯 11月4日,一列班列抵达甲站。该口岸于2022年11月26日开通运营。开通后,网络进一步丰富。',
        '2023-11-05',
      ),
      '网络进一步丰富',
      '2023-11-04',
    ],
    [
      'a date the quote itself states dates it',
      page('昨日,记者了解到,甲项目并于2月20日通过了规划审查。', '2024-02-28'),
      '并于2月20日通过了规划审查',
      '2024-02-20',
    ],
    [
      'a dateline does not date the next news item',
      page(
        '甲区召开会议\n\n2月27日,甲区召开会议。\n\n乙区建成公园\n\n乙区建成丙公园。',
        '2024-02-28',
        ['甲区召开会议', '乙区建成公园'],
      ),
      '乙区建成丙公园',
      null,
    ],
    [
      'a day later in the year than the page is last year’s',
      page('12月30日,甲区召开会议,部署乙项目。', '2024-01-02'),
      '部署乙项目',
      '2023-12-30',
    ],
    [
      'a printed year is kept',
      page('2022年11月26日,甲口岸正式开通运营。', '2023-11-05'),
      '甲口岸正式开通运营',
      '2022-11-26',
    ],
  ])('%s', (_, sample, quote, expected) => {
    expect(eventDay(sample, locate(sample, quote), quote.length)).toBe(expected);
  });
});

const ARTICLES_DIR = resolve(process.cwd(), '../shared/articles');
const ARCHIVE_DIR = resolve(process.cwd(), 'tests/archive');
const articlesPresent = existsSync(ARTICLES_DIR);
const required = /^(1|true)$/i.test(process.env.CI ?? '');
const archived = existsSync(ARCHIVE_DIR)
  ? readdirSync(ARCHIVE_DIR).filter((name) => name.endsWith('.txt'))
  : [];

if (!articlesPresent && !required) {
  console.warn(
    `[report-dates] SKIPPED: ${ARTICLES_DIR} is absent, so report dates were not checked against the pages. Put the articles there (CI requires them).`,
  );
}

const dataset = JSON.parse(
  readFileSync(resolve(process.cwd(), 'public/data/dataset.json'), 'utf8'),
) as Dataset;

/** The archive first (a page there is the project's own copy), then the shared articles. */
function pageText(sourceId: string): string | undefined {
  const file = [ARCHIVE_DIR, ARTICLES_DIR]
    .map((dir) => resolve(dir, `${sourceId}.txt`))
    .find((path) => existsSync(path));
  return file === undefined ? undefined : readFileSync(file, 'utf8');
}

describe('source articles for the report dates', () => {
  it.runIf(required)('are present in ../shared/articles (required with CI=true)', () => {
    expect(articlesPresent, `${ARTICLES_DIR} is missing`).toBe(true);
  });
});

describe.skipIf(!articlesPresent && archived.length === 0)(
  'every report of the bundled dataset',
  () => {
    const sources = new Map(dataset.sources.map((source) => [source.id, source]));
    const checked = dataset.reports.filter(
      (report) => pageText(report.sourceRef.sourceId) !== undefined,
    );

    it.each(checked.map((report): [string, Report] => [report.id, report]))(
      '%s is dated with the event’s day where its page dates it, else with the page’s date',
      (_, report) => {
        const source = sources.get(report.sourceRef.sourceId)!;
        const page: Page = { text: pageText(source.id)!, ...source };
        const { at, quote } = report.sourceRef;
        const day = eventDay(page, at ?? locate(page, quote), quote.replace(/\s+/g, '').length);
        expect(report.date).toBe(day ?? source.publishedOn);
      },
    );
  },
);
