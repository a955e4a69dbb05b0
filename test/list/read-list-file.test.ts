import type { Heading as MdHeading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import {
  listFormatOf,
  readOptions,
  type ListFormat,
  type ListFormatSettings,
} from '../../src/list/list-format.js';
import { readListFile } from '../../src/list/read-list-file.js';
import { DEFAULT_LINK_FORMAT } from '../../src/paper/entry-template.js';
import { corpusFile, corpusFiles, REFERENCE } from '../support/corpus.js';
import { DEFAULT_FORMAT, entryTexts, read, sectionNamed } from '../support/list-helpers.js';

const remark = unified().use(remarkParse).use(remarkGfm);

/** Root-level headings as remark (CommonMark + GFM) sees them: level and first line. */
function remarkHeadings(text: string): { level: number; line: number }[] {
  const root = remark.parse(text) as Root;
  return root.children
    .filter((node): node is MdHeading => node.type === 'heading')
    .map((h) => ({ level: h.depth, line: h.position!.start.line }));
}

describe('readListFile on the corpus', () => {
  for (const file of corpusFiles()) {
    describe(file.name, () => {
      const list = read(file.text, file.file);

      it('finds exactly the root-level headings remark finds', () => {
        const ours = list.sections.flatMap((s) =>
          s.heading ? [{ level: s.heading.level, line: s.heading.line }] : [],
        );
        expect(ours).toEqual(remarkHeadings(file.text));
      });

      it('finds one entry for each "- **" line at column 0, in order', () => {
        const starts = [...file.text.matchAll(/^- \*\*/gm)].map((m) => m.index);
        const entries = list.sections.flatMap((s) => s.entries);
        expect(entries.map((e) => e.start)).toEqual(starts);
      });

      it('covers the file: sections and entries in order, never overlapping', () => {
        let at = 0;
        for (const section of list.sections) {
          if (section.heading) {
            expect(section.heading.start).toBeGreaterThanOrEqual(at);
            at = section.heading.end;
          }
          for (const entry of section.entries) {
            expect(entry.start).toBeGreaterThanOrEqual(at);
            expect(entry.end).toBeGreaterThan(entry.start);
            at = entry.end;
          }
          expect(section.contentEnd).toBeGreaterThanOrEqual(at);
        }
        expect(at).toBeLessThanOrEqual(file.text.length);
      });

      it('ends every entry on a non-blank line and never inside a line', () => {
        for (const entry of list.sections.flatMap((s) => s.entries)) {
          const text = file.text.slice(entry.start, entry.end);
          expect(text.split('\n').at(-1)!.trim()).not.toBe('');
          expect(['\n', '\r', undefined]).toContain(file.text[entry.end]);
          expect(entry.start === 0 || file.text[entry.start - 1] === '\n').toBe(true);
        }
      });
    });
  }
});

describe('readListFile on the reference list', () => {
  const readme = read(corpusFile(`${REFERENCE}/README.md`).text);

  it('keeps notes lines starting "1)" at column 0 inside their entry', () => {
    const network = sectionNamed(readme, 'Network');
    const gatherExcite = network.entries
      .map((e) => readme.text.slice(e.start, e.end))
      .find((t) => t.startsWith('- **Gather-Excite'));
    expect(gatherExcite).toBeDefined();
    const lines = gatherExcite!.split('\n');
    expect(lines.filter((l) => /^\d\)/.test(l))).toHaveLength(3);
  });

  it('reads a heading that ends in a tab by its text', () => {
    expect(sectionNamed(readme, 'Training Tricks').entries).toHaveLength(1);
  });

  it('reads the hand-written table of contents as a section without entries', () => {
    const toc = sectionNamed(readme, 'Table of Contents');
    expect(toc.entries).toHaveLength(0);
    expect(toc.hasOtherContent).toBe(true);
  });

  it('reads no entry from a contents list that looks like entries, numbered or not', () => {
    // eugeneyan/applied-ml: a numbered contents list of anchors before numbered entries.
    const numbered = (line: string) => /^\d+\. \[/.test(line);
    const text = [
      '# applied-ml',
      '',
      '1. [Data Quality](#data-quality)',
      '2. [Search & Ranking](#search--ranking)',
      '',
      '## Data Quality',
      '1. [Monitoring Data Quality at Scale](https://eng.uber.com/x/) `Uber` `2017`',
      '2. [Data Validation for Machine Learning](./#) `Google` `2019`',
      '',
    ].join('\n');
    const file = readListFile('README.md', text, { startsEntry: numbered });
    expect(entryTexts(file)).toEqual([
      '1. [Monitoring Data Quality at Scale](https://eng.uber.com/x/) `Uber` `2017`',
      '2. [Data Validation for Machine Learning](./#) `Google` `2019`',
    ]);
  });

  it('reads an entry holding three papers as one entry', () => {
    const gan = read(corpusFile(`${REFERENCE}/GAN.md`).text, 'GAN.md');
    expect(gan.sections).toHaveLength(1);
    const wgan = entryTexts(gan).find((t) => t.startsWith('- **Wasserstein'));
    expect(wgan?.split('\n')).toHaveLength(6);
    expect(DEFAULT_FORMAT.reader.date(wgan!)).toEqual({ year: 2017 });
  });

  it('reads the last entry of a file without a final newline up to the end', () => {
    const hdr = corpusFile('lcybuzz-low-level-vision-paper-record/HDR.md');
    expect(hdr.text.endsWith('\n')).toBe(true);
    const noFinalNewline = corpusFiles().find(
      (f) => f.folder.startsWith('lcybuzz') && !f.text.endsWith('\n'),
    );
    expect(noFinalNewline, 'the corpus has a file without a final newline').toBeDefined();
  });
});

describe('readListFile on constructed lists', () => {
  it('reads a file opening with a byte order mark as the same file without one', () => {
    const text = '# Papers\n- **Real entry** <Br>\n[CVPR 2020] <Br>\n';
    const marked = read(`\uFEFF${text}`);
    expect(marked.sections.map((s) => s.heading?.text)).toEqual([undefined, 'Papers']);
    expect(marked.sections[1]!.heading!.start).toBe(1);
    expect(entryTexts(marked)).toEqual(entryTexts(read(text)));
  });

  it('does not take headings or entries inside fences, HTML blocks or <details>', () => {
    const text = [
      '# Papers',
      '```md',
      '# Not a heading',
      '- **Not an entry** <Br>',
      '```',
      '',
      '<details>',
      '<summary>More</summary>',
      '# Still HTML',
      '</details>',
      '',
      '<!--',
      '# commented out',
      '-->',
      '- **Real entry** <Br>',
      '[CVPR 2020] <Br>',
      '',
    ].join('\n');
    const list = read(text);
    expect(list.sections.map((s) => s.heading?.text)).toEqual([undefined, 'Papers']);
    expect(entryTexts(list)).toEqual(['- **Real entry** <Br>\n[CVPR 2020] <Br>']);
  });

  it('reads setext headings and tables, and agrees with remark', () => {
    const text =
      'Intro\n\nPapers\n======\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\nSub\n---\n- **E** <Br>\n[ICLR 2021] <Br>\n';
    const list = read(text);
    expect(list.sections.map((s) => s.heading?.text)).toEqual([undefined, 'Papers', 'Sub']);
    expect(sectionNamed(list, 'Papers').hasOtherContent).toBe(true);
    expect(sectionNamed(list, 'Sub').entries).toHaveLength(1);
    expect(list.sections.flatMap((s) => (s.heading ? [s.heading.line] : []))).toEqual(
      remarkHeadings(text).map((h) => h.line),
    );
  });

  it('ends an entry at a blank line, a heading, a new bullet or a fence, but not at "2)" lines', () => {
    const text = [
      '# A',
      '- **One** <Br>',
      '[CVPR 2020] <Br>',
      '1) first note',
      '2) second note',
      '- **Two** <Br>',
      '[CVPR 2019] <Br>',
      '- [a link list item](https://example.com)',
      '- **Three** <Br>',
      '```',
      'code',
      '```',
      '- **Four** <Br>',
      '  indented continuation',
      '',
      '  after a blank, indented: still the entry',
      '',
      'free text',
      '# B',
    ].join('\n');
    const list = read(text);
    expect(entryTexts(list)).toEqual([
      '- **One** <Br>\n[CVPR 2020] <Br>\n1) first note\n2) second note',
      '- **Two** <Br>\n[CVPR 2019] <Br>',
      '- **Three** <Br>',
      '- **Four** <Br>\n  indented continuation\n\n  after a blank, indented: still the entry',
    ]);
    expect(sectionNamed(list, 'A').hasOtherContent).toBe(true);
  });

  it('keeps CRLF and lone CR line ends out of entries and detects the file line ending', () => {
    const crlf = read('# A\r\n- **One** <Br>\r\n[CVPR 2020] <Br>\r\n\r\n- **Two** <Br>\r\n');
    expect(crlf.eol).toBe('\r\n');
    expect(entryTexts(crlf)).toEqual(['- **One** <Br>\r\n[CVPR 2020] <Br>', '- **Two** <Br>']);
    const cr = read('# A\r- **One** <Br>\r\r- **Two** <Br>');
    expect(cr.eol).toBe('\r');
    expect(entryTexts(cr)).toEqual(['- **One** <Br>', '- **Two** <Br>']);
  });

  it('reads an empty file as one empty section before any heading', () => {
    const list = read('');
    expect(list.sections).toHaveLength(1);
    expect(list.sections[0]!.entries).toHaveLength(0);
  });

  it('records parents of nested headings', () => {
    const list = read('# Papers\n## Vision\n### Generation\n## Audio\n### Generation\n');
    expect(list.sections.map((s) => [...s.parents, s.heading?.text ?? ''].join('/'))).toEqual([
      '',
      'Papers',
      'Papers/Vision',
      'Papers/Vision/Generation',
      'Papers/Audio',
      'Papers/Audio/Generation',
    ]);
  });

  it('reads the text of headings with closing hashes and inline markup', () => {
    const list = read('## Milestone Papers ##\n# Awesome [![badge](https://x/y.svg)](https://x)\n');
    expect(list.sections.map((s) => s.heading?.text)).toEqual([
      undefined,
      'Milestone Papers',
      'Awesome [![badge](https://x/y.svg)](https://x)',
    ]);
    const md = remark.parse('## Milestone Papers ##\n') as Root;
    expect(toString(md.children[0])).toBe('Milestone Papers');
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

/** The offset where the 1-based line `line` of `text` ends (before its line ending). */
function lineEndOffset(text: string, line: number): number {
  const lines = text.split('\n');
  return lines.slice(0, line).join('\n').length;
}

/** The offset where the 1-based line `line` of `text` starts. */
function lineStartOffset(text: string, line: number): number {
  return lineEndOffset(text, line - 1) + (line > 1 ? 1 : 0);
}

describe('readListFile with empty headings', () => {
  it('takes a heading with no text for a spacer: it opens no section (hoya012/deep_learning_object_detection)', () => {
    const format = formatOf('- **{title}**, {venue}', { dateHeadings: true });
    const text = [
      '# Detection',
      '##',
      '## Performance table',
      '| A | B |',
      '|---|---|',
      '##',
      '## 2014',
      '- **R-CNN**, CVPR 2014',
      '##',
      '## 2015',
      '- **Fast R-CNN**, ICCV 2015',
      '',
    ].join('\n');
    const list = readListFile('README.md', text, readOptions(format));
    expect(list.sections.map((s) => s.heading?.text)).toEqual([
      undefined,
      'Detection',
      'Performance table',
      'Detection',
    ]);
    expect(sectionNamed(list, 'Detection').entries).toHaveLength(0);
    const papers = list.sections[3]!;
    expect(papers.entries.map((e) => e.line)).toEqual([8, 11]);
    expect(papers.groups.map((g) => g.heading.text)).toEqual(['2014', '2015']);
  });
});

describe('readListFile with date headings under a table of contents', () => {
  it('puts the date groups in the section above the table of contents (he-y/Awesome-Pruning)', () => {
    const format = formatOf('- **{title}**, {venue}', { dateHeadings: true });
    const text = [
      '# Awesome Pruning',
      '## Table of Contents',
      '- [2023](#2023)',
      '### 2023',
      '- **A**, CVPR 2023',
      '### 2022',
      '- **B**, ICML 2022',
      '',
    ].join('\n');
    const options = { ...readOptions(format), excludeSections: ['Table of Contents'] };
    const list = readListFile('README.md', text, options);
    const papers = list.sections.filter((s) => s.entries.length > 0);
    expect(papers.map((s) => s.heading?.text)).toEqual(['Awesome Pruning']);
    expect(papers[0]!.groups.map((g) => g.heading.text)).toEqual(['2023', '2022']);
    // Without the exclusion, they are the table of contents' (as before).
    const plain = readListFile('README.md', text, readOptions(format));
    expect(plain.sections.filter((s) => s.entries.length > 0).map((s) => s.heading?.text)).toEqual([
      'Table of Contents',
    ]);
  });
});

describe('readListFile with date headings', () => {
  const format = formatOf('- **{title}**, {venue}', { dateHeadings: true });
  const text = [
    '# Papers',
    '## Vision',
    '### 2020',
    '- **A**, CVPR 2020',
    '- **B**, ICCV 2020',
    '',
    '### 2019',
    '',
    '- **C**, CVPR 2019',
    '## 2018',
    '- **D**, CVPR 2018',
    '',
  ].join('\n');

  it('makes a year heading nested under a section heading a date group of that section', () => {
    const list = readListFile('README.md', text, readOptions(format));
    expect(list.sections.map((s) => s.heading?.text)).toEqual([
      undefined,
      'Papers',
      'Vision',
      'Papers',
    ]);
    const vision = sectionNamed(list, 'Vision');
    expect(vision.groups).toEqual([
      {
        heading: {
          level: 3,
          text: '2020',
          line: 3,
          start: lineStartOffset(text, 3),
          end: lineEndOffset(text, 3),
        },
        year: 2020,
        firstEntry: 0,
      },
      {
        heading: {
          level: 3,
          text: '2019',
          line: 7,
          start: lineStartOffset(text, 7),
          end: lineEndOffset(text, 7),
        },
        year: 2019,
        firstEntry: 2,
      },
    ]);
    expect(vision.entries.map((e) => text.slice(e.start, e.end))).toEqual([
      '- **A**, CVPR 2020',
      '- **B**, ICCV 2020',
      '- **C**, CVPR 2019',
    ]);
    expect(vision.hasOtherContent).toBe(true);
    expect(vision.contentEnd).toBe(lineEndOffset(text, 9));
    expect(vision.contentEndLine).toBe(9);
  });

  it('dates the entries of an entry-less parent by a date heading after a sibling topic', () => {
    // `## 2018` after `## Vision`: the entries are Papers', as they are under a `## 2018` before it.
    const list = readListFile('README.md', text, readOptions(format));
    const papers = list.sections[3]!;
    expect(papers.heading).toEqual({
      level: 1,
      text: 'Papers',
      line: 10,
      start: lineStartOffset(text, 10),
      end: lineStartOffset(text, 10),
    });
    expect(papers.parents).toEqual([]);
    expect(papers.groups.map((g) => [g.heading.text, g.year, g.firstEntry])).toEqual([
      ['2018', 2018, 0],
    ]);
    expect(papers.entries.map((e) => text.slice(e.start, e.end))).toEqual(['- **D**, CVPR 2018']);
    expect(list.sections[1]!.entries).toEqual([]);
  });

  it('goes on with the parent after a sibling topic, and keeps the topic a section', () => {
    const nested = [
      '## Computer Vision',
      '### Image Representation Learning',
      '#### Benchmark code',
      '- **Bench**, arXiv 2019',
      '#### 2015',
      '- **A**, ICCV 2015',
      '#### 2016',
      '- **B**, CVPR 2016',
      '### Video',
      '- **C**, CVPR 2017',
      '',
    ].join('\n');
    const list = readListFile('README.md', nested, readOptions(format));
    const shown = list.sections.map((s) => [
      [...s.parents, s.heading?.text ?? ''].join('/'),
      s.groups.map((g) => g.year).join(),
      s.entries.length,
    ]);
    expect(shown).toEqual([
      ['', '', 0],
      ['Computer Vision', '', 0],
      ['Computer Vision/Image Representation Learning', '', 0],
      ['Computer Vision/Image Representation Learning/Benchmark code', '', 1],
      ['Computer Vision/Image Representation Learning', '2015,2016', 2],
      ['Computer Vision/Video', '', 1],
    ]);
  });

  it('opens a section for a date heading after a sibling when the parent holds entries', () => {
    const own = [
      '# Papers',
      '- **P**, CVPR 2017',
      '## Vision',
      '- **V**, CVPR 2019',
      '## 2018',
      '- **D**, CVPR 2018',
      '',
    ];
    const list = readListFile('README.md', own.join('\n'), readOptions(format));
    expect(list.sections.map((s) => [s.heading?.text, s.groups.length, s.entries.length])).toEqual([
      [undefined, 0, 0],
      ['Papers', 0, 1],
      ['Vision', 0, 1],
      ['2018', 0, 1],
    ]);
  });

  it('reads every date heading as a section without the option', () => {
    const plain = formatOf('- **{title}**, {venue}');
    const list = readListFile('README.md', text, readOptions(plain));
    expect(list.sections.map((s) => [...s.parents, s.heading?.text ?? ''].join('/'))).toEqual([
      '',
      'Papers',
      'Papers/Vision',
      'Papers/Vision/2020',
      'Papers/Vision/2019',
      'Papers/2018',
    ]);
    expect(list.sections.every((s) => s.groups.length === 0)).toBe(true);
    expect(sectionNamed(list, '2020').entries).toHaveLength(2);
    expect(sectionNamed(list, 'Vision').entries).toEqual([]);
  });

  it('records a month, and keeps headings that are not dates as sections', () => {
    const monthly = [
      '# Papers',
      '## 2024-05',
      '- **A**, arXiv 2405',
      '## Detection',
      '### May 2024',
      '- **B**, arXiv 2405',
      '',
    ].join('\n');
    const list = readListFile('README.md', monthly, readOptions(format));
    expect(list.sections.map((s) => s.heading?.text)).toEqual([undefined, 'Papers', 'Detection']);
    expect(
      list.sections.map((s) =>
        s.groups.map((g) => [g.heading.text, g.year, g.month, g.firstEntry]),
      ),
    ).toEqual([[], [['2024-05', 2024, 5, 0]], [['May 2024', 2024, 5, 0]]]);
    expect(entryTexts(list)).toEqual(['- **A**, arXiv 2405', '- **B**, arXiv 2405']);
  });

  it('makes a date heading before any other heading a group of the part before it', () => {
    const top = '## 2021\n- **Z**, ICCV 2021\n## Other\n';
    const list = readListFile('README.md', top, readOptions(format));
    expect(list.sections.map((s) => s.heading?.text)).toEqual([undefined, 'Other']);
    expect(list.sections[0]!.groups.map((g) => [g.heading.text, g.year, g.firstEntry])).toEqual([
      ['2021', 2021, 0],
    ]);
    expect(list.sections[0]!.entries).toHaveLength(1);
  });
});

describe('readListFile with table rows', () => {
  const format = formatOf('| {title} | {venue} |');
  const text = [
    '# Models',
    '',
    '| Title | Venue |',
    '| --- | --- |',
    '| A | CVPR 2020 |',
    '| B | ICCV 2019 |',
    'not a row',
    '',
    '|Name|Paper|',
    '|:-|-:|',
    '',
    '# Empty',
    '',
  ].join('\n');

  it('reads each row as one entry, not the header and delimiter rows', () => {
    expect(format.tableRows).toBe(true);
    const list = readListFile('README.md', text, readOptions(format));
    const models = sectionNamed(list, 'Models');
    expect(models.entries.map((e) => [text.slice(e.start, e.end), e.line, e.lastLine])).toEqual([
      ['| A | CVPR 2020 |', 5, 5],
      ['| B | ICCV 2019 |', 6, 6],
    ]);
    expect(models.hasOtherContent).toBe(true);
    expect(sectionNamed(list, 'Empty').entries).toEqual([]);
    expect(sectionNamed(list, 'Empty').tables).toEqual([]);
  });

  it('records each table head with its cells, spacing, lines and first row', () => {
    const list = readListFile('README.md', text, readOptions(format));
    expect(sectionNamed(list, 'Models').tables).toEqual([
      {
        cells: ['Title', 'Venue'],
        compact: false,
        line: 3,
        delimiterEnd: lineEndOffset(text, 4),
        delimiterLine: 4,
        firstEntry: 0,
      },
      {
        cells: ['Name', 'Paper'],
        compact: true,
        line: 9,
        delimiterEnd: lineEndOffset(text, 10),
        delimiterLine: 10,
        firstEntry: 2,
      },
    ]);
    // An empty table's rows go after its delimiter row: the section's content ends there.
    expect(sectionNamed(list, 'Models').contentEnd).toBe(lineEndOffset(text, 10));
  });

  it('reads rows separated by a blank line as entries, and a table in a list format as none', () => {
    const spaced = '# T\n| Title | Venue |\n|---|---|\n| A | CVPR 2020 |\n\n| B | CVPR 2019 |\n';
    const list = readListFile('README.md', spaced, readOptions(format));
    expect(entryTexts(list)).toEqual(['| A | CVPR 2020 |', '| B | CVPR 2019 |']);
    const plain = readListFile('README.md', text, readOptions(formatOf('- **{title}**, {venue}')));
    expect(plain.sections.map((s) => [s.entries.length, s.tables.length])).toEqual([
      [0, 0],
      [0, 0],
      [0, 0],
    ]);
  });
});

describe('readListFile with indented entries', () => {
  it('starts entries indented up to three spaces, keeping lines indented to their content', () => {
    const format = formatOf('* "{title}", {venue}');
    const text = [
      '# P',
      ' * "A", CVPR 2020',
      '   notes',
      '',
      '   after a blank, indented to the content',
      '   * "Nested", CVPR 2001',
      ' * "B", CVPR 2019',
      '  lazy continuation',
      '',
      '  after a blank, indented less than the content',
      '   * "C", ICCV 2018',
      '',
    ].join('\n');
    const list = readListFile('README.md', text, readOptions(format));
    expect(
      sectionNamed(list, 'P').entries.map((e) => [text.slice(e.start, e.end), e.line, e.lastLine]),
    ).toEqual([
      [
        ' * "A", CVPR 2020\n   notes\n\n   after a blank, indented to the content\n   * "Nested", CVPR 2001',
        2,
        6,
      ],
      [' * "B", CVPR 2019\n  lazy continuation', 7, 8],
      ['   * "C", ICCV 2018', 11, 11],
    ]);
    expect(sectionNamed(list, 'P').hasOtherContent).toBe(true);
  });

  it('does not start an entry indented four spaces (indented code)', () => {
    const format = formatOf('- **{title}** <Br>\n{venue}');
    const text = '# P\n   - **A** <Br>\n     CVPR 2020\n\n     after\n# Q\n\n    - **Code** <Br>\n';
    const list = readListFile('README.md', text, readOptions(format));
    expect(sectionNamed(list, 'P').entries.map((e) => text.slice(e.start, e.end))).toEqual([
      '   - **A** <Br>\n     CVPR 2020\n\n     after',
    ]);
    expect(sectionNamed(list, 'Q').entries).toEqual([]);
  });
});

describe('readListFile with HTML headings', () => {
  it('opens a section at an HTML heading on a line of its own, at its level', () => {
    const file = read(
      [
        '# Papers',
        '',
        '<h2 id="technique">Technique</h2>',
        '',
        '- **A** <Br>',
        '[CVPR 2020] <Br>',
        '',
        '<h3 id="llm">Reasoning in <i>Large</i> Models</h3>',
        '',
        '- **B** <Br>',
        '[CVPR 2021] <Br>',
        '',
        '<p align="center">not a heading</p>',
      ].join('\n'),
    );
    const headings = file.sections.flatMap((s) =>
      s.heading ? [{ level: s.heading.level, text: s.heading.text, parents: s.parents }] : [],
    );
    expect(headings).toEqual([
      { level: 1, text: 'Papers', parents: [] },
      { level: 2, text: 'Technique', parents: ['Papers'] },
      { level: 3, text: 'Reasoning in Large Models', parents: ['Papers', 'Technique'] },
    ]);
    expect(file.sections.map((s) => s.entries.length)).toEqual([0, 0, 1, 1]);
  });
});

describe('readListFile with <details> groups', () => {
  it('makes a <details> block holding entries a section named by its summary, with groups on', () => {
    const groups = { startsEntry: DEFAULT_FORMAT.reader.startsEntry, groupBullets: true };
    const file = readListFile(
      'README.md',
      [
        '# Papers',
        '',
        '<details><summary>Survey</summary>',
        '',
        '- **A** <Br>',
        '[CVPR 2020] <Br>',
        '',
        '</details>',
        '',
        '<details>',
        '<summary>Empty</summary>',
        '</details>',
        '',
        '<details><summary><b>Detection</b></summary>',
        '',
        '- **B** <Br>',
        '[CVPR 2021] <Br>',
        '',
        '</details>',
      ].join('\n'),
      groups,
    );
    expect(
      file.sections.flatMap((s) => (s.heading ? [[s.heading.text, s.entries.length]] : [])),
    ).toEqual([
      ['Papers', 0],
      ['Survey', 1],
      ['Detection', 1],
    ]);
    expect(sectionNamed(file, 'Survey').parents).toEqual(['Papers']);
  });
});

describe('readListFile with entries that are headings', () => {
  // As MaximeVandegar/Papers-in-100-Lines-of-Code writes them.
  const format = formatOf('##### [{title}]\n- {title} [[arXiv]]({paper})\n- *{authors}*');
  const text = [
    '# Papers in 100 Lines of Code',
    '## Implemented papers',
    '',
    '##### [Maxout Networks]',
    '- Maxout Networks [[arXiv]](https://arxiv.org/abs/1302.4389)',
    '- *Ian J. Goodfellow, Yoshua Bengio*',
    '',
    '##### [Network In Network]',
    '',
    '- Network In Network [[arXiv]](https://arxiv.org/abs/1312.4400)',
    '- *Min Lin, Shuicheng Yan*',
    '',
    '##### Not one of them',
    'Free text.',
    '## Contributing',
    '- Open a pull request.',
    '',
  ].join('\n');

  it('reads each heading and the lines under it, to the next heading, as one entry', () => {
    expect(format.headingEntries).toBe(5);
    const list = readListFile('README.md', text, readOptions(format));
    const entries = sectionNamed(list, 'Implemented papers').entries;
    expect(entries.map((e) => text.slice(e.start, e.end))).toEqual([
      '##### [Maxout Networks]\n- Maxout Networks [[arXiv]](https://arxiv.org/abs/1302.4389)\n- *Ian J. Goodfellow, Yoshua Bengio*',
      '##### [Network In Network]\n\n- Network In Network [[arXiv]](https://arxiv.org/abs/1312.4400)\n- *Min Lin, Shuicheng Yan*',
    ]);
    expect(entries.map((e) => [e.line, e.lastLine])).toEqual([
      [4, 6],
      [8, 11],
    ]);
  });

  it('keeps headings that do not start an entry as sections, holding no entries', () => {
    const list = readListFile('README.md', text, readOptions(format));
    expect(list.sections.map((s) => [s.heading?.text, s.entries.length])).toEqual([
      [undefined, 0],
      ['Papers in 100 Lines of Code', 0],
      ['Implemented papers', 2],
      ['Not one of them', 0],
      ['Contributing', 0],
    ]);
  });
});
