// Where an author list separates its last name from the others: `, `, ` and `, `, and `, ` & `.

const BLANK = /\s/;

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
