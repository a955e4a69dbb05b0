import { listFormatOf, type ListFormat } from '../list/list-format.js';
import { readPaperList, type SourceFile } from '../list/read-paper-list.js';
import { headingDate } from '../list/heading-date.js';
import type { ListOrder } from '../list/list-order.js';
import {
  DEFAULT_LINK_FORMAT,
  DEFAULT_TEMPLATE,
  parseEntryTemplate,
  type AuthorFormat,
  type LinkFormat,
} from '../paper/entry-template.js';
import { collectEntries, type CandidateEntry, type EntryShape } from './collect-entries.js';
import { learnColumns } from './learn-columns.js';
import { columnKey } from '../list/table-cells.js';
import { parseVenueDate } from '../paper/parse-venue-date.js';
import { rowTemplateSource, tableHeads } from '../list/table-format.js';
import { authorFormat } from './author-format.js';
import type { ListRead } from './list-read.js';
import { orderEvidence, sectionOrders } from './section-orders.js';
import { entrySkeleton, rowSkeleton, type Skeleton } from './entry-skeleton.js';
import { mergeSkeletons } from './merge-skeletons.js';

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
  /** Whether some venues show no year (`Preprint`). */
  readonly venuesWithoutYear: boolean;
  /** Whether entries are dated by their arXiv link first: the list is ordered by arXiv id. */
  readonly datesFromArxiv: boolean;
}

/** A link to a file beside the list, in an entry: `[bibtex](./citations/x.txt)`. */
const RELATIVE_LINK = /^[ \t]*(?:[-*+|]|\d{1,9}[.)]).*\]\(\.\/[\w.-]+\/[\w./-]+\)/m;

/** Settings that inference takes as given. */
export interface InferOptions {
  readonly excludeSections: readonly string[];
  readonly lineBreak: string;
}

/**
 * Learns a list's format from its own entries (docs/design.md, "Inference"): where entries stand
 * (list items or table rows), the template most of them follow with the parts only some show made
 * optional, how links are written, whether headings naming a year date the entries under them,
 * and the order of each section. The corpus's own format is kept when it reads the list as well.
 */
export function inferListFormat(
  files: readonly SourceFile[],
  options: InferOptions,
): InferredFormat {
  const dateHeadings = countDateHeadings(files) >= 2;
  const learnt = learnTemplate(files, options, dateHeadings);
  const home: TemplateChoice = {
    template: DEFAULT_TEMPLATE,
    links: DEFAULT_LINK_FORMAT,
    dateHeadings,
  };
  const homeRead = readWith(files, home, options);
  const learntRead = learnt && readWith(files, learnt, options);
  const [chosen, byVenue] =
    learnt && learntRead && score(learntRead) > score(homeRead)
      ? [learnt, learntRead]
      : [home, homeRead];
  const byArxiv = {
    format: formatOf(files, chosen, options, 'newest-first', {}, true),
    list: byVenue.list,
  };
  const datesFromArxiv = ordersByArxiv(byVenue, byArxiv);
  const read = datesFromArxiv ? byArxiv : byVenue;
  return {
    ...chosen,
    ...sectionOrders(read),
    datesFromArxiv,
    relativeLinks: files.some((f) => RELATIVE_LINK.test(f.text)),
    authors: authorFormat(read),
    venuesWithoutYear: venuesWithoutYear(read),
  };
}

interface TemplateChoice {
  readonly template: string;
  readonly links: LinkFormat;
  readonly dateHeadings: boolean;
  readonly columns?: Readonly<Record<string, string>>;
}

function learnTemplate(
  files: readonly SourceFile[],
  options: InferOptions,
  dateHeadings: boolean,
): TemplateChoice | undefined {
  const lists = collectEntries(files, 'list', options.excludeSections, dateHeadings);
  const rows = collectEntries(files, 'table', options.excludeSections, dateHeadings);
  const table = skeletons(rows, 'table');
  const items = skeletons(lists, 'list');
  const paragraphs = skeletons(
    collectEntries(files, 'paragraph', options.excludeSections, dateHeadings),
    'paragraph',
  );
  if (table.titled > Math.max(items.titled, paragraphs.titled)) {
    return learnTable(files, rows, options, dateHeadings);
  }
  const list = paragraphs.titled > items.titled ? paragraphs : items;
  if (list.titled === 0) return undefined;
  const template = list.indent + mergeSkeletons(list.counted);
  const links = linkFormat(list.linkItems);
  if ('error' in parseEntryTemplate(template, options.lineBreak, links)) return undefined;
  return { template, links, dateHeadings };
}

/** Tables: each column's cells learnt, and the row template of the most common table head. */
function learnTable(
  files: readonly SourceFile[],
  rows: readonly CandidateEntry[],
  options: InferOptions,
  dateHeadings: boolean,
): TemplateChoice | undefined {
  const learnt = learnColumns(rows);
  const byColumn = new Map(Object.entries(learnt.columns).map(([n, c]) => [columnKey(n), c]));
  const template = tableHeads(files.map((f) => f.text))
    .map((head) => rowTemplateSource(head, byColumn))
    .find((source) => source !== undefined);
  if (template === undefined) return undefined;
  const links = linkFormat(learnt.linkItems);
  if ('error' in parseEntryTemplate(template, options.lineBreak, links)) return undefined;
  return { template, links, dateHeadings, columns: learnt.columns };
}

interface LearntSkeletons {
  readonly titled: number;
  readonly counted: { source: string; count: number }[];
  readonly linkItems: Map<string, number>;
  /** The indent most entries' first lines have. */
  readonly indent: string;
}

function skeletons(candidates: readonly CandidateEntry[], shape: EntryShape): LearntSkeletons {
  const counts = new Map<string, number>();
  const linkItems = new Map<string, number>();
  const indents = new Map<string, number>();
  let titled = 0;
  for (const candidate of candidates) {
    const skeleton: Skeleton =
      shape === 'table' ? rowSkeleton(candidate.lines[0]!) : entrySkeleton(candidate.lines);
    if (!skeleton.source.includes('{title}')) continue;
    titled += 1;
    // Entries indented by a space or two are the same entries: the indent is counted apart.
    const indent = /^[ \t]*/.exec(skeleton.source)![0];
    indents.set(indent, (indents.get(indent) ?? 0) + 1);
    const source = skeleton.source.slice(indent.length);
    counts.set(source, (counts.get(source) ?? 0) + 1);
    if (skeleton.linkItem)
      linkItems.set(skeleton.linkItem, (linkItems.get(skeleton.linkItem) ?? 0) + 1);
  }
  const indent = [...indents].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  return { titled, counted: countedSkeletons(counts), linkItems, indent };
}

/**
 * The skeletons most common first. Where some entries show a venue and others only a year in the
 * same place, the year is the venue too (a filer types `2016` as the venue): they count as one.
 */
function countedSkeletons(
  counts: ReadonlyMap<string, number>,
): { source: string; count: number }[] {
  const venues = [...counts.keys()].some((source) => source.includes('{venue}'));
  const merged = new Map<string, number>();
  for (const [source, count] of counts) {
    const key =
      venues && !source.includes('{venue}') ? source.replace('{year}', '{venue}') : source;
    merged.set(key, (merged.get(key) ?? 0) + count);
  }
  return [...merged]
    .map(([source, count]) => ({ source, count }))
    .sort((a, b) => b.count - a.count);
}

/** The most common link item; a link item is written with what separates it from the one before. */
function linkFormat(items: ReadonlyMap<string, number>): LinkFormat {
  const top = [...items].sort((a, b) => b[1] - a[1])[0];
  return top ? { item: top[0], separator: '' } : DEFAULT_LINK_FORMAT;
}

function countDateHeadings(files: readonly SourceFile[]): number {
  let count = 0;
  for (const file of files) {
    for (const match of file.text.matchAll(/^[ \t]{0,3}#{1,6}[ \t]+(.*)$/gm)) {
      if (headingDate(match[1]!.replace(/[ \t]+#*[ \t]*$/, ''))) count += 1;
    }
  }
  return count;
}

/** Whether, of the venues entries show, more than a few hold no year (`Preprint`, `Technical Report`). */
function venuesWithoutYear({ format, list }: ListRead): boolean {
  let without = 0;
  let venues = 0;
  for (const section of list.sections) {
    for (const entry of section.block.entries) {
      const venue = format.reader.fields(section.file.text.slice(entry.start, entry.end))?.venue;
      if (venue === undefined) continue;
      venues += 1;
      if (!parseVenueDate(venue)) without += 1;
    }
  }
  return without >= Math.max(2, venues * 0.05);
}

/**
 * Whether the list is ordered by arXiv id rather than by venue year: its arXiv links order its
 * entries clearly more consistently than its venues.
 */
function ordersByArxiv(byVenue: ListRead, byArxiv: ListRead): boolean {
  const venue = orderEvidence(byVenue);
  const arxiv = orderEvidence(byArxiv);
  return arxiv.steps >= 10 && arxiv.consistency >= venue.consistency + 0.05;
}

/** The files read with a candidate format (newest first until orders are known). */
function readWith(
  files: readonly SourceFile[],
  choice: TemplateChoice,
  options: InferOptions,
): ListRead {
  const format = formatOf(files, choice, options, 'newest-first', {});
  return { format, list: readPaperList(files, format) };
}

/** How well a format reads the files: entries read whole count double, entries with a title once. */
function score({ format, list }: ListRead): number {
  let matched = 0;
  for (const section of list.sections) {
    for (const entry of section.block.entries) {
      const text = section.file.text.slice(entry.start, entry.end);
      if (format.reader.fields(text)) matched += 2;
      else if (format.reader.title(text) !== undefined) matched += 1;
    }
  }
  return matched;
}

function formatOf(
  files: readonly SourceFile[],
  choice: TemplateChoice,
  options: InferOptions,
  order: ListOrder,
  sectionOrders: Readonly<Record<string, ListOrder>>,
  datesFromArxiv = false,
): ListFormat {
  return listFormatOf({
    datesFromArxiv,
    template: choice.template,
    lineBreak: options.lineBreak,
    links: choice.links,
    dateHeadings: choice.dateHeadings,
    order,
    sectionOrders,
    excludeSections: options.excludeSections,
    ...(choice.columns
      ? { columns: choice.columns, heads: tableHeads(files.map((f) => f.text)) }
      : {}),
  });
}
