import type { ReactElement } from 'react';
import { createFollowUpStore, type FollowUpStore } from '@/data/tracking/follow-up-store';
import type { Dataset } from '@/data/schema';
import type { Lang } from '@/lib/i18n';
import { renderWithApp } from '../../../../tests/test-utils';

let counter = 0;

/** Renders inside the app's providers with a follow-up store on a database of its own. */
export function renderWithStore(
  element: ReactElement,
  options: { dataset: Dataset; path?: string; lang?: Lang; store?: FollowUpStore },
) {
  const store =
    options.store ?? createFollowUpStore({ name: `ui-test-${++counter}-${Date.now()}` });
  const view = renderWithApp(element, {
    dataset: options.dataset,
    path: options.path ?? '/',
    lang: options.lang ?? 'zh',
    followUpStore: store,
  });
  return { ...view, store };
}

/**
 * jsdom's Blob has no `text()` (every browser we support has); read through FileReader,
 * which jsdom does implement, so the component keeps the standard API.
 */
export function polyfillBlobText() {
  if (typeof Blob.prototype.text === 'function') return;
  Blob.prototype.text = function text(this: Blob) {
    return new Promise<string>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(reader.error ?? new Error('read failed'));
      reader.readAsText(this);
    });
  };
}
