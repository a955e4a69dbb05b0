import type { ListFile, Section } from '../list/list-file.js';
import { sectionName, type PaperList } from '../list/paper-list.js';
import { sortListFile, type MovedEntry } from '../list/sort-list-file.js';
import { orderOf, type ListFormat } from '../list/list-format.js';

/** A section a re-sort changes, by name, with the entries that moved. */
export interface SectionMoves {
  readonly name: string;
  readonly section: Section;
  readonly moved: readonly MovedEntry[];
}

/** One file a re-sort changes. */
export interface SortedFile {
  readonly file: ListFile;
  readonly text: string;
  readonly sections: readonly SectionMoves[];
}

/** The decision of a re-sort: the files that change, none when everything is in order. */
export interface SortPlan {
  readonly files: readonly SortedFile[];
}

/**
 * Re-sorts every managed file (docs/design.md, "Order"); files already in order are not in the
 * plan.
 */
export function planSort(list: PaperList, format: ListFormat): SortPlan {
  const files: SortedFile[] = [];
  for (const file of list.files) {
    const sorted = sortListFile(
      file,
      format.reader,
      (section) => orderOf(format, sectionName(list, file, section)),
      { numbered: format.numbered, byMonth: format.byMonth, preprints: format.preprints },
    );
    if (sorted.changed.length === 0) continue;
    files.push({
      file,
      text: sorted.text,
      sections: sorted.changed.map((c) => ({
        name: sectionName(list, file, c.section),
        section: c.section,
        moved: c.moved,
      })),
    });
  }
  return { files };
}
