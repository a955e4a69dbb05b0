// Patterns that find one value of an entry on its template line, for entries the whole template
// does not read: real entries drift from it.
import {
  isTableRow,
  type EntryTemplate,
  type Placeholder,
  type TemplatePart,
} from '../paper/entry-template.js';
import { splitCells } from './table-cells.js';

export interface ValuePattern {
  readonly pattern: RegExp;
  /** Index of the template line holding the value. */
  readonly line: number;
  /**
   * In a table row: the template's cell count, and the pattern for rows of another count (of a
   * table with other columns), which finds the value wherever its literal text stands.
   */
  readonly cells?: number;
  readonly anyCell?: RegExp;
}

/** The pattern for a line: the value's own cell in a row of the template's width. */
export function patternFor(value: ValuePattern, line: string): RegExp {
  if (value.cells === undefined || splitCells(line).length === value.cells) return value.pattern;
  return value.anyCell ?? value.pattern;
}

/**
 * A pattern capturing the first of `names` on its template line: the literal text between the
 * previous value (or the line start) and it, then the value, then the first word of the literal
 * text after it (all of that text when `wholeAfter`), or the line end. `spanned` captures from
 * the first of the values to the last.
 */
export function valuePattern(
  template: EntryTemplate,
  names: readonly Placeholder[],
  { spanned = false, wholeAfter = false } = {},
): ValuePattern | undefined {
  const named = (p: TemplatePart) => p.kind === 'value' && names.includes(p.name);
  for (const [index, parts] of template.lines.entries()) {
    const at = parts.findIndex(named);
    if (at === -1) continue;
    // Spanned: from the first of the values to the last (`{venue}, {year}` as `arXiv, 2023`).
    const end = spanned ? parts.findLastIndex(named) : at;
    let before = '';
    let anchored = true;
    for (let i = at - 1; i >= 0; i -= 1) {
      const part = parts[i]!;
      if (part.kind !== 'text') {
        anchored = false;
        break;
      }
      before = part.text + before;
    }
    const next = parts[end + 1];
    const words = wholeAfter ? /^.*/ : /^\s*\S+/;
    const after = next?.kind === 'text' ? (words.exec(next.text)?.[0] ?? '') : '';
    const afterPattern =
      after.trim() === '' ? '[ \\t]*$' : `[ \\t]*${literal(after.trim(), '[ \\t]*')}(?!\\()`;
    const pipes = index === 0 && isTableRow(template) ? pipesBefore(parts, at) : 0;
    // In a cell, a value with nothing known after it runs to the cell's end.
    const cellEnd = after.trim() === '' ? '[ \\t]*(?:\\||$)' : afterPattern;
    const anywhere = `${anchored ? '^[ \\t]*' : ''}${literal(before, '[ \\t]*')}[ \\t]*((?:\\\\.|[^\\\\\\n])*?)${afterPattern}`;
    if (pipes === 0) return { pattern: new RegExp(anywhere, 'i'), line: index };
    const own = `${inCell(before, pipes)}[ \\t]*((?:\\\\.|[^\\\\\\n|])*?)${cellEnd}`;
    return {
      pattern: new RegExp(own, 'i'),
      line: index,
      cells: cellCount(parts),
      anyCell: new RegExp(anywhere, 'i'),
    };
  }
  return undefined;
}

/**
 * In a table row, the value stands in its own cell: the cells before it skipped by their pipes,
 * then the literal text before it in its cell (after any value there). A row's other cells never
 * stand for it (`|Uber CausalML|NA|[Python](url)|` shows no title where the template has
 * `|{abbreviation}|[{title}]({paper})|{links}|`).
 */
function inCell(before: string, pipes: number): string {
  const cells = `^[ \\t]*\\|(?:(?:\\\\.|[^\\\\|\\n])*\\|){${pipes - 1}}`;
  const start = before.lastIndexOf('|');
  // A value before it in its cell: skipped up to the text that precedes this one.
  const gap = start === -1 ? '(?:\\\\.|[^\\\\|\\n])*?' : '';
  return `${cells}${gap}[ \\t]*${literal(before.slice(start + 1).trim(), '[ \\t]*')}`;
}

/** The cells of a table row's template line: its pipes, but the one closing the row. */
function cellCount(parts: readonly TemplatePart[]): number {
  const last = parts.at(-1);
  const closed = last?.kind === 'text' && last.text.trimEnd().endsWith('|');
  return pipesBefore(parts, parts.length) - (closed ? 1 : 0);
}

/** The pipes that open cells before part `at` of a table row's template line. */
function pipesBefore(parts: readonly TemplatePart[], at: number): number {
  let pipes = 0;
  for (const part of parts.slice(0, at)) {
    const texts =
      part.kind === 'text'
        ? [part.text]
        : part.kind === 'optional'
          ? part.parts.flatMap((a) => (a.kind === 'text' ? [a.text] : []))
          : [];
    for (const text of texts) pipes += (text.replace(/\\./g, '').match(/\|/g) ?? []).length;
  }
  return pipes;
}

export /** A regular expression source matching `text` literally, with any run of whitespace as `space`. */
function literal(text: string, space: string): string {
  return text
    .split(/[ \t]+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join(space);
}
