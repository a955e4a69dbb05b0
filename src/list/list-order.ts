/** How entries are ordered within a section (docs/design.md, "Order"). */
export const LIST_ORDERS = ['newest-first', 'oldest-first', 'title', 'none'] as const;
export type ListOrder = (typeof LIST_ORDERS)[number];

// Made when first needed: creating a collator costs about 9 ms, and only lists ordered by title
// compare titles.
let collator: Intl.Collator | undefined;

/** Compares two titles as a reader would alphabetise them: case and accents aside. */
export function compareTitles(a: string, b: string): number {
  const quick = asciiLetterOrder(a, b);
  if (quick !== undefined) return quick;
  collator ??= new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  return collator.compare(a, b);
}

/**
 * The collator's answer where two titles first differ by ASCII letters other than by case (most
 * pairs): the same code units before it collate the same, and letters decide at the first level.
 * `undefined` for any other first difference (digits compare as numbers, accents, punctuation).
 */
function asciiLetterOrder(a: string, b: string): number | undefined {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i += 1) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    const lowerX = asciiLetter(x);
    const lowerY = asciiLetter(y);
    if (lowerX === undefined || lowerY === undefined) return undefined;
    if (lowerX !== lowerY) return lowerX - lowerY;
  }
  return undefined;
}

/** The lower-case code of an ASCII letter, else `undefined`. */
function asciiLetter(code: number): number | undefined {
  if (code >= 97 && code <= 122) return code;
  return code >= 65 && code <= 90 ? code + 32 : undefined;
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
