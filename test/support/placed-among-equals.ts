// Whether a sample the bot wrote byte for byte but placed elsewhere than its list has it sits
// among entries the list's order cannot tell from it: the same year in a list ordered by year,
// the same title in one ordered by title. Any place among them keeps the list's order, and no
// rule can know which one its author chose. Entries of unordered sections are never equal.
import type { ListFormat } from '../../src/list/list-format.js';
import { orderOf } from '../../src/list/list-format.js';
import { compareDates, compareTitles } from '../../src/list/list-order.js';
import { findSection } from '../../src/list/paper-list.js';
import { readPaperList } from '../../src/list/read-paper-list.js';

/** The file as its author has it and as the bot wrote it, and the entry the bot placed. */
export interface Placement {
  /** The list's files, as its author has them. */
  readonly files: readonly { readonly path: string; readonly text: string }[];
  readonly path: string;
  readonly original: string;
  readonly written: string;
  readonly entry: string;
  readonly section: string;
}

export function placedAmongEquals(format: ListFormat, placement: Placement): boolean {
  const original = entriesOf(format, placement, placement.original);
  const written = entriesOf(format, placement, placement.written);
  const eol = placement.original.includes('\r\n') ? '\r\n' : '\n';
  const entry = placement.entry.replace(/\n/g, eol);
  const was = original.map(unnumbered).indexOf(unnumbered(entry));
  const is = written.map(unnumbered).indexOf(unnumbered(entry));
  if (was === -1 || is === -1) return false;
  const others = original.filter((_, i) => i !== was);
  const passed = others.slice(Math.min(was, is), Math.max(was, is));
  const equal = equalTo(format, placement.section, entry);
  return passed.every(equal);
}

/** An entry without its number: a numbered list numbers the entry by its place. */
export function unnumbered(entry: string): string {
  return entry.replace(/^([ \t]*)\d+(?=[.)])/, '$1');
}

/** The texts of the section's entries, in the file's order. */
function entriesOf(format: ListFormat, placement: Placement, text: string): string[] {
  const files = placement.files.map((f) => (f.path === placement.path ? { ...f, text } : f));
  const list = readPaperList(files, format);
  const section = findSection(list, placement.section);
  if (!section || section.file.path !== placement.path) return [];
  return section.block.entries.map((e) => text.slice(e.start, e.end));
}

/** Whether an entry ranks equal to `entry` in the section's order. */
function equalTo(format: ListFormat, section: string, entry: string): (other: string) => boolean {
  const { reader } = format;
  const order = orderOf(format, section);
  if (order === 'none') return () => false;
  if (order === 'title') {
    const title = reader.title(entry);
    return (other) => {
      const theirs = reader.title(other);
      return title !== undefined && theirs !== undefined && compareTitles(title, theirs) === 0;
    };
  }
  const date = reader.date(entry);
  return (other) => {
    const theirs = reader.date(other);
    return !!date && !!theirs && compareDates(date, theirs, format.byMonth) === 0;
  };
}
