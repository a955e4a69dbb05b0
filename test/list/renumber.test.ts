import { describe, expect, it } from 'vitest';
import type { ListFile } from '../../src/list/list-file.js';
import {
  applyEdits,
  entryNumber,
  numbersExplicitly,
  renumberEdit,
  withNumber,
} from '../../src/list/renumber.js';
import { readListFile } from '../../src/list/read-list-file.js';

/** Reads a text whose entries are the lines starting with a number or `- `. */
function readNumbered(text: string): ListFile {
  return readListFile('README.md', text, { startsEntry: (line) => /^[ \t]*(?:\d|- )/.test(line) });
}

const entriesOf = (file: ListFile) => file.sections.flatMap((s) => s.entries);

describe('entryNumber', () => {
  it('reads the number an entry starts with, after its indent, before "." or ")"', () => {
    const file = readNumbered('1. a\n\n  12) b\n\n- c\n\n123456789. d\n');
    expect(entriesOf(file).map((e) => entryNumber(file, e))).toEqual([1, 12, undefined, 123456789]);
  });
});

describe('numbersExplicitly', () => {
  it('is true for distinct numbers, false when every entry is "1."', () => {
    const explicit = readNumbered('1. a\n\n2. b\n\n3. c\n');
    expect(numbersExplicitly(explicit, entriesOf(explicit))).toBe(true);
    const lazy = readNumbered('1. a\n1. b\n1. c\n');
    expect(entriesOf(lazy)).toHaveLength(3);
    expect(numbersExplicitly(lazy, entriesOf(lazy))).toBe(false);
  });

  it('counts one entry alone, or none, as numbered', () => {
    const one = readNumbered('5. a\n');
    expect(numbersExplicitly(one, entriesOf(one))).toBe(true);
    expect(numbersExplicitly(one, [])).toBe(true);
  });
});

describe('renumberEdit', () => {
  it('replaces just the digits, after the indent', () => {
    const file = readNumbered('# P\n  9. nine\n');
    const entry = entriesOf(file)[0]!;
    const edit = renumberEdit(file, entry, 10);
    expect(edit).toEqual({ at: entry.start + 2, remove: 1, insert: '10' });
    expect(applyEdits(file.text, [edit!])).toBe('# P\n  10. nine\n');
  });

  it('moves lines aligned with the content when the number grows wider, so they stay in the item', () => {
    const text = '# P\n9. **Nine**\n\n   *Ada Lovelace.* [[abs](https://a)]\n\n10. **Ten**\n';
    const file = readNumbered(text);
    const entry = entriesOf(file)[0]!;
    const edit = renumberEdit(file, entry, 10);
    expect(applyEdits(file.text, [edit!])).toBe(
      '# P\n10. **Nine**\n\n    *Ada Lovelace.* [[abs](https://a)]\n\n10. **Ten**\n',
    );
  });

  it('gives no edit when the number is already right or there is none', () => {
    const file = readNumbered('3. a\n\n- b\n');
    const [numbered, bullet] = entriesOf(file);
    expect(renumberEdit(file, numbered!, 3)).toBeUndefined();
    expect(renumberEdit(file, bullet!, 4)).toBeUndefined();
  });
});

describe('withNumber', () => {
  it('sets the leading number of a text, keeping its indent and the rest', () => {
    expect(withNumber('3. **A**, CVPR 2020', 10)).toBe('10. **A**, CVPR 2020');
    expect(withNumber('  10) **A**\n  2. notes', 9)).toBe('  9) **A**\n  2. notes');
    expect(withNumber('- **A**', 4)).toBe('- **A**');
  });

  it('moves lines aligned with the content right as the number grows, and only those', () => {
    expect(withNumber('9. **T**\n\n   *A*', 10)).toBe('10. **T**\n\n    *A*');
    expect(withNumber('9. **T**\r\n   *A*\r\n   B', 10)).toBe('10. **T**\r\n    *A*\r\n    B');
    expect(withNumber('  9. T\n     x', 100)).toBe('  100. T\n       x');
    // Blanks padding the marker to align the content (`9.  ` over `10. `) make the room first.
    expect(withNumber('9.  [Title](https://a)', 10)).toBe('10. [Title](https://a)');
    expect(withNumber('9.  [T](https://a)\n    notes', 100)).toBe(
      '100. [T](https://a)\n     notes',
    );
    // Indented past the content, or a narrower number: the lines are inside the item already.
    expect(withNumber('9. **T**\n\n    *A*', 10)).toBe('10. **T**\n\n    *A*');
    expect(withNumber('10. **T**\n\n    *A*', 9)).toBe('9. **T**\n\n    *A*');
  });
});

describe('applyEdits', () => {
  it('applies edits given in any order at offsets of the old text', () => {
    const text = '1. a\n2. b\n3. c\n';
    const edits = [
      { at: 10, remove: 1, insert: '4' },
      { at: 0, remove: 0, insert: 'new\n' },
      { at: 5, remove: 1, insert: '3' },
    ];
    expect(applyEdits(text, edits)).toBe('new\n1. a\n3. b\n4. c\n');
    expect(applyEdits(text, [])).toBe(text);
  });
});
