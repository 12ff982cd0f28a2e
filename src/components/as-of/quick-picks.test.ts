import { describe, expect, it } from 'vitest';
import { makeSource } from '../../../tests/fixtures/factories';
import { asOfProblem, MAX_QUICK_PICKS, quickPickSources } from './as-of-control';

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

describe('asOfProblem: a typed as-of date is applied only when whole and in range', () => {
  it.each([
    ['2021-04-30', null],
    ['2021-01-01', null],
    ['2100-12-31', null],
    ['0202-04-30', { kind: 'too-early', year: 2021 }],
    ['2020-12-31', { kind: 'too-early', year: 2021 }],
    ['2101-01-01', { kind: 'too-late', year: 2100 }],
    ['', { kind: 'not-a-date' }],
    ['2021-02-30', { kind: 'not-a-date' }],
  ])('%s → %j', (value, expected) => {
    expect(asOfProblem(value, 2021)).toEqual(expected);
  });
});
