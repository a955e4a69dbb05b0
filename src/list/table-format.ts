// Lists whose entries are table rows (docs/design.md, "Tables"): each column is mapped, by its
// header, to the cell template that writes it, so every table of a list (one per year, say,
// with different columns) gets rows in its own columns.

import type { EntryTemplate } from '../paper/entry-template.js';
import type { EntryReader } from './entry-reader.js';
import type { ListFile, Section, TableHead } from './list-file.js';
import { columnKey, pipeOffsets, splitCells, TABLE_DELIMITER } from './table-cells.js';
import { lineEnd } from './text-lines.js';

/** A table's columns as a row template needs them. */
export type TableShape = Pick<TableHead, 'cells' | 'compact'>;

/**
 * The template of a row of a table with `head`: each cell written by its column's template
 * (an empty cell for a column the list does not map). `undefined` when no column holds the title.
 */
export function rowTemplateSource(
  head: TableShape,
  columns: ReadonlyMap<string, string>,
): string | undefined {
  const own = head.cells.map((cell) => columns.get(columnKey(cell)) ?? '');
  // Cells place their values from left to right; where that leaves the title's cell empty (a Date
  // column of notes left of a Title column of `[**{notes}**] {title}`), the title's cell first.
  const titled = own.findIndex((template) => /\{title\}/.test(template));
  const row = placedFrom(own, -1) ?? (titled === -1 ? undefined : placedFrom(own, titled));
  if (!row) return undefined;
  return head.compact ? `|${row.join('|')}|` : `| ${row.join(' | ')} |`;
}

/** The row's cells, the cell `first` placing its values before the others; `undefined` without the title. */
function placedFrom(own: readonly string[], first: number): string[] | undefined {
  const placed = new Set<string>(first === -1 ? [] : valueNames(own[first]!));
  const cells = own.map((template, i) => (i === first ? template : cellTemplate(template, placed)));
  return placed.has('title') ? cells : undefined;
}

/** A cell's template beside the values other cells place (which it adds its own to). */
function cellTemplate(own: string, placed: Set<string>): string {
  // An optional part with a value another cell places is left out (`{[ <br> {notes}]}` after
  // `{links:Data}`, beside a Date column of notes).
  const template = withoutPlacedOptionals(own, placed);
  const names = valueNames(template);
  // A value goes in one cell only: a second column asking for it is left empty, or holds the
  // marker its cells show without a value (`-` in a Demo column beside a Code column of links).
  // A badge linking the paper again (`[![arXiv](badge)]({paper})`) shows the paper's link twice.
  const again = names.every((n) => n === 'paper') && PAPER_BADGE.test(template);
  if (!again && names.some((n) => placed.has(n)))
    return /^\{\[.*\]\|([^{}|]*)\}$/.exec(template)?.[1] ?? '';
  for (const n of names) placed.add(n);
  return template;
}

/** The values a cell template places, `{links:Data}` apart from `{links}`. */
function valueNames(template: string): string[] {
  return [...template.matchAll(/\{([a-z]+(?::[^{}\n]*)?)\}/g)].map((m) => m[1]!.toLowerCase());
}

/**
 * The template without its optional parts that hold a value placed already (which they could not
 * be written without), if a value of its own remains.
 */
function withoutPlacedOptionals(template: string, placed: ReadonlySet<string>): string {
  const kept = template.replace(/\{\[((?:(?!\]\}|\{\[)[\s\S])*)\]\}/g, (part, inner: string) =>
    valueNames(inner).some((n) => placed.has(n)) ? '' : part,
  );
  return kept !== template && valueNames(kept).length > 0 ? kept : template;
}

/** A cell template that is a badge image linking the paper, perhaps optional. */
const PAPER_BADGE = /^(?:\{\[)?\[!\[[^\]]*\]\([^)]*\)\]\(\{paper\}\)(?:\]\|[^{}]*\}|\]\})?$/;

/** Delimiter rows, found through a whole text. Rare, and quickly told from a row of cells. */
const DELIMITER_ROW = new RegExp(TABLE_DELIMITER.source, 'gm');

/**
 * The distinct table heads of the texts, in order of appearance: the row of cells right above
 * each delimiter row. The delimiter rows are searched for, not every row tried as a head: a
 * table of 10,000 rows costs one pass.
 */
export function tableHeads(texts: readonly string[]): TableShape[] {
  const seen = new Map<string, TableShape>();
  for (const text of texts) {
    let delimiter = -1;
    for (const match of text.matchAll(DELIMITER_ROW)) {
      const above = rowAbove(text, match.index);
      // A delimiter row is no head of the one under it: it already closed a head of its own.
      const row = above && above.start !== delimiter ? above.row : undefined;
      if (row !== undefined) delimiter = match.index;
      if (row === undefined) continue;
      const head = {
        cells: splitCells(row).map((c) => c.trim()),
        compact: /^\|[^ \t]/.test(row.trim()),
      };
      const key = headKey(head);
      if (!seen.has(key)) seen.set(key, head);
    }
  }
  return [...seen.values()];
}

/** The row of cells (`| a | b |`) on the line above the one starting at `start`, if it is one. */
function rowAbove(text: string, start: number): { row: string; start: number } | undefined {
  if (text[start - 1] !== '\n') return undefined;
  const end = text[start - 2] === '\r' ? start - 2 : start - 1;
  // The line ends at a `\n` or a lone `\r`; only this line is searched for either.
  const afterNewline = text.lastIndexOf('\n', end - 1) + 1;
  const lineStart = afterNewline + text.slice(afterNewline, end).lastIndexOf('\r') + 1;
  const row = text.slice(lineStart, end);
  return /^[ \t]*\|/.test(row) ? { row, start: lineStart } : undefined;
}

/**
 * Reads rows of tables with different heads: a row's values are those of the first row template
 * it matches whole, else of the first that finds its title, templates of as many cells as the
 * row first (a `| Paper | Code |` row is no short row of `| Name | Paper | Code |`, whose Paper
 * cell is its Code cell); its links are all its links either way. `cells`: each reader's count.
 */
export function makeTableReader(
  readers: readonly EntryReader[],
  cells: readonly number[] = [],
): EntryReader {
  const first = readers[0]!;
  const startsEntry = (line: string) => /^[ \t]*\|/.test(line);
  // One kind of table: its reader answers each question its own (quicker) way.
  if (readers.length === 1) return { ...first, startsEntry };
  // Callers ask several things of one row in turn (its title, then its date): the reader that
  // matched it last time is remembered, not looked for again.
  let lastText: string | undefined;
  let lastReader: EntryReader | undefined;
  const matching = (text: string) => {
    if (text !== lastText) {
      lastText = text;
      // A row read whole by none: the first template that finds its title reads it.
      const width = splitCells(text.slice(0, lineEnd(text))).length;
      // A row lacking its last cells is read as its table's (padded): wider tables' come after.
      const fits = (i: number) => cells[i] === undefined || cells[i] === width;
      lastReader =
        readers.find((r, i) => fits(i) && r.fields(text) !== undefined) ??
        readers.find((r) => r.fields(text) !== undefined) ??
        readers.find((r, i) => fits(i) && r.title(text) !== undefined) ??
        readers.find((r) => r.title(text) !== undefined);
    }
    return lastReader;
  };
  return {
    startsEntry,
    fields: (text) => matching(text)?.fields(text),
    title: (text) => (matching(text) ?? first).title(text),
    name: (text) => (matching(text) ?? first).name(text),
    date: (text) => (matching(text) ?? first).date(text),
    venue: (text) => (matching(text) ?? first).venue(text),
    links: (text) => first.links(text),
  };
}

/** The row template for the table a section's entries stand in (its first table). */
export function sectionRowTemplate(
  tables: readonly TableHead[],
  templates: ReadonlyMap<string, EntryTemplate>,
): EntryTemplate | undefined {
  const head = tables[0];
  return head ? templates.get(headKey(head)) : undefined;
}

/** The key of a table head among a list's heads. */
export function headKey(head: TableShape): string {
  return `${head.compact}|${head.cells.map(columnKey).join('|')}`;
}

/**
 * A new row padded like the rows of an aligned table (every row's pipes in the delimiter row's
 * columns): each cell filled with spaces to its column's width. The row as it is when the table
 * is not aligned, or when a cell of the new row is wider than its column.
 */
export function alignedRow(row: string, file: ListFile, section: Section): string {
  const table = section.tables[0];
  if (!table) return row;
  const lineOf = (end: number) => file.text.slice(file.text.lastIndexOf('\n', end - 1) + 1, end);
  const delimiter = lineOf(table.delimiterEnd).replace(/\r$/, '');
  const columns = pipeOffsets(delimiter);
  const rows = section.entries
    .slice(table.firstEntry, table.firstEntry + 5)
    .map((e) => file.text.slice(e.start, e.end));
  const same = (r: string) => pipeOffsets(r).join() === columns.join();
  if (columns.length < 2 || rows.length === 0 || !rows.every(same)) return row;
  const cells = splitCells(row);
  if (cells.length !== columns.length - 1) return row;
  let written = delimiter.slice(0, columns[0]! + 1);
  for (const [i, cell] of cells.entries()) {
    const width = columns[i + 1]! - columns[i]! - 1;
    const content = ` ${cell.trim()} `;
    if (content.length > width) return row;
    written += `${content.padEnd(width)}|`;
  }
  return written;
}
