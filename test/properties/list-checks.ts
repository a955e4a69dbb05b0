// Invariants of the list engine (SPEC 5 and 6) as checks that return what is wrong, so property
// tests and corpus tests share them and a failure lists every violation.
import { insertEntry } from '../../src/list/insert-entry.js';
import type { Entry, ListFile, Section } from '../../src/list/list-file.js';
import type { ListOrder } from '../../src/list/list-order.js';
import { sortListFile } from '../../src/list/sort-list-file.js';
import { namePaperList } from '../../src/list/paper-list.js';
import {
  addedLines,
  DEFAULT_FORMAT,
  entryTexts,
  isEntryWithSeparator,
  read,
} from '../support/list-helpers.js';

const { reader } = DEFAULT_FORMAT;

function entriesOf(file: ListFile): Entry[] {
  return file.sections.flatMap((s) => s.entries);
}

function slice(file: ListFile, e: Entry): string {
  return file.text.slice(e.start, e.end);
}

const isLineEnd = (c: string | undefined) => c === '\n' || c === '\r';

/**
 * Read/write identity: entries are whole lines, in order, not overlapping, each starting an entry
 * and ending on a non-blank line; the text between entries and the entries' texts concatenate to
 * the file; a re-sort with order `none` gives the file back.
 */
export function identityViolations(file: ListFile): string[] {
  const { text } = file;
  const violations: string[] = [];
  const pieces: string[] = [];
  let at = 0;
  for (const e of entriesOf(file)) {
    const where = `entry at line ${e.line}`;
    if (e.start < at || e.end < e.start || e.end > text.length) {
      violations.push(`${where}: offsets ${e.start}-${e.end} out of order (previous end ${at})`);
      continue;
    }
    if (e.start > 0 && !isLineEnd(text[e.start - 1])) violations.push(`${where}: starts mid-line`);
    if (e.end < text.length && !isLineEnd(text[e.end])) violations.push(`${where}: ends mid-line`);
    const own = slice(file, e);
    const lines = own.split(/\r\n?|\n/);
    if (!reader.startsEntry(lines[0]!)) violations.push(`${where}: does not start an entry`);
    if (lines.at(-1)!.trim() === '') violations.push(`${where}: ends on a blank line`);
    pieces.push(text.slice(at, e.start), own);
    at = e.end;
  }
  pieces.push(text.slice(at));
  if (pieces.join('') !== text)
    violations.push('entries and the text between them are not the file');
  const none = sortListFile(file, reader, 'none');
  if (none.text !== text || none.changed.length > 0)
    violations.push('sort with order none changed');
  return violations;
}

/** The year an entry sorts by, or undefined. */
function yearOf(text: string): number | undefined {
  return reader.date(text)?.year;
}

/** The text outside entries, with each entry as a placeholder. */
function skeleton(file: ListFile): string {
  const pieces: string[] = [];
  let at = 0;
  for (const e of entriesOf(file)) {
    pieces.push(file.text.slice(at, e.start));
    at = e.end;
  }
  pieces.push(file.text.slice(at));
  return pieces.join('\u0000');
}

/**
 * The newest-first re-sort: each section's entries come out in the order a stable sort by year
 * (newest first, undated last) gives; the text outside entries is untouched; sorting again
 * changes nothing; a file already in order comes back byte-identical.
 */
export function sortViolations(file: ListFile): string[] {
  const violations: string[] = [];
  const sorted = sortListFile(file, reader, 'newest-first');
  const after = read(sorted.text, file.path);
  if (after.sections.length !== file.sections.length) {
    return [`sections: ${file.sections.length} became ${after.sections.length}`];
  }
  file.sections.forEach((section, i) => {
    const original = section.entries.map((e) => slice(file, e));
    const expected = [...original].sort((a, b) => {
      const [x, y] = [yearOf(a), yearOf(b)];
      if (x === undefined || y === undefined)
        return (x === undefined ? 1 : 0) - (y === undefined ? 1 : 0);
      return y - x;
    });
    const actual = after.sections[i]!.entries.map((e) => slice(after, e));
    if (JSON.stringify(actual) !== JSON.stringify(expected)) {
      violations.push(`section ${i} (${section.heading?.text ?? 'no heading'}) not stably sorted`);
    }
  });
  if (skeleton(after) !== skeleton(file)) violations.push('text outside entries changed');
  if (sorted.changed.length === 0 && sorted.text !== file.text) {
    violations.push('reported no change but changed the text');
  }
  const again = sortListFile(after, reader, 'newest-first');
  if (again.text !== sorted.text || again.changed.length > 0) violations.push('not idempotent');
  return violations;
}

/** The sections the form would offer for a file (SPEC 4), as sections of that file. */
export function offeredSections(file: ListFile): Section[] {
  return namePaperList([file], { excludeSections: DEFAULT_FORMAT.excludeSections }).sections.map(
    (s) => s.block,
  );
}

/** What an insertion produced, for further checks. */
export interface Inserted {
  readonly text: string;
  readonly violations: string[];
}

/**
 * Inserts `entry` (lines joined by `\n`, dated) into `section` and checks that only the new
 * block changed: the added lines are the entry's plus at most one blank line; read back, the
 * target section holds its old entries and the new one, every other section is unchanged, the
 * headings are the same; the reported line is the entry's first line; the file's line ending is
 * used.
 */
export function insertAndCheck(
  file: ListFile,
  section: Section,
  entry: string,
  order: ListOrder,
): Inserted {
  const date = reader.date(entry);
  const title = reader.title(entry);
  if (!date || title === undefined) throw new Error(`test entry without date or title: ${entry}`);
  const result = insertEntry({ file, section, entry, date, name: title, order, reader });
  const violations: string[] = [];
  try {
    // A file without a final line ending gets one on its last line when the entry goes after
    // it; compare both texts closed with the file's own line ending (`addedLines` closes with LF).
    const open = file.text !== '' && !/[\r\n]$/.test(file.text) && !/[\r\n]$/.test(result.text);
    const close = (t: string) => (open ? t + file.eol : t);
    const added = addedLines(close(file.text), close(result.text)).map((l) => l.replace(/\r$/, ''));
    const bare = JSON.stringify(added) === JSON.stringify(entry.split('\n'));
    if (!bare && !isEntryWithSeparator(added, entry)) {
      violations.push(`added lines are not the entry: ${JSON.stringify(added)}`);
    }
  } catch (error) {
    violations.push((error as Error).message);
  }
  const withEol = entry.replace(/\n/g, file.eol);
  if (!result.text.includes(withEol))
    violations.push(`entry not written with ${JSON.stringify(file.eol)}`);
  const lines = result.text.split(/\r\n|\r|\n/);
  if (lines[result.line - 1] !== entry.split('\n')[0]) {
    violations.push(`reported line ${result.line} holds ${JSON.stringify(lines[result.line - 1])}`);
  }

  const after = read(result.text, file.path);
  const target = file.sections.indexOf(section);
  if (after.sections.length !== file.sections.length) {
    violations.push(`sections: ${file.sections.length} became ${after.sections.length}`);
    return { text: result.text, violations };
  }
  file.sections.forEach((old, i) => {
    const now = after.sections[i]!;
    if (old.heading?.text !== now.heading?.text || old.heading?.level !== now.heading?.level) {
      violations.push(`heading of section ${i} changed`);
    }
    const before = old.entries.map((e) => slice(file, e));
    const remaining = now.entries.map((e) => slice(after, e));
    for (const t of before) {
      const k = remaining.indexOf(t);
      if (k === -1)
        violations.push(`section ${i}: entry changed: ${JSON.stringify(t.slice(0, 60))}`);
      else remaining.splice(k, 1);
    }
    const expected = i === target ? [withEol] : [];
    if (JSON.stringify(remaining) !== JSON.stringify(expected)) {
      violations.push(`section ${i} gained ${JSON.stringify(remaining)}`);
    }
  });
  if (entryTexts(after).length !== entryTexts(file).length + 1)
    violations.push('not one more entry');
  return { text: result.text, violations };
}

/** After inserting into an already sorted file, a re-sort changes nothing (SPEC 5). */
export function staysSortedViolations(text: string, path: string): string[] {
  const sorted = sortListFile(read(text, path), reader, 'newest-first');
  if (sorted.changed.length === 0 && sorted.text === text) return [];
  return [
    `a re-sort after the insert moves ${sorted.changed
      .flatMap((c) => c.moved.map((m) => `"${m.title}" (${m.year ?? 'no year'}) ${m.from}→${m.to}`))
      .join(', ')}`,
  ];
}
