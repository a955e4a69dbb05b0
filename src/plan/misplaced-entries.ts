import type { Entry, ListFile } from '../list/list-file.js';
import type { PaperList } from '../list/paper-list.js';
import type { MovedEntry } from '../list/sort-list-file.js';
import { orderOf, type ListFormat } from '../list/list-format.js';
import { planSort } from './plan-sort.js';

/** A new or changed entry that stands out of order in its section. */
export interface MisplacedEntry {
  readonly file: ListFile;
  readonly entry: Entry;
  readonly title: string;
  readonly year?: number;
  readonly sectionName: string;
  /** The title of the entry it belongs right after; `undefined` when it belongs first. */
  readonly after?: string;
}

/**
 * The new or changed entries that are out of order. The sort planner decides, as for
 * `sort --check`, which sections are out of order and where each entry belongs; in each such
 * section that holds changed entries, the fewest changed entries are blamed that must move to
 * put it in order, keeping the entries that were already there in place. Entries without the
 * key the list is sorted by are left out: linting reports them.
 */
export function misplacedEntries(
  list: PaperList,
  format: ListFormat,
  changed: ReadonlySet<Entry>,
): MisplacedEntry[] {
  const misplaced: MisplacedEntry[] = [];
  for (const { file, sections } of planSort(list, format).files) {
    for (const { name, section, moved } of sections) {
      const entries = section.entries;
      if (!entries.some((e) => changed.has(e))) continue;
      const sorted = sortedIndexes(entries.length, moved);
      const stay = keptRun(sorted, blameWeights(entries, moved, changed));
      sorted.forEach((index, position) => {
        const entry = entries[index]!;
        if (stay.has(index) || !changed.has(entry)) return;
        const text = file.text.slice(entry.start, entry.end);
        const title = format.reader.title(text);
        const year = format.reader.date(text)?.year;
        const key = orderOf(format, name) === 'title' ? format.reader.name(text) : year;
        if (key === undefined) return;
        const previous = position > 0 ? entries[sorted[position - 1]!]! : undefined;
        misplaced.push({
          file,
          entry,
          title: title ?? `entry at line ${entry.line}`,
          ...(year !== undefined ? { year } : {}),
          sectionName: name,
          ...(previous ? { after: titleOf(file, previous, format) } : {}),
        });
      });
    }
  }
  return misplaced;
}

function titleOf(file: ListFile, entry: Entry, format: ListFormat): string {
  return (
    format.reader.title(file.text.slice(entry.start, entry.end)) ??
    `the entry at line ${entry.line}`
  );
}

/**
 * How much keeping each entry in place weighs: an entry that was there before outweighs any
 * number of changed ones, and among equals the entries the sort planner keeps weigh a little
 * more, so that with nothing old in the way the blame falls where `sort --check` puts it.
 */
function blameWeights(
  entries: readonly Entry[],
  moved: readonly MovedEntry[],
  changed: ReadonlySet<Entry>,
): (index: number) => number {
  const unit = entries.length + 1;
  const movedFrom = new Set(moved.map((m) => m.from));
  return (i) => (changed.has(entries[i]!) ? unit : unit * unit) + (movedFrom.has(i) ? 0 : 1);
}

/**
 * The section's sorted order as indexes into its entries, rebuilt from the sort planner's
 * moves: moved entries at their new places, the others in their old order around them.
 */
function sortedIndexes(count: number, moved: readonly MovedEntry[]): number[] {
  const sorted = new Array<number>(count).fill(-1);
  for (const move of moved) sorted[move.to] = move.from;
  const movedFrom = new Set(moved.map((m) => m.from));
  const stayed = [...Array(count).keys()].filter((i) => !movedFrom.has(i));
  let next = 0;
  return sorted.map((index) => (index === -1 ? stayed[next++]! : index));
}

/**
 * The values of an increasing subsequence of `values` (distinct integers from 0) with the
 * greatest total weight: the entries that can stay in place. O(n log n) with a Fenwick tree.
 */
function keptRun(values: readonly number[], weight: (value: number) => number): Set<number> {
  const tree = new Array<number>(values.length + 1).fill(-1);
  const total: number[] = [];
  const previous: number[] = [];
  const better = (a: number, b: number): number =>
    a === -1 || (b !== -1 && total[b]! > total[a]!) ? b : a;
  let best = -1;
  values.forEach((value, k) => {
    let before = -1;
    for (let i = value; i > 0; i -= i & -i) before = better(before, tree[i]!);
    total[k] = weight(value) + (before === -1 ? 0 : total[before]!);
    previous[k] = before;
    for (let i = value + 1; i < tree.length; i += i & -i) tree[i] = better(tree[i]!, k);
    best = better(best, k);
  });
  const kept = new Set<number>();
  for (let k = best; k !== -1; k = previous[k]!) kept.add(values[k]!);
  return kept;
}
