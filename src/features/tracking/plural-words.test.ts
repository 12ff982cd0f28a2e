// @vitest-environment node
import { describe } from 'vitest';
import { translate } from '@/lib/i18n';
import { itReadsEach } from '../../../tests/unit/by-language';
import { trackingMessages } from './messages';

const say =
  (key: 'confirmDeleteAll' | 'confirmDeleteAllYes' | 'backupDue') =>
  (count: number, lang: 'zh' | 'en') =>
    translate(trackingMessages[lang], key, { count });

describe('English says one follow-up and several follow-ups', () => {
  itReadsEach(say('confirmDeleteAllYes'), [
    [1, { en: 'Delete the 1 follow-up', zh: '删除全部 1 条' }],
    [3, { en: 'Delete all 3', zh: '删除全部 3 条' }],
  ]);
  itReadsEach(say('confirmDeleteAll'), [
    [
      1,
      { en: 'Delete the 1 follow-up in this browser? This cannot be undone; export a copy first.' },
    ],
    [
      2,
      {
        en: 'Delete all 2 follow-ups in this browser? This cannot be undone; export a copy first.',
      },
    ],
  ]);
  itReadsEach(say('backupDue'), [
    [
      1,
      {
        en: '1 follow-up is not in a backup yet (added or edited since your last export or import).',
      },
    ],
    [
      25,
      {
        en: '25 follow-ups are not in a backup yet (added or edited since your last export or import).',
      },
    ],
  ]);
});
