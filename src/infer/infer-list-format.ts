import { listFormatOf, type ListFormat } from '../list/list-format.js';
import { readPaperList, type SourceFile } from '../list/read-paper-list.js';
import { headingDate } from '../list/heading-date.js';
import type { ListOrder } from '../list/list-order.js';
import {
  DEFAULT_LINK_FORMAT,
  DEFAULT_TEMPLATE,
  parseEntryTemplate,
  type LinkFormat,
} from '../paper/entry-template.js';
import { collectEntries, type CandidateEntry, type EntryShape } from './collect-entries.js';
import { learnColumns } from './learn-columns.js';
import { columnKey } from '../list/table-cells.js';
import { rowTemplateSource, tableHeads } from '../list/table-format.js';
import { detectOrder } from './detect-order.js';
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
}

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
  const home = {
    template: DEFAULT_TEMPLATE,
    links: DEFAULT_LINK_FORMAT,
    dateHeadings,
  };
  const chosen =
    learnt && matchedEntries(files, learnt, options) > matchedEntries(files, home, options)
      ? learnt
      : home;
  return { ...chosen, ...sectionOrders(files, chosen, options) };
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
  const list = skeletons(lists, 'list');
  const table = skeletons(rows, 'table');
  if (table.titled > list.titled) return learnTable(files, rows, options, dateHeadings);
  if (list.titled === 0) return undefined;
  const template = mergeSkeletons(list.counted);
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
}

function skeletons(candidates: readonly CandidateEntry[], shape: EntryShape): LearntSkeletons {
  const counts = new Map<string, number>();
  const linkItems = new Map<string, number>();
  let titled = 0;
  for (const candidate of candidates) {
    const skeleton: Skeleton =
      shape === 'table' ? rowSkeleton(candidate.lines[0]!) : entrySkeleton(candidate.lines);
    if (!skeleton.source.includes('{title}')) continue;
    titled += 1;
    counts.set(skeleton.source, (counts.get(skeleton.source) ?? 0) + 1);
    if (skeleton.linkItem)
      linkItems.set(skeleton.linkItem, (linkItems.get(skeleton.linkItem) ?? 0) + 1);
  }
  const counted = [...counts]
    .map(([source, count]) => ({ source, count }))
    .sort((a, b) => b.count - a.count);
  return { titled, counted, linkItems };
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

/** How well a format reads the files: entries read whole count double, entries with a title once. */
function matchedEntries(
  files: readonly SourceFile[],
  choice: TemplateChoice,
  options: InferOptions,
): number {
  const format = formatOf(files, choice, options, 'newest-first', {});
  const list = readPaperList(files, format);
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
): ListFormat {
  return listFormatOf({
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

/** The order of each section, and the one most entries' sections follow. */
function sectionOrders(
  files: readonly SourceFile[],
  choice: TemplateChoice,
  options: InferOptions,
): { order: ListOrder; sectionOrders: Record<string, ListOrder> } {
  const format = formatOf(files, choice, options, 'newest-first', {});
  const list = readPaperList(files, format);
  const found = new Map<string, ListOrder>();
  const weight = new Map<ListOrder, number>();
  for (const section of list.sections) {
    const { file, block } = section;
    const runs = groupRuns(
      block.entries.length,
      block.groups.map((g) => g.firstEntry),
    );
    const orders = runs.map((run) =>
      detectOrder(
        run.map((i) => {
          const text = file.text.slice(block.entries[i]!.start, block.entries[i]!.end);
          const date = format.reader.date(text);
          const title = format.reader.title(text);
          return { ...(date ? { date } : {}), ...(title !== undefined ? { title } : {}) };
        }),
      ),
    );
    const order = agreedOrder(orders);
    if (!order) continue;
    found.set(section.name, order);
    weight.set(order, (weight.get(order) ?? 0) + block.entries.length);
  }
  const order = [...weight].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'newest-first';
  const differing: Record<string, ListOrder> = {};
  for (const [name, own] of found) if (own !== order) differing[name] = own;
  return { order, sectionOrders: differing };
}

/** Entry indexes split at date groups: each group is ordered on its own. */
function groupRuns(count: number, starts: readonly number[]): number[][] {
  const bounds = [0, ...starts.filter((s) => s > 0), count];
  const runs: number[][] = [];
  for (let i = 1; i < bounds.length; i += 1) {
    const run: number[] = [];
    for (let j = bounds[i - 1]!; j < bounds[i]!; j += 1) run.push(j);
    if (run.length > 0) runs.push(run);
  }
  return runs;
}

/** The order the runs of one section agree on; `none` when they differ. */
function agreedOrder(orders: readonly (ListOrder | undefined)[]): ListOrder | undefined {
  const known = orders.filter((o): o is ListOrder => o !== undefined);
  if (known.length === 0) return undefined;
  return known.every((o) => o === known[0]) ? known[0] : 'none';
}
