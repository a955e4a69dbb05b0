// Table rows with fewer cells than their table's head (`| [Title](url) | arXiv | 2024-03 |` under
// five columns): Markdown reads the cells a row lacks as empty, and so does the bot.

import type { ListFile, Section } from './list-file.js';
import { pipeOffsets } from './table-cells.js';
import type { TableShape } from './table-format.js';

/**
 * A row with fewer cells than `head`, or without its closing pipe, with the cells it lacks
 * written empty, the way the row template writes an empty cell; `undefined` for a row with all
 * its cells, or more.
 */
export function paddedRow(text: string, head: TableShape): string | undefined {
  if (text.includes('\n')) return undefined;
  // A row may leave out its closing pipe too (`| [Title](url) | arXiv | 2023-12`).
  const trimmed = text.trimEnd();
  const row = trimmed.endsWith('|') ? trimmed : `${trimmed}${head.compact ? '' : ' '}|`;
  const missing = head.cells.length - cellCount(row);
  if (missing < 0 || (missing === 0 && row === trimmed)) return undefined;
  return `${row}${(head.compact ? '|' : '  |').repeat(missing)}`;
}

/** The cells of a row that opens and closes with a pipe: its unescaped pipes, less one. */
export function cellCount(row: string): number {
  return pipeOffsets(row).length - 1;
}

/** The rows looked at to tell how a table writes rows with nothing in their last cells. */
const ROWS_LOOKED_AT = 50;

/**
 * A new row written as its table's rows are: without the empty cells that end it, when more of
 * the table's rows leave such cells out (`| [Title](url) | arXiv | 2024-03 |` under five
 * columns) than write them empty (`| … | 2024-03 |  |  |`). The row as it is otherwise.
 */
export function shortenedLike(row: string, file: ListFile, section: Section): string {
  const table = section.tables[0];
  if (!table) return row;
  const width = table.cells.length;
  let short = 0;
  let empty = 0;
  for (const entry of section.entries.slice(table.firstEntry, table.firstEntry + ROWS_LOOKED_AT)) {
    const text = file.text.slice(entry.start, entry.end).trimEnd();
    if (!text.endsWith('|')) continue;
    if (cellCount(text) < width) short += 1;
    else if (EMPTY_LAST_CELL.test(text)) empty += 1;
  }
  if (short <= empty) return row;
  let out = row.trimEnd();
  while (cellCount(out) > 1 && EMPTY_LAST_CELL.test(out)) out = out.slice(0, -1).trimEnd();
  return out;
}

/** A row whose last cell is empty: `| … |  |`. */
const EMPTY_LAST_CELL = /(?<!\\)\|[ \t]*\|$/;
