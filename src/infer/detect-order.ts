import { compareDates, compareTitles, type ListOrder } from '../list/list-order.js';
import type { PaperDate } from '../paper/paper.js';

/** What ordering needs to know of one entry. */
export interface OrderKey {
  readonly date?: PaperDate;
  /**
   * The entry's name (its title, or the short name every entry starts with), read when asked
   * for: most sections' dates tell their order.
   */
  readonly name?: () => string | undefined;
}

/**
 * The order a run of entries follows (docs/design.md, "Order"): newest first or oldest first when
 * their dates say so (some entries out of place allowed: people slip, and add late finds at the end), alphabetical when the
 * titles are, none when dates go both ways several times: new entries then go at the end.
 * `undefined` when the entries say too little to tell.
 */
export function detectOrder(keys: readonly OrderKey[], byMonth = false): ListOrder | undefined {
  let newer = 0;
  let older = 0;
  let count = 0;
  let dated: OrderKey | undefined;
  for (const key of keys) {
    if (!key.date) continue;
    count += 1;
    if (dated?.date) {
      const step = compareDates(key.date, dated.date, byMonth);
      if (step < 0) older += 1;
      if (step > 0) newer += 1;
    }
    dated = key;
  }
  if (older + newer >= 3) {
    if (older >= 2 * newer) return 'newest-first';
    if (newer >= 2 * older) return 'oldest-first';
  }
  // Four dated entries or more stepping one way only, two steps or more (a run sorted by year
  // shows one step a year): a run sorted by the order found is found in that order again. One
  // step is too little: one late find atop a sample of one year would make it.
  if (count >= 4 && older + newer >= 2 && Math.min(older, newer) === 0)
    return older > 0 ? 'newest-first' : 'oldest-first';
  const titles = keys.flatMap((k) => {
    const title = k.name?.();
    return title === undefined ? [] : [title];
  });
  let ascending = 0;
  let descending = 0;
  // One step back in the alphabet is enough to rule the order out: no need to compare the rest.
  for (let i = 1; i < titles.length && descending === 0; i += 1) {
    const step = compareTitles(titles[i - 1]!, titles[i]!);
    if (step < 0) ascending += 1;
    if (step > 0) descending += 1;
  }
  // Undated entries in the order of the alphabet by chance are likely in a short run only.
  if (descending === 0 && ascending >= (older + newer > 0 ? 4 : 8)) return 'title';
  // Too little evidence to tell: the list's main order applies.
  if (Math.min(older, newer) < 2) return undefined;
  return 'none';
}
