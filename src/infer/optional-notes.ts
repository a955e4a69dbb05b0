// Notes made optional with the punctuation around them: the form never requires notes.

import { wholeMarkup } from './brackets.js';

/**
 * The notes, with the punctuation that leads into them and closes them, as an optional part:
 * the form never requires notes, so `{links}, {notes}` writes no dangling `, ` without them.
 */
export function withOptionalNotes(source: string): string {
  const at = source.indexOf('{notes}');
  if (at === -1 || isInOptionalPart(source, at)) return source;
  const end = at + '{notes}'.length;
  let before = /[^\p{L}\p{N}{}|\n]*$/u.exec(source.slice(0, at))![0];
  let after = /^[^\p{L}\p{N}{}|\s]*/u.exec(source.slice(end))![0];
  if (at === before.length) {
    // Notes opening the entry (`- [2025/03/27] **Title**`): its marker stays, and the blanks
    // after the notes go with them. (On a line of its own, the whole line is the notes'.)
    before = before.replace(/^[ \t]*(?:[-*+]|\d{1,9}[.)])?[ \t]*/, '');
    after += /^[ \t]*/.exec(source.slice(end + after.length))![0];
  }
  // Notes inside brackets or bold they do not hold the other half of (`[[{notes}]](`) stay as
  // they are: a part with half a link would write half a link.
  if (!wholeMarkup(`${before}{notes}${after}`)) return source;
  const part = `{[${before}{notes}${after}]}`;
  return source.slice(0, at - before.length) + part + source.slice(end + after.length);
}

function isInOptionalPart(source: string, at: number): boolean {
  const head = source.slice(0, at);
  return head.lastIndexOf('{[') > head.lastIndexOf(']}');
}
