/** How entries are ordered within a section (docs/design.md, "Order"). */
export const LIST_ORDERS = ['newest-first', 'oldest-first', 'title', 'none'] as const;
export type ListOrder = (typeof LIST_ORDERS)[number];

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Compares two titles as a reader would alphabetise them: case and accents aside. */
export function compareTitles(a: string, b: string): number {
  return collator.compare(a, b);
}
