// Whether a sample the bot wrote byte for byte but placed elsewhere than its list has it sits
// among entries the list's order cannot tell from it: the same year in a list ordered by year,
// the same title in one ordered by title. Any place among them keeps the list's order, and no
// rule can know which one its author chose. An entry under a date heading (`### 2017`) that shows
// no date of its own has its heading's. Entries of unordered sections are never equal.
import type { ListFormat } from '../../src/list/list-format.js';
import { orderOf } from '../../src/list/list-format.js';
import { compareDates, compareTitles } from '../../src/list/list-order.js';
import { findSection } from '../../src/list/paper-list.js';
import { readPaperList } from '../../src/list/read-paper-list.js';
import type { PaperDate } from '../../src/paper/paper.js';

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
  const was = original.map((e) => unnumbered(e.text)).indexOf(unnumbered(entry));
  const is = written.map((e) => unnumbered(e.text)).indexOf(unnumbered(entry));
  if (was === -1 || is === -1) return false;
  const others = original.filter((_, i) => i !== was);
  const passed = others.slice(Math.min(was, is), Math.max(was, is));
  // Under another date heading than its author's, it is out of place whatever it passed over.
  const [before, after] = [original[was]!.date, written[is]!.date];
  if (before?.year !== after?.year || before?.month !== after?.month) return false;
  const equal = equalTo(format, placement.section, written[is]!);
  return passed.every(equal);
}

/** An entry without its number: a numbered list numbers the entry by its place. */
export function unnumbered(entry: string): string {
  return entry.replace(/^([ \t]*)\d+(?=[.)])/, '$1');
}

/** An entry's text, and the date of the date heading it stands under, if any. */
interface Placed {
  readonly text: string;
  readonly date?: PaperDate;
}

/** The section's entries, in the file's order. */
function entriesOf(format: ListFormat, placement: Placement, text: string): Placed[] {
  const files = placement.files.map((f) => (f.path === placement.path ? { ...f, text } : f));
  const list = readPaperList(files, format);
  const section = findSection(list, placement.section);
  if (!section || section.file.path !== placement.path) return [];
  const { entries, groups } = section.block;
  return entries.map((e, i) => {
    const group = groups.findLast((g) => g.firstEntry <= i);
    const date = group && { year: group.year, ...(group.month ? { month: group.month } : {}) };
    return { text: text.slice(e.start, e.end), ...(date ? { date } : {}) };
  });
}

/** Whether an entry ranks equal to `entry` in the section's order. */
function equalTo(format: ListFormat, section: string, entry: Placed): (other: Placed) => boolean {
  const { reader } = format;
  const order = orderOf(format, section);
  if (order === 'none') return () => false;
  if (order === 'title') {
    const title = reader.title(entry.text);
    return (other) => {
      const theirs = reader.title(other.text);
      return title !== undefined && theirs !== undefined && compareTitles(title, theirs) === 0;
    };
  }
  const date = reader.date(entry.text) ?? entry.date;
  return (other) => {
    const theirs = reader.date(other.text) ?? other.date;
    return !!date && !!theirs && compareDates(date, theirs, format.byMonth) === 0;
  };
}
