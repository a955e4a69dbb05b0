import { findFenceClose, openingFence } from './code-fence.js';
import type { FormField } from './form-field.js';

const HEADING = /^ {0,3}###[ \t]+(.*)$/;

/** The text of a `### <text>` line, trimmed, or `undefined` when the line is no such heading. */
function headingText(line: string): string | undefined {
  const text = HEADING.exec(line)?.[1]?.trim();
  return text === undefined || text === '' ? undefined : text;
}

/** Folds a label for the lenient comparison: Unicode NFC, lower case, runs of spaces as one. */
function foldLabel(label: string): string {
  return label.trim().normalize('NFC').toLowerCase().replace(/\s+/g, ' ');
}

/**
 * Where the answer owned by the heading at `headingAt` may open a code fence. An input or
 * dropdown answer is one line, so a fence marker there is text (otherwise a title such as
 * "```foo" could swallow every heading after it); the lines after it may still hold fences, for
 * instance when a later field's heading was deleted from the issue.
 */
function singleLineAnswerAt(lines: readonly string[], headingAt: number): number {
  let index = headingAt + 1;
  while (index < lines.length && (lines[index] ?? '').trim() === '') index += 1;
  return index;
}

/**
 * The first line at or after `from` that is a `### <label>` heading accepted by `matches`.
 *
 * A matching line inside a fenced code block is a quote, not the heading, when a matching line
 * also follows the block: the real heading comes later. When nothing matching follows, the
 * fence was unclosed in its answer (it only seemed to close on a fence of a later answer) and
 * the line inside is the heading. One pass over the lines, then one over the candidates.
 */
function findHeading(
  lines: readonly string[],
  from: number,
  noFenceAt: number,
  matches: (text: string) => boolean,
  claimed: ReadonlySet<number>,
): number | undefined {
  const candidates: { at: number; fenceEnd?: number }[] = [];
  const isMatch = (line: string, index: number) => {
    const text = headingText(line);
    return text !== undefined && !claimed.has(index) && matches(text);
  };
  for (let index = from; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    const fence = index === noFenceAt ? undefined : openingFence(line);
    const close = fence === undefined ? -1 : findFenceClose(lines, index + 1, fence);
    if (close !== -1) {
      for (let inner = index + 1; inner < close; inner += 1) {
        if (isMatch(lines[inner] ?? '', inner)) candidates.push({ at: inner, fenceEnd: close });
      }
      index = close;
      continue;
    }
    if (isMatch(line, index)) candidates.push({ at: index });
  }
  let first: number | undefined;
  let lastCounted: number | undefined;
  for (let k = candidates.length - 1; k >= 0; k -= 1) {
    const { at, fenceEnd } = candidates[k]!;
    const quoted = fenceEnd !== undefined && lastCounted !== undefined && lastCounted > fenceEnd;
    if (quoted) continue;
    first = at;
    lastCounted = Math.max(lastCounted ?? at, at);
  }
  return first;
}

/** The heading of `field` at or after `from`: the exact label first, else case-insensitively. */
function findFieldHeading(
  lines: readonly string[],
  field: FormField,
  from: number,
  noFenceAt: number,
  claimed: ReadonlySet<number>,
): number | undefined {
  const label = field.label.trim();
  if (label === '') return undefined;
  const folded = foldLabel(label);
  return (
    findHeading(lines, from, noFenceAt, (text) => text === label, claimed) ??
    findHeading(lines, from, noFenceAt, (text) => foldLabel(text) === folded, claimed)
  );
}

/** The greedy pass: each field's heading after the heading of the last field found before it. */
function findInOrder(
  lines: readonly string[],
  fields: readonly FormField[],
): { found: (number | undefined)[]; claimed: Set<number> } {
  const found: (number | undefined)[] = [];
  const claimed = new Set<number>();
  let from = 0;
  let noFenceAt = -1;
  for (const field of fields) {
    const at = findFieldHeading(lines, field, from, noFenceAt, claimed);
    found.push(at);
    if (at === undefined) continue;
    claimed.add(at);
    from = at + 1;
    noFenceAt = field.type === 'textarea' ? -1 : singleLineAnswerAt(lines, at);
  }
  return { found, claimed };
}

/**
 * The fields in the order their labels first appear as headings in the body (fields never seen
 * last, in template order): the order of an issue filed with an older version of the form.
 */
function bodyOrder(lines: readonly string[], fields: readonly FormField[]): number[] {
  const first = fields.map((field) => {
    const folded = foldLabel(field.label);
    const at = lines.findIndex((line) => {
      const text = headingText(line);
      return text !== undefined && foldLabel(text) === folded;
    });
    return at === -1 ? Number.POSITIVE_INFINITY : at;
  });
  return fields.map((_field, index) => index).sort((a, b) => first[a]! - first[b]! || a - b);
}

/**
 * The greedy pass in template order, or in the body's own order when that finds more headings:
 * an issue filed with an older form (the paper link used to come after the section) must not
 * have a later answer that quotes an earlier label taken for that label's heading.
 */
function findInBestOrder(lines: readonly string[], fields: readonly FormField[]) {
  const inTemplateOrder = findInOrder(lines, fields);
  const order = bodyOrder(lines, fields);
  if (order.every((fieldIndex, position) => fieldIndex === position)) return inTemplateOrder;
  const inBodyOrder = findInOrder(
    lines,
    order.map((fieldIndex) => fields[fieldIndex]!),
  );
  const count = (found: readonly (number | undefined)[]) =>
    found.filter((at) => at !== undefined).length;
  if (count(inBodyOrder.found) <= count(inTemplateOrder.found)) return inTemplateOrder;
  const found: (number | undefined)[] = new Array<number | undefined>(fields.length);
  order.forEach((fieldIndex, position) => (found[fieldIndex] = inBodyOrder.found[position]));
  return { found, claimed: inBodyOrder.claimed };
}

/**
 * Finds the `### <label>` heading line of each field in `lines`.
 *
 * First in template order, greedily: the heading of field `i` is the first matching line after
 * the heading of the last field found before it, so a later answer may quote an earlier label
 * freely. When the headings come in another order (an issue filed with an older form) and
 * taking them in that order finds more of them, that order is used instead. Then a field not
 * found that way (its heading was moved above another, e.g. by an edit) is looked for anywhere
 * among the lines not taken. A label matches exactly (both sides trimmed) or, when no exact
 * match follows, case-insensitively. A label quoted in a fenced code block does not count when
 * the real heading follows the block. Returns one line index per field, `undefined` for a field
 * whose heading never appears.
 */
export function findFieldHeadings(
  lines: readonly string[],
  fields: readonly FormField[],
): (number | undefined)[] {
  const { found, claimed } = findInBestOrder(lines, fields);
  fields.forEach((field, index) => {
    if (found[index] !== undefined) return;
    const at = findFieldHeading(lines, field, 0, -1, claimed);
    if (at === undefined) return;
    found[index] = at;
    claimed.add(at);
  });
  return found;
}
