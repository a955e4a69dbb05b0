// Lines a section holds that look like entries its format does not read: reported by `check`
// (src/list/unread-items.ts), so that a list the bot half reads never passes quietly.
import { HTML_TABLE, type ScannedLine } from './block-scanner.js';

/** A line linking a web page: in a paragraph of a list of paragraph entries, a paper unread. */
const WEB_LINK = /\]\(\s*<?https?:\/\//i;

/**
 * Whether a line that is no entry looks like one: a list item, a table row, an HTML table (its
 * rows are reported at its `<table>`), or, in a list whose entries are paragraphs, a paragraph
 * linking a web page.
 */
export function isStray(
  content: string,
  scanned: ScannedLine,
  paragraphStart: boolean,
  paragraphEntries: boolean,
): boolean {
  if (scanned.kind === 'list-item') return true;
  if (scanned.kind === 'html') return HTML_TABLE.test(content);
  if (scanned.kind !== 'text') return false;
  return (
    /^[ \t]*\|/.test(content) || (paragraphEntries && paragraphStart && WEB_LINK.test(content))
  );
}
