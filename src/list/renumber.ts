import type { Entry, ListFile } from './list-file.js';

/** A change at an offset of the old text. */
export interface TextEdit {
  readonly at: number;
  readonly remove: number;
  readonly insert: string;
}

const NUMBER = /^([ \t]*)(\d{1,9})(?=[.)])/;

/** The number a numbered entry starts with. */
export function entryNumber(file: ListFile, entry: Entry): number | undefined {
  const match = NUMBER.exec(file.text.slice(entry.start, entry.start + 24));
  return match ? Number(match[2]) : undefined;
}

/**
 * Whether entries carry their own numbers (`1.`, `2.`, `3.`) rather than all `1.` (Markdown
 * numbers those itself). One entry alone counts as numbered.
 */
export function numbersExplicitly(file: ListFile, entries: readonly Entry[]): boolean {
  return entries.length <= 1 || new Set(entries.map((e) => entryNumber(file, e))).size > 1;
}

/** The edit that gives the entry at `entry` (an offset of the old text) the number `to`. */
export function renumberEdit(file: ListFile, entry: Entry, to: number): TextEdit | undefined {
  const match = NUMBER.exec(file.text.slice(entry.start, entry.start + 24));
  if (!match || Number(match[2]) === to) return undefined;
  return { at: entry.start + match[1]!.length, remove: match[2]!.length, insert: String(to) };
}

/** An entry's text with its leading number set to `to`. */
export function withNumber(text: string, to: number): string {
  return text.replace(NUMBER, (_, indent: string) => `${indent}${to}`);
}

/** The text with edits applied, which must not overlap. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.at - b.at);
  const pieces: string[] = [];
  let copied = 0;
  for (const edit of sorted) {
    pieces.push(text.slice(copied, edit.at), edit.insert);
    copied = edit.at + edit.remove;
  }
  pieces.push(text.slice(copied));
  return pieces.join('');
}
