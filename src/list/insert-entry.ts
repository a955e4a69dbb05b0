import type { PaperDate } from '../paper/paper.js';
import type { EntryReader } from './entry-reader.js';
import { scopeOf, type EmptyAnchor, type InsertScope } from './entry-scope.js';
import type { Entry, ListFile, Section } from './list-file.js';
import { compareDates, compareTitles, type ListOrder } from './list-order.js';
import { comparePreprints, isPreprintVenue, type PreprintOrder } from './preprints.js';
import {
  applyEdits,
  entryNumber,
  numbersExplicitly,
  renumberEdit,
  withNumber,
  type TextEdit,
} from './renumber.js';
import { BLANK_LINE } from './text-lines.js';

/** What to insert and where. */
export interface InsertEntryOptions {
  readonly file: ListFile;
  readonly section: Section;
  /** The entry's lines joined by `\n`, without a final line ending. */
  readonly entry: string;
  /** Absent for a paper the list shows undated: it goes after the section's last entry. */
  readonly date?: PaperDate | undefined;
  /** What alphabetical order goes by: the entry's name (see EntryReader.name). */
  readonly name: string;
  readonly order: ListOrder;
  readonly reader: EntryReader;
  /** Entries are numbered: the new one takes its place's number, and those after it move up. */
  readonly numbered?: boolean;
  /** Entries of one year are ordered by month too. */
  readonly byMonth?: boolean;
  /** Where the list puts preprints (default `mixed`), and whether the new paper is one. */
  readonly preprints?: PreprintOrder;
  readonly preprint?: boolean;
}

/** The file with the entry spliced in. */
export interface InsertEntryResult {
  readonly text: string;
  /** 1-based line of the new entry's first line in the new text. */
  readonly line: number;
  /** Where the entry went relative to its neighbours, for people reading the PR. */
  readonly placement: string;
  /** The entry as written (its number set, in a numbered list), lines joined by `\n`. */
  readonly entry: string;
}

/**
 * Inserts an entry into a section at its sorted place (docs/design.md, "Order"), changing no other
 * byte: the new text is the old one with the entry's lines and one blank separator line spliced in
 * (and, in a numbered list, the numbers after it moved up by one).
 *
 * Newest first (the default), the entry goes right before the first entry of its year or older,
 * that is at the top of its year's group; undated entries are skipped over, but it goes before
 * the undated entries that end a section, where a re-sort keeps them. When every entry is newer
 * it goes last, and into an empty section right under the heading. In a section of date
 * headings it goes among the entries of its date, under a new heading when there is none. A list
 * that puts preprints last (src/list/preprints.ts) has a preprint go after the published papers
 * it ranks with, and a published paper before the preprints.
 */
export function insertEntry(options: InsertEntryOptions): InsertEntryResult {
  const scope = scopeOf(options.file, options.section, options.date);
  if (scope.kind === 'new-group') return insertWithHeading(options, scope);
  const target = findPlace(options, scope.entries);
  const numbering = options.numbered
    ? numberingFor(options.file, scope.entries, target)
    : undefined;
  const numbered = numbering ? withNumber(options.entry, numbering.number) : options.entry;
  const written = indentedLike(options.file, target, numbered);
  const entry = written.replace(/\n/g, options.file.eol);
  const splice =
    target.kind === 'empty'
      ? intoEmpty(options, scope.empty, entry)
      : beside(options, target, entry);
  const text = applyEdits(options.file.text, [splice.edit, ...(numbering?.edits ?? [])]);
  return { text, line: splice.line, placement: splice.placement, entry: written };
}

type Place =
  | { readonly kind: 'before'; readonly entry: Entry }
  | { readonly kind: 'after'; readonly entry: Entry }
  | { readonly kind: 'empty' };

interface Splice {
  readonly edit: TextEdit;
  readonly line: number;
  readonly placement: string;
}

function findPlace(options: InsertEntryOptions, entries: readonly Entry[]): Place {
  const { file, reader, order, date, name } = options;
  const byMonth = options.byMonth ?? false;
  if (entries.length === 0) return { kind: 'empty' };
  const last = entries[entries.length - 1]!;
  if (order === 'none' || (order !== 'title' && !date)) return { kind: 'after', entry: last };

  // An entry's sort key compared with the new entry's: true when the new one goes before it,
  // undefined when the entry has no key (no year, no title). Read only for the entries looked at:
  // a new paper usually goes near one end of its section.
  const goesBefore = (entry: Entry): boolean | undefined => {
    const text = file.text.slice(entry.start, entry.end);
    if (order === 'title') {
      const other = reader.name(text);
      return other === undefined ? undefined : compareTitles(name, other) < 0;
    }
    const other = reader.date(text);
    if (!other || !date) return undefined;
    const step = compareDates(other, date, byMonth, true);
    // The entry's venue is read only where the list's rule on preprints could place it.
    const rule = options.preprints ?? 'mixed';
    const kinds =
      rule === 'last' || (rule === 'last-of-their-date' && step === 0)
        ? comparePreprints(
            rule,
            isPreprintVenue(reader.venue(text)),
            !!options.preprint,
            step === 0,
          )
        : 0;
    if (kinds !== 0) return kinds > 0;
    return order === 'newest-first' ? step <= 0 : step > 0;
  };
  // Entries without a key stand where they are and are skipped, except the run of them that
  // ends the section: a sort keeps them there, so the new entry goes before that run.
  let trailing = entries.length;
  let lastKey: boolean | undefined;
  while (trailing > 0 && (lastKey = goesBefore(entries[trailing - 1]!)) === undefined)
    trailing -= 1;
  for (let i = 0; i < trailing; i += 1) {
    const before = i === trailing - 1 ? lastKey : goesBefore(entries[i]!);
    if (before === true) return { kind: 'before', entry: entries[i]! };
  }
  return trailing < entries.length
    ? { kind: 'before', entry: entries[trailing]! }
    : { kind: 'after', entry: last };
}

/** Next to an entry: before it, or after the last one. */
function beside(
  options: InsertEntryOptions,
  target: Exclude<Place, { kind: 'empty' }>,
  entry: string,
): Splice {
  const { file, section, reader } = options;
  const eol = file.eol;
  const blank = separatedByBlankLines(file, section);
  const neighbour = `“${describe(file, target.entry, reader)}”`;
  if (target.kind === 'before') {
    return {
      edit: { at: target.entry.start, remove: 0, insert: `${entry}${eol}${blank ? eol : ''}` },
      line: target.entry.line,
      placement: `before ${neighbour}`,
    };
  }
  return {
    edit: { at: target.entry.end, remove: 0, insert: `${eol}${blank ? eol : ''}${entry}` },
    line: target.entry.lastLine + (blank ? 2 : 1),
    placement: `after ${neighbour}`,
  };
}

/** Into a scope without entries: under its heading or table head, or after its free text. */
function intoEmpty(options: InsertEntryOptions, anchor: EmptyAnchor, entry: string): Splice {
  const { file, section } = options;
  const eol = file.eol;
  const placement = 'as the first entry of the section';
  if (anchor.offset === 0 && !section.heading) {
    return { edit: { at: 0, remove: 0, insert: `${entry}${eol}` }, line: 1, placement };
  }
  // Keep a blank line before whatever follows.
  const followedByContent = nextLineHasContent(file.text, anchor.offset);
  const gap = anchor.tight && !(anchor.apart && !followedByContent) ? '' : eol;
  return {
    edit: {
      at: anchor.offset,
      remove: 0,
      insert: `${eol}${gap}${entry}${followedByContent ? eol : ''}`,
    },
    line: anchor.line + (gap ? 2 : 1),
    placement,
  };
}

/** Under a new date heading, written like its siblings, placed in their order. */
function insertWithHeading(
  options: InsertEntryOptions,
  scope: Extract<InsertScope, { kind: 'new-group' }>,
): InsertEntryResult {
  const { file, section } = options;
  const eol = file.eol;
  const entry = options.entry.replace(/\n/g, eol);
  const under = scope.blankAfterHeading ? `${eol}${eol}` : eol;
  const heading = scope.heading.replace(/^[ \t]*#+[ \t]*/, '');
  const placement = `under a new heading “${heading}”`;
  const before = scope.before;
  const edit: TextEdit = before
    ? {
        at: before.heading.start,
        remove: 0,
        insert: `${scope.heading}${under}${entry}${eol}${eol}`,
      }
    : { at: section.contentEnd, remove: 0, insert: `${eol}${eol}${scope.heading}${under}${entry}` };
  const headingLine = before ? before.heading.line : section.contentEndLine + 2;
  const line = headingLine + (scope.blankAfterHeading ? 2 : 1);
  return { text: applyEdits(file.text, [edit]), line, placement, entry: options.entry };
}

/**
 * The entry indented as the neighbour it goes next to: entries nested under a group bullet stay
 * in the group (a new entry at the margin would end its list), and a list whose entries start at
 * one space or none, section by section, gets the new one as its neighbours are.
 */
function indentedLike(file: ListFile, target: Place, entry: string): string {
  if (target.kind === 'empty') return entry;
  const indent = /^[ \t]*/.exec(file.text.slice(target.entry.start, target.entry.start + 16))![0];
  const own = /^[ \t]*/.exec(entry)![0];
  if (indent === own) return entry;
  if (own === '') return entry.replace(/^(?=.)/gm, indent);
  return indent + entry.slice(own.length);
}

/** The new entry's number and the numbers after it that move up, in an explicitly numbered list. */
function numberingFor(
  file: ListFile,
  entries: readonly Entry[],
  target: Place,
): { number: number; edits: TextEdit[] } {
  if (target.kind === 'empty') return { number: 1, edits: [] };
  const explicit = numbersExplicitly(file, entries);
  const at = entryNumber(file, target.entry) ?? 1;
  if (target.kind === 'after') return { number: explicit ? at + 1 : at, edits: [] };
  if (!explicit) return { number: at, edits: [] };
  const from = entries.indexOf(target.entry);
  const edits = entries.slice(from).flatMap((e) => {
    const own = entryNumber(file, e);
    const edit = own === undefined ? undefined : renumberEdit(file, e, own + 1);
    return edit ? [edit] : [];
  });
  return { number: at, edits };
}

/**
 * Whether entries are separated by blank lines: decided by the gaps between neighbouring entries
 * of the section, or of the whole file when the section has fewer than two; a file with fewer
 * than two entries follows the default (blank lines).
 */
export function separatedByBlankLines(file: ListFile, section?: Section): boolean {
  // Rows of a table never have blank lines between them.
  if (section && section.tables.length > 0) return false;
  const own = section && section.entries.length >= 2 ? [section] : file.sections;
  let withBlank = 0;
  let without = 0;
  for (const s of own) {
    for (let i = 1; i < s.entries.length; i += 1) {
      const gap = file.text.slice(s.entries[i - 1]!.end, s.entries[i]!.start);
      // Only neighbours: a gap holding a date heading or free text says nothing.
      if (gap.trim() !== '') continue;
      if (BLANK_LINE.test(gap)) withBlank += 1;
      else without += 1;
    }
  }
  // Date groups of one entry each show no neighbours: the gap under a date heading tells.
  const group = section?.groups[0];
  const first = group && section.entries[group.firstEntry];
  if (withBlank + without === 0 && group && first) {
    return BLANK_LINE.test(file.text.slice(group.heading.end, first.start));
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
