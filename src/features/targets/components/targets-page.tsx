import { useParams } from 'react-router-dom';
import { AppLink } from '@/components/ui/app-link';
import { NotFound } from '@/components/ui/not-found';
import { useCurrentDataset } from '@/data/dataset-source';
import { indexDataset } from '@/data/dataset-index';
import { defineMessages, pick, useLang, useT } from '@/lib/i18n';

const messages = defineMessages({
  zh: { title: '目标', kind: '目标' },
  en: { title: 'Targets', kind: 'target' },
});

export function TargetsPage() {
  const t = useT(messages);
  const { lang } = useLang();
  const targets = useCurrentDataset((d) => d.targets);
  return (
    <div className="page">
      <h1>{t('title')}</h1>
      <ul>
        {targets.map((target) => (
          <li key={target.id}>
            <AppLink to={`/targets/${target.id}`}>
              {pick(lang, target.statementZh, target.statementEn)}
            </AppLink>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function TargetDetailPage() {
  const t = useT(messages);
  const { lang } = useLang();
  const { id = '' } = useParams();
  const dataset = useCurrentDataset();
  const target = indexDataset(dataset).targets.get(id);
  if (!target) return <NotFound kind={t('kind')} id={id} />;
  return (
    <div className="page">
      <h1>{pick(lang, target.statementZh, target.statementEn)}</h1>
      <p>{target.deadline ?? '—'}</p>
    </div>
  );
}
