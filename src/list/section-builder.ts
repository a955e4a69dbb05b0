import type { ScannedLine } from './block-scanner.js';
import type { DateGroup, Entry, Heading, Section, StrayLine, TableHead } from './list-file.js';

/** An entry being read: where it is so far, and what decides whether the next line is its. */
export interface OpenEntry {
  readonly start: number;
  readonly line: number;
  end: number;
  lastLine: number;
  /** Column where the entry's content starts: lines indented this far after a blank belong to it. */
  readonly contentIndent: number;
  /** A blank line followed the last line; the next line decides whether the entry goes on. */
  afterBlank: boolean;
  /** A fence or HTML block opened inside the entry: its lines belong to the entry. */
  inBlock: boolean;
  /** The entry is a heading: it runs to the next heading. */
  readonly headed?: boolean;
}

/** The section being read. */
export interface OpenSection {
  readonly heading?: Heading;
  readonly parents: string[];
  readonly entries: Entry[];
  readonly groups: DateGroup[];
  readonly tables: TableHead[];
  readonly strays: StrayLine[];
  hasOtherContent: boolean;
  contentEnd: number;
  contentEndLine: number;
}

/** Where a section's content ends, to restore when a paragraph turns out to be a heading. */
export interface ContentMark {
  readonly hadOther: boolean;
  readonly contentEnd: number;
  readonly contentEndLine: number;
}

/**
 * Collects sections and their entries as a reader meets headings, entry lines and other
 * content, keeping the stack of headings each section is nested in.
 */
export class SectionBuilder {
  /** Headings that never hold entries (`Table of Contents`): no date group goes on one. */
  constructor(private readonly excluded: (text: string) => boolean = () => false) {}

  readonly sections: Section[] = [];
  section: OpenSection = {
    parents: [],
    entries: [],
    groups: [],
    tables: [],
    strays: [],
    hasOtherContent: false,
    contentEnd: 0,
    contentEndLine: 0,
  };
  entry: OpenEntry | undefined;
  private readonly headings: Heading[] = [];

  /** Ends the open entry, if any: the section's content now ends with it. */
  closeEntry(): void {
    const entry = this.entry;
    if (!entry) return;
    const { start, end, line, lastLine } = entry;
    this.section.entries.push({ start, end, line, lastLine });
    this.section.contentEnd = end;
    this.section.contentEndLine = lastLine;
    this.entry = undefined;
  }

  /** Ends the open section; `nextHeadingLevel` is the level of the heading that ends it. */
  closeSection(nextHeadingLevel?: number): void {
    this.closeEntry();
    const {
      heading,
      parents,
      entries,
      groups,
      tables,
      strays,
      hasOtherContent,
      contentEnd,
      contentEndLine,
    } = this.section;
    this.sections.push({
      ...(heading ? { heading } : {}),
      parents,
      entries,
      groups,
      tables,
      strays,
      hasOtherContent,
      contentEnd,
      contentEndLine,
      ...(nextHeadingLevel !== undefined ? { nextHeadingLevel } : {}),
    });
  }

  /** Opens the section of `heading`, whose last line is `lastLine`. */
  openSection(heading: Heading, lastLine: number): void {
    this.closeSection(heading.level);
    const stack = this.headings;
    while (stack.length > 0 && stack[stack.length - 1]!.level >= heading.level) stack.pop();
    this.section = {
      heading,
      parents: stack.map((h) => h.text),
      entries: [],
      groups: [],
      tables: [],
      strays: [],
      hasOtherContent: false,
      contentEnd: heading.end,
      contentEndLine: lastLine,
    };
    stack.push(heading);
  }

  /**
   * Opens a date group inside the open section when `heading` is nested in it (or the file has
   * no heading yet); returns false when the heading must open a section of its own.
   */
  openDateGroup(heading: Heading, date: { year: number; month?: number }): boolean {
    const open = this.section.heading;
    const under = open && (open.level >= heading.level || this.excluded(open.text));
    if (under && !this.continueParent(heading)) return false;
    this.closeEntry();
    this.section.groups.push({ heading, ...date, firstEntry: this.section.entries.length });
    this.markContent(heading.end, heading.line);
    return true;
  }

  /**
   * A date heading after a sibling that is not one (`#### Benchmark code`, then `#### 2015`)
   * dates the entries of their parent section, when that holds none of its own: the parent goes
   * on from here, read as one section with date groups. Returns false when there is no such
   * parent (the heading is then a section of its own).
   */
  private continueParent(heading: Heading): boolean {
    const stack = this.headings;
    let at = stack.length - 1;
    while (at >= 0 && (stack[at]!.level >= heading.level || this.excluded(stack[at]!.text)))
      at -= 1;
    const parent = stack[at];
    if (!parent) return false;
    const own = this.sections.find((s) => s.heading === parent);
    if (!own || own.entries.length > 0) return false;
    this.closeSection(heading.level);
    stack.length = at + 1;
    // The parent's heading, placed where the parent goes on and spanning no text: the first
    // date heading is the section's first line.
    const { start, line } = heading;
    this.section = {
      heading: { ...parent, start, end: start, line },
      parents: stack.slice(0, at).map((h) => h.text),
      entries: [],
      groups: [],
      tables: [],
      strays: [],
      hasOtherContent: false,
      contentEnd: start,
      contentEndLine: line,
    };
    return true;
  }

  /** The open entry was a table's header row: the rows after it are the table's. */
  openTable(
    cells: readonly string[],
    compact: boolean,
    delimiter: { readonly end: number; readonly number: number },
  ): void {
    const header = this.entry!;
    this.entry = undefined;
    this.section.tables.push({
      cells,
      compact,
      line: header.line,
      delimiterEnd: delimiter.end,
      delimiterLine: delimiter.number,
      firstEntry: this.section.entries.length,
    });
  }

  /** Something other than an entry stands in the section, ending at `end` on `line`. */
  markContent(end: number, line: number): void {
    this.section.hasOtherContent = true;
    this.section.contentEnd = end;
    this.section.contentEndLine = line;
  }

  /** Where the section's content ends now. */
  contentMark(): ContentMark {
    const { hasOtherContent, contentEnd, contentEndLine } = this.section;
    return { hadOther: hasOtherContent, contentEnd, contentEndLine };
  }

  /** Restores a mark taken by {@link contentMark}. */
  restore(mark: ContentMark): void {
    this.section.hasOtherContent = mark.hadOther;
    this.section.contentEnd = mark.contentEnd;
    this.section.contentEndLine = mark.contentEndLine;
  }
}

/** The open entry takes in `line`. */
export function extendEntry(
  entry: OpenEntry,
  line: { readonly end: number; readonly number: number },
): void {
  entry.end = line.end;
  entry.lastLine = line.number;
}

/** Whether a non-blank line that does not start a new entry belongs to the open entry. */
export function continuesEntry(entry: OpenEntry, line: ScannedLine): boolean {
  if (entry.afterBlank) return line.indent >= entry.contentIndent;
  if (line.indent >= entry.contentIndent) return true;
  switch (line.kind) {
    case 'text':
      return true;
    case 'list-item':
      // `1)` notes lines are the entry's text; a new bullet is a new item.
      return line.bullet !== true;
    default:
      return false;
  }
}
