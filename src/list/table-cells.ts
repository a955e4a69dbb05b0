/**
 * A table's delimiter row: `| --- | :---: |`, `---|---`. Written so that no two repetitions
 * can take the same blanks: a line of many blanks costs linear time, where the pattern it
 * replaced took cubic time.
 */
export const TABLE_DELIMITER = /^[ \t]*(?:\|[ \t]*)?(?::?-+:?[ \t]*\|[ \t]*)+(?::?-+:?[ \t]*)?$/;

/** The cells of a table row: split at pipes that are not escaped or inside code. */
export function splitCells(row: string): string[] {
  const body = row
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '');
  const cells: string[] = [];
  let cell = '';
  let code = false;
  for (let i = 0; i < body.length; i += 1) {
    const c = body[i]!;
    if (c === '`') code = !code;
    if (c === '|' && !code && body[i - 1] !== '\\') {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}

/** How a header cell names its column, for matching columns across tables: `**Paper Title**` → `paper title`. */
export function columnKey(cell: string): string {
  return cell.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Offsets of a row's unescaped pipes. */
export function pipeOffsets(row: string): number[] {
  const at: number[] = [];
  for (let i = 0; i < row.length; i += 1) if (row[i] === '|' && row[i - 1] !== '\\') at.push(i);
  return at;
}
