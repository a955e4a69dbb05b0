/** How entries are ordered within a section (docs/design.md, "Order"). */
export const LIST_ORDERS = ['newest-first', 'oldest-first', 'title', 'none'] as const;
export type ListOrder = (typeof LIST_ORDERS)[number];

// Made when first needed: creating a collator costs about 9 ms, and only lists ordered by title
// compare titles.
let collator: Intl.Collator | undefined;

/** Compares two titles as a reader would alphabetise them: case and accents aside. */
export function compareTitles(a: string, b: string): number {
  collator ??= new Intl.Collator('en', { sensitivity: 'base', numeric: true });
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
 * Compares two dates by year, then, when `byMonth` and both have one, by month: lists ordered
 * within a year (by arXiv id, under month headings) keep that finer order. `withinMonth` goes
 * finer still, by day where both dates note one, else by arXiv number (`2405.14722` before
 * `2405.18719`): where a new entry goes among papers of its month. A re-sort does not: the list
 * may not follow that order, and moving entries for it would be churn.
 */
export function compareDates(
  a: ShownDate,
  b: ShownDate,
  byMonth: boolean,
  withinMonth = false,
): number {
  if (a.year !== b.year || !byMonth) return a.year - b.year;
  if (a.month === undefined || b.month === undefined) return 0;
  if (a.month !== b.month || !withinMonth) return a.month - b.month;
  if (a.day !== undefined && b.day !== undefined) return a.day - b.day;
  return a.seq !== undefined && b.seq !== undefined ? a.seq - b.seq : 0;
}
