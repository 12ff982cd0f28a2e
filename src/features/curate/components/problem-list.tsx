import { useT } from '@/lib/i18n';
import type { Problem } from '../model/workbench';
import { curateMessages, draftFieldMessages } from '../messages';

/** Problems named by the record's title (its statement, name or indicator) and the field's label. */
export function ProblemList({ problems, all = false }: { problems: Problem[]; all?: boolean }) {
  const t = useT(curateMessages);
  const label = useT(draftFieldMessages);
  if (problems.length === 0) return null;
  const fieldName = (field: string) => {
    const base = field.replace(/ \d+$/, '');
    return base in draftFieldMessages.en
      ? `${label(base as keyof typeof draftFieldMessages.en)}${field === base ? '' : field.slice(base.length)}`
      : field;
  };
  return (
    <div role="alert" className="curate-problems">
      {all && <p>{t('problems', { n: problems.length })}</p>}
      <ul>
        {problems.map((p, i) => (
          <li key={i}>
            <span lang="zh-CN">{p.title ? `「${p.title}」` : t('pageProblem')}</span> ·{' '}
            <span>{fieldName(p.field)}</span>: {p.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
