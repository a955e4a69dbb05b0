// How a template line may start and end in an entry: the blanks around it are the writer's choice.
import type { TemplatePart } from '../paper/entry-template.js';

/**
 * A line's parts without the blanks it ends with: a line may end with them, or not. Blanks before
 * an optional part that ends the line go into it (`{links} {[![Stars](…)]}`): without the part,
 * they would end the line, and may be missing as any line's last blanks.
 */
export function lineWithoutTrailingBlanks(parts: readonly TemplatePart[]): TemplatePart[] {
  const last = parts.at(-1);
  if (last?.kind === 'optional' && last.fallback === undefined) return blanksIntoLast(parts, last);
  const text = last?.kind === 'text' ? last.text.replace(/[ \t]+$/, '') : undefined;
  if (text === undefined) return [...parts];
  return text === '' ? parts.slice(0, -1) : [...parts.slice(0, -1), { kind: 'text', text }];
}

function blanksIntoLast(
  parts: readonly TemplatePart[],
  last: Extract<TemplatePart, { kind: 'optional' }>,
): TemplatePart[] {
  const before = parts.at(-2);
  const blanks = before?.kind === 'text' ? /[ \t]+$/.exec(before.text)?.[0] : undefined;
  if (before?.kind !== 'text' || blanks === undefined) return [...parts];
  const text = before.text.slice(0, -blanks.length);
  const [first, ...rest] = last.parts;
  const opening =
    first?.kind === 'text'
      ? [{ kind: 'text' as const, text: blanks + first.text }, ...rest]
      : [{ kind: 'text' as const, text: blanks }, ...last.parts];
  const kept = text === '' ? [] : [{ kind: 'text' as const, text }];
  return [...parts.slice(0, -2), ...kept, { ...last, parts: opening }];
}

/** The first line's parts without its indent: entries are read at any indent up to three spaces. */
export function unindented(parts: readonly TemplatePart[]): TemplatePart[] {
  const [first, ...rest] = parts;
  if (first?.kind !== 'text') return [...parts];
  const text = first.text.replace(/^[ \t]+/, '');
  return text === '' ? rest : [{ kind: 'text', text }, ...rest];
}

/**
 * A line's parts without the indent of an optional part that opens it (`{[  [[pdf]]({paper})]}`,
 * or `  {[[[pdf]]({paper})]}`): the line end before it takes the indent, and the part must still
 * match when it is there.
 */
export function optionalUnindented(parts: readonly TemplatePart[]): TemplatePart[] {
  const [first, ...rest] = parts;
  if (first?.kind === 'text' && /^[ \t]+$/.test(first.text) && rest[0]?.kind === 'optional')
    return optionalUnindented(rest);
  const atom = first?.kind === 'optional' ? first.parts[0] : undefined;
  if (first?.kind !== 'optional' || atom?.kind !== 'text') return [...parts];
  const text = atom.text.replace(/^[ \t]+/, '');
  const atoms =
    text === '' ? first.parts.slice(1) : [{ kind: 'text' as const, text }, ...first.parts.slice(1)];
  return [{ ...first, parts: atoms }, ...rest];
}
