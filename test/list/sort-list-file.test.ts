import { describe, expect, it } from 'vitest';
import type { Section } from '../../src/list/list-file.js';
import {
  listFormatOf,
  readOptions,
  type ListFormat,
  type ListFormatSettings,
} from '../../src/list/list-format.js';
import type { ListOrder } from '../../src/list/list-order.js';
import { readListFile } from '../../src/list/read-list-file.js';
import { sortListFile } from '../../src/list/sort-list-file.js';
import { DEFAULT_LINK_FORMAT } from '../../src/paper/entry-template.js';
import { corpusFile, corpusFiles, REFERENCE } from '../support/corpus.js';
import { DEFAULT_FORMAT, entryTexts, formatWith, read } from '../support/list-helpers.js';

const { reader } = DEFAULT_FORMAT;

function sortText(text: string, path = 'README.md', format = DEFAULT_FORMAT): string {
  return sortListFile(readListFile(path, text, format.reader), format.reader, format.order).text;
}

describe('sortListFile', () => {
  it('leaves the reference README byte-identical', () => {
    const readme = corpusFile(`${REFERENCE}/README.md`);
    const sorted = sortListFile(read(readme.text), reader, 'newest-first');
    expect(sorted.changed).toEqual([]);
    expect(Buffer.from(sorted.text).equals(readme.bytes)).toBe(true);
  });

  it('fixes # QAT in quantization.md and changes nothing else', () => {
    const quantization = corpusFile(`${REFERENCE}/quantization.md`);
    const list = read(quantization.text, 'quantization.md');
    const sorted = sortListFile(list, reader, 'newest-first');
    expect(sorted.changed.map((c) => c.section.heading?.text)).toEqual(['QAT']);
    expect(
      sorted.changed[0]!.moved.map((m) => [m.title.slice(0, 5), m.year, m.from, m.to]),
    ).toEqual([['LSQ+:', 2020, 4, 3]]);
    // Every other section is untouched: the text outside QAT's entries is identical.
    const qat = sorted.changed[0]!.section;
    const first = qat.entries[0]!.start;
    const last = qat.entries.at(-1)!.end;
    expect(sorted.text.slice(0, first)).toBe(quantization.text.slice(0, first));
    expect(sorted.text.slice(last)).toBe(quantization.text.slice(last));
    // Within QAT, only LSQ+ and the entry it overtook traded places.
    const before = entryTexts(list);
    const after = entryTexts(read(sorted.text, 'quantization.md'));
    const changedIndexes = before.flatMap((t, i) => (t === after[i] ? [] : [i]));
    expect(changedIndexes).toHaveLength(2);
    // And the separators between entries stay in place.
    const gaps = (text: string) => {
      const l = read(text, 'quantization.md');
      return l.sections.flatMap((s) =>
        s.entries.slice(1).map((e, i) => text.slice(s.entries[i]!.end, e.start)),
      );
    };
    expect(gaps(sorted.text)).toEqual(gaps(quantization.text));
  });

  for (const file of corpusFiles()) {
    it(`is idempotent and keeps every entry block on ${file.name}`, () => {
      const once = sortText(file.text, file.file);
      const twice = sortText(once, file.file);
      expect(twice).toBe(once);
      expect(once.length).toBe(file.text.length);
      const blocks = (text: string) => entryTexts(read(text, file.file)).sort();
      expect(blocks(once)).toEqual(blocks(file.text));
    });
  }

  it('is stable, newest first, and keeps undated entries at the end in their order', () => {
    const text = [
      '# A',
      '- **U1** <Br>',
      '[Workshop] <Br>',
      '',
      '- **2019a** <Br>',
      '[CVPR 2019] <Br>',
      '',
      '- **2021** <Br>',
      '[arXiv 2104] <Br>',
      '',
      '- **U2** <Br>',
      '',
      '- **2019b** <Br>',
      '[ICCV 2019] <Br>',
      '',
    ].join('\n');
    const titles = (t: string) => entryTexts(read(t)).map((e) => reader.title(e));
    expect(titles(sortText(text))).toEqual(['2021', '2019a', '2019b', 'U1', 'U2']);
    const oldest = formatWith({ order: 'oldest-first' });
    expect(titles(sortText(text, 'README.md', oldest))).toEqual([
      '2019a',
      '2019b',
      '2021',
      'U1',
      'U2',
    ]);
    const byTitle = formatWith({ order: 'title' });
    expect(titles(sortText(text, 'README.md', byTitle))).toEqual([
      '2019a',
      '2019b',
      '2021',
      'U1',
      'U2',
    ]);
    expect(sortText(text, 'README.md', formatWith({ order: 'none' }))).toBe(text);
  });

  it('moves whole entries and keeps a file without a final newline without one', () => {
    const text = '# A\n- **Old** <Br>\n[CVPR 2010] <Br>\n\n- **New** <Br>\n[CVPR 2020] <Br>';
    expect(sortText(text)).toBe(
      '# A\n- **New** <Br>\n[CVPR 2020] <Br>\n\n- **Old** <Br>\n[CVPR 2010] <Br>',
    );
  });

  it('sorts CRLF files without mixing line endings', () => {
    const text =
      '# A\r\n- **Old** <Br>\r\n[CVPR 2010] <Br>\r\n\r\n- **New** <Br>\r\n[CVPR 2020] <Br>\r\n';
    const sorted = sortText(text);
    expect(sorted).toBe(
      '# A\r\n- **New** <Br>\r\n[CVPR 2020] <Br>\r\n\r\n- **Old** <Br>\r\n[CVPR 2010] <Br>\r\n',
    );
    expect(sorted.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('reports one move for one entry out of place, not every shifted neighbour', () => {
    const years = [2023, 2022, 2021, 2024, 2020];
    const text = `# A\n${years.map((y) => `- **P${y}** <Br>\n[CVPR ${y}] <Br>\n`).join('\n')}`;
    const sorted = sortListFile(read(text), reader, 'newest-first');
    expect(sorted.changed[0]!.moved.map((m) => m.title)).toEqual(['P2024']);
  });
});

/** A list format of the given template and settings (links and line break as the corpus's). */
function formatOf(template: string, settings: Partial<ListFormatSettings> = {}): ListFormat {
  return listFormatOf({
    template,
    lineBreak: ' <Br>',
    links: DEFAULT_LINK_FORMAT,
    dateHeadings: false,
    order: 'newest-first',
    sectionOrders: {},
    excludeSections: [],
    ...settings,
  });
}

/** Sorts a text in a format, with the format's numbering and months. */
function sortIn(
  format: ListFormat,
  text: string,
  order: ListOrder | ((section: Section) => ListOrder) = format.order,
) {
  const file = readListFile('README.md', text, readOptions(format));
  return sortListFile(file, format.reader, order, {
    numbered: format.numbered,
    byMonth: format.byMonth,
  });
}

const lines = (...all: string[]) => `${all.join('\n')}\n`;

describe('sortListFile in sections of date headings', () => {
  const dated = formatOf('- **{title}**, {venue}', { dateHeadings: true });

  it('sorts each group on its own: entries never leave their date group', () => {
    const text = lines(
      '# P',
      '- **Y**, CVPR 2001',
      '- **Z**, CVPR 2005',
      '',
      '## 2021',
      '- **A**, CVPR 2019',
      '- **B**, CVPR 2023',
      '',
      '## 2020',
      '- **C**, CVPR 2018',
      '- **D**, CVPR 2024',
    );
    const sorted = sortIn(dated, text);
    expect(sorted.text).toBe(
      lines(
        '# P',
        '- **Z**, CVPR 2005',
        '- **Y**, CVPR 2001',
        '',
        '## 2021',
        '- **B**, CVPR 2023',
        '- **A**, CVPR 2019',
        '',
        '## 2020',
        '- **D**, CVPR 2024',
        '- **C**, CVPR 2018',
      ),
    );
    expect(sorted.changed.map((c) => c.section.heading?.text)).toEqual(['P']);
    expect(sorted.changed[0]!.moved).toEqual([
      { title: 'Z', year: 2005, fromLine: 3, from: 1, to: 0 },
      { title: 'B', year: 2023, fromLine: 7, from: 3, to: 2 },
      { title: 'D', year: 2024, fromLine: 11, from: 5, to: 4 },
    ]);
  });

  it('leaves a list in order byte-identical', () => {
    const text = lines(
      '# P',
      '',
      '## 2021',
      '',
      '- **B**, CVPR 2021',
      '',
      '- **A**, Workshop',
      '',
      '## 2020',
      '',
      '- **D**, CVPR 2020',
    );
    const sorted = sortIn(dated, text);
    expect(sorted.changed).toEqual([]);
    expect(sorted.text).toBe(text);
  });
});

describe('sortListFile in numbered lists', () => {
  const numbered = formatOf('{number}. **{title}**, {venue}');

  it('keeps each place’s number, whichever entry moves into it', () => {
    const text = lines(
      '# P',
      '',
      '1. **A**, CVPR 2019',
      '',
      '2. **B**, CVPR 2023',
      '',
      '3. **C**, CVPR 2021',
    );
    const sorted = sortIn(numbered, text);
    expect(sorted.text).toBe(
      lines('# P', '', '1. **B**, CVPR 2023', '', '2. **C**, CVPR 2021', '', '3. **A**, CVPR 2019'),
    );
    expect(sorted.changed[0]!.moved.map((m) => [m.title, m.from, m.to])).toEqual([['A', 0, 2]]);
  });

  it('keeps lazy numbering and places whose numbers differ in width', () => {
    const lazy = lines('# P', '', '1. **A**, CVPR 2019', '', '1. **B**, CVPR 2023');
    expect(sortIn(numbered, lazy).text).toBe(
      lines('# P', '', '1. **B**, CVPR 2023', '', '1. **A**, CVPR 2019'),
    );
    const wide = lines(
      '# P',
      '',
      '8. **A**, CVPR 2019',
      '',
      '9. **B**, CVPR 2023',
      '',
      '10. **C**, CVPR 2021',
    );
    expect(sortIn(numbered, wide).text).toBe(
      lines(
        '# P',
        '',
        '8. **B**, CVPR 2023',
        '',
        '9. **C**, CVPR 2021',
        '',
        '10. **A**, CVPR 2019',
      ),
    );
  });

  it('leaves a numbered list in order byte-identical', () => {
    const text = lines('# P', '', '1. **B**, CVPR 2023', '', '2. **A**, CVPR 2019');
    const sorted = sortIn(numbered, text);
    expect(sorted.changed).toEqual([]);
    expect(sorted.text).toBe(text);
  });
});

describe('sortListFile with an order per section', () => {
  const format = formatOf('- **{title}**, {venue}');
  const text = lines(
    '# Old',
    '- **A**, CVPR 2023',
    '- **B**, CVPR 2019',
    '# New',
    '- **C**, CVPR 2019',
    '- **D**, CVPR 2023',
    '# Title',
    '- **Z**, CVPR 2023',
    '- **Y**, CVPR 2019',
    '# Kept',
    '- **K**, CVPR 2019',
    '- **L**, CVPR 2023',
  );
  const orders: Record<string, ListOrder> = {
    Old: 'oldest-first',
    New: 'newest-first',
    Title: 'title',
    Kept: 'none',
  };

  it('sorts each section by the order the function gives it', () => {
    const sorted = sortIn(format, text, (section) => orders[section.heading?.text ?? ''] ?? 'none');
    expect(sorted.text).toBe(
      lines(
        '# Old',
        '- **B**, CVPR 2019',
        '- **A**, CVPR 2023',
        '# New',
        '- **D**, CVPR 2023',
        '- **C**, CVPR 2019',
        '# Title',
        '- **Y**, CVPR 2019',
        '- **Z**, CVPR 2023',
        '# Kept',
        '- **K**, CVPR 2019',
        '- **L**, CVPR 2023',
      ),
    );
    expect(sorted.changed.map((c) => c.section.heading?.text)).toEqual(['Old', 'New', 'Title']);
  });
});

describe('sortListFile by month', () => {
  const text = lines(
    '# P',
    '- **A**, arXiv 2403',
    '- **B**, arXiv 2405',
    '- **C**, CVPR 2024',
    '- **D**, arXiv 2312',
  );

  it('orders entries of one year by month when both have one', () => {
    const sorted = sortIn(formatOf('- **{title}**, {venue}', { byMonth: true }), text);
    expect(sorted.text).toBe(
      lines(
        '# P',
        '- **B**, arXiv 2405',
        '- **A**, arXiv 2403',
        '- **C**, CVPR 2024',
        '- **D**, arXiv 2312',
      ),
    );
    expect(sorted.changed[0]!.moved).toEqual([
      { title: 'B', year: 2024, fromLine: 3, from: 1, to: 0 },
    ]);
  });

  it('orders by year only without byMonth', () => {
    const sorted = sortIn(formatOf('- **{title}**, {venue}'), text);
    expect(sorted.changed).toEqual([]);
    expect(sorted.text).toBe(text);
  });
});

describe('sortListFile in tables', () => {
  it('moves rows between row places and leaves a sorted table byte-identical', () => {
    const table = formatOf('| {title} | {venue} |');
    const text = lines(
      '# T',
      '',
      '| Title | Venue |',
      '| --- | --- |',
      '| A | CVPR 2019 |',
      '| B | CVPR 2023 |',
      '| C | CVPR 2021 |',
      '',
    );
    const expected = lines(
      '# T',
      '',
      '| Title | Venue |',
      '| --- | --- |',
      '| B | CVPR 2023 |',
      '| C | CVPR 2021 |',
      '| A | CVPR 2019 |',
      '',
    );
    expect(sortIn(table, text).text).toBe(expected);
    const again = sortIn(table, expected);
    expect(again.changed).toEqual([]);
    expect(again.text).toBe(expected);
  });
});
