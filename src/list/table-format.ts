// Lists whose entries are table rows (docs/design.md, "Tables"): each column is mapped, by its
// header, to the cell template that writes it, so every table of a list (one per year, say,
// with different columns) gets rows in its own columns.

import type { EntryTemplate } from '../paper/entry-template.js';
import type { EntryReader } from './entry-reader.js';
import type { TableHead } from './list-file.js';
import { columnKey, splitCells } from './table-cells.js';

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
  const placed = new Set<string>();
  const cells = head.cells.map((cell) => {
    const template = columns.get(columnKey(cell)) ?? '';
    const names = [...template.matchAll(/\{([a-z]+)\}/g)].map((m) => m[1]!);
    // A value goes in one cell only: a second column asking for it is left empty.
    if (names.some((n) => placed.has(n))) return '';
    for (const n of names) placed.add(n);
    return template;
  });
  if (!placed.has('title')) return undefined;
  return head.compact ? `|${cells.join('|')}|` : `| ${cells.join(' | ')} |`;
}

const HEADER_THEN_DELIMITER =
  /^([ \t]*\|[^\n\r]*)\r?\n[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+(?:[ \t]*:?-+:?[ \t]*)?[ \t]*$/gm;

/** The distinct table heads of the texts, in order of appearance. */
export function tableHeads(texts: readonly string[]): TableShape[] {
  const seen = new Map<string, TableShape>();
  for (const text of texts) {
    for (const match of text.matchAll(HEADER_THEN_DELIMITER)) {
      const row = match[1]!;
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

/**
 * Reads rows of tables with different heads: a row's values are those of the first row template
 * it matches whole; its links are all its links either way.
 */
export function makeTableReader(readers: readonly EntryReader[]): EntryReader {
  const first = readers[0]!;
  const matching = (text: string) => readers.find((r) => r.fields(text) !== undefined);
  return {
    startsEntry: (line) => /^[ \t]*\|/.test(line),
    fields: (text) => matching(text)?.fields(text),
    title: (text) => (matching(text) ?? first).title(text),
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
