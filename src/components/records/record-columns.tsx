import { useMemo, type MouseEvent, type ReactNode } from 'react';
import { useHref, useLocation, useNavigate } from 'react-router-dom';
import type { RowData } from '@tanstack/react-table';
import type { RecordColumn } from '@/components/data-table/data-table';
import { carriedSearch, withDatasetParam } from '@/components/ui/app-link';
import { formatDate, formatGrowth, formatPeriod, formatQuantity } from '@/lib/format';
import { pick, useLang, useT, type Lang } from '@/lib/i18n';
import { fieldMessages, useRecordLabels, type RecordLabels } from './labels';
import type { FigureRow, ProjectRow, TargetRow } from '@/tracker/tracker';
import { DeadlineStateBadge } from './deadline-state-badge';

/** A plain left click stays in the app; a new tab, a modifier key or another button is the browser's. */
const isPlainClick = (event: MouseEvent<HTMLAnchorElement>) =>
  event.button === 0 &&
  !event.metaKey &&
  !event.altKey &&
  !event.ctrlKey &&
  !event.shiftKey &&
  (!event.currentTarget.target || event.currentTarget.target === '_self');

type RecordLinks = { href: (path: string) => string; open: (path: string) => void };

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

/** What every record table's columns are built from: words, language, labels and links. */
type ColumnKit = {
  t: ReturnType<typeof useT<FieldKey>>;
  lang: Lang;
  labels: RecordLabels;
  links: RecordLinks;
};

/** A table's columns, built once per language (and per dataset and language parameters). */
function useColumns<Row extends RowData>(
  build: (kit: ColumnKit) => RecordColumn<Row>[],
): RecordColumn<Row>[] {
  const t = useT(fieldMessages);
  const { lang } = useLang();
  const labels = useRecordLabels();
  const links = useRecordLinks();
  return useMemo(() => build({ t, lang, labels, links }), [build, t, lang, labels, links]);
}

/**
 * The column that names each row in the reader's language (sorted by its Chinese name) and
 * links to the row's page, `${pages}/${id}`.
 */
function nameColumn<Row extends RowData>(
  { t, lang, links }: ColumnKit,
  column: 'name' | 'statement' | 'indicator',
  pages: '/projects' | '/targets' | '/figures',
  name: (row: Row) => [id: string, zh: string, en: string],
): RecordColumn<Row> {
  return {
    id: column,
    accessorFn: (row) => name(row)[1],
    header: () => t(column),
    cell: ({ row: { original } }) => {
      const [id, zh, en] = name(original);
      return (
        <RecordLink links={links} path={`${pages}/${encodeURIComponent(id)}`}>
          {pick(lang, zh, en)}
        </RecordLink>
      );
    },
  };
}

type FieldKey = keyof (typeof fieldMessages)['zh'];

/**
 * A column headed by the field's name (`header`, when the field's word is under another key)
 * that sorts by `value` and shows it through `show` (which may read the rest of the row).
 */
function field<Row extends RowData, Value>(
  t: ColumnKit['t'],
  id: string,
  value: (row: Row) => Value,
  show: (value: Value, row: Row) => ReactNode,
  { header = id as FieldKey, sortable = true }: { header?: FieldKey; sortable?: boolean } = {},
): RecordColumn<Row> {
  return {
    id,
    accessorFn: value,
    header: () => t(header),
    ...(sortable ? {} : { enableSorting: false }),
    cell: ({ row: { original } }) => show(value(original), original),
  };
}

/** A date kept on one line, or a dash. */
const dateCell = (date: string | null | undefined, lang: Lang) => (
  <span className="keep-whole">{date ? formatDate(date, lang, 'short') : '—'}</span>
);

const stateBadge = (state: TargetRow['state'], row: TargetRow) => (
  <DeadlineStateBadge state={state} daysLate={row.daysLate} />
);

/** The district column every record table has: its name in the reader's language. */
function districtColumn<Row extends { district: { nameZh: string; nameEn: string } | undefined }>(
  { t, lang }: ColumnKit,
  id: (row: Row) => string,
): RecordColumn<Row> {
  return {
    id: 'district',
    accessorFn: id,
    header: () => t('district'),
    cell: ({ row: { original } }) => (
      // A district's name never breaks inside ("管城回族 / 区").
      <span className="keep-whole">
        {original.district
          ? pick(lang, original.district.nameZh, original.district.nameEn)
          : id(original)}
      </span>
    ),
  };
}

/** The columns of a projects table; the same in /projects, a district's page and a source's page. */
const projectColumns = (kit: ColumnKit): RecordColumn<ProjectRow>[] => {
  const { t, lang, labels } = kit;
  const date = (day: string | null) => dateCell(day, lang);
  const amount = (_: number | null, { project: { investment } }: ProjectRow) => (
    <span className="keep-whole">{investment ? formatQuantity(investment, lang) : '—'}</span>
  );
  return [
    nameColumn(kit, 'name', '/projects', ({ project: p }) => [p.id, p.nameZh, p.nameEn]),
    districtColumn(kit, (row) => row.project.districtId),
    field(t, 'category', (row) => row.project.category, labels.category),
    field(t, 'stage', (row) => row.stage, labels.stage),
    field(t, 'investment', (row) => row.investment, amount),
    field(t, 'deadline', (row) => row.deadline, date),
  ];
};

/** The columns of a targets table. */
const targetColumns = (kit: ColumnKit): RecordColumn<TargetRow>[] => {
  const { t, lang, labels } = kit;
  const categories = (_: string, { categories: list }: TargetRow) =>
    list.map((category) => labels.category(category)).join(lang === 'zh' ? '、' : ', ');
  const deadline = (_: string | null, { target: { deadline, deadlineText } }: TargetRow) => (
    <>
      {dateCell(deadline, lang)}
      {deadlineText && (
        <span className="cell-note keep-whole" lang="zh-CN">
          {deadlineText}
        </span>
      )}
    </>
  );
  return [
    nameColumn(kit, 'statement', '/targets', ({ target: g }) => [
      g.id,
      g.statementZh,
      g.statementEn,
    ]),
    districtColumn(kit, (row) => row.target.districtId),
    field(t, 'category', (row) => row.categories.join(','), categories),
    field(t, 'deadline', (row) => row.target.deadline, deadline),
    field(t, 'status', (row) => row.status, labels.status),
    field(t, 'state', (row) => row.state, stateBadge, { header: 'deadlineState' }),
  ];
};

/** The columns of a figures table; the same in /figures and a district's page. */
const figureColumns = (kit: ColumnKit): RecordColumn<FigureRow>[] => {
  const { t, lang, labels } = kit;
  const value = (_: number, { figure: { quantity, growthPercent } }: FigureRow) => (
    <>
      <span className="keep-whole">{formatQuantity(quantity, lang)}</span>
      {growthPercent !== undefined && (
        <span className="cell-note keep-whole">
          {t('growth')} {formatGrowth(growthPercent, lang)}
        </span>
      )}
    </>
  );
  const period = (text: string) => <span className="keep-whole">{formatPeriod(text, lang)}</span>;
  return [
    nameColumn(kit, 'indicator', '/figures', ({ figure: f }) => [
      f.id,
      f.indicatorZh,
      f.indicatorEn,
    ]),
    field(t, 'value', (row) => row.figure.quantity.normalized, value),
    districtColumn(kit, (row) => row.figure.districtId),
    field(t, 'period', (row) => row.figure.period, period),
    field(t, 'basis', (row) => row.figure.basis, labels.basis, { sortable: false }),
  ];
};

export const useProjectColumns = () => useColumns(projectColumns);
export const useTargetColumns = () => useColumns(targetColumns);
export const useFigureColumns = () => useColumns(figureColumns);
