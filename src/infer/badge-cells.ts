// Table cells that show their links as badges (DmitryRyumin/ICCV-2023-Papers:
// `[![WEB Page](…/WEB-Page-159957.svg)](url) <br /> [![GitHub](…/github/stars/owner/name?style=flat)](url)`):
// each cell's links are `{links}`, written with the badge of their label, and a Paper column's
// first badge is the paper's own link. The badges are learnt label by label, with the link's own
// repository and arXiv id standing as `{repo}` and `{arxiv}`.

import type { LinkFormat } from '../paper/entry-template.js';
import { githubRepo } from '../paper/github-repo.js';
import type { LinkImages } from '../paper/link-images.js';
import { arxivId } from '../paper/paper-identity.js';
import type { Skeleton } from './entry-skeleton.js';
import { mostCounted, tally } from './tally.js';

/** A badge linking a URL: `[![alt](image)](url)`. */
const BADGE = /\[!\[([^\]\n]*)\]\(([^()\s]+)\)\]\(([^()\s]+)\)/g;

/** A GitHub stars badge: alone in its cells, the code's `{repo}` (entry-skeleton.ts), not a link. */
const STARS = /\/github\/stars\//;

/** The link item of links shown as badges. */
export const BADGE_ITEM = '[![{label}]({image})]({url})';

/** Headers naming the papers' own column, whose first badge links the paper. */
const PAPER_COLUMN = /^(?:papers?|pdf|paper links?)$/;

/** The badges of a list's table cells, counted as cells are read. */
export class BadgeCells {
  private readonly images = new Map<string, Map<string, number>>();
  private readonly separators = new Map<string, number>();

  /**
   * The skeleton of a cell of badges linking URLs, counted, and the cell's text without the
   * paper's own badge (what holds its other links); `undefined` for any other cell.
   */
  skeleton(key: string, cell: string): (Skeleton & { readonly links: string }) | undefined {
    const read = badgesOf(cell);
    if (!read) return undefined;
    const { badges, separator } = read;
    if (separator !== undefined) tally(this.separators, separator);
    const [first, ...rest] = badges;
    const paper = PAPER_COLUMN.test(key) && !STARS.test(first![2]!);
    for (const badge of paper ? rest : badges) this.countImage(badge[1]!, badge[2]!, badge[3]!);
    const links = paper && rest.length === 0 ? '' : `${paper ? separator : ''}{links}`;
    const own = paper ? `[![${first![1]}](${paperImage(first![2]!, first![3]!)})]({paper})` : '';
    const others = paper ? cell.trim().slice(first![0].length) : cell;
    return { source: `${own}${links}`, linkItem: BADGE_ITEM, links: others };
  }

  /** The link format of the badges, when cells of them were read. */
  linkFormat(): LinkFormat | undefined {
    if (this.images.size === 0) return undefined;
    const images: Record<string, string> = {};
    for (const [label, counts] of this.images) {
      // A badge that differs link by link beyond its repository and id (a view count's video
      // in its address) is no badge of the label: links of it are refused, not shown wrong.
      const image = mostCounted(counts)!;
      const all = [...counts.values()].reduce((n, c) => n + c, 0);
      if (counts.get(image)! * 3 >= all * 2) images[label] = image;
    }
    return {
      item: BADGE_ITEM,
      separator: mostCounted(this.separators) ?? ' ',
      images: images as LinkImages,
    };
  }

  private countImage(label: string, image: string, url: string): void {
    const counts = this.images.get(label) ?? new Map<string, number>();
    tally(counts, generalised(image, url));
    this.images.set(label, counts);
  }
}

/** The image with the link's own repository and arXiv id as `{repo}` and `{arxiv}`. */
function generalised(image: string, url: string): string {
  const repo = githubRepo([{ label: '', url }]);
  const id = arxivId(url);
  let out = image;
  if (repo && out.includes(repo)) out = out.replaceAll(repo, '{repo}');
  if (id && out.includes(id)) out = out.replaceAll(id, '{arxiv}');
  return out;
}

/** The paper's badge, its arXiv id the template's `{arxiv}` where it shows the paper's. */
function paperImage(image: string, url: string): string {
  const id = arxivId(url);
  return id && image.includes(id) ? image.replaceAll(id, '{arxiv}') : image;
}

/**
 * The columns whose cells show links as badges: some cell holds several badges, or one that is
 * not a GitHub stars badge. A column of stars alone shows the code's repository (`{repo}`).
 */
export function badgeColumns(cells: Iterable<readonly [key: string, cell: string]>): Set<string> {
  const columns = new Set<string>();
  for (const [key, cell] of cells) {
    if (columns.has(key)) continue;
    const badges = badgesOf(cell)?.badges;
    if (badges && (badges.length > 1 || !STARS.test(badges[0]![2]!))) columns.add(key);
  }
  return columns;
}

/** A cell's badges and what separates them, when it holds only badges, one thing between each two. */
function badgesOf(
  cell: string,
): { badges: RegExpExecArray[]; separator: string | undefined } | undefined {
  const text = cell.trim();
  const badges = [...text.matchAll(BADGE)];
  if (badges.length === 0 || badges[0]!.index !== 0) return undefined;
  // A badge without a label (`[![](…)](url)`) says nothing a filer could label a link with.
  if (badges.some((b) => b[1]!.trim() === '')) return undefined;
  const between: string[] = [];
  let at = 0;
  for (const badge of badges) {
    if (badge.index > at) between.push(text.slice(at, badge.index));
    at = badge.index + badge[0].length;
  }
  if (at !== text.length || between.length !== badges.length - 1 || new Set(between).size > 1)
    return undefined;
  return { badges, separator: between[0] };
}
