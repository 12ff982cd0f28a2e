import { useMemo, type MouseEvent, type ReactNode } from 'react';
import { useHref, useLocation, useNavigate } from 'react-router-dom';
import { DATASET_PARAM } from '@/data/dataset-source';
import type { RecordColumn } from '@/components/data-table/data-table';
import { withDatasetParam } from '@/components/ui/app-link';
import { formatDate, formatGrowth, formatPeriod, formatQuantity } from '@/lib/format';
import { LANG_PARAM, pick, useLang, useT, type Lang } from '@/lib/i18n';
import { fieldMessages, useRecordLabels } from './labels';
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
  const current = new URLSearchParams(useLocation().search);
  const data = current.get(DATASET_PARAM);
  const lang = current.get(LANG_PARAM);
  return useMemo(() => {
    const carried = new URLSearchParams();
    if (data) carried.set(DATASET_PARAM, data);
    if (lang) carried.set(LANG_PARAM, lang);
    const search = carried.size ? `?${carried}` : '';
    const to = (path: string) => String(withDatasetParam(path, search));
    return { href: (path) => `${base}${to(path)}`, open: (path) => navigate(to(path)) };
  }, [navigate, base, data, lang]);
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

/** The district column every record table has: its name in the reader's language. */
function districtColumn<Row extends { district: { nameZh: string; nameEn: string } | undefined }>(
  header: string,
  lang: Lang,
  id: (row: Row) => string,
): RecordColumn<Row> {
  return {
    id: 'district',
    accessorFn: id,
    header: () => header,
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
export function useProjectColumns(): RecordColumn<ProjectRow>[] {
  const t = useT(fieldMessages);
  const { lang } = useLang();
  const labels = useRecordLabels();
  const links = useRecordLinks();
  return useMemo<RecordColumn<ProjectRow>[]>(
    () => [
      {
        id: 'name',
        accessorFn: (row) => row.project.nameZh,
        header: () => t('name'),
        cell: ({ row: { original } }) => (
          <RecordLink links={links} path={`/projects/${encodeURIComponent(original.project.id)}`}>
            {pick(lang, original.project.nameZh, original.project.nameEn)}
          </RecordLink>
        ),
      },
      districtColumn(t('district'), lang, (row) => row.project.districtId),
      {
        id: 'category',
        accessorFn: (row) => row.project.category,
        header: () => t('category'),
        cell: ({ row: { original } }) => labels.category(original.project.category),
      },
      {
        id: 'stage',
        accessorFn: (row) => row.stage,
        header: () => t('stage'),
        cell: ({ row: { original } }) => labels.stage(original.stage),
      },
      {
        id: 'investment',
        accessorFn: (row) => row.investment,
        header: () => t('investment'),
        cell: ({ row: { original } }) => (
          <span className="keep-whole">
            {original.project.investment ? formatQuantity(original.project.investment, lang) : '—'}
          </span>
        ),
      },
      {
        id: 'deadline',
        accessorFn: (row) => row.deadline,
        header: () => t('deadline'),
        cell: ({ row: { original } }) => (
          <span className="keep-whole">
            {original.deadline ? formatDate(original.deadline, lang, 'short') : '—'}
          </span>
        ),
      },
    ],
    [t, lang, labels, links],
  );
}

/** The columns of a targets table. */
export function useTargetColumns(): RecordColumn<TargetRow>[] {
  const t = useT(fieldMessages);
  const { lang } = useLang();
  const labels = useRecordLabels();
  const links = useRecordLinks();
  return useMemo<RecordColumn<TargetRow>[]>(
    () => [
      {
        id: 'statement',
        accessorFn: (row) => row.target.statementZh,
        header: () => t('statement'),
        cell: ({ row: { original } }) => (
          <RecordLink links={links} path={`/targets/${encodeURIComponent(original.target.id)}`}>
            {pick(lang, original.target.statementZh, original.target.statementEn)}
          </RecordLink>
        ),
      },
      districtColumn(t('district'), lang, (row) => row.target.districtId),
      {
        id: 'category',
        accessorFn: (row) => row.categories.join(','),
        header: () => t('category'),
        cell: ({ row: { original } }) =>
          original.categories
            .map((category) => labels.category(category))
            .join(lang === 'zh' ? '、' : ', '),
      },
      {
        id: 'deadline',
        accessorFn: (row) => row.target.deadline,
        header: () => t('deadline'),
        cell: ({ row: { original } }) => (
          <>
            <span className="keep-whole">
              {original.target.deadline ? formatDate(original.target.deadline, lang, 'short') : '—'}
            </span>
            {original.target.deadlineText && (
              <span className="cell-note keep-whole" lang="zh-CN">
                {original.target.deadlineText}
              </span>
            )}
          </>
        ),
      },
      {
        id: 'status',
        accessorFn: (row) => row.status,
        header: () => t('status'),
        cell: ({ row: { original } }) => labels.status(original.status),
      },
      {
        id: 'state',
        accessorFn: (row) => row.state,
        header: () => t('deadlineState'),
        cell: ({ row: { original } }) => <DeadlineStateBadge state={original.state} />,
      },
    ],
    [t, lang, labels, links],
  );
}

/** The columns of a figures table; the same in /figures and a district's page. */
export function useFigureColumns(): RecordColumn<FigureRow>[] {
  const t = useT(fieldMessages);
  const { lang } = useLang();
  const labels = useRecordLabels();
  const links = useRecordLinks();
  return useMemo<RecordColumn<FigureRow>[]>(
    () => [
      {
        id: 'indicator',
        accessorFn: (row) => row.figure.indicatorZh,
        header: () => t('indicator'),
        cell: ({ row: { original } }) => (
          <RecordLink links={links} path={`/figures/${encodeURIComponent(original.figure.id)}`}>
            {pick(lang, original.figure.indicatorZh, original.figure.indicatorEn)}
          </RecordLink>
        ),
      },
      {
        id: 'value',
        accessorFn: (row) => row.figure.quantity.normalized,
        header: () => t('value'),
        cell: ({ row: { original } }) => (
          <>
            <span className="keep-whole">{formatQuantity(original.figure.quantity, lang)}</span>
            {original.figure.growthPercent !== undefined && (
              <span className="cell-note keep-whole">
                {t('growth')} {formatGrowth(original.figure.growthPercent, lang)}
              </span>
            )}
          </>
        ),
      },
      districtColumn(t('district'), lang, (row) => row.figure.districtId),
      {
        id: 'period',
        accessorFn: (row) => row.figure.period,
        header: () => t('period'),
        cell: ({ row: { original } }) => (
          <span className="keep-whole">{formatPeriod(original.figure.period, lang)}</span>
        ),
      },
      {
        id: 'basis',
        accessorFn: (row) => row.figure.basis,
        header: () => t('basis'),
        enableSorting: false,
        cell: ({ row: { original } }) => labels.basis(original.figure.basis),
      },
    ],
    [t, lang, labels, links],
  );
}
