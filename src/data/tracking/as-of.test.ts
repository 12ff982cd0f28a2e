import { describe, expect, it } from 'vitest';
import { asOfFromSearch } from './as-of';

describe('asOfFromSearch', () => {
  it.each<[string, string, string | null]>([
    ['', '2026-11-22', null],
    ['?asOf=2021-03-13', '2021-03-13', null],
    ['?district=410104&asOf=2024-02-29', '2024-02-29', null],
    ['?asOf=', '2026-11-22', null],
    ['?asOf=2021-02-30', '2026-11-22', '2021-02-30'],
    ['?asOf=yesterday', '2026-11-22', 'yesterday'],
    ['?asOf=2021-3-1', '2026-11-22', '2021-3-1'],
  ])('%s → %s (ignored %s)', (search, date, ignored) => {
    expect(asOfFromSearch(search, '2026-11-22')).toEqual({ date, ignored });
  });
});
