// Links the filer gave that the list's entry format has no place for (a template without
// `{links}`, a Website beside a star badge): not written, so the reviewer is told, not left to
// find them missing.

import { escapeUrl } from '../paper/escape-markdown.js';
import type { Paper, PaperLink } from '../paper/paper.js';

/** The paper's links, its own first, whose address the written entry does not hold. */
export function unwrittenLinks(paper: Paper, entry: string): PaperLink[] {
  const links = [
    ...(paper.paperUrl ? [{ label: 'Paper', url: paper.paperUrl }] : []),
    ...paper.links,
  ];
  return links.filter((link) => !entry.includes(escapeUrl(link.url)) && !entry.includes(link.url));
}
