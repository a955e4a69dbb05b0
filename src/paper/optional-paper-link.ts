// A link to the paper with a label of its own is an optional part of the template it stands in.

import type { TemplateAtom, TemplatePart } from './entry-template.js';

/**
 * The text that opens a link around `{paper}`: `[[pdf]](`, `[pdf](`, `[[Paper](`, `[\[PDF\]](`, after
 * optional spaces.
 */
const LINK_OPENING = /[ \t]*(\[?\[(?:\\[[\]]|[^[\]\n])*\]\]?\()$/;

/**
 * A link to the paper with a label of its own (` [[pdf]]({paper})`) is optional: a paper without a
 * link leaves it out rather than writing `[[pdf]]()`. A title linked to the paper is not.
 */
export function optionalPaperLink(parts: TemplatePart[]): TemplatePart[] {
  const at = parts.findIndex((p) => p.kind === 'value' && p.name === 'paper');
  const before = parts[at - 1];
  const after = parts[at + 1];
  if (at === -1 || before?.kind !== 'text' || after?.kind !== 'text') return parts;
  const opening = LINK_OPENING.exec(before.text);
  if (!opening || !after.text.startsWith(')')) return parts;
  const outer = opening[1]!.startsWith('[[') && !opening[1]!.includes(']]');
  const closing = outer && after.text.startsWith(')]') ? ')]' : ')';
  // Blanks that open the line are its indent, kept when the link is left out (as a template
  // learnt with the part after them has it); after other text they go with the link.
  const lineIndent = at === 1 && before.text === opening[0];
  const opened = lineIndent ? opening[1]! : opening[0];
  const link: TemplateAtom[] = [
    { kind: 'text', text: opened },
    { kind: 'value', name: 'paper' },
    { kind: 'text', text: closing },
  ];
  const head = before.text.slice(0, before.text.length - opened.length);
  const tail = after.text.slice(closing.length);
  return [
    ...parts.slice(0, at - 1),
    ...(head ? [{ kind: 'text' as const, text: head }] : []),
    { kind: 'optional', parts: link },
    ...(tail ? [{ kind: 'text' as const, text: tail }] : []),
    ...parts.slice(at + 2),
  ];
}
