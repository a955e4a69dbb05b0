// Learns how each column of a list's tables is written: the cells of every column with the same
// header, across all tables, give the column's cell template.

import type { TableHead } from '../list/list-file.js';
import { columnKey, splitCells } from '../list/table-cells.js';
import type { CandidateEntry } from './collect-entries.js';
import { cellSkeleton, type Skeleton } from './entry-skeleton.js';
import { mergeSkeletons } from './merge-skeletons.js';
import { parseLoneDate } from '../paper/parse-venue-date.js';
import { labelLinkColumns, LinkLabelCounts } from './link-columns.js';
import { BadgeCells, badgeColumns } from './badge-cells.js';
import type { LinkFormat } from '../paper/entry-template.js';
import { tally } from './tally.js';

/** Column names whose header says what the cells hold, where the cells alone cannot. */
const HINTS: readonly (readonly [RegExp, string])[] = [
  [/venue|conference|conf\b|journal|publication|published|proceedings|^pub\.?$/, 'venue'],
  [/author/, 'authors'],
  [/^(?:year|date|time)$/, 'year'],
  [/^(?:name|method|model|short name|abbreviation|acronym|alias)$/, 'abbreviation'],
];

/** What tables write in a cell that has nothing: `-`, `NA`, `N/A`, `—`, `:heavy_minus_sign:`. */
const EMPTY_MARKER = /^(?:-+|—|–|n\/?a|none|x|✗|:[a-z_]+:|\/)$/i;

/** The learnt columns: cell template by column name, and how link items were written. */
export interface LearntColumns {
  readonly columns: Record<string, string>;
  readonly linkItems: Map<string, number>;
  /** The link format of cells showing their links as badges, when there are such cells. */
  readonly badges?: LinkFormat;
}

/** Each column's cell template, from the rows of every table with that column. */
export function learnColumns(rows: readonly CandidateEntry[]): LearntColumns {
  const cells = new Map<string, Map<string, number>>();
  const names = new Map<string, string>();
  const linkItems = new Map<string, number>();
  // Cells holding a day or month (`2024-06-30`): a Date column of them keeps them as notes.
  const dated = new Map<string, number>();
  const labels = new LinkLabelCounts();
  const badges = new BadgeCells();
  const badged = badgeColumns(columnCells(rows));
  for (const row of rows) {
    const head = row.head;
    if (!head) continue;
    const row0 = row.lines[0]!;
    splitCells(row0).forEach((cell, i) => {
      const name = head.cells[i];
      if (name === undefined) return;
      const key = columnKey(name);
      names.set(key, name.replace(/[*_`]/g, '').trim());
      const paper = paperBadge(cell, row0);
      const links = !paper && badged.has(key) ? badges.skeleton(key, cell) : undefined;
      const skeleton = paper ?? links ?? cellOf(key, cell);
      labels.count(key, links?.links ?? cell, links !== undefined);
      // Emphasis or code around the date is the cell's style (`_11 may 2017_`).
      if (parseLoneDate(cell.trim().replace(/^([*_`]+)(.*)\1$/s, '$2'))) tally(dated, key);
      const counts = cells.get(key) ?? new Map<string, number>();
      tally(counts, skeleton.source);
      cells.set(key, counts);
      if (skeleton.linkItem) tally(linkItems, skeleton.linkItem);
    });
  }
  const counted = new Map(
    [...cells].map(([key, counts]) => [
      key,
      [...counts].map(([source, n]) => ({ source, count: n })).sort((a, b) => b.count - a.count),
    ]),
  );
  const valued = [...counted].map(([key, c]) => [key, columnValue(c, isHinted(key))] as const);
  const merged = withOneTitle(new Map(valued), heads(rows));
  const finals = new Map<string, string>();
  for (const [key, value] of merged) {
    const count = counted.get(key)!;
    const days = (dated.get(key) ?? 0) * 2 > count.reduce((n, c) => n + c.count, 0);
    // Most cells a date (`06/2024`), the few years among them do not make it a Year column.
    const dates = days ? value.replace('{year}', '{notes}') : value;
    finals.set(key, hinted(key, withMarker(dates, count), days));
  }
  const columns: Record<string, string> = {};
  for (const [key, template] of labelLinkColumns(finals, heads(rows), labels))
    columns[names.get(key)!] = template;
  const badgeLinks = badges.linkFormat();
  return { columns, linkItems, ...(badgeLinks ? { badges: badgeLinks } : {}) };
}

/** The skeleton of a cell: a marker of an empty cell (`:heavy_minus_sign:`) as it is, else its values. */
function cellOf(key: string, cell: string): Skeleton {
  return EMPTY_MARKER.test(cell.trim())
    ? { source: cell.trim() }
    : titleLink(key, cellSkeleton(cell));
}

/** Whether the column's header names what its cells hold. */
function isHinted(key: string): boolean {
  return HINTS.some(([pattern]) => pattern.test(key));
}

/** Headers naming the column of the papers themselves. */
const PAPER_COLUMN = /^(?:papers?|titles?|paper title|paper name)$/;

/**
 * In a column its header names for the papers, a cell of one short-labelled link is the paper's
 * title linking it (`| [Transformer](url) |` under `Paper`), not a link of another kind.
 */
function titleLink(key: string, skeleton: Skeleton): Skeleton {
  return PAPER_COLUMN.test(key) && skeleton.source === '{links}'
    ? { source: '[{title}]({paper})' }
    : skeleton;
}

/** A cell that is only a badge image linking a URL: `[![arXiv](badge.svg)](url)`. */
const BADGE_LINK = /^\[!\[([^\]\n]*)\]\(([^()\s]+)\)\]\(([^()\s]+)\)$/;

/**
 * A badge linking the paper another cell of the row links too (ChenHsing's arXiv column:
 * `[![arXiv](https://img.shields.io/badge/arXiv-b31b1b.svg)](url)` beside `[Title](url)`):
 * the badge as it is, linking `{paper}`. A star badge is the code's (`{repo}`), not this.
 */
function paperBadge(cell: string, row: string): Skeleton | undefined {
  const match = BADGE_LINK.exec(cell.trim());
  if (!match || /github\/stars\//i.test(match[2]!)) return undefined;
  const url = match[3]!;
  const elsewhere = row.split(`](${url})`).length - 1 >= 2;
  return elsewhere ? { source: `[![${match[1]}](${match[2]})]({paper})` } : undefined;
}

/** A column's value: the template of its cells that hold one (literal text when none does). */
function columnValue(
  counted: readonly { source: string; count: number }[],
  named: boolean,
): string {
  const valued = counted.filter((c) => /\{[a-z]+\}/.test(c.source));
  const words = counted.filter(
    (c) => !/\{[a-z]+\}/.test(c.source) && !EMPTY_MARKER.test(c.source.trim()),
  );
  // Cells of short texts that differ row by row (`FATS`, `FedEraser`): a value, named by the
  // header; in a column the header names a value, also where they outnumber the cells holding
  // one (`NeurIPS` beside `CVPR **(Oral)**`).
  const count = (cells: typeof counted) => cells.reduce((n, c) => n + c.count, 0);
  if (words.length >= 3 && (valued.length === 0 || (named && count(words) > count(valued))))
    return '{notes}';
  // Numbers of which some fall between 1900 and 2099 (star counts: 2326, 2088, 992) are no years.
  if (valued.every((c) => c.source.trim() === '{year}') && numbers(words) >= 3) return '{notes}';
  return mergeSkeletons(valued.length > 0 ? valued : counted);
}

function numbers(cells: readonly { source: string; count: number }[]): number {
  return cells.reduce((n, c) => n + (/^\d+$/.test(c.source.trim()) ? c.count : 0), 0);
}

/**
 * A value column where some rows write a marker (`-`, `NA`) or nothing: the value when there is
 * one, else the marker: `{[[[Code]]({links})]|-}`, or an optional part. The title column, and a
 * column that is literal text throughout, are written as they are.
 */
function withMarker(value: string, counted: readonly { source: string; count: number }[]): string {
  if (!/\{[a-z]+\}/.test(value) || value.includes('{[') || value.includes('{title}')) return value;
  const marker = counted.find((c) => EMPTY_MARKER.test(c.source.trim()) && c.count >= 2);
  if (marker && !/[{}\n]/.test(marker.source)) return `{[${value}]|${marker.source.trim()}}`;
  return counted.some((c) => c.source.trim() === '') ? `{[${value}]}` : value;
}

/**
 * A column's cells read as the header says: a venue, authors or year column's notes are that
 * value; a column not named for authors does not hold them (names of methods look like names).
 * A Date column of days (`2024-06-30`) keeps them as notes: a year would write `2024` alone.
 */
function hinted(key: string, template: string, days: boolean): string {
  const named = /author/.test(key) ? template : template.replace('{authors}', '{notes}');
  for (const [pattern, name] of HINTS) {
    if (name === 'year' && days) continue;
    if (pattern.test(key)) return named.replace('{notes}', `{${name}}`);
  }
  return named;
}

/**
 * Of the columns of one table that hold the title, only the one most likely to keeps `{title}`;
 * in the others it is a value to name. Tables of other heads keep theirs (BradyFU's papers have
 * a Title column, its datasets a Paper column beside a Name), unless theirs is plain text under
 * another header where other tables link or name their titles (ChenHsing's Task column of its
 * table of tools).
 */
function withOneTitle(
  columns: ReadonlyMap<string, string>,
  tables: readonly (readonly string[])[],
): Map<string, string> {
  const named = new Map(columns);
  const titled = (head: readonly string[]) =>
    head.filter((key) => named.get(key)?.includes('{title}'));
  const sure = (key: string) =>
    /title|paper/.test(key) || /\{title\}[^\]]*\]\(/.test(named.get(key)!);
  const anySure = tables.some((head) => titled(head).some(sure));
  const demote = (key: string) => named.set(key, named.get(key)!.replace('{title}', '{notes}'));
  for (const head of tables) {
    const own = titled(head);
    const best =
      own.find((k) => /title/.test(k)) ??
      own.find((k) => /paper|name/.test(k)) ??
      own.find(sure) ??
      (anySure ? undefined : own[0]);
    for (const key of own) if (key !== best) demote(key);
  }
  return named;
}

/** Each cell of the rows under a head, with its column's key. */
function* columnCells(rows: readonly CandidateEntry[]): Generator<readonly [string, string]> {
  for (const row of rows) {
    const head = row.head;
    if (!head) continue;
    const cells = splitCells(row.lines[0]!);
    for (let i = 0; i < cells.length && i < head.cells.length; i += 1)
      yield [columnKey(head.cells[i]!), cells[i]!];
  }
}

/** The column keys of each distinct table head the rows stand in. */
function heads(rows: readonly CandidateEntry[]): string[][] {
  const distinct = new Map<string, string[]>();
  for (const row of rows) {
    if (!row.head) continue;
    const keys = row.head.cells.map(columnKey);
    distinct.set(keys.join('|'), keys);
  }
  return [...distinct.values()];
}

/** The table a row stands in: the last one opened before it in its section. */
export function headOf(tables: readonly TableHead[], index: number): TableHead | undefined {
  let found: TableHead | undefined;
  for (const table of tables) if (table.firstEntry <= index) found = table;
  return found;
}
