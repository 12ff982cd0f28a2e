import { AppLink } from '@/components/ui/app-link';
import { useCurrentDataset } from '@/data/dataset-source';
import { defineMessages, pick, useLang, useT } from '@/lib/i18n';

const messages = defineMessages({
  zh: {
    title: '总览',
    districts: '区县',
    projects: '项目',
    targets: '目标',
    figures: '数据',
    sources: '来源',
  },
  en: {
    title: 'Overview',
    districts: 'Districts',
    projects: 'Projects',
    targets: 'Targets',
    figures: 'Figures',
    sources: 'Sources',
  },
});

export function OverviewPage() {
  const t = useT(messages);
  const { lang } = useLang();
  const dataset = useCurrentDataset();
  const counts = [
    ['districts', dataset.districts.length],
    ['projects', dataset.projects.length],
    ['targets', dataset.targets.length],
    ['figures', dataset.figures.length],
  ] as const;
  return (
    <div className="page">
      <h1>{t('title')}</h1>
      <dl className="headline-numbers">
        {counts.map(([key, count]) => (
          <div key={key}>
            <dt>{t(key)}</dt>
            <dd>{count}</dd>
          </div>
        ))}
      </dl>
      <h2>{t('sources')}</h2>
      <ul>
        {dataset.sources.map((source) => (
          <li key={source.id}>
            <AppLink to={`/sources/${source.id}`}>
              {pick(lang, source.headlinesZh[0] ?? source.id, source.headlinesEn[0])}
            </AppLink>
          </li>
        ))}
      </ul>
    </div>
  );
}
