import type { Browser, BrowserContext } from 'playwright-core';

type Rows = readonly { id: string }[];

export function viewRoutes(dataset: {
  projects: readonly { id: string; districtId: string }[];
  targets: Rows;
  figures: Rows;
  districts: Rows;
  sources: Rows;
  batches?: Rows;
}): [name: string, path: string][];

export const viewports: {
  desktop: { width: number; height: number };
  phone: { width: number; height: number };
};

export function newViewContext(
  browser: Browser,
  options: {
    lang: 'zh' | 'en';
    device: string;
    viewport: { width: number; height: number };
    deviceScaleFactor?: number;
  },
): Promise<BrowserContext>;
