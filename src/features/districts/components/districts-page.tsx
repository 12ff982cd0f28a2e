import { useParams } from 'react-router-dom';
import { AppLink } from '@/components/ui/app-link';
import { NotFound } from '@/components/ui/not-found';
import { useCurrentDataset } from '@/data/dataset-source';
import { indexDataset } from '@/data/dataset-index';
import { defineMessages, pick, useLang, useT } from '@/lib/i18n';

const messages = defineMessages({
  zh: { title: '区县', kind: '区县' },
  en: { title: 'Districts', kind: 'district' },
});

export function DistrictsPage() {
  const t = useT(messages);
  const { lang } = useLang();
  const districts = useCurrentDataset((d) => d.districts);
  return (
    <div className="page">
      <h1>{t('title')}</h1>
      <ul>
        {districts.map((d) => (
          <li key={d.id}>
            <AppLink to={`/districts/${d.id}`}>{pick(lang, d.nameZh, d.nameEn)}</AppLink>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function DistrictDetailPage() {
  const t = useT(messages);
  const { lang } = useLang();
  const { id = '' } = useParams();
  const dataset = useCurrentDataset();
  const district = indexDataset(dataset).districts.get(id);
  if (!district) return <NotFound kind={t('kind')} id={id} />;
  return (
    <div className="page">
      <h1>{pick(lang, district.nameZh, district.nameEn)}</h1>
    </div>
  );
}
