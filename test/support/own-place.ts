// Whether a sample stands where its list's own order puts it. A section in no order appends new
// papers at the end of their group, so only the last entry of a group stands where a rule puts
// it; the others were placed by their author for reasons no form answer carries. In an ordered
// section, its author's place is one the order gives when every entry before it ranks before it
// or equal, and every entry after it after it or equal. An entry with no such place (`2014-12`
// just before `2014-10` in a section oldest first, a 2019 paper above a late find from 2019
// appended below the 2018 papers) was placed against the order the rest of the list keeps. The order is the one the bot inferred from the list without the
// sample, the order it inserted the sample by, compared as a re-sort compares entries.
import type { ListFormat } from '../../src/list/list-format.js';
import { orderOf } from '../../src/list/list-format.js';
import { compareDates, compareTitles, type ListOrder } from '../../src/list/list-order.js';
import type { PaperDate } from '../../src/paper/paper.js';
import { findSection } from '../../src/list/paper-list.js';
import { isPreprintVenue } from '../../src/list/preprints.js';
import { readPaperList } from '../../src/list/read-paper-list.js';

/** The list's files as its author has them, and where the sample stands in them. */
export interface OwnPlace {
  readonly files: readonly { readonly path: string; readonly text: string }[];
  readonly path: string;
  readonly section: string;
  /** The entry's offset in its file. */
  readonly start: number;
}

/** Whether the sample stands where `format`'s order for its section puts it. */
export function standsInOrder(format: ListFormat, place: OwnPlace): boolean {
  const list = readPaperList(place.files, format);
  const section = findSection(list, place.section);
  if (!section || section.file.path !== place.path) return false;
  const { entries, groups } = section.block;
  const index = entries.findIndex((e) => e.start === place.start);
  if (index === -1) return false;
  const first = groups.findLast((g) => g.firstEntry <= index)?.firstEntry ?? 0;
  const end = groups.find((g) => g.firstEntry > index)?.firstEntry ?? entries.length;
  const order = orderOf(format, section.name);
  if (order === 'none') return index === end - 1;
  const key = keyOf(format, order);
  const keys = entries.slice(first, end).map((e) => key(section.file.text.slice(e.start, e.end)));
  const at = index - first;
  const own = keys[at]!;
  // A new entry of no date (or name) goes after all the others, as in a section in no order.
  if (own.value === undefined) return at === keys.length - 1;
  const compare = comparing(order, format.byMonth);
  return (
    keys.slice(0, at).every((k) => compare(k, own) <= 0) &&
    keys.slice(at + 1).every((k) => compare(own, k) <= 0)
  );
}

/** What a re-sort orders an entry by (src/list/sort-list-file.ts). */
interface Key {
  readonly preprint: number;
  readonly value: string | PaperDate | undefined;
}

function keyOf(format: ListFormat, order: Ordered): (text: string) => Key {
  const { reader } = format;
  if (order === 'title') return (text) => ({ preprint: 0, value: reader.name(text) });
  return (text) => ({
    preprint: format.preprints === 'last' && isPreprintVenue(reader.venue(text)) ? 1 : 0,
    value: reader.date(text),
  });
}

/** Below 0 when `a` goes first, as a re-sort compares. */
function comparing(order: Ordered, byMonth: boolean): (a: Key, b: Key) => number {
  const sign = order === 'newest-first' ? -1 : 1;
  return (a, b) => {
    if (a.preprint !== b.preprint) return a.preprint - b.preprint;
    if (a.value === undefined) return b.value === undefined ? 0 : 1;
    if (b.value === undefined) return -1;
    if (typeof a.value === 'string' || typeof b.value === 'string')
      return compareTitles(String(a.value), String(b.value));
    return sign * compareDates(a.value, b.value, byMonth);
  };
}

type Ordered = Exclude<ListOrder, 'none'>;
