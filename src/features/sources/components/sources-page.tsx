import { useParams } from 'react-router-dom';
import { AppLink } from '@/components/ui/app-link';
import { NotFound } from '@/components/ui/not-found';
import { useCurrentDataset } from '@/data/dataset-source';
import { indexDataset } from '@/data/dataset-index';
import { defineMessages, pick, useLang, useT } from '@/lib/i18n';

const messages = defineMessages({
  zh: { title: '来源', kind: '来源' },
  en: { title: 'Sources', kind: 'source' },
});

export function SourcesPage() {
  const t = useT(messages);
  const { lang } = useLang();
  const sources = useCurrentDataset((d) => d.sources);
  return (
    <div className="page">
      <h1>{t('title')}</h1>
      <ul>
        {sources.map((s) => (
          <li key={s.id}>
            <AppLink to={`/sources/${s.id}`}>
              {pick(lang, s.headlinesZh[0] ?? s.id, s.headlinesEn[0])}
            </AppLink>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function SourceDetailPage() {
  const t = useT(messages);
  const { lang } = useLang();
  const { id = '' } = useParams();
  const dataset = useCurrentDataset();
  const source = indexDataset(dataset).sources.get(id);
  if (!source) return <NotFound kind={t('kind')} id={id} />;
  return (
    <div className="page">
      <h1>{pick(lang, source.headlinesZh[0] ?? source.id, source.headlinesEn[0])}</h1>
      <p>{source.publishedOn}</p>
    </div>
  );
}
