// Where in a section a new entry goes: among which entries (all of them, those of its date
// group, or a table's rows), where it stands when there are none, or under a new date heading.

import type { PaperDate } from '../paper/paper.js';
import type { DateGroup, Entry, ListFile, Section } from './list-file.js';
import { BLANK_LINE } from './text-lines.js';

/** Where an entry goes when its scope holds no entries yet. */
export interface EmptyAnchor {
  /** Offset after which the entry goes, and that offset's line. */
  readonly offset: number;
  readonly line: number;
  /** Right under a heading or a table's delimiter row: no blank line between. */
  readonly tight: boolean;
  /**
   * Under a heading in a file whose headings stand apart from their first entries by a blank
   * line: a blank line between, when one already follows (so one blank line is added, not two).
   */
  readonly apart?: boolean;
}

/** The entries the new one joins, or the date heading it needs first. */
export type InsertScope =
  | { readonly kind: 'entries'; readonly entries: readonly Entry[]; readonly empty: EmptyAnchor }
  | {
      readonly kind: 'new-group';
      /** The group the new heading goes before; none when it goes last. */
      readonly before?: DateGroup;
      /** The new heading's line, written like its siblings. */
      readonly heading: string;
      /** Whether the list leaves a blank line between a date heading and its first entry. */
      readonly blankAfterHeading: boolean;
    };

/** The scope of a new entry dated `date` in `section` (docs/design.md, "Date headings"). */
export function scopeOf(
  file: ListFile,
  section: Section,
  date: PaperDate | undefined,
): InsertScope {
  const groups = section.groups;
  if (groups.length === 0 || !date)
    return { kind: 'entries', entries: section.entries, empty: anchor(file, section) };
  const monthly = groups.some((g) => g.month !== undefined);
  const index = groups.findIndex(
    (g) => g.year === date.year && (!monthly || date.month === undefined || g.month === date.month),
  );
  if (index !== -1) {
    const group = groups[index]!;
    const end = groups[index + 1]?.firstEntry ?? section.entries.length;
    // An empty group may hold a table head: its rows go under the delimiter row.
    const next = groups[index + 1]?.heading.line ?? Infinity;
    const table = section.tables.find((t) => t.line > group.heading.line && t.line < next);
    const empty = table
      ? { offset: table.delimiterEnd, line: table.delimiterLine, tight: true }
      : { offset: group.heading.end, line: group.heading.line, tight: true };
    return { kind: 'entries', entries: section.entries.slice(group.firstEntry, end), empty };
  }
  return newGroup(file, section, groups, date);
}

function anchor(file: ListFile, section: Section): EmptyAnchor {
  const table = section.tables[0];
  if (table) return { offset: table.delimiterEnd, line: table.delimiterLine, tight: true };
  const heading = section.heading;
  return {
    offset: section.contentEnd,
    line: section.contentEndLine,
    tight: heading !== undefined && section.contentEnd === heading.end,
    ...(heading && blankUnderHeadings(file) ? { apart: true } : {}),
  };
}

/**
 * Whether the file's headings stand apart from their first entries by a blank line, in most of
 * its sections where an entry directly follows the heading (else right under it).
 */
function blankUnderHeadings(file: ListFile): boolean {
  let apart = 0;
  let tight = 0;
  for (const { heading, entries } of file.sections) {
    const first = entries[0];
    if (!heading || !first) continue;
    const between = file.text.slice(heading.end, first.start);
    if (between.trim() !== '') continue;
    if (BLANK_LINE.test(between)) apart += 1;
    else tight += 1;
  }
  return apart > tight;
}

/** A heading for the new date, placed among its siblings in their order. */
function newGroup(
  file: ListFile,
  section: Section,
  groups: readonly DateGroup[],
  date: PaperDate,
): InsertScope {
  const first = groups[0]!;
  const newestFirst = compare(first, groups[groups.length - 1]!) >= 0;
  const before = groups.find((g) => (newestFirst ? compare(g, date) < 0 : compare(g, date) > 0));
  const raw = file.text.slice(first.heading.start, first.heading.end);
  const heading = withMonth(raw.replace(/(19|20)\d\d/, String(date.year)), date.month);
  const firstEntry = section.entries[first.firstEntry];
  const between = firstEntry ? file.text.slice(first.heading.end, firstEntry.start) : '\n';
  const blankAfterHeading = BLANK_LINE.test(between);
  return { kind: 'new-group', ...(before ? { before } : {}), heading, blankAfterHeading };
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A sibling heading's month made `month`: `2024-05` → `2024-04`, `May 2024` → `April 2024`, `Sep` → `Apr`. */
function withMonth(heading: string, month: number | undefined): string {
  if (month === undefined) return heading;
  const numeric = /((?:19|20)\d\d[-./])(0?[1-9]|1[0-2])(?!\d)/;
  if (numeric.test(heading)) {
    return heading.replace(numeric, (_, year: string, old: string) => {
      return `${year}${String(month).padStart(old.length, '0')}`;
    });
  }
  const name = MONTH_NAMES[month - 1]!;
  return heading.replace(
    /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?/i,
    (old) => {
      const short =
        !/^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/i.test(
          old.replace(/\.$/, ''),
        );
      const written = short ? name.slice(0, 3) : name;
      return old === old.toLowerCase() ? written.toLowerCase() : written;
    },
  );
}

function compare(a: { year: number; month?: number }, b: { year: number; month?: number }): number {
  if (a.year !== b.year) return a.year - b.year;
  return (a.month ?? 0) - (b.month ?? 0);
}
