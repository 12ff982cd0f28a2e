import type { ReactNode } from 'react';
import type { SourceRef } from '@/data/schema';
import { RecordNote } from '@/components/records/record-note';
import { QuotedSentences } from './quoted-sentences';
import { FieldList } from '@/components/records/field-list';
import { DeadlineStateBadge } from '@/components/records/deadline-state-badge';
import { DetailPage } from '@/components/records/detail-page';
import { DistrictLink } from '@/components/records/district-link';
import { recordNames } from '@/components/records/record-names';
import { useDetailView } from '@/components/records/use-record-view';
import { AppLink } from '@/components/ui/app-link';
import { NotFound } from '@/components/ui/not-found';
import { Section } from '@/components/ui/section';
import {
  Cell,
  Row,
  RowHeader,
  ScrollingTable,
  TableBody,
  TableHead,
} from '@/components/ui/scrolling-table';
import { formatDate, formatGrowth, formatPeriod, formatQuantity } from '@/lib/format';
import { defineMessages, pick, useT } from '@/lib/i18n';
import { sourceName } from '@/components/records/record-names';

const messages = defineMessages({
  zh: {
    kind: '来源',
    back: '全部来源',
    about: '版面信息',
    headlines: '标题',
    headlinesEn: '标题（英译）',
    published: '刊出日期',
    certainty: '日期依据',
    evidence: '日期推断依据',
    evidenceQuotes: '版面中的相关文字',
    districts: '涉及区县',
    summary: '摘要',
    file: '原文文件',
    records: '从本版面摘录的记录',
    recordsIntro:
      '共 {projects} 个项目、{targets} 个目标、{figures} 项数据。“原文”列是本版面中陈述该条记录的句子，可与原文逐条核对。',
    projects: '项目',
    targets: '目标',
    figures: '数据',
    batches: '项目批次',
    batchName: '批次',
    batchKind: '类型',
    batchAmounts: '项目数与金额',
    none: '没有。',
  },
  en: {
    kind: 'source',
    back: 'All sources',
    about: 'About the page',
    headlines: 'Headlines',
    headlinesEn: 'Headlines (translated)',
    published: 'Published',
    certainty: 'Date basis',
    evidence: 'Why this date',
    evidenceQuotes: 'What the page says',
    districts: 'Districts',
    summary: 'Summary',
    file: 'Text file',
    records: 'Records taken from this page',
    recordsIntro:
      '{projects} projects, {targets} targets and {figures} figures. The “Quoted sentence” column is the sentence on this page that states each record, to check against the original.',
    projects: 'Projects',
    targets: 'Targets',
    figures: 'Figures',
    batches: 'Batches of projects',
    batchName: 'Batch',
    batchKind: 'Kind',
    batchAmounts: 'Projects and amounts',
    none: 'None.',
  },
});

const quotesFrom = (refs: readonly SourceRef[], sourceId: string) =>
  refs.filter((ref) => ref.sourceId === sourceId).map((ref) => ref.quote);

function QuoteCell({ quotes }: { quotes: readonly string[] }) {
  return (
    <>
      {quotes.map((quote, i) => (
        <q key={i} lang="zh-CN" className="cell-quote">
          {quote}
        </q>
      ))}
    </>
  );
}

type RecordTableProps = {
  id: string;
  /** The heading above the table, and its caption. */
  caption: string;
  header: readonly string[];
  rows: readonly { key: string; cells: readonly ReactNode[] }[];
};

/** One kind of record taken from the page, under its heading: a table, or "none". */
function RecordTable({ id, caption, header, rows, none }: RecordTableProps & { none: string }) {
  return (
    <>
      <h3>{caption}</h3>
      {rows.length ? (
        <ScrollingTable
          id={id}
          captionId={`${id}-caption`}
          caption={caption}
          className="data-table audit-table"
        >
          <TableHead columns={header.map((label) => ({ label }))} />
          <TableBody>
            {rows.map((row) => (
              <Row key={row.key}>
                {row.cells.map((cell, index) =>
                  index === 0 ? (
                    <RowHeader key={index}>{cell}</RowHeader>
                  ) : (
                    <Cell key={index} label={header[index] ?? ''}>
                      {cell}
                    </Cell>
                  ),
                )}
              </Row>
            ))}
          </TableBody>
        </ScrollingTable>
      ) : (
        <p>{none}</p>
      )}
    </>
  );
}

export function SourceDetailPage() {
  const t = useT(messages);
  const { f, lang, labels, tracker, id } = useDetailView();
  const view = tracker.bySource.get(id);

  if (!view) return <NotFound kind={t('kind')} id={id} />;
  const { source } = view;
  const projects = view.projects;
  const figures = view.figures.map((row) => row.figure);
  const targets = view.targets;
  const districtName = recordNames(tracker, lang).district;
  /** A record's row: its name, its district, the cells of its kind, its sentences on this page. */
  const recordRow = (
    record: { id: string; districtId: string; sourceRefs: readonly SourceRef[] },
    name: ReactNode,
    ...cells: ReactNode[]
  ) => ({
    key: record.id,
    cells: [
      name,
      districtName(record.districtId),
      ...cells,
      <QuoteCell key="q" quotes={quotesFrom(record.sourceRefs, id)} />,
    ],
  });
  const recordLink = (path: string, recordId: string, name: string) => (
    <AppLink key="n" to={`/${path}/${encodeURIComponent(recordId)}`}>
      {name}
    </AppLink>
  );
  const tables: RecordTableProps[] = [
    {
      id: 'source-projects',
      caption: t('projects'),
      header: [f('name'), f('district'), f('category'), f('stage'), f('quote')],
      rows: projects.map(({ project: p, stage }) =>
        recordRow(
          p,
          recordLink('projects', p.id, pick(lang, p.nameZh, p.nameEn)),
          labels.category(p.category),
          labels.stage(stage),
        ),
      ),
    },
    {
      id: 'source-targets',
      caption: t('targets'),
      header: [f('statement'), f('district'), f('deadline'), f('deadlineState'), f('quote')],
      rows: targets.map(({ target, state, daysLate }) =>
        recordRow(
          target,
          recordLink('targets', target.id, pick(lang, target.statementZh, target.statementEn)),
          target.deadline ? formatDate(target.deadline, lang, 'short') : '—',
          <DeadlineStateBadge key="s" state={state} daysLate={daysLate} />,
        ),
      ),
    },
    {
      id: 'source-figures',
      caption: t('figures'),
      header: [f('indicator'), f('district'), f('period'), f('value'), f('growth'), f('quote')],
      rows: figures.map((fig) =>
        recordRow(
          fig,
          pick(lang, fig.indicatorZh, fig.indicatorEn),
          `${formatPeriod(fig.period, lang)} · ${labels.basis(fig.basis)}`,
          formatQuantity(fig.quantity, lang),
          fig.growthPercent === undefined ? '—' : formatGrowth(fig.growthPercent, lang),
        ),
      ),
    },
    // A page's batches (集中开工第N批…), when it names any: count, lifetime total and plan side
    // by side, each with its role, never added.
    ...(view.batches.length
      ? [
          {
            id: 'source-batches',
            caption: t('batches'),
            header: [t('batchName'), f('district'), t('batchKind'), t('batchAmounts'), f('quote')],
            rows: view.batches.map(({ batch }) =>
              recordRow(
                batch,
                recordLink('batches', batch.id, pick(lang, batch.nameZh, batch.nameEn)),
                labels.batchKind(batch.kind),
                (['count', 'total', 'plan'] as const)
                  .flatMap((field) => {
                    const quantity = batch[field];
                    return quantity
                      ? [`${labels.role(quantity.role)} ${formatQuantity(quantity, lang)}`]
                      : [];
                  })
                  .join(' · ') || '—',
              ),
            ),
          },
        ]
      : []),
  ];

  return (
    <DetailPage back={{ to: '/sources', label: t('back') }} title={sourceName(source, lang)}>
      <Section id="source-about" title={t('about')}>
        <FieldList
          fields={[
            [
              t('headlines'),
              <span key="h" lang="zh-CN">
                {source.headlinesZh.join(' / ')}
              </span>,
            ],
            [
              t('headlinesEn'),
              <span key="he" lang="en">
                {source.headlinesEn.join(' / ')}
              </span>,
            ],
            [t('published'), formatDate(source.publishedOn, lang)],
            [t('certainty'), labels.certainty(source.dateCertainty)],
            [
              t('evidence'),
              <RecordNote key="e" zh={source.dateEvidenceZh} en={source.dateEvidence} />,
            ],
            [
              t('evidenceQuotes'),
              source.dateEvidenceRefs.length ? (
                <QuoteCell key="q" quotes={source.dateEvidenceRefs.map((ref) => ref.quote)} />
              ) : null,
            ],
            [
              t('districts'),
              source.districtIds.length ? (
                <span key="d" className="inline-list">
                  {source.districtIds.map((districtId) => (
                    <span key={districtId}>
                      <DistrictLink id={districtId} name={districtName(districtId)} />
                    </span>
                  ))}
                </span>
              ) : null,
            ],
            [t('summary'), pick(lang, source.summaryZh ?? '', source.summaryEn) || null],
            [t('file'), <code key="f">{`${source.id}.txt`}</code>],
          ]}
        />
      </Section>

      <QuotedSentences summary={view} tracker={tracker} />

      <Section id="source-records" title={t('records')}>
        <p className="section-intro">
          {t('recordsIntro', {
            projects: projects.length,
            targets: targets.length,
            figures: figures.length,
          })}
        </p>
        {tables.map((table) => (
          <RecordTable key={table.id} {...table} none={t('none')} />
        ))}
      </Section>
    </DetailPage>
  );
}
