import type { EntryMatches } from '../list/entry-reader.js';
import { listFormatOf, type ListFormat } from '../list/list-format.js';
import { readPaperList, type SourceFile } from '../list/read-paper-list.js';
import { withoutClosingSequence } from '../list/block-scanner.js';
import { headingDate } from '../list/heading-date.js';
import type { ListOrder } from '../list/list-order.js';
import {
  DEFAULT_LINK_FORMAT,
  DEFAULT_TEMPLATE,
  placedValues,
  type AuthorFormat,
  type LinkFormat,
} from '../paper/entry-template.js';
import type { PaperList } from '../list/paper-list.js';
import { headsOf } from './table-heads.js';
import { parseVenueDate } from '../paper/parse-venue-date.js';
import { learnTemplate, type TemplateChoice } from './learn-template.js';
import { authorFormat } from './author-format.js';
import { sampledEntries, type ListRead } from './list-read.js';
import { plainVenues } from './plain-venues.js';
import { keepsStopAfterTitleMark } from './title-stop.js';
import { orderEvidence, sectionOrders } from './section-orders.js';
import { detectPreprintOrder, orderedRuns } from './preprint-order.js';
import type { PreprintOrder } from '../list/preprints.js';
import { isBlank } from '../list/text-lines.js';
import { countWhole } from './shared-literals.js';

/** What inference learnt of a list: everything a configuration could say about its format. */
export interface InferredFormat {
  readonly template: string;
  readonly links: LinkFormat;
  readonly dateHeadings: boolean;
  /** For tables: each column's cell template, by column name. */
  readonly columns?: Readonly<Record<string, string>>;
  /** The order most sections follow. */
  readonly order: ListOrder;
  /** Sections following another order, by name. */
  readonly sectionOrders: Readonly<Record<string, ListOrder>>;
  /** Whether entries link files beside the list. */
  readonly relativeLinks: boolean;
  /** How entries separate their authors. */
  readonly authors: AuthorFormat;
  /** Whether entries of one year are ordered by month too. */
  readonly byMonth: boolean;
  /** Where preprints go among the published papers. */
  readonly preprints: PreprintOrder;
  /** Whether some venues show no year (`Preprint`). */
  readonly venuesWithoutYear: boolean;
  /** Whether venues show their year; not when none does (`CVPR` under `## 2019`). */
  readonly venuesShowYear: boolean;
  /** Whether entries are dated by their arXiv link first: the list is ordered by arXiv id. */
  readonly datesFromArxiv: boolean;
  /** Whether list items with entries nested under them are sections. */
  readonly groupBullets: boolean;
  /** Venues written without the emphasis around `{venue}` (`arXiv`). */
  readonly plainVenues: readonly string[];
  /** Whether the template's `.` after the title follows a title's own `?` or `!` too. */
  readonly stopAfterTitleMark: boolean;
  /**
   * The share of the sampled entries the inferred format reads whole (every part in its place),
   * which new entries are written in; undefined with fewer than five sampled.
   */
  readonly readWhole?: number;
}

/** A link to a file beside the list, in an entry: `[bibtex](./citations/x.txt)`. */
const RELATIVE_LINK =
  /^[ \t]*(?:[-*+|]|\d{1,9}[.)]).*\]\(\.\/[\w.-]+(?:\/[\w.-]+)*(?:#[\w.-]+)?\)/m;

/** Settings that inference takes as given. */
export interface InferOptions {
  readonly excludeSections: readonly string[];
  readonly lineBreak: string;
  /** Entry matches to share with the formats inference builds (and the caller's final one). */
  readonly matches?: EntryMatches;
}

/**
 * Learns a list's format from its own entries (docs/design.md, "Inference"): where entries stand
 * (list items, table rows or paragraphs), the template most of them follow with the parts only
 * some show made optional, how links and authors are written, whether headings naming a year date
 * the entries under them, and the order of each section. The corpus's own format is kept when it
 * reads the list as well.
 */
export function inferListFormat(
  files: readonly SourceFile[],
  options: InferOptions,
): InferredFormat {
  return inferList(files, options).inferred;
}

/**
 * The inferred format, and the list read with it: learning looks at a sample, then one read.
 * Learning reads the files with LF line ends and no byte order mark, so that a CRLF list teaches
 * what the same list with LF would (its patterns know one kind of line end); the list read is of
 * the files as they are, offsets and all: a second read, for those lists only.
 */
export function inferList(
  files: readonly SourceFile[],
  given: InferOptions,
): { inferred: InferredFormat; list: PaperList } {
  const plain = plainText(files);
  const learnt = inferFrom(plain, given);
  if (plain === files) return learnt;
  return { inferred: learnt.inferred, list: readWith(files, learnt.inferred, learnt.options).list };
}

/** The files with LF line ends and no byte order mark: the same array when none needs it. */
function plainText(files: readonly SourceFile[]): readonly SourceFile[] {
  const plain = (text: string) => !text.startsWith('\uFEFF') && !text.includes('\r');
  if (files.every((f) => plain(f.text))) return files;
  return files.map((f) => ({ ...f, text: f.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n') }));
}

function inferFrom(
  files: readonly SourceFile[],
  given: InferOptions,
): { inferred: InferredFormat; list: PaperList; options: InferOptions } {
  // The candidate formats share one template's matches: each sampled entry is matched once.
  const options = { ...given, matches: given.matches ?? new Map() };
  const dateHeadings = hasDateHeadings(files, 2);
  const home: TemplateChoice = {
    template: DEFAULT_TEMPLATE,
    links: DEFAULT_LINK_FORMAT,
    dateHeadings,
  };
  // A list the corpus format reads whole needs nothing learnt (the common case, and the fast one).
  const homeReader = formatOf(files, home, options).reader;
  const knownReadsAll = (sample: readonly string[]) =>
    sample.every((text) => homeReader.fields(text) !== undefined);
  const learnt = learnTemplate(files, { ...options, knownReadsAll }, dateHeadings);
  const better =
    learnt.choice &&
    score(files, learnt.choice, learnt.sample, options) >
      score(files, home, learnt.sample, options);
  const chosen = better && learnt.choice ? learnt.choice : home;
  const byVenue = readWith(files, chosen, options);
  const byArxiv = { format: formatOf(files, chosen, options, true), list: byVenue.list };
  const datesFromArxiv = ordersByArxiv(byVenue, byArxiv);
  const read = datesFromArxiv ? byArxiv : byVenue;
  const orders = sectionOrders(read);
  const orderOf = (name: string) => orders.sectionOrders[name] ?? orders.order;
  const inferred: InferredFormat = {
    ...chosen,
    ...orders,
    preprints: detectPreprintOrder(orderedRuns(read, orderOf), orders.byMonth),
    datesFromArxiv,
    groupBullets: chosen.groupBullets ?? false,
    relativeLinks: files.some((f) => hasRelativeLink(f.text)),
    authors: authorFormat(read),
    ...venueYears(read),
    plainVenues: plainVenues(read),
    stopAfterTitleMark: keepsStopAfterTitleMark(read),
    ...wholeShare(read.format, learnt.sample),
  };
  return { inferred, list: read.list, options };
}

/** Whether an entry links a file beside the list; most lists have no `](./` at all, found fast. */
function hasRelativeLink(text: string): boolean {
  return text.includes('](./') && RELATIVE_LINK.test(text);
}

/** An ATX heading read from the start of its line: its text, closing `#`s aside. */
const HEADING_AT = /[ \t]{0,3}#{1,6}[ \t]+([^\r\n]*)/y;

/**
 * Whether at least `enough` headings name a date. Headings are found from their `#`, far rarer
 * than line starts: a multi-line pattern would be tried at every character of the file.
 */
function hasDateHeadings(files: readonly SourceFile[], enough: number): boolean {
  let count = 0;
  for (const { text } of files) {
    for (let at = text.indexOf('#'); at !== -1; at = text.indexOf('#', at + 1)) {
      let start = at;
      while (start > 0 && at - start < 3 && isBlank(text[start - 1])) start -= 1;
      if (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') continue;
      HEADING_AT.lastIndex = start;
      const match = HEADING_AT.exec(text);
      if (match && headingDate(withoutClosingSequence(match[1]!))) count += 1;
      if (count >= enough) return true;
    }
  }
  return false;
}

/**
 * Whether, of the venues entries show, more than a few hold no year (`Preprint`, `Technical
 * Report`), and whether any does: a list whose venues never show one (`| CVPR |` in a section named
 * `2018`) writes a new entry's venue without it too. A template placing `{year}` shows it there.
 */
function venueYears({ format, list }: ListRead): {
  venuesWithoutYear: boolean;
  venuesShowYear: boolean;
} {
  let without = 0;
  let venues = 0;
  for (const section of list.sections) {
    for (const entry of sampledEntries(section.block.entries)) {
      const venue = format.reader.fields(section.file.text.slice(entry.start, entry.end))?.venue;
      if (venue === undefined) continue;
      venues += 1;
      if (!parseVenueDate(venue)) without += 1;
    }
  }
  const withYear = venues - without;
  return {
    venuesWithoutYear: without >= Math.max(2, venues * 0.05),
    venuesShowYear: placedValues(format.template).has('year') || venues < 5 || withYear > 0,
  };
}

/**
 * Whether the list is ordered by arXiv id rather than by venue year: its arXiv links order its
 * entries clearly more consistently than its venues.
 */
function ordersByArxiv(byVenue: ListRead, byArxiv: ListRead): boolean {
  const venue = orderEvidence(byVenue);
  // Venues that order the list more consistently than 95% leave arXiv ids nothing to do better.
  if (venue.consistency > 1 - ARXIV_MARGIN) return false;
  const arxiv = orderEvidence(byArxiv);
  return arxiv.steps >= 10 && arxiv.consistency >= venue.consistency + ARXIV_MARGIN;
}

/** How much more consistently arXiv ids must order a list than its venues to date it. */
const ARXIV_MARGIN = 0.05;

/** The files read with a candidate format (newest first until orders are known). */
function readWith(
  files: readonly SourceFile[],
  choice: TemplateChoice,
  options: InferOptions,
): ListRead {
  const format = formatOf(files, choice, options);
  return { format, list: readPaperList(files, format) };
}

/**
 * How well a template reads the sampled entries: entries read whole count double, entries with a
 * title once.
 */
/** How much of the sample `format` reads whole, when the sample says enough. */
function wholeShare(format: ListFormat, sample: readonly string[]): { readWhole?: number } {
  if (sample.length < 5) return {};
  return { readWhole: countWhole(format, sample) / sample.length };
}

function score(
  files: readonly SourceFile[],
  choice: TemplateChoice,
  sample: readonly string[],
  options: InferOptions,
): number {
  const { reader } = formatOf(files, choice, options);
  let matched = 0;
  for (const text of sample) {
    if (reader.fields(text)) matched += 2;
    else if (reader.title(text) !== undefined) matched += 1;
  }
  return matched;
}

function formatOf(
  files: readonly SourceFile[],
  choice: TemplateChoice,
  options: InferOptions,
  datesFromArxiv = false,
): ListFormat {
  return listFormatOf({
    datesFromArxiv,
    template: choice.template,
    lineBreak: options.lineBreak,
    links: choice.links,
    dateHeadings: choice.dateHeadings,
    groupBullets: choice.groupBullets ?? false,
    order: 'newest-first',
    sectionOrders: {},
    excludeSections: options.excludeSections,
    ...(options.matches ? { matches: options.matches } : {}),
    ...(choice.columns ? { columns: choice.columns, heads: headsOf(files) } : {}),
  });
}
