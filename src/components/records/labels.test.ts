import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '@/data/schema';
import { itReadsEach } from '../../../tests/unit/by-language';
import { hasMetricLabel, metricLabel } from './labels';

const dataset = JSON.parse(
  readFileSync(resolve(process.cwd(), 'public/data/dataset.json'), 'utf8'),
) as Dataset;
const metrics = [...new Set(dataset.targets.map((target) => target.metric))].sort();
const HAN = /\p{Script=Han}/u;

describe('metric labels', () => {
  it('the bundled dataset uses metrics', () => {
    expect(metrics.length).toBeGreaterThan(0);
  });

  it.each(metrics)('%s has words of its own in Chinese and English', (metric) => {
    expect(hasMetricLabel(metric)).toBe(true);
    const zh = metricLabel(metric, 'zh');
    const en = metricLabel(metric, 'en');
    expect(zh).toMatch(HAN);
    expect(zh).not.toMatch(/[a-z]/i);
    expect(en).not.toMatch(HAN);
    expect(en).not.toBe(metric);
  });

  itReadsEach(
    metricLabel,
    [
      ['no-such-metric', { zh: 'No such metric', en: 'No such metric' }],
      ['roads-completed', { zh: '道路完工', en: 'Roads completed' }],
    ],
    '%s in %s reads “%s”',
  );
});
