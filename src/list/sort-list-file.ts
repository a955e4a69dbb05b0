import type { EntryReader } from './entry-reader.js';
import type { Entry, ListFile, Section } from './list-file.js';
import type { PaperDate } from '../paper/paper.js';
import { compareDates, compareTitles, type ListOrder } from './list-order.js';
import { entryNumber, withNumber } from './renumber.js';
import { isPreprintVenue, type PreprintOrder } from './preprints.js';

/** An entry that a re-sort moved. */
export interface MovedEntry {
  readonly title: string;
  /** The year the entry was sorted by, when it has one. */
  readonly year?: number;
  /** 1-based line in the old text. */
  readonly fromLine: number;
  /** 0-based positions within the section before and after. */
  readonly from: number;
  readonly to: number;
}

/** The outcome of sorting one section. */
export interface SortedSection {
  readonly section: Section;
  readonly moved: readonly MovedEntry[];
}

/** The outcome of sorting a file: its new text and the sections that changed. */
export interface SortListFileResult {
  readonly text: string;
  readonly changed: readonly SortedSection[];
}

/** An entry with its sort key: its title where titles order the section, else its date. */
interface Keyed {
  readonly entry: Entry;
  readonly index: number;
  readonly title: string | undefined;
  readonly date: PaperDate | undefined;
  /** Read where the list keeps preprints after its published papers. */
  readonly preprint: boolean;
}

/** Options of {@link sortListFile}. */
export interface SortListFileOptions {
  /** Entries are numbered: each place keeps its number, whichever entry moves into it. */
  readonly numbered?: boolean;
  /** Entries of one year are ordered by month too. */
  readonly byMonth?: boolean;
  /**
   * Where the list puts preprints: `last` sorts them after the published papers. A re-sort does
   * not impose `last-of-their-date` (it would move entries lists keep otherwise among equals).
   */
  readonly preprints?: PreprintOrder;
}

/**
 * Re-sorts every section of a file (docs/design.md, "Order") by moving whole entries between the
 * places entries occupy; everything between entries (blank lines, free text, date headings) stays
 * where it is, and entries never leave their date group. The sort is stable: newest year first by
 * default, entries without a year keep their relative order at the end of their section. A file
 * already in order comes back byte-identical. `order` is one order for every section, or each
 * section's own.
 */
export function sortListFile(
  file: ListFile,
  reader: EntryReader,
  order: ListOrder | ((section: Section) => ListOrder),
  options: SortListFileOptions = {},
): SortListFileResult {
  const orderOf = typeof order === 'function' ? order : () => order;
  const preprintsLast = options.preprints === 'last';
  const pieces: string[] = [];
  const changed: SortedSection[] = [];
  let copied = 0;
  for (const section of file.sections) {
    const own = orderOf(section);
    if (own === 'none') continue;
    const keyed = section.entries.map((entry, index): Keyed => {
      const text = file.text.slice(entry.start, entry.end);
      const title = own === 'title' ? reader.name(text) : undefined;
      const date = own === 'title' ? undefined : reader.date(text);
      const preprint = preprintsLast && own !== 'title' && isPreprintVenue(reader.venue(text));
      return { entry, index, title, date, preprint };
    });
    const sorted = groupRuns(section).flatMap((run) =>
      keyed.slice(run.from, run.to).sort(comparator(own, options.byMonth ?? false)),
    );
    if (sorted.every((k, i) => k.index === i)) continue;
    sorted.forEach((k, i) => {
      const slot = section.entries[i]!;
      const text = file.text.slice(k.entry.start, k.entry.end);
      const number = options.numbered ? entryNumber(file, slot) : undefined;
      pieces.push(
        file.text.slice(copied, slot.start),
        number === undefined ? text : withNumber(text, number),
      );
      copied = slot.end;
    });
    changed.push({ section, moved: movedEntries(sorted, file, reader) });
  }
  if (changed.length === 0) return { text: file.text, changed };
  pieces.push(file.text.slice(copied));
  return { text: pieces.join(''), changed };
}

/** The runs of entries sorted on their own: before the first date heading, then each group. */
function groupRuns(section: Section): { from: number; to: number }[] {
  const starts = [0, ...section.groups.map((g) => g.firstEntry), section.entries.length];
  const runs: { from: number; to: number }[] = [];
  for (let i = 1; i < starts.length; i += 1) {
    if (starts[i]! > starts[i - 1]!) runs.push({ from: starts[i - 1]!, to: starts[i]! });
  }
  return runs;
}

function comparator(
  order: Exclude<ListOrder, 'none'>,
  byMonth: boolean,
): (a: Keyed, b: Keyed) => number {
  const dates =
    order === 'newest-first'
      ? (x: PaperDate, y: PaperDate) => compareDates(y, x, byMonth)
      : (x: PaperDate, y: PaperDate) => compareDates(x, y, byMonth);
  return (a, b) => {
    const byKey =
      order === 'title'
        ? compareOptional(a.title, b.title, compareTitles)
        : Number(a.preprint) - Number(b.preprint) || compareOptional(a.date, b.date, dates);
    return byKey !== 0 ? byKey : a.index - b.index;
  };
}

/** Present keys by `compare`, missing keys after them. */
function compareOptional<T>(
  a: T | undefined,
  b: T | undefined,
  compare: (a: T, b: T) => number,
): number {
  if (a === undefined) return b === undefined ? 0 : 1;
  if (b === undefined) return -1;
  return compare(a, b);
}

/**
 * The entries that moved, as a reader sees it: those outside the longest run that kept its
 * relative order (one entry moving up three places is one move, not four).
 */
function movedEntries(sorted: readonly Keyed[], file: ListFile, reader: EntryReader): MovedEntry[] {
  const stayed = longestIncreasingRun(sorted.map((k) => k.index));
  const moved: MovedEntry[] = [];
  sorted.forEach((k, to) => {
    if (stayed.has(k.index)) return;
    // Only the entries that moved are named: their title and year are read here.
    const text = file.text.slice(k.entry.start, k.entry.end);
    const year = reader.date(text)?.year;
    moved.push({
      title: reader.title(text) ?? `entry at line ${k.entry.line}`,
      ...(year !== undefined ? { year } : {}),
      fromLine: k.entry.line,
      from: k.index,
      to,
    });
  });
  return moved;
}

/** The values of a longest strictly increasing subsequence, in O(n log n). */
function longestIncreasingRun(values: readonly number[]): Set<number> {
  const tails: number[] = [];
  const tailIndex: number[] = [];
  const previous: number[] = new Array<number>(values.length).fill(-1);
  values.forEach((value, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid]! < value) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = value;
    tailIndex[lo] = i;
    previous[i] = lo > 0 ? tailIndex[lo - 1]! : -1;
  });
  const run = new Set<number>();
  for (let i = tailIndex[tails.length - 1] ?? -1; i !== -1; i = previous[i]!) run.add(values[i]!);
  return run;
}
