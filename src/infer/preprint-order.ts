// Where a list puts its preprints (src/list/preprints.ts), learnt from the sections ordered by
// date: after every published paper of the section, after the published papers of their date,
// or by their date like any paper.
import { compareDates, type ListOrder } from '../list/list-order.js';
import { isPreprintVenue, type PreprintOrder } from '../list/preprints.js';
import type { PaperDate } from '../paper/paper.js';
import { sampledDates, sampledEntries, type ListRead } from './list-read.js';

/** One entry as the rule on preprints sees it; `preprint` undefined for an entry with no venue. */
export interface PreprintKey {
  readonly date?: PaperDate | undefined;
  readonly preprint?: boolean | undefined;
}

/** A run of entries ordered on its own (a section, or a date group of one), and its order. */
export interface OrderedRun {
  readonly keys: readonly PreprintKey[];
  readonly order: ListOrder;
}

/**
 * `last` where, in sections holding both, every published paper comes before every preprint (in
 * at least four sections of five) and dates alone would have put a preprint first in at least
 * two of them; else `last-of-their-date` where neighbours of one date, one published and one a
 * preprint, put the published one first at least three times and nearly always (85%); else
 * `mixed`.
 */
export function detectPreprintOrder(runs: readonly OrderedRun[], byMonth: boolean): PreprintOrder {
  let both = 0;
  let apart = 0;
  let againstDates = 0;
  let first = 0;
  let after = 0;
  for (const run of runs) {
    if (run.order !== 'newest-first' && run.order !== 'oldest-first') continue;
    const keys = run.keys.filter((k) => k.preprint !== undefined && k.date !== undefined);
    const kinds = keys.map((k) => k.preprint);
    if (kinds.includes(true) && kinds.includes(false)) {
      both += 1;
      if (kinds.lastIndexOf(false) < kinds.indexOf(true)) {
        apart += 1;
        if (datesPutPreprintFirst(keys, run.order, byMonth)) againstDates += 1;
      }
    }
    for (let i = 1; i < keys.length; i += 1) {
      const [a, b] = [keys[i - 1]!, keys[i]!];
      if (a.preprint === b.preprint || compareDates(a.date!, b.date!, byMonth) !== 0) continue;
      if (b.preprint) first += 1;
      else after += 1;
    }
  }
  if (both >= 2 && apart >= both * 0.8 && againstDates >= 2) return 'last';
  if (first >= 3 && first >= (first + after) * 0.85) return 'last-of-their-date';
  return 'mixed';
}

/** Whether the run's dates alone would put one of its preprints before one of its papers. */
function datesPutPreprintFirst(
  keys: readonly PreprintKey[],
  order: ListOrder,
  byMonth: boolean,
): boolean {
  const sign = order === 'newest-first' ? -1 : 1;
  const papers = keys.filter((k) => !k.preprint);
  return keys.some(
    (p) => p.preprint && papers.some((k) => sign * compareDates(p.date!, k.date!, byMonth) < 0),
  );
}

/** The runs of a list read with its format, each with its section's order. */
export function orderedRuns(read: ListRead, orderOf: (section: string) => ListOrder): OrderedRun[] {
  const dates = sampledDates(read);
  return read.list.sections.flatMap((section, s) => {
    const order = orderOf(section.name);
    if (order !== 'newest-first' && order !== 'oldest-first') return [];
    const { file, block } = section;
    const entries = sampledEntries(block.entries);
    const keys = entries.map((entry, i): PreprintKey => {
      const venue = read.format.reader.venue(file.text.slice(entry.start, entry.end));
      return {
        date: dates[s]![i],
        preprint: venue === undefined ? undefined : isPreprintVenue(venue),
      };
    });
    const starts = [0, ...block.groups.map((g) => g.firstEntry).filter((s) => s > 0), keys.length];
    return starts.slice(1).flatMap((end, i) => {
      const run = keys.slice(starts[i], end);
      return run.length > 0 ? [{ keys: run, order }] : [];
    });
  });
}
