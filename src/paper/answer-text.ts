// Small helpers shared by the parsers of answers (authors, links) and their messages.

/** A whole answer item that is a Markdown link, `[text](url)` or `[text](<url>)`: text and url. */
export const MARKDOWN_LINK = /^\[([^\]]*)\]\(\s*<?([^\s>)]+)>?\s*\)$/;

/** A Markdown list marker at the start of an answer line (`- `, `* `, `1. `), tolerated. */
export const LIST_MARKER = /^(?:[-*+•]|\d{1,3}[.)])(?:\s+|$)/;

/**
 * Text cut to at most `max` characters (code points) for a message, a title or a log line, ending in `…` when
 * cut. The one way the bot shortens text.
 */
export function shorten(text: string, max = 60): string {
  if (text.length <= max) return text;
  // Cut between characters, never inside a surrogate pair (an emoji).
  const characters = Array.from(text);
  return characters.length > max ? `${characters.slice(0, max - 1).join('')}…` : text;
}
