import { describe, expect, it } from 'vitest';
import { itReadsEach } from '../../../tests/unit/by-language';
import { withDatasetParam } from './app-link';
import { shareableLink } from './copy-link-button';

describe('in-app links carry the dataset, the language, the as-of date and the rule', () => {
  it.each([
    ['/targets', '', '/targets'],
    ['/targets', '?lang=en', '/targets?lang=en'],
    ['/targets?district=410102', '?lang=en&district=x', '/targets?district=410102&lang=en'],
    ['/projects', '?data=%2Fd.json&lang=en', '/projects?data=%2Fd.json&lang=en'],
    ['/projects?lang=zh', '?lang=en', '/projects?lang=zh'],
    ['/sources/a#q', '?lang=en', '/sources/a?lang=en#q'],
    ['/targets/t1', '?asOf=2021-04-30&state=overdue', '/targets/t1?asOf=2021-04-30'],
    ['/projects', '?rule=relative&lang=en', '/projects?lang=en&rule=relative'],
    [
      '/targets?asOf=2021-03-31',
      '?asOf=2021-04-30&rule=relative',
      '/targets?asOf=2021-03-31&rule=relative',
    ],
    ['/', '?q=x&source=s1', '/'],
  ])('%s from %s → %s', (to, current, expected) => {
    expect(withDatasetParam(to, current)).toBe(expected);
  });
});

describe('the copied link names the UI language', () => {
  itReadsEach(shareableLink, [
    ['http://x/targets?state=overdue', { en: 'http://x/targets?state=overdue&lang=en' }],
    ['http://x/targets?lang=en', { zh: 'http://x/targets' }],
    ['http://x/targets?lang=en&q=a', { en: 'http://x/targets?lang=en&q=a' }],
  ]);
});
