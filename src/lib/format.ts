import { LOCALE, type Lang } from './i18n';

/**
 * Numbers, money, quantities, dates and periods for each language.
 * Chinese money reads in 亿元 / 万元 (60亿元, 3,105亿元); English in CNY bn / m (CNY 6.0 bn).
 */

/**
 * Building an Intl formatter costs far more than using one (tables format thousands): one is
 * made per language and options, then reused.
 */
function reused<Options, Format>(make: (locale: string, options: Options) => Format) {
  const formats = new Map<string, Format>();
  return (lang: Lang, options: Options): Format => {
    const key = `${lang}|${JSON.stringify(options)}`;
    let format = formats.get(key);
    if (!format) {
      format = make(LOCALE[lang], options);
      formats.set(key, format);
    }
    return format;
  };
}

const numberFormat = reused(
  (locale, options: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options),
);
const dateFormat = reused(
  (locale, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, options),
);

export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 2): string {
  return numberFormat(lang, { maximumFractionDigits }).format(value);
}

/**
 * A number with exactly `digits` decimals (75.0, 82.2): progress and 时间进度 are read to one
 * decimal, as supervision reports print them, so 75 % shows as 75.0 beside 82.2.
 */
export function formatFixed(value: number, lang: Lang, digits = 1): string {
  return numberFormat(lang, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

export function formatPercent(value: number, lang: Lang): string {
  return `${formatNumber(value, lang, 2)}%`;
}

/** A growth rate with its sign: +8.1% / −2% (a true minus sign, for screen readers and print). */
export function formatGrowth(value: number, lang: Lang): string {
  const body = formatPercent(Math.abs(value), lang);
  return value > 0 ? `+${body}` : value < 0 ? `−${body}` : body;
}

/** Money from a CNY amount. */
export function formatCny(cny: number, lang: Lang): string {
  const abs = Math.abs(cny);
  if (lang === 'zh') {
    if (abs >= 1e8) return `${formatNumber(cny / 1e8, lang, 2)}亿元`;
    if (abs >= 1e4) return `${formatNumber(cny / 1e4, lang, 2)}万元`;
    return `${formatNumber(cny, lang, 2)}元`;
  }
  const fixed1 = (n: number) =>
    numberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n);
  if (abs >= 1e9) return `CNY ${fixed1(cny / 1e9)} bn`;
  if (abs >= 1e6) return `CNY ${fixed1(cny / 1e6)} m`;
  return `CNY ${formatNumber(cny, lang, 0)}`;
}

/** Money in 亿元 for a chart axis: the number only (the unit is in the chart's title). */
export function formatYi(cny: number, lang: Lang): string {
  return formatNumber(cny / 1e8, lang, 2);
}

/** A unit English writes with a plural "s": "1 item", "2 items". */
const plural = (one: string) => ({ one, other: `${one}s` });
/** A unit English writes the same for one and many ("km"); '' for one it leaves out ("12"). */
const invariant = (word: string) => ({ one: word, other: word });

/** English words for the units the articles print; unknown units show as printed. */
const UNIT_EN: Record<string, { one: string; other: string }> = {
  个: invariant(''),
  项: plural('item'),
  户: plural('household'),
  人: { one: 'person', other: 'people' },
  名: { one: 'person', other: 'people' },
  人次: plural('visit'),
  件: plural('case'),
  条: invariant(''),
  家: { one: 'company', other: 'companies' },
  列: plural('train'),
  辆: plural('vehicle'),
  场: plural('event'),
  次: plural('time'),
  支: plural('team'),
  宗: plural('plot'),
  公里: invariant('km'),
  米: invariant('m'),
  亩: invariant('mu'),
  小时: plural('hour'),
  年: plural('year'),
};

const COMPARATOR_EN = {
  exactly: '',
  'at-least': 'at least ',
  'more-than': 'over ',
  about: 'about ',
  nearly: 'nearly ',
  'at-most': 'up to ',
} as const;

export type QuantityLike = {
  value: number;
  unit: string;
  normalized: number;
  normalizedUnit: string;
  comparator: keyof typeof COMPARATOR_EN;
  qualifierZh?: string | undefined;
};

/**
 * A stated quantity with its approximation word. Chinese keeps the printed form
 * (60亿元以上, 110余户, 约3400万元); English reads "at least CNY 6.0 bn", "over 110 households".
 */
export function formatQuantity(q: QuantityLike, lang: Lang): string {
  if (lang === 'zh') {
    const number = formatNumber(q.value, lang, 4);
    const word = q.qualifierZh ?? '';
    const body = q.unit === '%' ? `${number}%` : `${number}${q.unit}`;
    if (!word) return body;
    // Words that go before the number; the rest (余, 多, 以上) follow it as printed.
    if (['约', '近', '逾', '突破', '超过', '超', '不少于', '至少'].includes(word))
      return `${word}${body}`;
    if (word === '余' || word === '多') return `${number}${word}${q.unit === '%' ? '%' : q.unit}`;
    return `${body}${word}`;
  }
  const prefix = COMPARATOR_EN[q.comparator];
  if (q.normalizedUnit === 'CNY') return `${prefix}${formatCny(q.normalized, lang)}`;
  if (q.normalizedUnit === '%') return `${prefix}${formatPercent(q.normalized, lang)}`;
  const number = formatNumber(q.normalized, lang, 2);
  const unit =
    UNIT_EN[q.unit] ??
    (q.normalizedUnit === 'count' ? undefined : { one: q.normalizedUnit, other: q.normalizedUnit });
  const word = unit ? (q.normalized === 1 ? unit.one : unit.other) : '';
  return `${prefix}${number}${word ? ` ${word}` : ''}`;
}

/** Dates as each language writes them: 2021年3月31日 / 31 Mar 2021. Input is YYYY-MM-DD. */
export function formatDate(iso: string, lang: Lang, style: 'long' | 'short' = 'long'): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  const date = new Date(Date.UTC(y, m - 1, d));
  const options: Intl.DateTimeFormatOptions =
    lang === 'zh'
      ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
      : {
          year: 'numeric',
          month: style === 'long' ? 'long' : 'short',
          day: 'numeric',
          timeZone: 'UTC',
        };
  return dateFormat(lang, options).format(date);
}

/** YYYY-MM → 2021年3月 / Mar 2021 (chart axes, a month's period); never 2021/3. */
export function formatMonth(yearMonth: string, lang: Lang): string {
  const [y, m] = yearMonth.split('-').map(Number);
  if (!y || !m) return yearMonth;
  return dateFormat(lang, {
    year: 'numeric',
    month: lang === 'zh' ? 'long' : 'short',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, 1)));
}

const QUARTER_ZH = ['一', '二', '三', '四'];

/** 2021 / 2021-Q1 / 2021-H1 / 2024-03 → 2021年一季度, Q1 2021… */
export function formatPeriod(period: string, lang: Lang): string {
  const match = /^(\d{4})(?:-(Q[1-4]|H[12]|\d{2}))?$/.exec(period);
  if (!match) return period;
  const [, year, part] = match;
  if (!part) return lang === 'zh' ? `${year}年` : String(year);
  if (part.startsWith('Q')) {
    const n = Number(part.slice(1));
    return lang === 'zh' ? `${year}年${QUARTER_ZH[n - 1]}季度` : `Q${n} ${year}`;
  }
  if (part.startsWith('H')) {
    const first = part === 'H1';
    return lang === 'zh' ? `${year}年${first ? '上' : '下'}半年` : `${first ? 'H1' : 'H2'} ${year}`;
  }
  return formatMonth(`${year}-${part}`, lang);
}

/**
 * A figure's reading as a list of related records shows it: its period, its value and, when
 * the page gives it, its growth on the year before ("2023年：830.6亿元 (+8.1%)").
 */
export function formatFigureReading(
  figure: { period: string; quantity: QuantityLike; growthPercent?: number },
  lang: Lang,
): string {
  const growth =
    figure.growthPercent === undefined ? '' : ` (${formatGrowth(figure.growthPercent, lang)})`;
  return `${formatPeriod(figure.period, lang)}${lang === 'zh' ? '：' : ': '}${formatQuantity(figure.quantity, lang)}${growth}`;
}

const pad2 = (n: number) => String(Math.abs(n)).padStart(2, '0');

/**
 * A moment as the reader's local time with its offset from UTC, ISO 8601 style
 * (2026-11-30T17:31:05+08:00): what an export says about when it was made.
 */
export function localTimestamp(now: Date): string {
  const offset = -now.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const date = `${now.getFullYear()}-${pad2(now.getMonth() + 1)}-${pad2(now.getDate())}`;
  const time = `${pad2(now.getHours())}:${pad2(now.getMinutes())}:${pad2(now.getSeconds())}`;
  return `${date}T${time}${sign}${pad2(Math.floor(Math.abs(offset) / 60))}:${pad2(Math.abs(offset) % 60)}`;
}
