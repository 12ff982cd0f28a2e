import { useMemo, type MouseEvent, type ReactNode } from 'react';
import { useHref, useLocation, useNavigate } from 'react-router-dom';
import type { RecordColumn } from '@/components/data-table/data-table';
import { carriedSearch, withDatasetParam } from '@/components/ui/app-link';
import { formatDate, formatPeriod } from '@/lib/format';
import { pick, useLang, type Lang } from '@/lib/i18n';
import { enclosingPeriods, periodCode, periodDepth, periodTree } from '@/lib/period';
import {
  fieldWords,
  useRecordLabels,
  type FieldName,
  type RecordLabels,
  type Words,
} from './labels';
import type { Tracker } from '@/tracker/tracker';
import {
  byCode,
  byText,
  districtName,
  type ListColumn,
  type ListRow,
  type RecordLinks,
  type RecordList,
} from './record-list';

/** A plain left click stays in the app; a new tab, a modifier key or another button is the browser's. */
const isPlainClick = (event: MouseEvent<HTMLAnchorElement>) =>
  event.button === 0 &&
  !event.metaKey &&
  !event.altKey &&
  !event.ctrlKey &&
  !event.shiftKey &&
  (!event.currentTarget.target || event.currentTarget.target === '_self');

/**
 * Links from table rows to detail pages, carrying `?data=` like every in-app link. Rows are
 * plain anchors that navigate in the app on a plain click: unlike router links they do not
 * subscribe to the location, so a keystroke in the filters does not render every row's link
 * again. Everything they depend on (the dataset and language parameters) is settled here, once
 * per table.
 */
function useRecordLinks(): RecordLinks {
  const navigate = useNavigate();
  const base = useHref('/').replace(/\/$/, '');
  // Only the carried parameters: the links stay the same while the filters change.
  const search = carriedSearch(useLocation().search);
  return useMemo(() => {
    const to = (path: string) => String(withDatasetParam(path, search));
    return { href: (path) => `${base}${to(path)}`, open: (path) => navigate(to(path)) };
  }, [navigate, base, search]);
}

function RecordLink({
  links,
  path,
  children,
}: {
  links: RecordLinks;
  path: string;
  children: ReactNode;
}) {
  return (
    <a
      href={links.href(path)}
      onClick={(event) => {
        if (!isPlainClick(event) || event.defaultPrevented) return;
        event.preventDefault();
        links.open(path);
      }}
    >
      {children}
    </a>
  );
}

/** Text kept on one line (a date, an amount, a district's name: "管城回族 / 区" never breaks). */
export const keepWhole = (text: ReactNode) => <span className="keep-whole">{text}</span>;

/** A date kept on one line, or a dash. */
export const dateCell = (date: string | null | undefined, lang: Lang) =>
  keepWhole(date ? formatDate(date, lang, 'short') : '—');

/** A list's words for one language: `join(['道路', '公园'], 'zh')` is 道路、公园. */
export const joinWords = (words: readonly string[], lang: Lang) =>
  words.join(lang === 'zh' ? '、' : ', ');

/**
 * The column that names each row in the reader's language and links to the row's page,
 * `${pages}/${id}`; headed by the shared field `id` ("name", "statement", "indicator").
 */
export function nameColumn<Row>(
  id: FieldName,
  pages: '/projects' | '/targets' | '/figures',
  name: (row: Row) => [id: string, zh: string, en: string],
): ListColumn<Row> {
  const text = (row: Row, lang: Lang) => {
    const [, zh, en] = name(row);
    return pick(lang, zh, en);
  };
  return {
    id,
    header: fieldWords(id),
    rowHeader: true,
    cell: (row, { lang, links }) => (
      <RecordLink links={links} path={`${pages}/${encodeURIComponent(name(row)[0])}`}>
        {text(row, lang)}
      </RecordLink>
    ),
    sort: byText((row, { lang }) => text(row, lang)),
    csv: [{ value: (row, { lang }) => text(row, lang) }],
  };
}

/**
 * The district every list has: its name in the reader's language (its id when the dataset has
 * no such district), sorted by name, and the list's first facet, every district of the dataset
 * its values.
 */
export function districtColumn<Row extends ListRow>(
  districtId: (row: Row) => string,
): ListColumn<Row> {
  const shown = (row: Row, lang: Lang) => districtName(lang, row.district) || districtId(row);
  return {
    id: 'district',
    header: fieldWords('district'),
    cell: (row, { lang }) => keepWhole(shown(row, lang)),
    sort: byText((row, { lang }) => districtName(lang, row.district)),
    facet: {
      value: districtId,
      values: (tracker) => tracker.districts.map((district) => district.id),
      label: (id, { lang, tracker }) => districtName(lang, tracker.districtById.get(id)) || id,
    },
    csv: [{ value: (row, { lang }) => shown(row, lang) }],
  };
}

/**
 * The period a record belongs to (所属时期): shown in the reader's words (2021年一季度, Q1 2021),
 * exported as a code a spreadsheet keeps as text (2021-Q1, 2021-M03: lib/period.ts), and the
 * period filter (`period=2021-Q1`, several allowed): a tree of the dataset's years with the
 * halves, quarters and months within them, each counting the rows that lie in it. Sorted by
 * code when `sortable`; without `shown` it has no table cell (the filter and the CSV only).
 */
export function periodColumn<Row>(
  period: (row: Row) => string,
  /** Every period of the dataset's records (not only those shown on the as-of date). */
  periods: (tracker: Tracker) => readonly string[],
  { shown = true, sortable = shown }: { shown?: boolean; sortable?: boolean } = {},
): ListColumn<Row> {
  return {
    id: 'period',
    header: fieldWords('period'),
    ...(shown
      ? { cell: (row: Row, { lang }: { lang: Lang }) => keepWhole(formatPeriod(period(row), lang)) }
      : {}),
    ...(sortable ? { sort: byCode(period) } : {}),
    facet: {
      value: (row) => enclosingPeriods(period(row)),
      values: (tracker) => periodTree(periods(tracker)),
      label: (value, { lang }) => formatPeriod(value, lang),
      depth: periodDepth,
    },
    csv: [{ value: (row) => periodCode(period(row)) }],
  };
}

/**
 * A column of coded values (a category, a stage) shown, sorted and exported in the reader's
 * words (`label` picks them from the labels), and filtered by `facet` when given.
 */
export function codedColumn<Row, Value extends string>({
  id,
  header = fieldWords(id as FieldName),
  value,
  label,
  facet,
  sortable = true,
}: {
  id: string;
  header?: Words;
  value: (row: Row) => Value;
  label: (labels: RecordLabels) => (value: Value) => string;
  facet?: { param?: string; values: readonly Value[] };
  sortable?: boolean;
}): ListColumn<Row> {
  const words = (row: Row, { labels }: { labels: RecordLabels }) => label(labels)(value(row));
  return {
    id,
    header,
    cell: words,
    ...(sortable ? { sort: byText(words) } : {}),
    ...(facet
      ? {
          facet: {
            ...(facet.param ? { param: facet.param } : {}),
            value,
            values: () => facet.values,
            label: (code: string, { labels }) => label(labels)(code as Value),
          },
        }
      : {}),
    csv: [{ value: words }],
  };
}

/**
 * A list's table columns for TanStack Table, in the reader's language: the columns that have a
 * cell, in list order, those marked `lead` right after the row header. Built once per language
 * (and per dataset and language parameters of the links).
 */
export function useTableColumns<Row extends ListRow>(list: RecordList<Row>): RecordColumn<Row>[] {
  const { lang } = useLang();
  const labels = useRecordLabels();
  const links = useRecordLinks();
  return useMemo(() => {
    const kit = { lang, labels, links };
    const shown = list.columns.filter((column) => column.cell);
    const [first, ...rest] = shown;
    const ordered = first
      ? [first, ...rest.filter((c) => c.lead), ...rest.filter((c) => !c.lead)]
      : [];
    return ordered.map((column): RecordColumn<Row> => ({
      id: column.id,
      // TanStack sorts only columns with an accessor; the sort itself is ours (record-query).
      accessorFn: (row) => row,
      header: column.header[lang],
      enableSorting: Boolean(column.sort),
      sortDescFirst: Boolean(column.numeric),
      cell: ({ row }) => column.cell?.(row.original, kit),
    }));
  }, [list, lang, labels, links]);
}

/** The ids of a list's columns of numbers (aligned as numbers). */
export const numericColumns = <Row,>(list: RecordList<Row>) =>
  list.columns.filter((column) => column.numeric).map((column) => column.id);
