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
  const text = file.text.slice(entry.start, entry.end);
  const numbered = withNumber(text, to);
  const [indent, digits] = [match[1]!.length, match[2]!.length];
  // Mostly the digits alone change: the edit is just them.
  if (numbered === `${text.slice(0, indent)}${to}${text.slice(indent + digits)}`) {
    return { at: entry.start + indent, remove: digits, insert: String(to) };
  }
  return { at: entry.start, remove: text.length, insert: numbered };
}

/** A numbered item's opening: indent, number, marker and the blanks up to its content. */
const ITEM_OPENING = /^([ \t]*)(\d{1,9})([.)] +)/;

/**
 * An entry's text with its leading number set to `to`. A number grown wider (`9.` to `10.`)
 * takes the room of the blanks padding its marker where there are several (`9.  [Title]`, aligned
 * with `10. [Title]`), and otherwise moves the item's content right: lines aligned with the old
 * content (`   *Authors*` under `9. `) move with it, or they would fall out of the item. Lines
 * indented otherwise keep their blanks, and a narrower number moves nothing: its lines are still
 * inside.
 */
export function withNumber(text: string, to: number): string {
  const opening = ITEM_OPENING.exec(text);
  const grown = String(to).length - (opening?.[2]!.length ?? 0);
  if (!opening || grown <= 0 || /\t/.test(opening[0])) {
    return text.replace(NUMBER, (_, indent: string) => `${indent}${to}`);
  }
  const [whole, indent, , marker] = opening;
  // The marker's blanks past the one every item needs.
  const padding = marker!.length - 2;
  const taken = Math.min(grown, padding);
  const rest = text.slice(whole.length);
  const head = `${indent}${to}${marker!.slice(0, marker!.length - taken)}`;
  const moved = grown - taken;
  if (moved === 0) return head + rest;
  const aligned = new RegExp(`(\\r\\n|\\r|\\n) {${whole.length}}(?=[^ \\t\\r\\n])`, 'g');
  return head + rest.replace(aligned, `$1${' '.repeat(whole.length + moved)}`);
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
