// Small helpers shared by the parsers of multi-line answers (authors, links).

/** A Markdown list marker at the start of an answer line (`- `, `* `, `1. `), tolerated. */
export const LIST_MARKER = /^(?:[-*+•]|\d{1,3}[.)])(?:\s+|$)/;

/** Text cut to 60 characters for a message, with `...` when cut. */
export function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
