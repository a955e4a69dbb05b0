// A heading that names a paper, as the first line of an entry that is a heading.

import { withoutTrailingBlanks } from '../list/text-lines.js';

/** A link in a heading's text: the heading is read as a line of values, not as a title alone. */
export const LINKED = /\]\(<?https?:\/\//;

/**
 * A heading that names a paper: `##### [Maxout Networks]`, `### **Title**` or `### Title`, as the
 * template's first line (`##### [{title}]`) and the title's text.
 */
export function headingTitle(line: string): { source: string; title: string } | undefined {
  const marks = /^[ \t]{0,3}#{1,6}[ \t]+/.exec(line)?.[0];
  if (marks === undefined) return undefined;
  // Taken apart by hand, not with one pattern: blanks the title's pattern could share with the
  // marks or the end took cubic time on a long run of them.
  const rest = line.slice(marks.length);
  if (rest === '' || /[\r\n\u2028\u2029]/.test(rest)) return undefined;
  const open = OPENING_MARKS.find((mark) => rest.length > mark.length && rest.startsWith(mark))!;
  const inner = withoutTrailingBlanks(rest).slice(open.length);
  // Only blanks after an opening mark: a title never closed.
  if (inner === '') return undefined;
  const close = CLOSING_MARKS.find((mark) => inner.length > mark.length && inner.endsWith(mark))!;
  const paired = open === '[' ? close === ']' : open === close;
  if (!paired) return undefined;
  const title = inner.slice(0, inner.length - close.length);
  return { source: `${marks}${open}{title}${close}`, title: title.trim() };
}

/** What may wrap a paper heading's title, tried in this order; `''` for nothing. */
const OPENING_MARKS = ['[', '**', '__', ''] as const;
const CLOSING_MARKS = [']', '**', '__', ''] as const;
