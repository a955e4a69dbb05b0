import { findFenceClose, openingFence } from './code-fence.js';
import type { FormField } from './form-field.js';

/** What GitHub prints for an optional field left empty. */
export const NO_RESPONSE = '_No response_';

/** What GitHub prints for an optional dropdown left at its automatic "None" choice. */
const DROPDOWN_NONE = 'None';

/** A checkbox line as GitHub renders it: `- [X] label` ticked, `- [ ] label` not. */
const CHECKBOX = /^ {0,3}[-*+][ \t]+\[([ xX])\][ \t]+(.*)$/;

/** Removes each line's trailing whitespace and the blank lines at both ends. */
function trimLines(lines: readonly string[]): string[] {
  const trimmed = lines.map((line) => line.trimEnd());
  let start = 0;
  let end = trimmed.length;
  while (start < end && trimmed[start] === '') start += 1;
  while (end > start && trimmed[end - 1] === '') end -= 1;
  return trimmed.slice(start, end);
}

/** Whether the comment opened by `lines[from]` runs to the last line, with nothing after it. */
function commentRunsToEnd(lines: readonly string[], from: number): boolean {
  const opened = (lines[from] ?? '').indexOf('<!--');
  for (let index = from; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    const close = line.indexOf('-->', index === from ? opened + 4 : 0);
    if (close !== -1) return index === lines.length - 1 && line.slice(close + 3).trim() === '';
  }
  // Never closed: GitHub hides everything after it.
  return true;
}

/** Where a hidden comment that ends the lines starts, when it is a paragraph after others. */
function trailingCommentStart(lines: readonly string[]): number | undefined {
  for (let index = 1; index < lines.length; index += 1) {
    const starts = (lines[index - 1] ?? '').trim() === '' && /^\s*<!--/.test(lines[index] ?? '');
    if (starts && commentRunsToEnd(lines, index)) return index;
  }
  return undefined;
}

/**
 * Drops the hidden HTML comments that follow an answer as paragraphs of their own. GitHub does
 * not show them, and tools append them to issues as metadata: they never belong to an answer.
 * A comment that is the whole answer was typed by the filer and stays (as text).
 */
function dropTrailingComments(lines: readonly string[]): string[] {
  let kept = [...lines];
  for (let at = trailingCommentStart(kept); at !== undefined; at = trailingCommentStart(kept)) {
    kept = trimLines(kept.slice(0, at));
  }
  return kept;
}

/** The lines up to the first blank line. */
function firstParagraph(lines: readonly string[]): string[] {
  const blank = lines.findIndex((line) => line.trim() === '');
  return blank === -1 ? [...lines] : lines.slice(0, blank);
}

/** The content of the code fence GitHub puts around a textarea with `render`. */
function unwrapRendered(lines: readonly string[]): string[] {
  const fence = lines.length >= 2 ? openingFence(lines[0] ?? '') : undefined;
  if (fence === undefined) return [...lines];
  const close = findFenceClose(lines, 1, fence);
  if (close === -1) return [...lines];
  return trimLines(lines.slice(1, close));
}

/** The labels of the ticked boxes among the lines, trimmed, in order. */
export function tickedBoxes(lines: readonly string[]): string[] {
  return lines.flatMap((line) => {
    const match = CHECKBOX.exec(line);
    return match && match[1] !== ' ' ? [(match[2] ?? '').trim()] : [];
  });
}

/**
 * The answer of `field` from the lines between its heading and the next heading, or
 * `undefined` when it has none.
 *
 * Text that belongs to no field never becomes part of an answer: hidden HTML comments after the
 * answer are dropped; `_No response_` stands for an empty answer whatever follows it; a rendered
 * textarea's answer is its code fence; a checkboxes answer is the labels of its ticked boxes, one
 * a line. Anything else under a heading is the answer, so a one-line field given two paragraphs
 * is reported rather than cut. `None` is no answer for a dropdown only:
 * typed into a text field, it is text.
 */
export function readAnswer(field: FormField, raw: readonly string[]): string | undefined {
  const trimmed = trimLines(raw);
  if (trimmed.length === 0 || firstParagraph(trimmed).join('\n') === NO_RESPONSE) return undefined;
  const lines = dropTrailingComments(trimmed);
  let answer: string[];
  if (field.type === 'checkboxes') answer = tickedBoxes(lines);
  else if (field.type === 'textarea' && field.render !== undefined) answer = unwrapRendered(lines);
  else answer = lines;
  const text = answer.join('\n');
  if (text === '' || (field.type === 'dropdown' && text === DROPDOWN_NONE)) return undefined;
  return text;
}
