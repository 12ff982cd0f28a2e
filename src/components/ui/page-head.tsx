import { defineMessages, useT } from '@/lib/i18n';
import pageHeadMessages from './page-head-messages.json';

/**
 * The heading and introduction of each list page. They live here, in the entry's code, so the
 * route's loading state shows them before the page's own code and the dataset arrive: the reader
 * sees where they are at once, and the page that replaces the loading state keeps them in place.
 * The texts are JSON so the build can write the same ones into each list page's static HTML
 * (vite.config.ts, `prerenderPageHeads`).
 */
const messages = defineMessages(pageHeadMessages);

export type HeadedPage = 'overview' | 'projects' | 'targets' | 'figures' | 'districts' | 'sources';

/** A list page's h1 and introduction, the same in its loading state and on the page. */
export function PageHead({ page }: { page: HeadedPage }) {
  const t = useT(messages);
  return (
    <>
      <h1>{t(`${page}Title`)}</h1>
      <p className="page-intro">{t(`${page}Intro`)}</p>
    </>
  );
}
