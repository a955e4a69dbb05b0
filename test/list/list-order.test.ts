import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDates, compareTitles } from '../../src/list/list-order.js';

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

describe('compareTitles', () => {
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  const sign = (n: number) => Math.sign(n);

  it('alphabetises case and accents aside, numbers by value', () => {
    expect(compareTitles('apple', 'Banana')).toBeLessThan(0);
    expect(compareTitles('Zebra', 'apple')).toBeGreaterThan(0);
    expect(compareTitles('Élan', 'elan')).toBe(0);
    expect(compareTitles('ÉLAN vital', 'elan Vital')).toBe(0);
    expect(compareTitles('Paper 9', 'Paper 10')).toBeLessThan(0);
    expect(compareTitles('Résumé b', 'resume a')).toBeGreaterThan(0);
  });

  it('orders every pair as the collator does', () => {
    // Titles of letters in both cases, accented letters, digits, spaces and punctuation.
    const char = fc.constantFrom(..."aAbBeEéÉzZ09 -:'.,ñÑ_(æ".split(''));
    const title = fc.array(char, { maxLength: 8 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(title, title, (a, b) => {
        expect(sign(compareTitles(a, b))).toBe(sign(collator.compare(a, b)));
      }),
      { numRuns: 3000 },
    );
  });
});
