import { describe, expect, it } from 'vitest';
import { makeSource } from '../../../tests/fixtures/factories';
import { MAX_QUICK_PICKS, quickPickSources } from './as-of-control';

describe('quickPickSources', () => {
  it('offers one choice per date, oldest first, an exact date over an inferred one', () => {
    const sources = [
      makeSource({ id: 'b', publishedOn: '2023-03-07', dateCertainty: 'inferred' }),
      makeSource({ id: 'a', publishedOn: '2021-02-18', dateCertainty: 'inferred' }),
      makeSource({ id: 'c', publishedOn: '2023-03-07', dateCertainty: 'exact' }),
    ];
    expect(quickPickSources(sources).map((s) => s.id)).toEqual(['a', 'c']);
  });

  it(`keeps the latest ${MAX_QUICK_PICKS} dates when there are more`, () => {
    const sources = Array.from({ length: 30 }, (_, i) =>
      makeSource({ id: `s${i}`, publishedOn: `2021-01-${String(i + 1).padStart(2, '0')}` }),
    );
    const picks = quickPickSources(sources);
    expect(picks).toHaveLength(MAX_QUICK_PICKS);
    expect(picks.at(-1)?.publishedOn).toBe('2021-01-30');
  });
});
