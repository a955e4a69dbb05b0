// A learnt template's literal text is the list's own: words found in one entry alone are that
// entry's (a paper's title left literal where the entries' lines varied), and a template holding
// them would write them into every new entry. Entries without them are not read whole: they are
// not what the template writes.
import type { ListFormat } from '../list/list-format.js';
import { templateAtoms, type EntryTemplate } from '../paper/entry-template.js';

/** A literal this long in words is an entry's own text unless other entries share it. */
const WORDS = 3;

/** How many of the entries the format reads whole, and holding every literal of its template. */
export function countWhole(format: ListFormat, entries: readonly string[]): number {
  const own = unsharedLiterals(format.template, entries);
  let whole = 0;
  for (const text of entries) {
    if (format.reader.fields(text) !== undefined && own.every((w) => text.includes(w))) whole += 1;
  }
  return whole;
}

/** The template's wordy literals that fewer than two of the entries hold. */
export function unsharedLiterals(template: EntryTemplate, entries: readonly string[]): string[] {
  return wordyLiterals(template).filter((text) => {
    let seen = 0;
    for (const entry of entries) {
      if (entry.includes(text)) seen += 1;
      if (seen >= 2) return false;
    }
    return true;
  });
}

/** The template's literal texts of three words or more (words of two letters or more). */
function wordyLiterals(template: EntryTemplate): string[] {
  return templateAtoms(template)
    .flatMap((atom) => (atom.kind === 'text' ? [atom.text.trim()] : []))
    .filter((text) => (text.match(/\p{L}{2,}/gu)?.length ?? 0) >= WORDS);
}
