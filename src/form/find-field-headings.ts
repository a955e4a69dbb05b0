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
 * The first line at or after `from` that is a `### <label>` heading accepted by `matches`,
 * skipping fenced code blocks that are closed later in the body.
 */
function findHeading(
  lines: readonly string[],
  from: number,
  noFenceAt: number,
  matches: (text: string) => boolean,
): number | undefined {
  for (let index = from; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    const fence = index === noFenceAt ? undefined : openingFence(line);
    if (fence !== undefined) {
      const close = findFenceClose(lines, index + 1, fence);
      if (close !== -1) {
        index = close;
        continue;
      }
    }
    const text = headingText(line);
    if (text !== undefined && matches(text)) return index;
  }
  return undefined;
}

/**
 * Finds the `### <label>` heading line of each field in `lines`, in template order.
 *
 * Greedy: the heading of field `i` is the first matching line after the heading of the last field
 * found before it, so a later answer may quote an earlier label freely. A label matches exactly
 * (both sides trimmed) or, when no exact match follows, case-insensitively. Headings inside a
 * fenced code block that is closed later in the body do not count. Returns one line index per
 * field, `undefined` for a field whose heading never appears.
 */
export function findFieldHeadings(
  lines: readonly string[],
  fields: readonly FormField[],
): (number | undefined)[] {
  const found: (number | undefined)[] = [];
  let from = 0;
  let noFenceAt = -1;
  for (const field of fields) {
    const label = field.label.trim();
    const folded = foldLabel(label);
    const at =
      label === ''
        ? undefined
        : (findHeading(lines, from, noFenceAt, (text) => text === label) ??
          findHeading(lines, from, noFenceAt, (text) => foldLabel(text) === folded));
    found.push(at);
    if (at !== undefined) {
      from = at + 1;
      noFenceAt = field.type === 'textarea' ? -1 : singleLineAnswerAt(lines, at);
    }
  }
  return found;
}
