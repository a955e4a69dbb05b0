/** How entries are ordered within a section (docs/design.md, "Order"). */
export const LIST_ORDERS = ['newest-first', 'oldest-first', 'title', 'none'] as const;
export type ListOrder = (typeof LIST_ORDERS)[number];

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Compares two titles as a reader would alphabetise them: case and accents aside. */
export function compareTitles(a: string, b: string): number {
  return collator.compare(a, b);
}

/** A date as entries show it: the year, perhaps the month, perhaps the day. */
interface ShownDate {
  readonly year: number;
  readonly month?: number | undefined;
  readonly day?: number | undefined;
  readonly seq?: number | undefined;
}

/**
 * Compares two dates by year, then, when `byMonth` and both have one, by month, then by day or
 * arXiv number: lists ordered within a year (by arXiv id, under month headings, by the dates
 * they note) keep that finer order.
 */
export function compareDates(a: ShownDate, b: ShownDate, byMonth: boolean): number {
  if (a.year !== b.year || !byMonth) return a.year - b.year;
  if (a.month === undefined || b.month === undefined) return 0;
  if (a.month !== b.month) return a.month - b.month;
  if (a.day !== undefined && b.day !== undefined) return a.day - b.day;
  return a.seq !== undefined && b.seq !== undefined ? a.seq - b.seq : 0;
}
