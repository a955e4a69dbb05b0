import { DEFAULT_AUTHOR_FORMAT, type AuthorFormat } from '../paper/entry-template.js';
import { lastSeparator } from '../paper/author-separators.js';
import { sampledEntries, type ListRead } from './list-read.js';
import { mostCounted, tally } from './tally.js';

/**
 * How the list separates authors, by majority over the entries that show several: `, ` between
 * names, and before the last one `, `, ` and ` or `, and `.
 */
export function authorFormat({ format, list }: ListRead): AuthorFormat {
  const lasts = new Map<string, number>();
  const separators = new Map<string, number>();
  for (const section of list.sections) {
    for (const entry of sampledEntries(section.block.entries)) {
      const authors = format.reader.fields(
        section.file.text.slice(entry.start, entry.end),
      )?.authors;
      if (authors === undefined || /et al/.test(authors)) continue;
      const last = lastSeparator(authors);
      if (!last) continue;
      tally(lasts, authors.slice(last.start, last.end).replace(/\s+/g, ' '));
      if (authors.slice(0, last.start).includes(',')) tally(separators, ', ');
    }
  }
  const last = mostCounted(lasts) ?? DEFAULT_AUTHOR_FORMAT.last;
  return { separator: mostCounted(separators) ?? DEFAULT_AUTHOR_FORMAT.separator, last };
}
