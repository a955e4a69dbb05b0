// Tables with a second column of links (a Data or Demo column beside the Code column): each link
// belongs in the column its label names, so such a column places `{links:Data}`, the links of its
// label, and the first column of links `{links}`, the others.

/** The labels of a column's links: per cell holding links, each label counted once. */
export class LinkLabelCounts {
  private readonly cells = new Map<string, number>();
  private readonly labels = new Map<string, Map<string, number>>();

  /**
   * Counts the labels of the links in one cell of the column `key`; of its badges too where
   * the cell shows its links as badges (src/infer/badge-cells.ts).
   */
  count(key: string, cell: string, badges = false): void {
    const found = [...cell.matchAll(LINK_LABEL), ...(badges ? cell.matchAll(BADGE_LABEL) : [])];
    const spelt = new Set(found.map((m) => m[1]!.trim()));
    if (spelt.size === 0) return;
    this.cells.set(key, (this.cells.get(key) ?? 0) + 1);
    const counts = this.labels.get(key) ?? new Map<string, number>();
    for (const label of spelt) counts.set(label, (counts.get(label) ?? 0) + 1);
    this.labels.set(key, counts);
  }

  /**
   * The label nearly all (80%) of the column's cells with links give their links, as most spell
   * it, when at least two cells have links; `undefined` otherwise.
   */
  sharedLabel(key: string): string | undefined {
    const cells = this.cells.get(key) ?? 0;
    if (cells < 2) return undefined;
    const byName = new Map<string, { total: number; spelling: string; most: number }>();
    for (const [spelling, n] of this.labels.get(key) ?? []) {
      const name = spelling.toLowerCase();
      const seen = byName.get(name) ?? { total: 0, spelling, most: 0 };
      seen.total += n;
      if (n > seen.most) Object.assign(seen, { spelling, most: n });
      byName.set(name, seen);
    }
    const top = [...byName.values()].sort((a, b) => b.total - a.total)[0];
    return top && top.total >= cells * 0.8 ? top.spelling : undefined;
  }
}

/** A link's label: `[Data](` (not an image's `![alt](`, nor a label holding brackets). */
const LINK_LABEL = /(?<!!)\[([^\][\n]+)\]\(/g;

/** A badge's label: the alt text of the image a link shows (`[![GitHub](badge.svg)](`). */
const BADGE_LABEL = /\[!\[([^\][\n]+)\]\([^()\s]*\)\]\(/g;

/** Column names that say they hold the paper's code or links: the column for `{links}`. */
const LINKS_COLUMN = /code|github|repo|link|resource|implement/;

/**
 * The columns with the links of one label placing `{links:Label}`, where a table has more than
 * one column placing `{links}`: the one named for code (else the first) keeps `{links}`.
 */
export function labelLinkColumns(
  columns: Map<string, string>,
  heads: readonly (readonly string[])[],
  counts: LinkLabelCounts,
): Map<string, string> {
  const labelled = new Map(columns);
  for (const head of heads) {
    const withLinks = head.filter((key) => labelled.get(key)?.includes('{links}'));
    if (withLinks.length < 2) continue;
    const keeper = withLinks.find((key) => LINKS_COLUMN.test(key)) ?? withLinks[0]!;
    for (const key of withLinks) {
      const label = key === keeper ? undefined : counts.sharedLabel(key);
      if (label) labelled.set(key, labelled.get(key)!.replace('{links}', `{links:${label}}`));
    }
  }
  return labelled;
}
