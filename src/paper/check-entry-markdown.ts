import { isRelativeLink } from './check-url.js';
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

/** Parses Markdown the way GitHub does (CommonMark with GFM), with remark's parser. */
export function parseMarkdown(text: string): Root {
  return fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

/** Node types that must never come out of a formatted entry: they would escape its text. */
const FORBIDDEN = new Set([
  'heading',
  'code',
  'thematicBreak',
  'blockquote',
  'table',
  'definition',
  'footnoteDefinition',
  'footnoteReference',
  'linkReference',
  'imageReference',
  'image',
]);

/**
 * Checks a formatted entry with a real Markdown parser, as a last line of defence behind the
 * escaping: the entry must be exactly one block (one list item for list formats; for entries that
 * are headings, its heading and one block under it), hold no HTML
 * but the template's own tags (`<Br>`), no reference definitions, and link only to http(s)
 * (or `mailto:`, which GFM makes of e-mail addresses).
 * Returns what is wrong, or an empty list.
 */
export function checkEntryMarkdown(
  entry: string,
  allowedHtml: ReadonlySet<string>,
  allowed: EntryMarkdownAllowance = {},
): string[] {
  const root = parseMarkdown(entry);
  const problems: string[] = [];
  const level = allowed.headingEntries;
  // An entry that is a heading: its heading, then at most one block (the lines under it).
  const heading = level === undefined ? undefined : root.children[0];
  const blocks = heading ? root.children.slice(1) : root.children;
  if (heading && (heading.type !== 'heading' || heading.depth !== level)) {
    problems.push(`does not open with a heading of level ${level}`);
  }
  if (heading && blocks.length > 1) problems.push(`is ${blocks.length} blocks under its heading`);
  if (!heading && blocks.length !== 1) problems.push(`is ${blocks.length} blocks, not one`);
  const only = blocks[0];
  if (!heading && only?.type === 'list' && only.children.length !== 1) {
    problems.push(`is ${only.children.length} list items, not one`);
  }
  const visit = (node: Nodes): void => {
    const badge =
      node.type === 'image' &&
      ((allowed.starBadges && STAR_BADGE.test(node.url)) ||
        allowed.images?.has(node.url) ||
        allowed.linkImages?.some((p) => p.test(node.url)));
    if (FORBIDDEN.has(node.type) && node !== heading && !badge)
      problems.push(`holds a ${node.type}`);
    if (node.type === 'html' && !allowedHtml.has(node.value.toLowerCase())) {
      problems.push(`holds HTML ${JSON.stringify(node.value)}`);
    }
    // GFM links bare e-mail addresses in text as `mailto:`: harmless, unlike `javascript:`.
    if (
      node.type === 'link' &&
      !/^(?:https?:\/\/|mailto:)/i.test(node.url) &&
      !(allowed.relativeLinks && isRelativeLink(node.url)) &&
      !(allowed.emptyLinks && node.url === '')
    ) {
      problems.push(`links to ${JSON.stringify(node.url)}`);
    }
    if (node.type === 'list' && node !== only && !allowed.nestedLists) {
      problems.push('holds a nested list');
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(root);
  return problems;
}

/** What a list's own format writes, allowed in its entries. */
export interface EntryMarkdownAllowance {
  /** The template writes a nested list (`  - {authors}` under the title). */
  readonly nestedLists?: boolean;
  /** The list links to files beside it (`./citations/x.txt`). */
  readonly relativeLinks?: boolean;
  /** The template writes a link with no address where a paper has none (`[[PDF]]()`). */
  readonly emptyLinks?: boolean;
  /** Entries are headings of this level, with the lines under them. */
  readonly headingEntries?: number;
  /** The template shows the code's GitHub stars (`![Star](https://img.shields.io/github/stars/{repo})`). */
  readonly starBadges?: boolean;
  /** Images the template writes as they are (a badge linking the paper). */
  readonly images?: ReadonlySet<string>;
  /** The badges of the list's links (`[![GitHub](…)](url)`), as patterns. */
  readonly linkImages?: readonly RegExp[];
}

/** The image of a repository's GitHub stars, the only image an entry may hold. */
const STAR_BADGE = /^https:\/\/img\.shields\.io\/github\/stars\/[\w.-]+\/[\w.-]+(?:\?[^\s"'<>]*)?$/;
