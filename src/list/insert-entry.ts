import type { PaperDate } from '../paper/paper.js';
import type { EntryReader } from './entry-reader.js';
import type { Entry, ListFile, Section } from './list-file.js';
import { compareTitles, type ListOrder } from './list-order.js';

/** What to insert and where. */
export interface InsertEntryOptions {
  readonly file: ListFile;
  readonly section: Section;
  /** The entry's lines joined by `\n`, without a final line ending. */
  readonly entry: string;
  readonly date: PaperDate;
  readonly title: string;
  readonly order: ListOrder;
  readonly reader: EntryReader;
}

/** The file with the entry spliced in. */
export interface InsertEntryResult {
  readonly text: string;
  /** 1-based line of the new entry's first line in the new text. */
  readonly line: number;
  /** Where the entry went relative to its neighbours, for people reading the PR. */
  readonly placement: string;
}

/**
 * Inserts an entry into a section at its sorted place (docs/design.md, "Order"), changing no other
 * byte: the new text is the old one with the entry's lines and one blank separator line spliced in.
 *
 * Newest first (the default), the entry goes right before the first entry of its year or older,
 * that is at the top of its year's group; undated entries are skipped over, but it goes before
 * the undated entries that end a section, where a re-sort keeps them. When every entry is newer
 * it goes last, and into an empty section right under the heading.
 */
export function insertEntry(options: InsertEntryOptions): InsertEntryResult {
  const { file, section, reader } = options;
  const eol = file.eol;
  const entry = options.entry.replace(/\n/g, eol);
  const blank = separatedByBlankLines(file);
  const target = findPlace(options);

  let offset: number;
  let inserted: string;
  let placement: string;
  // The entry's line follows from its neighbour's, without counting lines in the new text.
  let line: number;
  if (target.kind === 'before') {
    offset = target.entry.start;
    inserted = `${entry}${eol}${blank ? eol : ''}`;
    placement = `before “${describe(file, target.entry, reader)}”`;
    line = target.entry.line;
  } else if (target.kind === 'after') {
    offset = target.entry.end;
    inserted = `${eol}${blank ? eol : ''}${entry}`;
    placement = `after “${describe(file, target.entry, reader)}”`;
    line = target.entry.lastLine + (blank ? 2 : 1);
  } else {
    offset = section.contentEnd;
    const atStart = offset === 0 && !section.heading;
    if (atStart) {
      inserted = `${entry}${eol}`;
      line = 1;
    } else {
      // Under the heading (or after free text); keep a blank line before whatever follows.
      const gap = section.heading && offset === section.heading.end ? '' : eol;
      const followedByContent = nextLineHasContent(file.text, offset);
      inserted = `${eol}${gap}${entry}${followedByContent ? eol : ''}`;
      line = section.contentEndLine + (gap ? 2 : 1);
    }
    placement = 'as the first entry of the section';
  }
  const text = file.text.slice(0, offset) + inserted + file.text.slice(offset);
  return { text, line, placement };
}

type Place =
  | { readonly kind: 'before'; readonly entry: Entry }
  | { readonly kind: 'after'; readonly entry: Entry }
  | { readonly kind: 'empty' };

function findPlace(options: InsertEntryOptions): Place {
  const { file, section, reader, order, date, title } = options;
  const entries = section.entries;
  if (entries.length === 0) return { kind: 'empty' };
  const last = entries[entries.length - 1]!;
  if (order === 'none') return { kind: 'after', entry: last };

  // Each entry's sort key compared with the new entry's: true when the new one goes before it,
  // undefined when the entry has no key (no year, no title).
  const goesBefore = entries.map((entry): boolean | undefined => {
    const text = file.text.slice(entry.start, entry.end);
    if (order === 'title') {
      const other = reader.title(text);
      return other === undefined ? undefined : compareTitles(title, other) < 0;
    }
    const other = reader.date(text);
    if (!other) return undefined;
    return order === 'newest-first' ? other.year <= date.year : other.year > date.year;
  });
  // Entries without a key stand where they are and are skipped, except the run of them that
  // ends the section: a sort keeps them there, so the new entry goes before that run.
  let trailing = entries.length;
  while (trailing > 0 && goesBefore[trailing - 1] === undefined) trailing -= 1;
  for (let i = 0; i < entries.length; i += 1) {
    if (goesBefore[i] === true || i >= trailing) return { kind: 'before', entry: entries[i]! };
  }
  return { kind: 'after', entry: last };
}

/**
 * Whether the file separates entries with blank lines (the default format does). Decided by the
 * gaps between neighbouring entries; a file with fewer than two entries follows the default.
 */
export function separatedByBlankLines(file: ListFile): boolean {
  let withBlank = 0;
  let without = 0;
  for (const section of file.sections) {
    for (let i = 1; i < section.entries.length; i += 1) {
      const gap = file.text.slice(section.entries[i - 1]!.end, section.entries[i]!.start);
      if (/(?:\r\n?|\n)[ \t]*(?:\r\n?|\n)/.test(gap)) withBlank += 1;
      else without += 1;
    }
  }
  return withBlank >= without;
}

function nextLineHasContent(text: string, offset: number): boolean {
  const match = /^(?:\r\n?|\n)([^\r\n]*)/.exec(text.slice(offset, offset + 512));
  return match !== null && match[1]!.trim() !== '';
}

function describe(file: ListFile, entry: Entry, reader: EntryReader): string {
  const text = file.text.slice(entry.start, entry.end);
  return reader.title(text) ?? `the entry at line ${entry.line}`;
}
