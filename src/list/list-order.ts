/** How entries are ordered within a section (docs/design.md, "Order"). */
export const LIST_ORDERS = ['newest-first', 'oldest-first', 'title', 'none'] as const;
export type ListOrder = (typeof LIST_ORDERS)[number];

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Compares two titles as a reader would alphabetise them: case and accents aside. */
export function compareTitles(a: string, b: string): number {
  return collator.compare(a, b);
}

/**
 * Compares two dates by year, then, when `byMonth` and both have one, by month: lists ordered
 * within a year (by arXiv id, or under month headings) keep that finer order.
 */
export function compareDates(
  a: { readonly year: number; readonly month?: number | undefined },
  b: { readonly year: number; readonly month?: number | undefined },
  byMonth: boolean,
): number {
  if (a.year !== b.year || !byMonth) return a.year - b.year;
  return a.month !== undefined && b.month !== undefined ? a.month - b.month : 0;
}
