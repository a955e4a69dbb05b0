import { describe, expect, it } from 'vitest';
import { insertEntry, separatedByBlankLines } from '../../src/list/insert-entry.js';
import type { ListFile, Section } from '../../src/list/list-file.js';
import {
  listFormatOf,
  readOptions,
  type ListFormat,
  type ListFormatSettings,
} from '../../src/list/list-format.js';
import type { ListOrder } from '../../src/list/list-order.js';
import { namePaperList } from '../../src/list/paper-list.js';
import { readListFile } from '../../src/list/read-list-file.js';
import { sortListFile } from '../../src/list/sort-list-file.js';
import { formatEntry } from '../../src/paper/format-entry.js';
import { parseVenueDate } from '../../src/paper/parse-venue-date.js';
import type { Paper, PaperDate } from '../../src/paper/paper.js';
import { DEFAULT_LINK_FORMAT } from '../../src/paper/entry-template.js';
import { corpusFiles } from '../support/corpus.js';
import {
  addedLines,
  DEFAULT_FORMAT,
  entryTexts,
  isEntryWithSeparator,
  read,
  sectionNamed,
} from '../support/list-helpers.js';

const { reader, template } = DEFAULT_FORMAT;

function paper(title: string, venue: string): Paper {
  return {
    title,
    authors: [{ name: 'Ada Lovelace', url: 'https://example.org/ada' }, { name: 'Alan Turing' }],
    venue,
    date: parseVenueDate(venue)!,
    section: '',
    links: [{ label: 'Code', url: 'https://github.com/example/repo' }],
    notes: [],
  };
}

function insert(file: ListFile, section: Section, p: Paper, order: ListOrder = 'newest-first') {
  const entry = formatEntry(p, template);
  const result = insertEntry({ file, section, entry, date: p.date, name: p.title, order, reader });
  return { ...result, entry };
}

/** Titles of a section's entries after inserting `p` into it. */
function titlesAfter(
  text: string,
  sectionName: string | undefined,
  p: Paper,
  order?: ListOrder,
): string[] {
  const file = read(text);
  const section = sectionName === undefined ? file.sections[0]! : sectionNamed(file, sectionName);
  const result = insert(file, section, p, order);
  expect(isEntryWithSeparator(addedLines(text, result.text), result.entry)).toBe(true);
  const after = read(result.text);
  const target = sectionName === undefined ? after.sections[0]! : sectionNamed(after, sectionName);
  return target.entries.map((e) => reader.title(result.text.slice(e.start, e.end)) ?? '?');
}

const entry = (title: string, venue?: string) =>
  `- **${title}** <Br>\nSomeone <Br>\n${venue === undefined ? '' : `[${venue}] `}[[Code](https://github.com/a/b)] <Br>\n`;

const section = (...entries: string[]) => `# Papers\n${entries.join('\n')}`;

describe('insertEntry places the entry (SPEC 5, newest first)', () => {
  it('at the top of its own year group', () => {
    const text = section(
      entry('A', 'CVPR 2023'),
      entry('B', 'ICCV 2021'),
      entry('C', 'ECCV 2021'),
      entry('D', 'NIPS 2019'),
    );
    expect(titlesAfter(text, 'Papers', paper('New', 'ICLR 2021'))).toEqual([
      'A',
      'New',
      'B',
      'C',
      'D',
    ]);
  });

  it('reading arXiv YYMM as year and month', () => {
    const text = section(
      entry('A', 'arXiv 2301'),
      entry('B', 'arXiv 2004'),
      entry('C', 'CVPR 2016'),
    );
    expect(titlesAfter(text, 'Papers', paper('New', 'ICML 2020'))).toEqual(['A', 'New', 'B', 'C']);
    expect(titlesAfter(text, 'Papers', paper('New', 'arXiv 2016'))).toEqual(['A', 'B', 'New', 'C']);
  });

  it('skipping entries whose year cannot be read', () => {
    const text = section(
      entry('A', 'CVPR 2023'),
      entry('Undated', 'Workshop'),
      entry('B', 'CVPR 2019'),
    );
    expect(titlesAfter(text, 'Papers', paper('New', 'CVPR 2020'))).toEqual([
      'A',
      'Undated',
      'New',
      'B',
    ]);
  });

  it('after the last dated entry when every entry is newer, before trailing undated ones', () => {
    const text = section(entry('A', 'CVPR 2023'), entry('B', 'CVPR 2022'), entry('Undated'));
    expect(titlesAfter(text, 'Papers', paper('New', 'CVPR 2001'))).toEqual([
      'A',
      'B',
      'New',
      'Undated',
    ]);
  });

  it('at the end of the section (the last position)', () => {
    const text = `${section(entry('A', 'CVPR 2023'), entry('B', 'CVPR 2022'))}\n# Next\n${entry('Z', 'CVPR 1999')}`;
    expect(titlesAfter(text, 'Papers', paper('New', 'CVPR 2001'))).toEqual(['A', 'B', 'New']);
  });

  it('before the undated entries that end a section, where a re-sort keeps them', () => {
    const text = section(entry('U1'), entry('U2'));
    expect(titlesAfter(text, 'Papers', paper('New', 'CVPR 2001'))).toEqual(['New', 'U1', 'U2']);
  });

  it('right under the heading of an empty section, keeping the next heading apart', () => {
    const text = '# Empty\n# Next\n- **Z** <Br>\n';
    const file = read(text);
    const result = insert(file, sectionNamed(file, 'Empty'), paper('New', 'CVPR 2020'));
    expect(result.text).toBe(`# Empty\n${result.entry}\n\n# Next\n- **Z** <Br>\n`);
    expect(result.line).toBe(2);
    const spaced = '# Empty\n\n# Next\n';
    const again = insert(
      read(spaced),
      sectionNamed(read(spaced), 'Empty'),
      paper('New', 'CVPR 2020'),
    );
    expect(again.text).toBe(`# Empty\n${again.entry}\n\n# Next\n`);
  });

  it('a blank line under the heading of an empty section when the file sets entries apart so', () => {
    const text = `# Full\n\n${entry('A', 'CVPR 2023')}\n# Empty\n\n# Next\n\n${entry('B', 'CVPR 2019')}`;
    const file = read(text);
    const result = insert(file, sectionNamed(file, 'Empty'), paper('New', 'CVPR 2020'));
    expect(result.text).toBe(text.replace('# Empty\n', `# Empty\n\n${result.entry}\n`));
    expect(result.line).toBe(9);
  });

  it('right under the heading of an empty section of a CRLF file whose headings are tight', () => {
    const text = `# Full\r\n${entry('A', 'CVPR 2023').replace(/\n/g, '\r\n')}# Empty\r\n\r\n# Next\r\n`;
    const file = read(text);
    const result = insert(file, sectionNamed(file, 'Empty'), paper('New', 'CVPR 2020'));
    const written = result.entry.replace(/\n/g, '\r\n');
    expect(result.text).toBe(text.replace('# Empty\r\n', `# Empty\r\n${written}\r\n`));
  });

  it('an empty section inside `<details>` is offered, and its entry goes under its heading', () => {
    // minsoo9506/catchMinor-research folds each section in `<details>`.
    const folded = (name: string, body: string) =>
      `<details>\n  <summary>${name}</summary>\n\n### ${name}\n${body}\n</details>\n\n`;
    const text =
      '## Imbalanced Learning\n' +
      folded('Survey', '') +
      folded('Sampling', `\n${entry('A', 'CVPR 2023')}`);
    const file = read(text);
    const list = namePaperList([file], { excludeSections: [] });
    expect(list.sections.map((s) => s.name)).toEqual(['Survey', 'Sampling']);
    const result = insert(file, sectionNamed(file, 'Survey'), paper('New', 'CVPR 2020'));
    expect(result.text).toBe(text.replace('### Survey\n', `### Survey\n\n${result.entry}\n`));
  });

  it('into a file without headings', () => {
    const text = `Intro text\n\n\n${entry('A', 'CVPR 2023')}\n${entry('B', 'CVPR 2019')}`;
    expect(titlesAfter(text, undefined, paper('New', 'CVPR 2020'))).toEqual(['A', 'New', 'B']);
    expect(insert(read(''), read('').sections[0]!, paper('New', 'CVPR 2020')).text).toMatch(
      /^- \*\*New\*\* <Br>\n.*\n$/s,
    );
  });

  it('into a file without a final newline, keeping it without one', () => {
    const text = '# Papers\n- **A** <Br>\n[CVPR 2023] <Br>';
    const file = read(text);
    const result = insert(file, sectionNamed(file, 'Papers'), paper('New', 'CVPR 2001'));
    expect(result.text).toBe(`${text}\n\n${result.entry}`);
    expect(result.line).toBe(5);
  });

  it('with the file’s own line endings', () => {
    const text = '# Papers\r\n- **A** <Br>\r\n[CVPR 2023] <Br>\r\n';
    const file = read(text);
    const result = insert(file, sectionNamed(file, 'Papers'), paper('New', 'CVPR 2024'));
    expect(result.text).toBe(
      `# Papers\r\n${result.entry.replace(/\n/g, '\r\n')}\r\n\r\n- **A** <Br>\r\n[CVPR 2023] <Br>\r\n`,
    );
  });

  it('without a blank separator in a list whose entries have none', () => {
    const text =
      '## Papers\n- **A** (2016), X [[pdf]](https://a)\n- **B** (2014), Y [[pdf]](https://b)\n';
    const file = read(text);
    const result = insert(file, sectionNamed(file, 'Papers'), paper('New', 'CVPR 2020'), 'none');
    const added = addedLines(text, result.text);
    expect(added).toEqual(result.entry.split('\n'));
  });

  it('without a blank separator in a CRLF list whose entries have none', () => {
    const text =
      '## Papers\r\n- **A** (2016), X [[pdf]](https://a)\r\n- **B** (2014), Y [[pdf]](https://b)\r\n';
    const file = read(text);
    const result = insert(file, sectionNamed(file, 'Papers'), paper('New', 'CVPR 2020'), 'none');
    expect(result.text).toBe(`${text}${result.entry.replace(/\n/g, '\r\n')}\r\n`);
    expect(addedLines(text, result.text)).toEqual(result.entry.split('\n'));
  });

  it('by title, oldest first, or at the end, as configured', () => {
    const text = section(entry('Beta', 'CVPR 2010'), entry('Delta', 'CVPR 2020'));
    expect(titlesAfter(text, 'Papers', paper('Gamma', 'CVPR 2015'), 'title')).toEqual([
      'Beta',
      'Delta',
      'Gamma',
    ]);
    expect(titlesAfter(text, 'Papers', paper('Charlie', 'CVPR 2015'), 'title')).toEqual([
      'Beta',
      'Charlie',
      'Delta',
    ]);
    expect(titlesAfter(text, 'Papers', paper('Gamma', 'CVPR 2015'), 'oldest-first')).toEqual([
      'Beta',
      'Gamma',
      'Delta',
    ]);
    expect(titlesAfter(text, 'Papers', paper('Alpha', 'CVPR 2030'), 'none')).toEqual([
      'Beta',
      'Delta',
      'Alpha',
    ]);
  });
});

describe('insertEntry on every section of the corpus', () => {
  for (const file of corpusFiles()) {
    it(`changes only the new entry's lines and one blank line in ${file.name}`, () => {
      const list = read(file.text, file.file);
      const named = namePaperList([list], { excludeSections: DEFAULT_FORMAT.excludeSections });
      for (const [i, target] of named.sections.entries()) {
        const year = 2000 + (i % 25);
        const result = insert(list, target.block, paper(`Inserted Paper ${i}`, `CVPR ${year}`));
        const added = addedLines(file.text, result.text);
        // One blank separator where the file separates entries with blank lines and the section
        // already has entries; none under the heading of an empty section or in a list without.
        const blank = separatedByBlankLines(list) && target.block.entries.length > 0;
        const expected = blank
          ? isEntryWithSeparator(added, result.entry)
          : JSON.stringify(added) === JSON.stringify(result.entry.split('\n'));
        expect(expected, `${target.name}: ${JSON.stringify(added)}`).toBe(true);
        // The new entry is read back as exactly one entry, in the chosen section, at the reported line.
        const after = read(result.text, file.file);
        const texts = entryTexts(after);
        expect(texts.filter((t) => t === result.entry)).toHaveLength(1);
        expect(texts).toHaveLength(entryTexts(list).length + 1);
        const lines = result.text.split('\n');
        expect(lines[result.line - 1]).toBe(result.entry.split('\n')[0]);
      }
    });
  }

  it('keeps a sorted section sorted (insert then sort = insert)', () => {
    for (const file of corpusFiles().filter((f) => f.folder.startsWith('lcybuzz'))) {
      const sorted = sortListFile(read(file.text, file.file), reader, 'newest-first').text;
      const list = read(sorted, file.file);
      const named = namePaperList([list], { excludeSections: DEFAULT_FORMAT.excludeSections });
      for (const [i, target] of named.sections.entries()) {
        const result = insert(
          list,
          target.block,
          paper(`Kept Sorted ${i}`, `ICCV ${2005 + (i % 20)}`),
        );
        const resorted = sortListFile(read(result.text, file.file), reader, 'newest-first');
        expect(resorted.text, `${file.name} › ${target.name}`).toBe(result.text);
      }
    }
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

/** Inserts `line` (a one-line entry) dated `date` into the section headed `heading`. */
function insertInto(
  format: ListFormat,
  text: string,
  heading: string,
  line: string,
  date: PaperDate | undefined,
  order: ListOrder = format.order,
) {
  const file = readListFile('README.md', text, readOptions(format));
  const title = format.reader.title(line)!;
  return insertEntry({
    file,
    section: sectionNamed(file, heading),
    entry: line,
    date,
    name: title,
    order,
    reader: format.reader,
    numbered: format.numbered,
    byMonth: format.byMonth,
  });
}

const lines = (...all: string[]) => `${all.join('\n')}\n`;

describe('insertEntry in a section of date headings', () => {
  const dated = formatOf('- **{title}**, {venue}', { dateHeadings: true });
  const text = lines(
    '# Papers',
    '',
    '### 2021',
    '',
    '- **A**, CVPR 2021',
    '',
    '### 2019',
    '',
    '- **B**, CVPR 2019',
    '',
    '### 2018',
    '',
    '# Next',
  );

  it('goes into the group of the paper’s year', () => {
    const result = insertInto(dated, text, 'Papers', '- **New**, ICCV 2019', { year: 2019 });
    expect(result.text).toBe(
      lines(
        '# Papers',
        '',
        '### 2021',
        '',
        '- **A**, CVPR 2021',
        '',
        '### 2019',
        '',
        '- **New**, ICCV 2019',
        '',
        '- **B**, CVPR 2019',
        '',
        '### 2018',
        '',
        '# Next',
      ),
    );
    expect(result.line).toBe(9);
    expect(result.placement).toBe('before “B”');
    expect(result.entry).toBe('- **New**, ICCV 2019');
  });

  it('goes right under the heading of an empty group', () => {
    const result = insertInto(dated, text, 'Papers', '- **New**, ICCV 2018', { year: 2018 });
    expect(result.text).toBe(text.replace('### 2018\n', '### 2018\n- **New**, ICCV 2018\n'));
    expect(result.line).toBe(12);
    expect(result.placement).toBe('as the first entry of the section');
  });

  it('writes a new heading like its siblings, newest first, with the blank line after it', () => {
    const between = insertInto(dated, text, 'Papers', '- **New**, ICCV 2020', { year: 2020 });
    expect(between.text).toBe(
      text.replace('### 2019\n', '### 2020\n\n- **New**, ICCV 2020\n\n### 2019\n'),
    );
    expect(between.line).toBe(9);
    expect(between.placement).toBe('under a new heading “2020”');
    const first = insertInto(dated, text, 'Papers', '- **New**, ICCV 2022', { year: 2022 });
    expect(first.text).toBe(
      text.replace('### 2021\n', '### 2022\n\n- **New**, ICCV 2022\n\n### 2021\n'),
    );
    expect(first.line).toBe(5);
  });

  it('puts a heading older than every group after the last group', () => {
    const result = insertInto(dated, text, 'Papers', '- **New**, ICCV 2010', { year: 2010 });
    expect(result.text).toBe(
      text.replace('### 2018\n', '### 2018\n\n### 2010\n\n- **New**, ICCV 2010\n'),
    );
    expect(result.line).toBe(15);
    expect(result.placement).toBe('under a new heading “2010”');
  });

  it('follows groups ordered oldest first, without a blank line after headings', () => {
    const tight = lines(
      '# Papers',
      '### 2018',
      '- **A**, CVPR 2018',
      '### 2019',
      '- **B**, CVPR 2019',
    );
    const last = insertInto(dated, tight, 'Papers', '- **New**, ICCV 2020', { year: 2020 });
    expect(last.text).toBe(`${tight}\n### 2020\n- **New**, ICCV 2020\n`);
    expect(last.line).toBe(8);
    const before = insertInto(dated, tight, 'Papers', '- **New**, ICCV 2017', { year: 2017 });
    expect(before.text).toBe(
      tight.replace('### 2018\n', '### 2017\n- **New**, ICCV 2017\n\n### 2018\n'),
    );
    expect(before.line).toBe(3);
    const within = insertInto(dated, tight, 'Papers', '- **New**, ICCV 2018', { year: 2018 });
    expect(within.text).toBe(tight.replace('### 2018\n', '### 2018\n- **New**, ICCV 2018\n'));
  });

  it('keeps the markup and the month of the sibling heading', () => {
    const bold = lines('# Papers', '', '## **2018**', '', '- **A**, CVPR 2018', '');
    const result = insertInto(dated, bold, 'Papers', '- **New**, ICCV 2020', { year: 2020 });
    expect(result.text).toBe(
      bold.replace('## **2018**', '## **2020**\n\n- **New**, ICCV 2020\n\n## **2018**'),
    );
    const monthly = lines(
      '# Papers',
      '',
      '## 2024-05',
      '',
      '- **A**, arXiv 2405',
      '',
      '## 2024-03',
      '',
      '- **B**, arXiv 2403',
    );
    const april = insertInto(dated, monthly, 'Papers', '- **New**, arXiv 2404', {
      year: 2024,
      month: 4,
    });
    expect(april.text).toBe(
      monthly.replace('## 2024-03', '## 2024-04\n\n- **New**, arXiv 2404\n\n## 2024-03'),
    );
    expect(april.placement).toBe('under a new heading “2024-04”');
    const march = insertInto(dated, monthly, 'Papers', '- **New**, arXiv 2403', {
      year: 2024,
      month: 3,
    });
    expect(march.text).toBe(monthly.replace('- **B**', '- **New**, arXiv 2403\n\n- **B**'));
  });

  it('appends an undated paper, and any paper in a section ordered "none"', () => {
    const undated = insertInto(dated, text, 'Papers', '- **New**, Workshop', undefined);
    expect(undated.text).toBe(text.replace('CVPR 2019\n', 'CVPR 2019\n\n- **New**, Workshop\n'));
    expect(undated.line).toBe(11);
    expect(undated.placement).toBe('after “B”');
    const none = formatOf('- **{title}**, {venue}');
    const flat = lines('# P', '- **A**, CVPR 2019', '- **B**, CVPR 2021');
    const appended = insertInto(none, flat, 'P', '- **New**, ICCV 2030', { year: 2030 }, 'none');
    expect(appended.text).toBe(`${flat}- **New**, ICCV 2030\n`);
    expect(appended.line).toBe(4);
    const noDate = insertInto(none, flat, 'P', '- **New**, Workshop', undefined);
    expect(noDate.text).toBe(`${flat}- **New**, Workshop\n`);
  });
});

describe('insertEntry in a numbered list', () => {
  const numbered = formatOf('{number}. **{title}**, {venue}');
  const spaced = lines(
    '# P',
    '',
    '1. **A**, CVPR 2023',
    '',
    '2. **B**, CVPR 2021',
    '',
    '3. **C**, CVPR 2019',
  );

  it('gives the new entry the number of the one it goes before and moves the rest up', () => {
    expect(numbered.numbered).toBe(true);
    const result = insertInto(numbered, spaced, 'P', '1. **New**, ICCV 2022', { year: 2022 });
    expect(result.text).toBe(
      lines(
        '# P',
        '',
        '1. **A**, CVPR 2023',
        '',
        '2. **New**, ICCV 2022',
        '',
        '3. **B**, CVPR 2021',
        '',
        '4. **C**, CVPR 2019',
      ),
    );
    expect(result.entry).toBe('2. **New**, ICCV 2022');
    expect(result.line).toBe(5);
    const top = insertInto(numbered, spaced, 'P', '1. **New**, ICCV 2024', { year: 2024 });
    expect(top.text).toBe(
      lines(
        '# P',
        '',
        '1. **New**, ICCV 2024',
        '',
        '2. **A**, CVPR 2023',
        '',
        '3. **B**, CVPR 2021',
        '',
        '4. **C**, CVPR 2019',
      ),
    );
  });

  it('numbers an entry after the last one last + 1', () => {
    const result = insertInto(numbered, spaced, 'P', '1. **New**, ICCV 2010', { year: 2010 });
    expect(result.text).toBe(`${spaced}\n4. **New**, ICCV 2010\n`);
    expect(result.entry).toBe('4. **New**, ICCV 2010');
    expect(result.line).toBe(9);
  });

  it('moves 9 to 10', () => {
    const nine = Array.from({ length: 9 }, (_, i) => `${i + 1}. **T${i + 1}**, CVPR ${2030 - i}`);
    const text = lines('# P', '', nine.join('\n\n'));
    const result = insertInto(numbered, text, 'P', '1. **New**, ICCV 2023', { year: 2023 });
    const expected = [
      ...nine.slice(0, 7),
      '8. **New**, ICCV 2023',
      '9. **T8**, CVPR 2023',
      '10. **T9**, CVPR 2022',
    ];
    expect(result.text).toBe(lines('# P', '', expected.join('\n\n')));
    expect(result.entry).toBe('8. **New**, ICCV 2023');
    const after = insertInto(numbered, text, 'P', '1. **New**, ICCV 2001', { year: 2001 });
    expect(after.text).toBe(`${text}\n10. **New**, ICCV 2001\n`);
  });

  it('keeps lazy numbering (all "1.") as it is', () => {
    const lazy = lines('# P', '1. **A**, CVPR 2023', '1. **B**, CVPR 2021', '1. **C**, CVPR 2019');
    const result = insertInto(numbered, lazy, 'P', '7. **New**, ICCV 2022', { year: 2022 });
    expect(result.text).toBe(lazy.replace('1. **B**', '1. **New**, ICCV 2022\n1. **B**'));
    expect(result.entry).toBe('1. **New**, ICCV 2022');
    const last = insertInto(numbered, lazy, 'P', '7. **New**, ICCV 2010', { year: 2010 });
    expect(last.text).toBe(`${lazy}1. **New**, ICCV 2010\n`);
    expect(last.entry).toBe('1. **New**, ICCV 2010');
  });

  it('numbers the first entry of an empty section 1', () => {
    const result = insertInto(numbered, '# P\n\n# Q\n', 'P', '7. **New**, ICCV 2010', {
      year: 2010,
    });
    expect(result.text).toBe('# P\n1. **New**, ICCV 2010\n\n# Q\n');
    expect(result.entry).toBe('1. **New**, ICCV 2010');
  });

  it('renumbers only the group it goes into when groups number their entries apart', () => {
    const grouped = formatOf('{number}. **{title}**, {venue}', { dateHeadings: true });
    const text = lines(
      '# P',
      '',
      '## 2021',
      '',
      '1. **A**, CVPR 2021',
      '',
      '2. **B**, CVPR 2021',
      '',
      '## 2020',
      '',
      '1. **C**, CVPR 2020',
      '',
      '2. **D**, CVPR 2020',
    );
    const result = insertInto(grouped, text, 'P', '1. **New**, ICCV 2021', { year: 2021 });
    expect(result.text).toBe(
      text.replace('1. **A**', '1. **New**, ICCV 2021\n\n2. **A**').replace('2. **B**', '3. **B**'),
    );
    expect(result.entry).toBe('1. **New**, ICCV 2021');
  });
});

describe('insertEntry in a table', () => {
  const table = formatOf('| {title} | {venue} |');
  const text = lines(
    '# Models',
    '',
    '| Title | Venue |',
    '| --- | --- |',
    '| A | CVPR 2022 |',
    '| B | ICCV 2019 |',
    '',
    'after',
    '',
    '# Empty',
    '',
    '| Title | Venue |',
    '|---|---|',
    '',
    '# Last',
    '| Title | Venue |',
    '|---|---|',
  );

  it('puts a row among the rows with no blank line', () => {
    const between = insertInto(table, text, 'Models', '| New | ECCV 2020 |', { year: 2020 });
    expect(between.text).toBe(text.replace('| B |', '| New | ECCV 2020 |\n| B |'));
    expect(between.line).toBe(6);
    const first = insertInto(table, text, 'Models', '| New | ECCV 2030 |', { year: 2030 });
    expect(first.text).toBe(text.replace('| A |', '| New | ECCV 2030 |\n| A |'));
    expect(first.line).toBe(5);
    const last = insertInto(table, text, 'Models', '| New | ECCV 2010 |', { year: 2010 });
    expect(last.text).toBe(text.replace('ICCV 2019 |\n', 'ICCV 2019 |\n| New | ECCV 2010 |\n'));
    expect(last.line).toBe(7);
  });

  it('puts the first row of an empty table right after its delimiter row', () => {
    const empty = insertInto(table, text, 'Empty', '| New | ECCV 2030 |', { year: 2030 });
    expect(empty.text).toBe(text.replace('|---|---|\n\n', '|---|---|\n| New | ECCV 2030 |\n\n'));
    expect(empty.line).toBe(14);
    const atEnd = insertInto(table, text, 'Last', '| New | ECCV 2030 |', { year: 2030 });
    expect(atEnd.text).toBe(`${text}| New | ECCV 2030 |\n`);
    expect(atEnd.line).toBe(18);
  });
});

describe('insertEntry by month', () => {
  const monthly = formatOf('- **{title}**, {venue}', { byMonth: true });
  const text = lines(
    '# P',
    '- **A**, arXiv 2405',
    '- **B**, arXiv 2403',
    '- **C**, CVPR 2024',
    '- **D**, arXiv 2401',
    '- **E**, arXiv 2312',
  );

  it('compares months within a year when both entries have one', () => {
    const april = insertInto(monthly, text, 'P', '- **New**, arXiv 2404', { year: 2024, month: 4 });
    expect(april.text).toBe(text.replace('- **B**', '- **New**, arXiv 2404\n- **B**'));
    // C has no month: it ties with February, and the new entry goes at the top of its tie.
    const february = insertInto(monthly, text, 'P', '- **New**, arXiv 2402', {
      year: 2024,
      month: 2,
    });
    expect(february.text).toBe(text.replace('- **C**', '- **New**, arXiv 2402\n- **C**'));
    const noMonth = insertInto(monthly, text, 'P', '- **New**, ICML 2024', { year: 2024 });
    expect(noMonth.text).toBe(text.replace('- **A**', '- **New**, ICML 2024\n- **A**'));
  });

  it('compares years only without byMonth', () => {
    const yearly = formatOf('- **{title}**, {venue}');
    const april = insertInto(yearly, text, 'P', '- **New**, arXiv 2404', { year: 2024, month: 4 });
    expect(april.text).toBe(text.replace('- **A**', '- **New**, arXiv 2404\n- **A**'));
  });

  it('orders months oldest first too', () => {
    const oldest = lines(
      '# P',
      '- **E**, arXiv 2312',
      '- **D**, arXiv 2401',
      '- **B**, arXiv 2403',
      '- **A**, arXiv 2405',
    );
    const april = insertInto(
      monthly,
      oldest,
      'P',
      '- **New**, arXiv 2404',
      { year: 2024, month: 4 },
      'oldest-first',
    );
    expect(april.text).toBe(oldest.replace('- **A**', '- **New**, arXiv 2404\n- **A**'));
  });
});

describe('insertEntry follows each section’s blank-line style', () => {
  const format = formatOf('- **{title}**, {venue}');
  const text = lines(
    '# Tight',
    '- **A**, CVPR 2022',
    '- **B**, CVPR 2020',
    '',
    '# Spaced',
    '',
    '- **C**, CVPR 2022',
    '',
    '- **D**, CVPR 2020',
    '',
    '# Single',
    '',
    '- **E**, CVPR 2022',
  );

  it('reads the style of the section, or of the file when the section has fewer than two', () => {
    const file = readListFile('README.md', text, readOptions(format));
    expect(separatedByBlankLines(file, sectionNamed(file, 'Tight'))).toBe(false);
    expect(separatedByBlankLines(file, sectionNamed(file, 'Spaced'))).toBe(true);
    expect(separatedByBlankLines(file, sectionNamed(file, 'Single'))).toBe(true);
    expect(separatedByBlankLines(file)).toBe(true);
    const tightFile = readListFile('README.md', lines('# T', '- **A**, X', '- **B**, Y'), {
      startsEntry: format.reader.startsEntry,
    });
    expect(separatedByBlankLines(tightFile)).toBe(false);
    expect(separatedByBlankLines(readListFile('README.md', '', readOptions(format)))).toBe(true);
  });

  it('inserts with the section’s own style', () => {
    const tight = insertInto(format, text, 'Tight', '- **New**, ICCV 2021', { year: 2021 });
    expect(tight.text).toBe(text.replace('- **B**', '- **New**, ICCV 2021\n- **B**'));
    const spaced = insertInto(format, text, 'Spaced', '- **New**, ICCV 2021', { year: 2021 });
    expect(spaced.text).toBe(text.replace('- **D**', '- **New**, ICCV 2021\n\n- **D**'));
    const single = insertInto(format, text, 'Single', '- **New**, ICCV 2010', { year: 2010 });
    expect(single.text).toBe(`${text}\n- **New**, ICCV 2010\n`);
    expect(single.line).toBe(15);
  });
});

describe('insertEntry among entries nested under a group bullet', () => {
  const format = formatOf('- **{title}**, {venue}');
  const text = lines(
    '# Detection',
    '- Two-stage',
    '  - **A**, CVPR 2022',
    '  - **B**, CVPR 2020',
    '- One-stage',
    '  - **C**, CVPR 2021',
  );

  it('indents the new entry as the entry it goes next to, keeping the group whole', () => {
    const result = insertInto(format, text, 'Detection', '- **New**, ICCV 2021', { year: 2021 });
    expect(result.text).toBe(
      lines(
        '# Detection',
        '- Two-stage',
        '  - **A**, CVPR 2022',
        '  - **New**, ICCV 2021',
        '  - **B**, CVPR 2020',
        '- One-stage',
        '  - **C**, CVPR 2021',
      ),
    );
    expect(result.entry).toBe('  - **New**, ICCV 2021');
  });
});

describe('insertEntry in a list indenting some entries by a space', () => {
  const format = formatOf(' * **{title}**, {venue}');
  const text = lines(
    '# Planning',
    '* **A**, CVPR 2022',
    '* **B**, CVPR 2020',
    '',
    '# Reasoning',
    ' * **C**, CVPR 2022',
    ' * **D**, CVPR 2020',
  );

  it('writes the new entry at the indent of the entry it goes before', () => {
    const planning = insertInto(format, text, 'Planning', ' * **New**, ICCV 2021', { year: 2021 });
    expect(planning.entry).toBe('* **New**, ICCV 2021');
    const reasoning = insertInto(format, text, 'Reasoning', ' * **New**, ICCV 2021', {
      year: 2021,
    });
    expect(reasoning.entry).toBe(' * **New**, ICCV 2021');
    expect(reasoning.text).toBe(text.replace(' * **D**', ' * **New**, ICCV 2021\n * **D**'));
  });
});
