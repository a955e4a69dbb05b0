import type { Entry, ListFile, Section } from '../list/list-file.js';
import { commonRun } from './common-run.js';

/**
 * The entries of a file's new version that a change added or changed, found the way a line
 * diff finds lines, with whole entries for lines: within each section (matched by its heading
 * and the headings it is nested in), the entries of a longest run of identical entries kept in
 * the same order are unchanged, and every other entry is the change's, including one it moved.
 * Line endings are not compared. A section whose heading is new is compared with the old
 * sections that are gone, so renaming a heading changes no entry. `before` is `undefined` for a
 * new file: then every entry is new.
 */
export function changedEntries(before: ListFile | undefined, after: ListFile): Set<Entry> {
  const old = new Map(before ? keyedSections(before).map((s) => [s.key, s.texts]) : []);
  const current = keyedSections(after);
  const currentKeys = new Set(current.map((s) => s.key));
  const gone = [...old].filter(([key]) => !currentKeys.has(key)).flatMap(([, texts]) => texts);
  const changed = new Set<Entry>();
  for (const { key, section, texts } of current) {
    const kept = commonRun(old.get(key) ?? gone, texts);
    section.entries.forEach((entry, i) => {
      if (!kept.has(i)) changed.add(entry);
    });
  }
  return changed;
}

interface KeyedSection {
  /** The heading chain, and which of the sections with that chain it is. */
  readonly key: string;
  readonly section: Section;
  /** The entries' texts, line endings made `\n`. */
  readonly texts: readonly string[];
}

function keyedSections(file: ListFile): KeyedSection[] {
  const seen = new Map<string, number>();
  return file.sections.map((section) => {
    const chain = [...section.parents, section.heading?.text ?? ''].join('\n');
    const occurrence = seen.get(chain) ?? 0;
    seen.set(chain, occurrence + 1);
    return {
      key: `${chain}\n${occurrence}`,
      section,
      texts: section.entries.map((e) => file.text.slice(e.start, e.end).replace(/\r\n?/g, '\n')),
    };
  });
}
