import { DEFAULT_AUTHOR_FORMAT, type AuthorFormat } from '../paper/entry-template.js';
import { sampledEntries, type ListRead } from './list-read.js';

const BLANK = /\s/;

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
      count(lasts, authors.slice(last.start, last.end).replace(/\s+/g, ' '));
      if (authors.slice(0, last.start).includes(',')) count(separators, ', ');
    }
  }
  const last = top(lasts) ?? DEFAULT_AUTHOR_FORMAT.last;
  return { separator: top(separators) ?? DEFAULT_AUTHOR_FORMAT.separator, last };
}

function count(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

function top(counts: ReadonlyMap<string, number>): string | undefined {
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * Where the separator before an author list's last name stands: the first ` and ` (`, and `)
 * or ` & ` after which no comma or `&` comes, else the last comma with the blanks after it.
 * Searched by hand: the pattern it replaced took cubic time on long runs of blanks.
 */
export function lastSeparator(authors: string): { start: number; end: number } | undefined {
  const comma = authors.lastIndexOf(',');
  const amp = authors.lastIndexOf('&');
  if (amp > comma) return widened(authors, amp, amp + 1);
  const and = /\sand\s/.exec(authors.slice(comma + 1));
  if (and) {
    const at = comma + 1 + and.index + 1;
    const separator = widened(authors, at, at + 3);
    // `, and `: the comma opens the separator when only blanks stand between them.
    return separator.start === comma + 1 && comma !== -1
      ? { ...separator, start: comma }
      : separator;
  }
  if (comma === -1 || !BLANK.test(authors[comma + 1] ?? '')) return undefined;
  return widened(authors, comma, comma + 1, false);
}

/** `start`–`end` with the blanks after it, and before it unless `before` is false. */
function widened(
  text: string,
  start: number,
  end: number,
  before = true,
): { start: number; end: number } {
  let from = start;
  while (before && from > 0 && BLANK.test(text[from - 1]!)) from -= 1;
  let to = end;
  while (to < text.length && BLANK.test(text[to]!)) to += 1;
  return { start: from, end: to };
}
