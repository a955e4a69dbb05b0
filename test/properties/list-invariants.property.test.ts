// Invariants of reading, inserting and sorting (SPEC 5, 6) over generated messy lists and over
// every corpus file. Runs: FUZZ_RUNS (default 200; `npm run fuzz` sets 10,000).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIST_ORDERS } from '../../src/list/list-order.js';
import { sortListFile } from '../../src/list/sort-list-file.js';
import { corpusFiles } from '../support/corpus.js';
import { DEFAULT_FORMAT, entryTexts, read } from '../support/list-helpers.js';
import { datedEntry, listArbitrary } from './list-arbitrary.js';
import {
  identityViolations,
  insertAndCheck,
  offeredSections,
  sortViolations,
  staysSortedViolations,
} from './list-checks.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
/** Generous per-test time: a few ms a run, never below vitest's default. */
const TIMEOUT = Math.max(20_000, RUNS * 10);
const { reader } = DEFAULT_FORMAT;

describe('generated lists', () => {
  it(
    'read back as exactly the generated entries and headings, and write back identically',
    () => {
      fc.assert(
        fc.property(listArbitrary, (list) => {
          const file = read(list.text);
          expect(identityViolations(file)).toEqual([]);
          expect(entryTexts(file)).toEqual(list.entries);
          expect(
            file.sections.flatMap((s) =>
              s.heading ? [{ level: s.heading.level, text: s.heading.text }] : [],
            ),
          ).toEqual(list.headings);
          expect(file.eol).toBe(list.text.includes('\n') ? list.eol : '\n');
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'an insert changes only the new block, in every order',
    () => {
      fc.assert(
        fc.property(
          listArbitrary,
          fc.nat(),
          datedEntry,
          fc.constantFrom(...LIST_ORDERS),
          (list, pick, entry, order) => {
            const file = read(list.text);
            const sections = offeredSections(file);
            fc.pre(sections.length > 0);
            const section = sections[pick % sections.length]!;
            expect(insertAndCheck(file, section, entry, order).violations).toEqual([]);
          },
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'sort is stable by year, idempotent, keeps every entry and the text between them',
    () => {
      fc.assert(
        fc.property(listArbitrary, (list) => {
          expect(sortViolations(read(list.text))).toEqual([]);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'inserting a dated entry into a sorted list keeps it sorted',
    () => {
      fc.assert(
        fc.property(listArbitrary, fc.nat(), datedEntry, (list, pick, entry) => {
          const sorted = read(sortListFile(read(list.text), reader, 'newest-first').text);
          const sections = offeredSections(sorted);
          fc.pre(sections.length > 0);
          const inserted = insertAndCheck(
            sorted,
            sections[pick % sections.length]!,
            entry,
            'newest-first',
          );
          expect(inserted.violations).toEqual([]);
          expect(staysSortedViolations(inserted.text, sorted.path)).toEqual([]);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});

describe('corpus files', () => {
  const files = corpusFiles().map((c) => ({ name: c.name, file: read(c.text, c.file) }));

  it('are all read', () => expect(files.length).toBeGreaterThan(10));

  for (const { name, file } of files) {
    it(`${name}: writes back identically and sorts soundly`, () => {
      expect(identityViolations(file)).toEqual([]);
      expect(sortViolations(file)).toEqual([]);
    });
  }

  const sortedFiles = files.map(({ file }) =>
    read(sortListFile(file, reader, 'newest-first').text, file.path),
  );

  it(
    'an insert into any offered section changes only the new block, in every order',
    () => {
      fc.assert(
        fc.property(
          fc.nat(),
          fc.nat(),
          datedEntry,
          fc.constantFrom(...LIST_ORDERS),
          (f, s, entry, order) => {
            const { file } = files[f % files.length]!;
            const sections = offeredSections(file);
            fc.pre(sections.length > 0);
            const section = sections[s % sections.length]!;
            expect(insertAndCheck(file, section, entry, order).violations).toEqual([]);
          },
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'inserting a dated entry into a sorted corpus file keeps it sorted',
    () => {
      fc.assert(
        fc.property(fc.nat(), fc.nat(), datedEntry, (f, s, entry) => {
          const sorted = sortedFiles[f % sortedFiles.length]!;
          const sections = offeredSections(sorted);
          fc.pre(sections.length > 0);
          const inserted = insertAndCheck(
            sorted,
            sections[s % sections.length]!,
            entry,
            'newest-first',
          );
          expect(inserted.violations).toEqual([]);
          expect(staysSortedViolations(inserted.text, sorted.path)).toEqual([]);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});
