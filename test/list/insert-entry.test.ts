import { describe, expect, it } from 'vitest';
import { insertEntry, separatedByBlankLines } from '../../src/list/insert-entry.js';
import type { ListFile, Section } from '../../src/list/list-file.js';
import type { ListOrder } from '../../src/list/list-order.js';
import { namePaperList } from '../../src/list/paper-list.js';
import { sortListFile } from '../../src/list/sort-list-file.js';
import { formatEntry } from '../../src/paper/format-entry.js';
import { parseVenueDate } from '../../src/paper/parse-venue-date.js';
import type { Paper } from '../../src/paper/paper.js';
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
  const result = insertEntry({ file, section, entry, date: p.date, title: p.title, order, reader });
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
