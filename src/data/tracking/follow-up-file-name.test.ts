// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { followUpFileName } from './follow-up-file-name';

describe('a follow-up backup is named with its day and how many it holds', () => {
  it.each<[string, number, string]>([
    ['2021-04-30', 12, 'zz-tracker-follow-ups-2021-04-30-12-items.json'],
    ['2026-12-07', 1, 'zz-tracker-follow-ups-2026-12-07-1-item.json'],
    ['2026-12-07', 0, 'zz-tracker-follow-ups-2026-12-07-0-items.json'],
  ])('%s, %d → %s', (date, count, name) => {
    expect(followUpFileName(date, count)).toBe(name);
  });
});
