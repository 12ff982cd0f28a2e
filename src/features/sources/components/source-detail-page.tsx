import type { ReactNode } from 'react';
import { useParams } from 'react-router-dom';
import type { SourceRef } from '@/data/schema';
import { useTracker } from '@/tracker/use-tracker';
import { EnglishOnlyNote } from '@/components/records/english-only-note';
import { QuotedSentences } from './quoted-sentences';
import { FieldList } from '@/components/records/field-list';
import { DeadlineStateBadge } from '@/components/records/deadline-state-badge';
import { fieldMessages, useRecordLabels } from '@/components/records/labels';
import { CopyLinkButton } from '@/components/ui/copy-link-button';
import { AppLink } from '@/components/ui/app-link';
import { NotFound } from '@/components/ui/not-found';
import { formatDate, formatGrowth, formatPeriod, formatQuantity } from '@/lib/format';
import { defineMessages, pick, useLang, useT } from '@/lib/i18n';

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

function RecordTable({
  id,
  caption,
  header,
  rows,
}: {
  id: string;
  caption: string;
  header: readonly string[];
  rows: readonly { key: string; cells: readonly ReactNode[] }[];
}) {
  return (
    <div className="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table className="data-table audit-table" id={id}>
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          <tr>
            {header.map((label) => (
              <th key={label} scope="col">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              {row.cells.map((cell, index) =>
                index === 0 ? (
                  <th key={index} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={index}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function SourceDetailPage() {
  const t = useT(messages);
  const f = useT(fieldMessages);
  const { lang } = useLang();
  const labels = useRecordLabels();
  const { id = '' } = useParams();
  const tracker = useTracker();
  const view = tracker.bySource.get(id);

  if (!view) return <NotFound kind={t('kind')} id={id} />;
  const { source } = view;
  const projects = view.projects;
  const figures = view.figures.map((row) => row.figure);
  const targets = view.targets;
  const districtName = (districtId: string) => {
    const d = tracker.districtById.get(districtId);
    return d ? pick(lang, d.nameZh, d.nameEn) : districtId;
  };
  const districtLink = (districtId: string) => (
    <AppLink to={`/districts/${encodeURIComponent(districtId)}`}>
      {districtName(districtId)}
    </AppLink>
  );

  return (
    <article className="page detail-page">
      <p className="breadcrumb">
        <AppLink to="/sources">{t('back')}</AppLink>
      </p>
      <h1>{pick(lang, source.headlinesZh[0] ?? source.id, source.headlinesEn[0])}</h1>
      <CopyLinkButton />
      <section aria-labelledby="source-about">
        <h2 id="source-about">{t('about')}</h2>
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
            [t('evidence'), <EnglishOnlyNote key="e" text={source.dateEvidence} />],
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
                    <span key={districtId}>{districtLink(districtId)}</span>
                  ))}
                </span>
              ) : null,
            ],
            [t('summary'), pick(lang, source.summaryZh ?? '', source.summaryEn) || null],
            [t('file'), <code key="f">{`${source.id}.txt`}</code>],
          ]}
        />
      </section>

      <QuotedSentences summary={view} tracker={tracker} />

      <section aria-labelledby="source-records">
        <h2 id="source-records">{t('records')}</h2>
        <p className="section-intro">
          {t('recordsIntro', {
            projects: projects.length,
            targets: targets.length,
            figures: figures.length,
          })}
        </p>

        <h3>{t('projects')}</h3>
        {projects.length ? (
          <RecordTable
            id="source-projects"
            caption={t('projects')}
            header={[f('name'), f('district'), f('category'), f('stage'), f('quote')]}
            rows={projects.map(({ project: p, stage }) => ({
              key: p.id,
              cells: [
                <AppLink key="n" to={`/projects/${encodeURIComponent(p.id)}`}>
                  {pick(lang, p.nameZh, p.nameEn)}
                </AppLink>,
                districtName(p.districtId),
                labels.category(p.category),
                labels.stage(stage),
                <QuoteCell key="q" quotes={quotesFrom(p.sourceRefs, id)} />,
              ],
            }))}
          />
        ) : (
          <p>{t('none')}</p>
        )}

        <h3>{t('targets')}</h3>
        {targets.length ? (
          <RecordTable
            id="source-targets"
            caption={t('targets')}
            header={[f('statement'), f('district'), f('deadline'), f('deadlineState'), f('quote')]}
            rows={targets.map(({ target, state }) => ({
              key: target.id,
              cells: [
                <AppLink key="n" to={`/targets/${encodeURIComponent(target.id)}`}>
                  {pick(lang, target.statementZh, target.statementEn)}
                </AppLink>,
                districtName(target.districtId),
                target.deadline ? formatDate(target.deadline, lang, 'short') : '—',
                <DeadlineStateBadge key="s" state={state} />,
                <QuoteCell key="q" quotes={quotesFrom(target.sourceRefs, id)} />,
              ],
            }))}
          />
        ) : (
          <p>{t('none')}</p>
        )}

        <h3>{t('figures')}</h3>
        {figures.length ? (
          <RecordTable
            id="source-figures"
            caption={t('figures')}
            header={[
              f('indicator'),
              f('district'),
              f('period'),
              f('value'),
              f('growth'),
              f('quote'),
            ]}
            rows={figures.map((fig) => ({
              key: fig.id,
              cells: [
                pick(lang, fig.indicatorZh, fig.indicatorEn),
                districtName(fig.districtId),
                `${formatPeriod(fig.period, lang)} · ${labels.basis(fig.basis)}`,
                formatQuantity(fig.quantity, lang),
                fig.growthPercent === undefined ? '—' : formatGrowth(fig.growthPercent, lang),
                <QuoteCell key="q" quotes={quotesFrom(fig.sourceRefs, id)} />,
              ],
            }))}
          />
        ) : (
          <p>{t('none')}</p>
        )}
      </section>
    </article>
  );
}
