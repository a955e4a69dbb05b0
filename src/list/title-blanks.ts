// The blanks around a title in a title pattern (entry-pattern.ts), settled so that a run of
// them is read one way.

/** Blanks, as literal text compiles them: any run, perhaps none. */
export const BLANKS = '[ \\t]*';

/** Where the title's capture opens and closes in a title pattern, until they are settled. */
export const TITLE_OPENS = '\u0001';
export const TITLE_CLOSES = '\u0002';

/**
 * A title that neither starts right after blanks the text before it may take, nor ends right
 * before blanks the text after it may take: those blanks are that text's. Else every split of a
 * run of blanks between the title and its neighbours is tried on a line that does not match,
 * which took cubic time on long runs of them. The title read is the same, blanks trimmed.
 */
export function withoutBlankAmbiguity(source: string): string {
  const open = source.indexOf(TITLE_OPENS);
  if (open === -1) return source;
  const before = source.slice(0, open);
  const leading = /\[ \\t\][*+]$/.test(before) ? '(?![ \\t])' : '';
  const close = source.indexOf(TITLE_CLOSES);
  const after = source.slice(close + 1);
  const trailing = after.startsWith('[ \\t]') ? '(?<![ \\t])' : '';
  return `${before}${leading}${source.slice(open + 1, close)}${trailing}${after}`;
}
