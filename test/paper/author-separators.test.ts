import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lastSeparator } from '../../src/paper/author-separators.js';

describe('lastSeparator', () => {
  it('finds ` and `, `, and `, ` & `, else the last comma', () => {
    const shown = (a: string) => {
      const found = lastSeparator(a);
      return found && a.slice(found.start, found.end);
    };
    expect(shown('Ada Lovelace and Alan Turing')).toBe(' and ');
    expect(shown('A. B, C. D, and E. F')).toBe(', and ');
    expect(shown('A. B, C. D & E. F')).toBe(' & ');
    expect(shown('A. B, C. D, E. F')).toBe(', ');
    expect(shown('Alexander Grand')).toBeUndefined();
  });

  it('agrees with the patterns it replaced, `(,?\\s+and\\s+|\\s*&\\s*)[^,&]*$` then `(,\\s+)[^,]*$`', () => {
    const word = /(,?\s+and\s+|\s*&\s*)[^,&]*$/;
    const comma = /(,\s+)[^,]*$/;
    const before = (a: string) => {
      const m = word.exec(a) ?? comma.exec(a);
      return m ? { start: m.index, end: m.index + m[1]!.length } : undefined;
    };
    const piece = fc.constantFrom(
      'a',
      'b',
      ' ',
      ',',
      '&',
      '\t',
      'and',
      ' and ',
      ', and ',
      ' & ',
      ', ',
    );
    const authors = fc.array(piece, { maxLength: 14 }).map((p) => p.join(''));
    fc.assert(
      fc.property(authors, (a) => {
        expect(lastSeparator(a)).toEqual(before(a));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads a long run of blanks at once', () => {
    // recheck's attack on the replaced pattern, longer: it took minutes at 5,000 tabs.
    const tabs = '\t'.repeat(50_000);
    expect(lastSeparator(`${tabs}&${tabs}d&`)).toEqual({ start: 100_002, end: 100_003 });
  });
});
