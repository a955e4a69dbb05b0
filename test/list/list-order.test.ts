import { describe, expect, it } from 'vitest';
import { compareDates } from '../../src/list/list-order.js';

describe('compareDates', () => {
  it('compares years, and only years unless the list orders by month', () => {
    expect(compareDates({ year: 2020 }, { year: 2019 }, false)).toBeGreaterThan(0);
    expect(compareDates({ year: 2020, month: 1 }, { year: 2020, month: 12 }, false)).toBe(0);
  });

  it('by month, compares months where both dates have one', () => {
    expect(compareDates({ year: 2020, month: 1 }, { year: 2020, month: 12 }, true)).toBeLessThan(0);
    expect(compareDates({ year: 2020, month: 6 }, { year: 2020 }, true)).toBe(0);
  });

  it('within a month, compares days, else arXiv numbers, only when asked to', () => {
    const june = (day?: number) => ({ year: 2020, month: 6, ...(day ? { day } : {}) });
    expect(compareDates(june(19), june(17), true, true)).toBeGreaterThan(0);
    expect(compareDates(june(19), june(), true, true)).toBe(0);
    expect(compareDates(june(19), june(17), true)).toBe(0);
    const may = (seq?: number) => ({ year: 2024, month: 5, ...(seq ? { seq } : {}) });
    expect(compareDates(may(18719), may(14722), true, true)).toBeGreaterThan(0);
    expect(compareDates(may(18719), may(), true, true)).toBe(0);
    expect(compareDates(may(18719), may(14722), true)).toBe(0);
    expect(compareDates({ ...may(1), day: 3 }, { ...may(9), day: 2 }, true, true)).toBeGreaterThan(
      0,
    );
  });
});
