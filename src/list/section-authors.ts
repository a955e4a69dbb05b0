// A section whose entries join their last authors otherwise than the list's others have new
// entries written its way: shunk031/awesome-ai-best-papers writes `A, B and C` under ACL and
// `A, B, C` under CVPR, and a paper filed under CVPR is written as CVPR's are.

import { lastSeparator } from '../paper/author-separators.js';
import type { EntryTemplate } from '../paper/entry-template.js';
import type { EntryReader } from './entry-reader.js';
import type { NamedSection } from './paper-list.js';

/** Entries of the section read for it: enough to tell its style, few for a long section. */
const SAMPLE = 40;

/**
 * The template with the separator before the last author its section's entries use, where at
 * least three show one and two thirds of those agree on it; else the template as it is.
 */
export function withSectionAuthors(
  template: EntryTemplate,
  section: NamedSection,
  reader: EntryReader,
): EntryTemplate {
  const counts = new Map<string, number>();
  let shown = 0;
  for (const entry of section.block.entries.slice(0, SAMPLE)) {
    const authors = reader.fields(section.file.text.slice(entry.start, entry.end))?.authors;
    const last =
      authors === undefined || /et al/.test(authors) ? undefined : lastSeparator(authors);
    if (!last) continue;
    const separator = authors!.slice(last.start, last.end).replace(/\s+/g, ' ');
    counts.set(separator, (counts.get(separator) ?? 0) + 1);
    shown += 1;
  }
  const [top, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  if (shown < 3 || count * 3 < shown * 2 || top === template.authors.last) return template;
  return { ...template, authors: { ...template.authors, last: top } };
}
