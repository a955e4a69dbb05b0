// The table heads of a list's files, found once per list however often inference, the formats it
// builds, the configuration's format and `init` ask for them: each search scans the whole text.
import type { SourceFile } from '../list/read-paper-list.js';
import { tableHeads, type TableShape } from '../list/table-format.js';

const known = new WeakMap<readonly SourceFile[], TableShape[]>();

/** The distinct table heads of the files (see `tableHeads`), remembered for the same files. */
export function headsOf(files: readonly SourceFile[]): TableShape[] {
  const found = known.get(files);
  if (found) return found;
  const heads = tableHeads(files.map((f) => f.text));
  known.set(files, heads);
  return heads;
}
