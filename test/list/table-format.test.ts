import { describe, expect, it } from 'vitest';
import { makeEntryReader } from '../../src/list/entry-reader.js';
import { listFormatOf, readOptions } from '../../src/list/list-format.js';
import { readListFile } from '../../src/list/read-list-file.js';
import { columnKey, splitCells } from '../../src/list/table-cells.js';
import {
  alignedRow,
  headKey,
  makeTableReader,
  rowTemplateSource,
  tableHeads,
} from '../../src/list/table-format.js';
import { mustParseEntryTemplate } from '../../src/paper/entry-template.js';
import { sectionNamed } from '../support/list-helpers.js';

describe('splitCells', () => {
  it.each([
    ['| a | b |', [' a ', ' b ']],
    ['|a|b|', ['a', 'b']],
    ['a | b', ['a ', ' b']],
    ['  | a | b |  ', [' a ', ' b ']],
    ['| a |  |', [' a ', '  ']],
    ['| a \\| b | c |', [' a \\| b ', ' c ']],
    ['| a | b \\|', [' a ', ' b \\|']],
    ['| `x | y` | z |', [' `x | y` ', ' z ']],
    ['| a | `b` | `c|d` |', [' a ', ' `b` ', ' `c|d` ']],
  ])('splits %j', (row, cells) => {
    expect(splitCells(row)).toEqual(cells);
  });
});

describe('columnKey', () => {
  it.each([
    ['**Paper Title**', 'paper title'],
    ['  Paper   Title ', 'paper title'],
    ['`Code`', 'code'],
    ['_Venue_', 'venue'],
    ['Year', 'year'],
  ])('names %j as %j', (cell, key) => {
    expect(columnKey(cell)).toBe(key);
  });
});

describe('rowTemplateSource', () => {
  const columns = new Map([
    ['title', '{title}'],
    ['paper', '[{title}]({paper})'],
    ['venue', '{venue}'],
    ['year', '{year}'],
    ['code', '{links}'],
  ]);

  it('writes each column’s cell, spaced or compact as the head is', () => {
    const cells = ['Title', '**Venue**', 'Code'];
    expect(rowTemplateSource({ cells, compact: false }, columns)).toBe(
      '| {title} | {venue} | {links} |',
    );
    expect(rowTemplateSource({ cells, compact: true }, columns)).toBe('|{title}|{venue}|{links}|');
  });

  it('writes a value placed by two columns only in the first, and unmapped columns empty', () => {
    const head = { cells: ['Paper', 'Title', 'Notes', 'Year'], compact: false };
    expect(rowTemplateSource(head, columns)).toBe('| [{title}]({paper}) |  |  | {year} |');
  });

  it('writes the marker a column shows without a value where another column placed it', () => {
    // BradyFU: a Demo column of links or `-` beside the Code column that places the links.
    const demo = new Map([...columns, ['demo', '{[{links}]|-}']]);
    const head = { cells: ['Title', 'Code', 'Demo'], compact: false };
    expect(rowTemplateSource(head, demo)).toBe('| {title} | {links} | - |');
  });

  it('writes the paper link again in a column of badges linking the paper', () => {
    const badges = new Map([
      ['title', '[{title}]({paper})'],
      ['arxiv', '{[[![arXiv](https://img.shields.io/badge/arXiv-b31b1b.svg)]({paper})]|-}'],
      ['link', '{[[Link]({paper})]}'],
    ]);
    const head = { cells: ['Title', 'arXiv', 'Link'], compact: false };
    expect(rowTemplateSource(head, badges)).toBe(
      '| [{title}]({paper}) | {[[![arXiv](https://img.shields.io/badge/arXiv-b31b1b.svg)]({paper})]|-} |  |',
    );
  });

  it('is undefined without a column for the title', () => {
    expect(
      rowTemplateSource({ cells: ['Venue', 'Year'], compact: false }, columns),
    ).toBeUndefined();
    expect(rowTemplateSource({ cells: [], compact: true }, columns)).toBeUndefined();
  });
  it('lets the title’s cell place its values first where the cells before it would leave it empty', () => {
    // xlite-dev/Awesome-LLM-Inference: `| 2026.03 | 🔥[**OneComp**] OneComp: … | [[pdf]](url) |`.
    const dated = new Map([
      ['date', '{notes}'],
      ['title', '🔥[**{notes}**] {title}'],
      ['paper', '[[pdf]]({paper})'],
    ]);
    expect(rowTemplateSource({ cells: ['Date', 'Title', 'Paper'], compact: true }, dated)).toBe(
      '||🔥[**{notes}**] {title}|[[pdf]]({paper})|',
    );
    // From left to right where that keeps the title: a venue column before a title cell whose
    // venue is optional keeps the venue (Jason-cs18/awesome-avatar).
    const venued = new Map([
      ['conference', '{[{venue}]}'],
      ['paper', '[{title}]({paper}){[, {notes}, {venue}]}'],
    ]);
    expect(rowTemplateSource({ cells: ['Conference', 'Paper'], compact: true }, venued)).toBe(
      '|{[{venue}]}|[{title}]({paper})|',
    );
  });

  it('places the links of a label in their own column, and leaves out an optional part of a value placed already', () => {
    const linked = new Map([
      ['title', '[{title}]({paper})'],
      ['date', '{notes}'],
      ['code', '{links}'],
      ['data', '{links:Data}{[ <br> {notes}]}'],
    ]);
    expect(
      rowTemplateSource({ cells: ['Title', 'Date', 'Code', 'Data'], compact: false }, linked),
    ).toBe('| [{title}]({paper}) | {notes} | {links} | {links:Data} |');
    // Also one holding a value of its own beside it (Jason-cs18/awesome-avatar's Codebase column).
    const starred = new Map([
      ...linked,
      ['codebase', '{links}{[![stars](https://img.shields.io/github/stars/{repo}.svg){notes}]}'],
    ]);
    expect(
      rowTemplateSource({ cells: ['Title', 'Date', 'Codebase'], compact: true }, starred),
    ).toBe('|[{title}]({paper})|{notes}|{links}|');
    // With nothing else of its own, the cell is left empty as before.
    const notesOnly = new Map([...linked, ['data', '{[{notes}]}']]);
    expect(rowTemplateSource({ cells: ['Title', 'Date', 'Data'], compact: false }, notesOnly)).toBe(
      '| [{title}]({paper}) | {notes} |  |',
    );
  });
});

describe('tableHeads', () => {
  it('finds the distinct heads of the texts in order of appearance', () => {
    const first = [
      '# A',
      '',
      '| Title | Venue |',
      '| --- | --- |',
      '| a | b |',
      '',
      '|Paper|Year|',
      '|:-:|--|',
      '',
      '| Title | Venue |',
      '|---|---|',
      '',
      'not | a table',
      '',
      '| only a row |',
      '',
      '   | Indented | Head |',
      '   | --- | --- |',
    ].join('\n');
    const second = '| **Title** | Venue |\n|-|-|\n\n|Title|Venue|\n|-|-|\n';
    expect(tableHeads([first, second])).toEqual([
      { cells: ['Title', 'Venue'], compact: false },
      { cells: ['Paper', 'Year'], compact: true },
      { cells: ['Indented', 'Head'], compact: false },
      { cells: ['Title', 'Venue'], compact: true },
    ]);
    expect(tableHeads(['no tables here', ''])).toEqual([]);
  });

  it('takes the row above a delimiter row, with CRLF too, and never a delimiter row as a head', () => {
    expect(tableHeads(['| a | b |\r\n| --- | --- |\r\n| 1 | 2 |\r\n'])).toEqual([
      { cells: ['a', 'b'], compact: false },
    ]);
    expect(tableHeads(['|a|\n|---|\n|---|\n'])).toEqual([{ cells: ['a'], compact: true }]);
    expect(tableHeads(['text\n| --- |\n', '| --- |\n'])).toEqual([]);
  });

  it('keys heads by spacing and column names', () => {
    expect(headKey({ cells: ['**Title**', 'Venue'], compact: false })).toBe('false|title|venue');
    expect(headKey({ cells: ['Title', 'Venue'], compact: true })).toBe('true|title|venue');
  });
});

describe('makeTableReader', () => {
  const byVenue = makeEntryReader(mustParseEntryTemplate('| {title} | {venue} |'));
  const byYear = makeEntryReader(
    mustParseEntryTemplate('|[{title}]({paper})|{year}|{links}|', ' <Br>', {
      item: '[{label}]({url})',
      separator: ' ',
    }),
  );
  const reader = makeTableReader([byVenue, byYear]);

  it('reads each row with the first row template it matches whole', () => {
    const first = '| Attention | NeurIPS 2017 |';
    expect(reader.fields(first)).toEqual({ title: 'Attention', venue: 'NeurIPS 2017' });
    expect(reader.title(first)).toBe('Attention');
    expect(reader.date(first)).toEqual({ year: 2017 });
    expect(reader.venue(first)).toBe('NeurIPS 2017');
    const second =
      '|[BERT](https://arxiv.org/abs/1810.04805)|2019|[code](https://github.com/google-research/bert)|';
    expect(reader.fields(second)).toEqual({
      title: 'BERT',
      paper: 'https://arxiv.org/abs/1810.04805',
      year: '2019',
      links: '[code](https://github.com/google-research/bert)',
    });
    expect(reader.title(second)).toBe('BERT');
    expect(reader.date(second)).toEqual({ year: 2019 });
    expect(reader.links(second)).toEqual([
      { label: 'BERT', url: 'https://arxiv.org/abs/1810.04805' },
      { label: 'code', url: 'https://github.com/google-research/bert' },
    ]);
  });

  it('reads a row with the template of its own width first, not as a short row of a wider one', () => {
    // rguo12/awesome-causality-algorithms: `| Name | Paper | Code |` tables beside `| Paper | Code |`.
    const links = { item: '[{label}]({url})', separator: ' ' };
    const row3 = '|{[{abbreviation}]}|[{title}]({paper})|{[{links}]|NA}|';
    const named = makeEntryReader(mustParseEntryTemplate(row3, ' <Br>', links), {
      tableHead: { cells: ['Name', 'Paper', 'Code'], compact: true },
    });
    const row2 = '|[{title}]({paper})|{[{links}]|NA}|';
    const bare = makeEntryReader(mustParseEntryTemplate(row2, ' <Br>', links), {
      tableHead: { cells: ['Paper', 'Code'], compact: true },
    });
    const rows = makeTableReader([named, bare], [3, 2]);
    const row =
      '|[Counterfactual fairness](https://papers.nips.cc/6995)|[Python](https://github.com/m/c)|';
    expect(rows.title(row)).toBe('Counterfactual fairness');
    // A row of the wider table with no paper shows no title: its Code cell's link is none.
    expect(rows.title('|Uber CausalML|NA|[Python](https://github.com/uber/causalml)|')).toBe(
      undefined,
    );
  });

  it('reads a row that no template reads whole with the first that finds its title', () => {
    // BradyFU: papers' rows bold their linked title, datasets' rows name the dataset first.
    const papers = makeEntryReader(mustParseEntryTemplate('| [**{title}**]({paper}) | {venue} |'));
    const datasets = makeEntryReader(
      mustParseEntryTemplate('| **{abbreviation}** | [{title}]({paper}) | {notes} |'),
    );
    const both = makeTableReader([papers, datasets]);
    const row =
      '| **COYO** | [COYO-700M: Image-Text Pairs](https://github.com/kakaobrain/coyo) | Caption | Image-Text |';
    expect(both.fields(row)).toBeUndefined();
    expect(both.title(row)).toBe('COYO-700M: Image-Text Pairs');
    expect(both.name(row)).toBe('COYO');
  });

  it('starts entries at rows only', () => {
    expect(reader.startsEntry('| a |')).toBe(true);
    expect(reader.startsEntry('   |a|')).toBe(true);
    expect(reader.startsEntry('no pipe')).toBe(false);
    expect(reader.startsEntry('- | a |')).toBe(false);
  });

  it('reads the rows of tables with different heads in one file', () => {
    const heads = [
      { cells: ['Title', 'Venue'], compact: false },
      { cells: ['Paper', 'Year', 'Code'], compact: true },
    ];
    const format = listFormatOf({
      template: '| {title} | {venue} |',
      lineBreak: ' <Br>',
      links: { item: '[{label}]({url})', separator: ' ' },
      dateHeadings: false,
      order: 'newest-first',
      sectionOrders: {},
      excludeSections: [],
      columns: {
        Title: '{title}',
        Venue: '{venue}',
        Paper: '[{title}]({paper})',
        Year: '{year}',
        Code: '{links}',
      },
      heads,
    });
    const text = [
      '# 2017',
      '| Title | Venue |',
      '| --- | --- |',
      '| Attention | NeurIPS 2017 |',
      '# 2019',
      '|Paper|Year|Code|',
      '|-|-|-|',
      '|[BERT](https://arxiv.org/abs/1810.04805)|2019|[code](https://github.com/g/bert)|',
      '# None',
      '',
    ].join('\n');
    const file = readListFile('README.md', text, readOptions(format));
    const rows = file.sections.flatMap((s) =>
      s.entries.map((e) => {
        const row = text.slice(e.start, e.end);
        return [format.reader.title(row), format.reader.date(row)?.year];
      }),
    );
    expect(rows).toEqual([
      ['Attention', 2017],
      ['BERT', 2019],
    ]);
    expect(format.templateFor(sectionNamed(file, '2017'))?.source).toBe('| {title} | {venue} |');
    expect(format.templateFor(sectionNamed(file, '2019'))?.source).toBe(
      '|[{title}]({paper})|{year}|{links}|',
    );
    expect(format.templateFor(sectionNamed(file, 'None'))).toBeUndefined();
  });
});

describe('alignedRow', () => {
  const aligned = [
    '# Models',
    '',
    '| Model    | Venue     | Year |',
    '| -------- | --------- | ---- |',
    '| [A](u)   | CVPR      | 2020 |',
    '| [B](v)   | NeurIPS   | 2019 |',
    '',
  ].join('\n');
  const options = { startsEntry: (l: string) => /^\|/.test(l), tableRows: true };

  it('pads each cell of a new row to its column in an aligned table', () => {
    const file = readListFile('README.md', aligned, options);
    const section = file.sections.find((s) => s.heading?.text === 'Models')!;
    expect(alignedRow('| [C](w) | ICLR | 2021 |', file, section)).toBe(
      '| [C](w)   | ICLR      | 2021 |',
    );
  });

  it('leaves the row as it is when a cell is wider than its column, or the table is not aligned', () => {
    const file = readListFile('README.md', aligned, options);
    const section = file.sections.find((s) => s.heading?.text === 'Models')!;
    const wide = '| [A much longer title](w) | ICLR | 2021 |';
    expect(alignedRow(wide, file, section)).toBe(wide);
    const ragged = readListFile(
      'README.md',
      aligned.replace('| [B](v)   |', '| [B](v) |'),
      options,
    );
    const raggedSection = ragged.sections.find((s) => s.heading?.text === 'Models')!;
    expect(alignedRow('| [C](w) | ICLR | 2021 |', ragged, raggedSection)).toBe(
      '| [C](w) | ICLR | 2021 |',
    );
  });
});

describe('table heads on hostile lines', () => {
  it('tell a long run of blanks around dashes and pipes from a delimiter row at once', () => {
    // The delimiter pattern once took cubic time on such a line (recheck's attack, longer).
    const tabs = '\t'.repeat(20_000);
    const line = `${tabs}-|-\t${tabs}\t-|x`;
    expect(tableHeads([`| a | b |\n${line}\n| 1 | 2 |\n`])).toEqual([]);
    expect(tableHeads([`| a | b |\n|${tabs}---${tabs}|${tabs}:---:${tabs}|\n`])).toHaveLength(1);
  });
});
