/** One line of a text: 1-based number, content offsets (line ending excluded) and content. */
export interface TextLine {
  readonly number: number;
  readonly start: number;
  readonly end: number;
  readonly content: string;
}

/**
 * Calls `visit` for each line of `text` in order. LF, CRLF and a lone CR all end a line; a final
 * line ending does not start another line. A byte order mark opening the text is not part of the
 * first line (editors on Windows write one; the heading after it is a heading). Linear: each CR
 * is searched for once.
 */
export function forEachLine(text: string, visit: (line: TextLine) => void): void {
  let number = 0;
  let at = text.charCodeAt(0) === BYTE_ORDER_MARK ? 1 : 0;
  const length = text.length;
  // Next CR at or after `at`; searched again only once passed, so the scan stays linear.
  // A regular expression search, not indexOf: it makes V8 flatten a text it holds in pieces (as
  // Node hands over large files), which indexOf would otherwise walk a character at a time, for
  // seconds on a list of 10,000 entries.
  let nextCr = text.search(/\r/);
  while (at < length) {
    number += 1;
    const start = at;
    let end = text.indexOf('\n', at);
    let next: number;
    if (end === -1) {
      end = length;
      next = length;
    } else {
      next = end + 1;
    }
    if (end > start && text.charCodeAt(end - 1) === 13) end -= 1;
    if (nextCr !== -1 && nextCr < start) nextCr = text.indexOf('\r', start);
    if (nextCr !== -1 && nextCr < end) {
      // A lone CR also ends a line.
      end = nextCr;
      next = nextCr + 1;
    }
    at = next;
    visit({ number, start, end, content: text.slice(start, end) });
  }
}

const BYTE_ORDER_MARK = 0xfeff;

/** The line ending a file uses: that of its first line end (`\n` when it has none). */
export function detectEol(text: string): '\n' | '\r\n' | '\r' {
  const lf = text.indexOf('\n');
  const cr = text.indexOf('\r');
  if (cr !== -1 && (lf === -1 || cr < lf)) return text[cr + 1] === '\n' ? '\r\n' : '\r';
  return '\n';
}

/**
 * One line end, as a pattern's source. A CRLF is one line end, and a CR alone only where no LF
 * follows it: `\r\n?` would let a CRLF's CR and LF count as two, every CRLF as a blank line.
 */
export const LINE_END_SOURCE = '(?:\\r\\n|\\r(?!\\n)|\\n)';

/** A blank line between two line ends. */
export const BLANK_LINE = new RegExp(`${LINE_END_SOURCE}[ \\t]*${LINE_END_SOURCE}`);

/** Whether a character is a space or a tab: the blanks Markdown lines are padded with. */
export function isBlank(c: string | undefined): boolean {
  return c === ' ' || c === '\t';
}

/**
 * The text without its final spaces and tabs, read from the end: a pattern for them is tried at
 * every blank, quadratic on a long run of them.
 */
export function withoutTrailingBlanks(text: string): string {
  let end = text.length;
  while (isBlank(text[end - 1])) end -= 1;
  return end === text.length ? text : text.slice(0, end);
}

/** Where the line starting at `from` ends: at its first CR or LF, else at the text's end. */
export function lineEnd(text: string, from = 0): number {
  const lf = text.indexOf('\n', from);
  const cr = text.indexOf('\r', from);
  if (lf === -1) return cr === -1 ? text.length : cr;
  return cr === -1 ? lf : Math.min(lf, cr);
}
