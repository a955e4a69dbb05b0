import type { ListFormat } from '../list/list-format.js';
import type { PaperList } from '../list/paper-list.js';

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
