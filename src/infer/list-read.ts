import type { ListFormat } from '../list/list-format.js';
import type { PaperList } from '../list/paper-list.js';
import type { PaperDate } from '../paper/paper.js';

/** A list read with a candidate format. */
export interface ListRead {
  readonly format: ListFormat;
  readonly list: PaperList;
}

/** At most this many entries of a section are looked at: its order and style show in fewer. */
export const SECTION_SAMPLE = 100;

/** The first entries of a section, enough to learn from. */
export function sampledEntries<T>(entries: readonly T[]): readonly T[] {
  return entries.length <= SECTION_SAMPLE ? entries : entries.slice(0, SECTION_SAMPLE);
}

/** Per section, the dates of its sampled entries (`undefined` where none is read). */
export type SampledDates = readonly (readonly (PaperDate | undefined)[])[];

const datesOfReads = new WeakMap<ListRead, SampledDates>();

/** The dates of each section's sampled entries, read once: ordering asks for them several times. */
export function sampledDates(read: ListRead): SampledDates {
  const known = datesOfReads.get(read);
  if (known) return known;
  const dates = read.list.sections.map(({ file, block }) =>
    sampledEntries(block.entries).map((entry) =>
      read.format.reader.date(file.text.slice(entry.start, entry.end)),
    ),
  );
  datesOfReads.set(read, dates);
  return dates;
}
