// Patterns that find one value of an entry on its template line, for entries the whole template
// does not read: real entries drift from it.
import type { EntryTemplate, Placeholder, TemplatePart } from '../paper/entry-template.js';

export interface ValuePattern {
  readonly pattern: RegExp;
  /** Index of the template line holding the value. */
  readonly line: number;
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
    const source = `${anchored ? '^[ \\t]*' : ''}${literal(before, '[ \\t]*')}[ \\t]*((?:\\\\.|[^\\\\\\n])*?)${afterPattern}`;
    return { pattern: new RegExp(source, 'i'), line: index };
  }
  return undefined;
}

export /** A regular expression source matching `text` literally, with any run of whitespace as `space`. */
function literal(text: string, space: string): string {
  return text
    .split(/[ \t]+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join(space);
}
