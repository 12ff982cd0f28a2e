import { defineMessages } from '@/lib/i18n';

/**
 * The footer's link to the workbench, in a module of its own: the entry carries it, and must not
 * carry the workbench's own words (messages.ts), which load with the /curate route.
 */
export const curateLinkMessages = defineMessages({
  zh: { curateLink: '整理新版面（工作台）' },
  en: { curateLink: 'Add a newspaper page (workbench)' },
});
