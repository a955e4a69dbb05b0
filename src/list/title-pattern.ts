// The title alone, read from an entry's first line: for entries that drift from their template
// after the title, which the whole template does not read.
import {
  isTableRow,
  type EntryTemplate,
  type LinkFormat,
  type TemplatePart,
} from '../paper/entry-template.js';
import { literalSource, partsSource, type Capture } from './entry-pattern.js';
import { unindented } from './line-ends.js';
import { settledTitleSource, TITLE_MARKS } from './title-blanks.js';

/**
 * A pattern reading only the title from an entry's first line (up to the title and the first word
 * after it, or the first word of each optional part that may follow it), for entries that drift
 * from the template after it; `undefined` if not on that line, or when nothing on the line tells
 * where the title ends.
 */
export function compileTitlePattern(template: EntryTemplate, loose = false): RegExp | undefined {
  // Loose: whatever stands where an optional part does (`**[RT-2]**` for `**{abbreviation}**: `).
  const parts = unindented(template.lines[0] ?? []).map((part) =>
    loose && part.kind === 'optional' ? { kind: 'text' as const, text: TITLE_MARKS.skipped } : part,
  );
  const at = parts.findIndex((p) => p.kind === 'value' && p.name === 'title');
  if (at === -1) return undefined;
  const next = parts[at + 1];
  // A title's own "." (or ";") may be missing where the template has one: `**Title**` for `**{title}.**`.
  const after = next?.kind === 'text' ? next.text : '';
  const dot = /^[ \t]*([.;])/.exec(after)?.[1];
  const rest = after.replace(/^([ \t]*)[.;]/, '$1');
  // Loosely, the title ends at the first character of the text after it (`"` of `", `).
  const firstWord = (text: string) => (loose ? /^[ \t]*\S/ : /^[ \t]*\S+/).exec(text)?.[0] ?? '';
  const stop = firstWord(rest);
  // Only a "." after the title, then optional parts: the title ends where one of them begins
  // (`. [pdf](`, ` [[code](`), or at the line's end when none is there.
  const following = parts.slice(next?.kind === 'text' ? at + 2 : at + 1);
  // An opening "." may be missing after a title's own "?": the word after it stops it too.
  const optionalStops =
    stop === ''
      ? openings(following, template.links)
          .flatMap((text) => [firstWord(text), firstWord(text.replace(/^[ \t]*[.;]/, ''))])
          .filter(Boolean)
      : [];
  const capture: Capture = (name, body) =>
    name === 'title' ? `${TITLE_MARKS.open}(${body})${TITLE_MARKS.close}` : `(?:${body})`;
  const context = { links: template.links, capture, cells: isTableRow(template) };
  const head = partsSource(parts.slice(0, at + 1), context, stop || (optionalStops[0] ?? ''));
  const tail = titleEnd(stop, dot, optionalStops, valuesFollow(following));
  if (tail === undefined) return undefined;
  return new RegExp(settledTitleSource(`${head}${tail}`, context.cells), 'i');
}

/**
 * What ends the title: the word after it, else any optional part's opening or the line's end;
 * where values follow that nothing marks (`{title}.{[ {authors}]} {venue}`), the title's "."
 * before a blank, else nothing (`undefined`). The "." may be missing except in that last case.
 */
function titleEnd(
  stop: string,
  dot: string | undefined,
  optionalStops: readonly string[],
  valuesAfter: boolean,
): string | undefined {
  const maybeDot = dot ? `\\${dot}?` : '';
  if (stop !== '') return `${maybeDot}${literalSource(stop, false)}`;
  const lineEnd = '[ \\t]*(?:$|\\r?\\n)';
  if (optionalStops.length > 0) {
    const stops = optionalStops.map((s) => literalSource(s, false));
    return `${maybeDot}(?:${stops.join('|')}|${lineEnd})`;
  }
  if (!valuesAfter) return `${maybeDot}${lineEnd}`;
  return dot ? `\\${dot}(?=[ \\t]|\\r?\\n|$)` : undefined;
}

/** Whether any value stands in the parts after the title on its line. */
function valuesFollow(parts: readonly TemplatePart[]): boolean {
  return parts.some((p) => p.kind === 'value' || (p.kind === 'optional' && p.parts.length > 0));
}

/**
 * The texts that may come first after the title: each optional part's opening (a run of links
 * opens as its item does), up to and including the first part that is always written.
 */
function openings(parts: readonly TemplatePart[], links: LinkFormat): string[] {
  const found: string[] = [];
  for (const part of parts) {
    const first = part.kind === 'optional' ? part.parts[0] : part;
    if (first?.kind === 'text') found.push(first.text);
    else if (first?.kind === 'value' && first.name === 'links')
      found.push(links.item.split('{label}')[0]!);
    else return found;
    if (part.kind !== 'optional') return found;
  }
  return found;
}
