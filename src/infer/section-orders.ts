import { compareDates, type ListOrder } from '../list/list-order.js';
import { detectOrder, type OrderKey } from './detect-order.js';
import { sampledDates, sampledEntries, type ListRead } from './list-read.js';

/**
 * The order of each section (each date group on its own), and the order most entries' sections
 * follow: the list's default, with the sections that differ from it by name.
 */
export function sectionOrders(read: ListRead): {
  order: ListOrder;
  sectionOrders: Record<string, ListOrder>;
  byMonth: boolean;
} {
  const { format, list } = read;
  const dates = sampledDates(read);
  const sections = list.sections.map((section, s) => {
    const { file, block } = section;
    const keys = sampledEntries(block.entries).map((entry, i): OrderKey => {
      const date = dates[s]![i];
      // Read only where the dates do not tell the order.
      const name = () => format.reader.name(file.text.slice(entry.start, entry.end));
      return { ...(date ? { date } : {}), name };
    });
    return {
      name: section.name,
      size: block.entries.length,
      runs: splitRuns(
        keys,
        block.groups.map((g) => g.firstEntry),
      ),
    };
  });
  const byMonth = ordersByMonth(sections.flatMap((s) => s.runs));
  const found = new Map<string, ListOrder>();
  const weight = new Map<ListOrder, number>();
  for (const section of sections) {
    const order = agreedOrder(section.runs.map((run) => detectOrder(run, byMonth)));
    if (!order) continue;
    found.set(section.name, order);
    weight.set(order, (weight.get(order) ?? 0) + section.size);
  }
  const order =
    [...weight].sort((a, b) => b[1] - a[1])[0]?.[0] ??
    pooledOrder(
      sections.flatMap((s) => s.runs),
      byMonth,
    );
  const differing: Record<string, ListOrder> = {};
  for (const [name, own] of found) if (own !== order) differing[name] = own;
  return { order, sectionOrders: differing, byMonth };
}

/**
 * Whether the list orders entries within a year by month (arXiv ids, month headings): the
 * neighbours of one year that months tell apart (five or more) step mostly (70%) one way, and
 * not against the way the years clearly step.
 */
function ordersByMonth(runs: readonly OrderKey[][]): boolean {
  const years = steps(runs, false);
  const months = steps(runs, true);
  // Neighbours of different years step the same by month; the rest are of one year.
  const within = way({ up: months.up - years.up, down: months.down - years.down });
  const across = way(years);
  return within !== 0 && (across === 0 || across === within);
}

/**
 * The order of a list none of whose sections tells its own: the steps of all of them together,
 * newest first when they say nothing. A list sorted by year shows few steps per section (one
 * from 2021 to 2022), and together they still tell the order it was sorted in.
 */
function pooledOrder(runs: readonly OrderKey[][], byMonth: boolean): ListOrder {
  const { up, down } = steps(runs, byMonth);
  return up + down >= 3 && up >= 2 * down ? 'oldest-first' : 'newest-first';
}

/** The way steps mostly go: 1 up, -1 down, 0 when fewer than five or under 70% one way. */
function way({ up, down }: { up: number; down: number }): number {
  const pairs = up + down;
  if (pairs < 5 || Math.max(up, down) < pairs * 0.7) return 0;
  return up > down ? 1 : -1;
}

/**
 * How consistently a format's dates order the list's entries: the share of neighbouring dated
 * entries that step the way most do (by month too), and how many steps there are.
 */
export function orderEvidence(read: ListRead): { consistency: number; steps: number } {
  const dates = sampledDates(read);
  const runs = read.list.sections.flatMap(({ block }, s) => {
    const keys = dates[s]!.map((date): OrderKey => (date ? { date } : {}));
    return splitRuns(
      keys,
      block.groups.map((g) => g.firstEntry),
    );
  });
  const { up, down } = steps(runs, true);
  return { consistency: up + down === 0 ? 0 : Math.max(up, down) / (up + down), steps: up + down };
}

/** How many neighbouring dated entries go up, and down, in time. */
function steps(runs: readonly OrderKey[][], byMonth: boolean): { up: number; down: number } {
  let up = 0;
  let down = 0;
  for (const run of runs) {
    const dates = run.flatMap((k) => (k.date ? [k.date] : []));
    for (let i = 1; i < dates.length; i += 1) {
      const step = compareDates(dates[i]!, dates[i - 1]!, byMonth);
      if (step > 0) up += 1;
      if (step < 0) down += 1;
    }
  }
  return { up, down };
}

/** The keys split at date groups: each group is ordered on its own. */
function splitRuns(keys: readonly OrderKey[], starts: readonly number[]): OrderKey[][] {
  const bounds = [0, ...starts.filter((s) => s > 0), keys.length];
  const split: OrderKey[][] = [];
  for (let i = 1; i < bounds.length; i += 1) {
    const run = keys.slice(bounds[i - 1], bounds[i]);
    if (run.length > 0) split.push(run);
  }
  return split;
}

/** The order the runs of one section agree on; `none` when they differ. */
function agreedOrder(orders: readonly (ListOrder | undefined)[]): ListOrder | undefined {
  const known = orders.filter((o): o is ListOrder => o !== undefined);
  if (known.length === 0) return undefined;
  return known.every((o) => o === known[0]) ? known[0] : 'none';
}
