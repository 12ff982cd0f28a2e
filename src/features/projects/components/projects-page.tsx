import { useParams } from 'react-router-dom';
import { AppLink } from '@/components/ui/app-link';
import { NotFound } from '@/components/ui/not-found';
import { useCurrentDataset } from '@/data/dataset-source';
import { indexDataset } from '@/data/dataset-index';
import { defineMessages, pick, useLang, useT } from '@/lib/i18n';

const messages = defineMessages({
  zh: { title: '项目', kind: '项目', source: '出处' },
  en: { title: 'Projects', kind: 'project', source: 'Source' },
});

export function ProjectsPage() {
  const t = useT(messages);
  const { lang } = useLang();
  const projects = useCurrentDataset((d) => d.projects);
  return (
    <div className="page">
      <h1>{t('title')}</h1>
      <ul>
        {projects.map((p) => (
          <li key={p.id}>
            <AppLink to={`/projects/${p.id}`}>{pick(lang, p.nameZh, p.nameEn)}</AppLink>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ProjectDetailPage() {
  const t = useT(messages);
  const { lang } = useLang();
  const { id = '' } = useParams();
  const dataset = useCurrentDataset();
  const project = indexDataset(dataset).projects.get(id);
  if (!project) return <NotFound kind={t('kind')} id={id} />;
  return (
    <div className="page">
      <h1>{pick(lang, project.nameZh, project.nameEn)}</h1>
      <h2>{t('source')}</h2>
      {project.sourceRefs.map((ref, i) => (
        <blockquote key={i}>
          <p>{ref.quote}</p>
          <AppLink to={`/sources/${ref.sourceId}`}>{ref.sourceId}</AppLink>
        </blockquote>
      ))}
    </div>
  );
}
