import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, waitForView } from './support';

/**
 * The follow-up and transfer panels at desktop and 360 px, in both languages: nothing wider
 * than the screen, no serious or critical axe violation (WCAG 2.2 AA), and screenshots of
 * each state (tests/e2e/.output/tracking/) to look at.
 */

const dataset = JSON.parse(readFileSync('public/data/dataset.json', 'utf8')) as {
  targets: { id: string; deadline: string | null }[];
  sources: { id: string }[];
};
const target = dataset.targets.find((t) => t.deadline !== null) ?? dataset.targets[0];
if (!target) throw new Error('the bundled dataset has no targets');

const LONG_URL = `https://example.org/news/2021/${'very-long-path-segment-'.repeat(6)}?id=1`;

const TEXT = {
  zh: {
    add: '添加跟进',
    status: '状态',
    date: '状态起始日期',
    note: '说明',
    source: '报纸版面',
    url: '链接（http 或 https）',
    save: '保存',
    file: '选择要导入的跟进文件（JSON）',
  },
  en: {
    add: 'Add a follow-up',
    status: 'Status',
    date: 'Status applies from',
    note: 'Note',
    source: 'Newspaper page',
    url: 'Link (http or https)',
    save: 'Save',
    file: 'Choose a follow-up file to import (JSON)',
  },
} as const;

async function noHorizontalOverflow(page: Page) {
  const overflow = await page.evaluate(() => {
    const panels = [...document.querySelectorAll<HTMLElement>('.tracking-panel')];
    return {
      page: document.documentElement.scrollWidth - window.innerWidth,
      panels: panels.map((panel) => panel.scrollWidth - panel.clientWidth),
    };
  });
  expect(overflow.page, 'the page scrolls sideways').toBeLessThanOrEqual(0);
  for (const excess of overflow.panels) expect(excess).toBeLessThanOrEqual(0);
}

async function axe(page: Page, selector: string) {
  const results = await new AxeBuilder({ page })
    .include(selector)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
}

for (const lang of ['zh', 'en'] as const) {
  test(`panels in ${lang}: fit the screen, pass axe, screenshots @phone`, async ({
    page,
  }, testInfo) => {
    const shot = (name: string) =>
      `tests/e2e/.output/tracking/${name}.${testInfo.project.name}.${lang}.png`;
    const text = TEXT[lang];
    await page.addInitScript((value) => localStorage.setItem('zz-tracker.lang', value), lang);
    await page.goto(`/targets/${target.id}`);
    await waitForView(page);
    const panel = page.locator('#my-follow-ups');

    // The form with every error showing.
    await panel.getByRole('button', { name: text.add }).click();
    await page.getByLabel(text.url).fill('ftp://example.org');
    await page.getByRole('button', { name: text.save }).click();
    await expect(panel.locator('form').getByRole('alert')).toBeVisible();
    await noHorizontalOverflow(page);
    await axe(page, '#my-follow-ups');
    await panel.screenshot({ path: shot('follow-up-form-errors') });

    // A saved follow-up with a long note and a long link.
    await page.getByLabel(text.status, { exact: true }).selectOption('partly-achieved');
    await page.getByLabel(text.date).fill('2021-05-01');
    await page
      .getByLabel(text.note)
      .fill(
        lang === 'zh'
          ? '区政府工作报告称：一季度完成投资55亿元，未达到60亿元的目标；其中三个项目延期至二季度开工。'
          : 'The district report says CNY 5.5 bn was invested in Q1, short of the CNY 6 bn target; three projects moved to Q2.',
      );
    if (dataset.sources[0]) await page.getByLabel(text.source).selectOption(dataset.sources[0].id);
    await page.getByLabel(text.url).fill(LONG_URL);
    await page.getByRole('button', { name: text.save }).click();
    await expect(panel.getByRole('article')).toHaveCount(1);
    await noHorizontalOverflow(page);
    await axe(page, '#my-follow-ups');
    await panel.screenshot({ path: shot('follow-up-panel') });

    // The export/import panel folded into the target's panel.
    await panel
      .getByText(
        lang === 'zh'
          ? '导出、导入或全部删除我的跟进'
          : 'Export, import or delete all my follow-ups',
      )
      .click();
    await expect(panel.getByRole('heading', { level: 3 }).last()).toBeVisible();
    await noHorizontalOverflow(page);
    await axe(page, '#my-follow-ups');
    await panel
      .locator('.transfer-details')
      .screenshot({ path: shot('follow-up-transfer-embedded') });

    // The transfer panel, folded near the top of /targets, after a refused import.
    await page.goto('/targets');
    await waitForView(page);
    const fold = page.locator('details:has(#follow-up-transfer)');
    await expect(fold).not.toHaveAttribute('open');
    const top = async (selector: string) =>
      page.locator(selector).evaluate((element) => element.getBoundingClientRect().top);
    expect(await top('details:has(#follow-up-transfer)')).toBeLessThan(await top('#targets-table'));
    await fold.locator('summary').click();
    const transfer = page.locator('#follow-up-transfer');
    await transfer.getByLabel(text.file).setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({
          format: 'zz-tracker.follow-ups',
          version: 2,
          exportedAt: '2021-05-01T00:00:00Z',
          followUps: [{ id: 'x', date: '2021-02-30' }],
        }),
      ),
    });
    await expect(transfer.getByRole('alert')).toContainText('followUps[0].date');
    await noHorizontalOverflow(page);
    await transfer.screenshot({ path: shot('transfer-panel-error') });
    await axe(page, '#follow-up-transfer');
  });
}
