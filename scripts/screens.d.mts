import type { Page } from 'playwright-core';

export function forEachScreen(
  shoot: (screen: {
    page: Page;
    lang: 'zh' | 'en';
    device: string;
    viewport: { width: number; height: number };
    url: (path: string) => string;
  }) => Promise<void>,
): Promise<void>;
