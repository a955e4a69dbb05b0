import { describe, expect, it } from 'vitest';
import { makeEntryReader } from '../../src/list/entry-reader.js';
import { readListFile } from '../../src/list/read-list-file.js';
import { cellCount, paddedRow, shortenedLike } from '../../src/list/short-rows.js';
import { mustParseEntryTemplate } from '../../src/paper/entry-template.js';

describe('cellCount', () => {
  it.each([
    ['| a | b | c |', 3],
    ['|a|b|', 2],
    ['| a \\| b | c |', 2],
    ['| a |  |  |', 3],
  ])('counts the cells of %j', (row, count) => {
    expect(cellCount(row)).toBe(count);
  });
});

describe('a table row reader given its head', () => {
  const cells = ['Title', 'Venue', 'Date', 'Code', 'Data'];
  const spaced = '| [{title}]({paper}) | {venue} | {notes} | {links} |  |';
  const reader = (source: string, compact: boolean) =>
    makeEntryReader(mustParseEntryTemplate(source), { tableHead: { cells, compact } });

  it('reads a row lacking its last cells as the row with them empty', () => {
    const read = reader(spaced, false);
    expect(read.fields('| [A](https://a.org) | ICLR | 2024-03 |')).toEqual({
      title: 'A',
      paper: 'https://a.org',
      venue: 'ICLR',
      notes: '2024-03',
      links: '',
    });
    expect(read.title('| [A](https://a.org) | ICLR 2023 |')).toBe('A');
    expect(read.venue('| [A](https://a.org) | ICLR 2023 |')).toBe('ICLR 2023');
    expect(read.date('| [A](https://a.org) | ICLR 2023 |')).toEqual({ year: 2023 });
  });

  it('pads compact rows with compact cells', () => {
    const read = reader('|[{title}]({paper})|{venue}|{notes}|{links}||', true);
    expect(read.fields('|[A](https://a.org)|ICLR|2024|')).toMatchObject({ venue: 'ICLR' });
  });

  it('reads whole rows as they stand, and a row without its closing pipe as Markdown does', () => {
    const read = reader(spaced, false);
    const full = '| [A](https://a.org) | ICLR | 2024 | [[Code](https://c.org)] |  |';
    expect(read.fields(full)).toMatchObject({ links: '[[Code](https://c.org)]' });
    expect(read.fields('| [A](https://a.org) | ICLR | 2024 ')).toMatchObject({ notes: '2024' });
    expect(
      read.fields('| [A](https://a.org) | ICLR | 2024 | [[Code](https://c.org)]'),
    ).toMatchObject({ links: '[[Code](https://c.org)]' });
    // A row with more cells than the head is no short row.
    expect(read.fields(`${full} x |`)).toBeUndefined();
  });
});

describe('paddedRow', () => {
  const head = { cells: ['Title', 'Venue', 'Code'], compact: false };
  it('writes the cells a row lacks, and its closing pipe, as empty cells', () => {
    expect(paddedRow('| [A](a) | ICLR |', head)).toBe('| [A](a) | ICLR |  |');
    expect(paddedRow('| [A](a) | ICLR ', head)).toBe('| [A](a) | ICLR |  |');
    expect(paddedRow('|[A](a)|ICLR|', { ...head, compact: true })).toBe('|[A](a)|ICLR||');
  });

  it('is nothing for a row with all its cells, or more, or of several lines', () => {
    expect(paddedRow('| [A](a) | ICLR | x |', head)).toBeUndefined();
    expect(paddedRow('| [A](a) | ICLR | x | y |', head)).toBeUndefined();
    expect(paddedRow('| [A](a) |\n| b |', head)).toBeUndefined();
  });
});

describe('shortenedLike', () => {
  const table = (rows: readonly string[]) =>
    [
      '## Papers',
      '',
      '| Title | Venue | Code | Data |',
      '| --- | --- | --- | --- |',
      ...rows,
      '',
    ].join('\n');
  const options = { startsEntry: (l: string) => /^\|/.test(l), tableRows: true };
  const shortened = (rows: readonly string[], row: string) => {
    const file = readListFile('README.md', table(rows), options);
    return shortenedLike(
      row,
      file,
      file.sections.find((s) => s.heading)!,
    );
  };
  const NEW = '| [N](https://n.org) | ICLR |  |  |';

  it('leaves out the empty cells ending a row where most rows leave them out', () => {
    const rows = ['| [A](a) | CVPR |', '| [B](b) | ICCV | [Code](c) |', '| [C](c) | ECCV |  |  |'];
    expect(shortened(rows, NEW)).toBe('| [N](https://n.org) | ICLR |');
    expect(shortened(rows, '| [N](https://n.org) | ICLR | [Code](x) |  |')).toBe(
      '| [N](https://n.org) | ICLR | [Code](x) |',
    );
  });

  it('keeps them where the rows write them, or show a marker there', () => {
    const rows = ['| [A](a) | CVPR |  |  |', '| [B](b) | ICCV |', '| [C](c) | ECCV |  |  |'];
    expect(shortened(rows, NEW)).toBe(NEW);
    const marked = ['| [A](a) | CVPR |', '| [B](b) | ICCV |'];
    expect(shortened(marked, '| [N](https://n.org) | ICLR | - | - |')).toBe(
      '| [N](https://n.org) | ICLR | - | - |',
    );
  });
});
