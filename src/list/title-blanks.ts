// The blanks around a title in a title pattern (entry-pattern.ts), settled so that a run of
// them is read one way.

/** Blanks, as literal text compiles them: any run, perhaps none. */
const BLANKS = '[ \\t]*';

/**
 * Marks in a title pattern's source until it is settled: where the title's capture opens and
 * closes, and where a loose pattern skips whatever stands in place of an optional part.
 */
export const TITLE_MARKS = { open: '\u0001', close: '\u0002', skipped: '\u0000' } as const;

/**
 * A title pattern's source settled: anchored at the line's start (its blanks read once), the
 * skipped parts written out, and the blanks around the title and those parts left to their
 * neighbours. `cells`: entries are table rows, and what is skipped stays within its cell.
 */
export function settledTitleSource(source: string, cells: boolean): string {
  const settled = withoutBlankAmbiguity(skippedParts(source, cells));
  return `^${settled.startsWith(BLANKS) ? '' : BLANKS}${settled}`;
}

/**
 * A title that neither starts right after blanks the text before it may take, nor ends right
 * before blanks the text after it may take: those blanks are that text's. Else every split of a
 * run of blanks between the title and its neighbours is tried on a line that does not match,
 * which took cubic time on long runs of them. The title read is the same, blanks trimmed.
 */
function withoutBlankAmbiguity(source: string): string {
  const open = source.indexOf(TITLE_MARKS.open);
  if (open === -1) return source;
  const before = source.slice(0, open);
  const leading = BLANK_RUN_END.test(before) ? '(?![ \\t])' : '';
  const close = source.indexOf(TITLE_MARKS.close);
  const after = source.slice(close + 1);
  const trailing = after.startsWith('[ \\t]') ? '(?<![ \\t])' : '';
  return `${before}${leading}${source.slice(open + 1, close)}${trailing}${after}`;
}

/**
 * Each skipped part as the text it skips: anything on the line (in a table, within the
 * cell), perhaps nothing. Like the title, it neither starts nor ends where the blanks beside it
 * may stand.
 */
function skippedParts(source: string, cells: boolean): string {
  const char = cells ? '[^\\n|]' : '[^\\n]';
  const solid = cells ? '[^\\n| \\t]' : '[^\\n \\t]';
  const pieces = source.split(TITLE_MARKS.skipped);
  return pieces.reduce((joined, piece, i) => {
    if (i === 0) return piece;
    const first = BLANK_RUN_END.test(joined) ? solid : char;
    const last = piece.startsWith('[ \\t]') ? solid : char;
    return `${joined}(?:${first}(?:${char}*?${last})?)?${piece}`;
  }, '');
}

/** Literal text ending in a run of blanks, as it compiles. */
const BLANK_RUN_END = /\[ \\t\][*+]$/;
