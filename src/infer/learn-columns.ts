// Learns how each column of a list's tables is written: the cells of every column with the same
// header, across all tables, give the column's cell template.

import type { TableHead } from '../list/list-file.js';
import { columnKey, splitCells } from '../list/table-cells.js';
import type { CandidateEntry } from './collect-entries.js';
import { cellSkeleton } from './entry-skeleton.js';
import { mergeSkeletons } from './merge-skeletons.js';

/** Column names whose header says what the cells hold, where the cells alone cannot. */
const HINTS: readonly (readonly [RegExp, string])[] = [
  [/venue|conference|conf\b|journal|publication|published|proceedings/, 'venue'],
  [/author/, 'authors'],
  [/^(?:year|date|time)$/, 'year'],
  [/^(?:name|method|model|short name|abbreviation|acronym|alias)$/, 'abbreviation'],
];

/** The learnt columns: cell template by column name, and how link items were written. */
export interface LearntColumns {
  readonly columns: Record<string, string>;
  readonly linkItems: Map<string, number>;
}

/** Each column's cell template, from the rows of every table with that column. */
export function learnColumns(rows: readonly CandidateEntry[]): LearntColumns {
  const cells = new Map<string, Map<string, number>>();
  const names = new Map<string, string>();
  const linkItems = new Map<string, number>();
  for (const row of rows) {
    const head = row.head;
    if (!head) continue;
    splitCells(row.lines[0]!).forEach((cell, i) => {
      const name = head.cells[i];
      if (name === undefined) return;
      const key = columnKey(name);
      names.set(key, name.replace(/[*_`]/g, '').trim());
      const skeleton = cellSkeleton(cell);
      const counts = cells.get(key) ?? new Map<string, number>();
      counts.set(skeleton.source, (counts.get(skeleton.source) ?? 0) + 1);
      cells.set(key, counts);
      if (skeleton.linkItem)
        linkItems.set(skeleton.linkItem, (linkItems.get(skeleton.linkItem) ?? 0) + 1);
    });
  }
  const columns: Record<string, string> = {};
  for (const [key, counts] of cells) {
    const counted = [...counts]
      .map(([source, count]) => ({ source, count }))
      .sort((a, b) => b.count - a.count);
    // A column of literal text (`:heavy_minus_sign:`, `-`) keeps it: new rows write the same.
    columns[names.get(key)!] = hinted(key, mergeSkeletons(counted));
  }
  return { columns: withOneTitle(columns), linkItems };
}

/**
 * A column's cells read as the header says: a venue, authors or year column's notes are that
 * value; a column not named for authors does not hold them (names of methods look like names).
 */
function hinted(key: string, template: string): string {
  for (const [pattern, name] of HINTS) {
    if (pattern.test(key)) return template.replace('{notes}', `{${name}}`);
  }
  return template.replace('{authors}', '{notes}');
}

/** Only the column most likely to hold the title keeps `{title}`; others holding it are dropped. */
function withOneTitle(columns: Record<string, string>): Record<string, string> {
  const titled = Object.keys(columns).filter((name) => columns[name]!.includes('{title}'));
  if (titled.length <= 1) return columns;
  const best =
    titled.find((n) => /title/i.test(n)) ?? titled.find((n) => /paper|name/i.test(n)) ?? titled[0]!;
  const kept: Record<string, string> = {};
  for (const [name, cell] of Object.entries(columns)) {
    if (name === best || !cell.includes('{title}')) kept[name] = cell;
  }
  return kept;
}

/** The table a row stands in: the last one opened before it in its section. */
export function headOf(tables: readonly TableHead[], index: number): TableHead | undefined {
  let found: TableHead | undefined;
  for (const table of tables) if (table.firstEntry <= index) found = table;
  return found;
}
