import { describe, expect, it } from 'vitest';
import { periodKeys } from '../../electron/main/records/reports/report-periods';

describe("a report's periods", () => {
  it('are the twelve months of the year asked for, or every year from the first dated record to the last', () => {
    expect(periodKeys(2026, ['2026-03'])).toHaveLength(12);
    expect(periodKeys(2026, [])[0]).toBe('2026-01');
    expect(periodKeys(null, ['2021', '2019', '2021'])).toEqual(['2019', '2020', '2021']);
    expect(periodKeys(null, [])).toEqual([]);
  });

  it('span the years of a partner dated hundreds of thousands of times', () => {
    // The office's own university at 100,000 agreements: each signing and expiry is a dated record.
    const dated = Array.from({ length: 500_000 }, (_, i) => String(1990 + (i % 37)));
    const keys = periodKeys(null, dated);
    expect(keys[0]).toBe('1990');
    expect(keys[keys.length - 1]).toBe('2026');
    expect(keys).toHaveLength(37);
  });
});
