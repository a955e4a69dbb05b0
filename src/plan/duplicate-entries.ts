import type { EntryReader } from '../list/entry-reader.js';
import { findPaper, type PaperLocation } from '../list/find-paper.js';
import type { Entry, ListFile, Section } from '../list/list-file.js';
import type { PaperList } from '../list/paper-list.js';

/** A new or changed entry whose paper its section already lists. */
export interface DuplicateEntry {
  readonly file: ListFile;
  readonly entry: Entry;
  readonly title: string;
  /** The entry already there (an unchanged one, or a changed one above). */
  readonly existing: PaperLocation;
}

/**
 * The new or changed entries whose paper stands elsewhere in the same section, by the rules
 * for issues (docs/design.md, "Duplicates"): the same title or paper identity; other sections
 * are fine. Of two new entries for one paper, the lower one is the duplicate.
 */
export function duplicateEntries(
  list: PaperList,
  reader: EntryReader,
  changed: ReadonlySet<Entry>,
): DuplicateEntry[] {
  const duplicates: DuplicateEntry[] = [];
  for (const file of list.files) {
    for (const section of file.sections) {
      for (const entry of section.entries.filter((e) => changed.has(e))) {
        const text = file.text.slice(entry.start, entry.end);
        const title = reader.title(text);
        const identity = { title: title ?? '', links: reader.links(text) };
        const existing = findPaper(sectionView(list, file, section), identity, reader).same.find(
          (m) => m.entry !== entry && (!changed.has(m.entry) || m.entry.start < entry.start),
        );
        if (!existing) continue;
        duplicates.push({
          file,
          entry,
          title: title ?? `entry at line ${entry.line}`,
          existing,
        });
      }
    }
  }
  return duplicates;
}

/** The list narrowed to one section, so a paper is looked for only where it would clash. */
function sectionView(list: PaperList, file: ListFile, section: Section): PaperList {
  return {
    files: [{ ...file, sections: [section] }],
    sections: list.sections.filter((s) => s.block === section),
  };
}
