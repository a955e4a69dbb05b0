import { describe, expect, it } from 'vitest';
import { insertEntry } from '../../src/list/insert-entry.js';
import { listFormatOf, readOptions, type ListFormat } from '../../src/list/list-format.js';
import type { ListOrder } from '../../src/list/list-order.js';
import { comparePreprints, isPreprintVenue, type PreprintOrder } from '../../src/list/preprints.js';
import { readListFile } from '../../src/list/read-list-file.js';
import { sortListFile } from '../../src/list/sort-list-file.js';
import { DEFAULT_LINK_FORMAT } from '../../src/paper/entry-template.js';
import { parseVenueDate } from '../../src/paper/parse-venue-date.js';
import { sectionNamed } from '../support/list-helpers.js';

describe('isPreprintVenue', () => {
  it('holds for venues naming a preprint server', () => {
    for (const venue of ['arXiv 2310', 'arxiv', 'ArXiv preprint', 'Preprint', 'CoRR', 'bioRxiv'])
      expect(isPreprintVenue(venue), venue).toBe(true);
    expect(isPreprintVenue('arXiv 2017 (IEEE Access, 2019)')).toBe(true);
  });

  it('fails for published venues and for no venue', () => {
    for (const venue of ['ICLR 2024', "ICLR'24", 'IEEE Intelligent Systems 2023', 'OpenReview'])
      expect(isPreprintVenue(venue), venue).toBe(false);
    expect(isPreprintVenue(undefined)).toBe(false);
  });
});

describe('comparePreprints', () => {
  it('puts a preprint after a published paper as the rule says', () => {
    expect(comparePreprints('last', true, false, false)).toBe(1);
    expect(comparePreprints('last', false, true, false)).toBe(-1);
    expect(comparePreprints('last-of-their-date', true, false, true)).toBe(1);
    expect(comparePreprints('last-of-their-date', true, false, false)).toBe(0);
    expect(comparePreprints('mixed', true, false, true)).toBe(0);
    expect(comparePreprints('last', true, true, true)).toBe(0);
  });
});

const lines = (...all: string[]) => `${all.join('\n')}\n`;

function formatWith(preprints: PreprintOrder, order: ListOrder): ListFormat {
  return listFormatOf({
    template: '- (*{venue}*) {title}',
    lineBreak: ' <Br>',
    links: DEFAULT_LINK_FORMAT,
    dateHeadings: false,
    order,
    sectionOrders: {},
    excludeSections: [],
    byMonth: true,
    preprints,
  });
}

/** Where `- (*venue*) New` goes in `text` under the rule. */
function placed(text: string, venue: string, preprints: PreprintOrder, order: ListOrder): string {
  const format = formatWith(preprints, order);
  const file = readListFile('README.md', text, readOptions(format));
  const entry = `- (*${venue}*) New`;
  return insertEntry({
    file,
    section: sectionNamed(file, 'Papers'),
    entry,
    date: parseVenueDate(venue),
    name: 'New',
    order,
    reader: format.reader,
    byMonth: true,
    preprints,
    preprint: isPreprintVenue(venue),
  }).text;
}

describe('insertEntry where a list puts preprints last', () => {
  // Published papers oldest first, then preprints oldest first (a real graph-LLM list's way).
  const apart = lines(
    '# Papers',
    "- (*AAAI'22*) A",
    "- (*SIGIR'23*) B",
    '- (*arXiv 2304*) C',
    '- (*arXiv 2310*) D',
  );

  it('puts a published paper before every preprint (`last`)', () => {
    expect(placed(apart, "ICLR'24", 'last', 'oldest-first')).toBe(
      apart.replace('- (*arXiv 2304*)', "- (*ICLR'24*) New\n- (*arXiv 2304*)"),
    );
    // By its date alone, it would go last.
    expect(placed(apart, "ICLR'24", 'mixed', 'oldest-first')).toBe(`${apart}- (*ICLR'24*) New\n`);
  });

  it('puts a preprint among the preprints by its date (`last`)', () => {
    expect(placed(apart, 'arXiv 2306', 'last', 'oldest-first')).toBe(
      apart.replace('- (*arXiv 2310*)', '- (*arXiv 2306*) New\n- (*arXiv 2310*)'),
    );
  });

  // Newest year first, a year's published papers before its preprints (a backdoor-learning list).
  const inYear = lines(
    '# Papers',
    '- (*CVPR 2021*) A',
    '- (*arXiv 2021*) B',
    '- (*ICCV 2020*) C',
    '- (*arXiv 2020*) D',
  );

  it('puts a preprint after the published papers of its year (`last-of-their-date`)', () => {
    expect(placed(inYear, 'arXiv 2020', 'last-of-their-date', 'newest-first')).toBe(
      inYear.replace('- (*arXiv 2020*) D', '- (*arXiv 2020*) New\n- (*arXiv 2020*) D'),
    );
    // Without the rule, at the top of its year.
    expect(placed(inYear, 'arXiv 2020', 'mixed', 'newest-first')).toBe(
      inYear.replace('- (*ICCV 2020*)', '- (*arXiv 2020*) New\n- (*ICCV 2020*)'),
    );
  });

  it('puts a published paper at the top of its year either way', () => {
    expect(placed(inYear, 'ECCV 2020', 'last-of-their-date', 'newest-first')).toBe(
      inYear.replace('- (*ICCV 2020*)', '- (*ECCV 2020*) New\n- (*ICCV 2020*)'),
    );
  });

  it('puts a published paper before the preprints of its year, oldest first', () => {
    const oldest = lines(
      '# Papers',
      '- (*ICCV 2020*) C',
      '- (*arXiv 2020*) D',
      '- (*CVPR 2021*) A',
    );
    expect(placed(oldest, 'ECCV 2020', 'last-of-their-date', 'oldest-first')).toBe(
      oldest.replace('- (*arXiv 2020*)', '- (*ECCV 2020*) New\n- (*arXiv 2020*)'),
    );
  });
});

describe('sortListFile where a list puts preprints last', () => {
  const sort = (text: string, preprints: PreprintOrder) => {
    const format = formatWith(preprints, 'oldest-first');
    const file = readListFile('README.md', text, readOptions(format));
    return sortListFile(file, format.reader, 'oldest-first', {
      byMonth: true,
      preprints,
    }).text;
  };

  it('keeps a list sorted that way as it is, and sorts preprints after the papers', () => {
    const sorted = lines('# Papers', "- (*ICLR'24*) A", '- (*arXiv 2304*) B', '- (*arXiv 2310*) C');
    expect(sort(sorted, 'last')).toBe(sorted);
    // By dates alone, the 2024 paper would go last.
    expect(sort(sorted, 'mixed')).not.toBe(sorted);
    const unsorted = lines(
      '# Papers',
      '- (*arXiv 2310*) C',
      "- (*ICLR'24*) A",
      '- (*arXiv 2304*) B',
    );
    expect(sort(unsorted, 'last')).toBe(sorted);
  });

  it('does not impose `last-of-their-date`: entries of one date keep their order', () => {
    const text = lines('# Papers', '- (*arXiv 2020*) D', '- (*ICCV 2020*) C');
    expect(sort(text, 'last-of-their-date')).toBe(text);
  });
});
