// What a list holds that its format cannot read (docs/design.md, "Loud failure"): list items and
// table rows in a section that are not entries. `check`
// and the action report them by line, so a list the bot half understands never passes quietly.

import { shorten } from '../paper/answer-text.js';
import type { ListFile, Section } from './list-file.js';
import { HTML_TABLE } from './block-scanner.js';
import { isContentsLine } from './contents-line.js';
import { paperHeadingGroups } from './paper-headings.js';
import { displayHeading, foldName } from './paper-list.js';
import { TABLE_DELIMITER } from './table-cells.js';

/** One item the format cannot read. */
export interface UnreadItem {
  readonly path: string;
  readonly line: number;
  readonly message: string;
}

/**
 * The items of the offered `sections` of a file that its format does not read: list items and
 * table rows that are not entries (tables of contents aside). Entries whose title cannot be read
 * are linting's to report.
 */
export function unreadItems(
  file: ListFile,
  sections: ReadonlySet<Section>,
  excludeSections: readonly string[] = [],
): UnreadItem[] {
  return [
    ...paperHeadings(file, sections),
    ...unreadLines(file, sections),
    ...unreadSections(file, sections, new Set(excludeSections.map(foldName))),
  ].sort((a, b) => a.line - b.line);
}

/** How many linked list items a section not offered must hold to be reported. */
const LINKED_ITEMS = 3;
/** A list item linking the web, with a Markdown link or a bare address (`[https://…] [2015]`). */
const LINKED_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t].*\bhttps?:\/\//i;

/**
 * Sections not offered, as they hold no entry, whose list items link the web: papers the format
 * does not read (`* Microsoft (Deep Residual Learning) [[Paper](url)]`), reported once at the
 * heading. A section of a link or two (contributing, a licence), or one the configuration
 * excludes, is left alone.
 */
function unreadSections(
  file: ListFile,
  sections: ReadonlySet<Section>,
  excluded: ReadonlySet<string>,
): UnreadItem[] {
  return file.sections.flatMap((section) => {
    if (sections.has(section) || !section.heading || section.entries.length > 0) return [];
    if (excluded.has(foldName(displayHeading(section.heading.text)))) return [];
    const linked = section.strays.filter((s) => LINKED_ITEM.test(s.content)).length;
    if (linked < LINKED_ITEMS) return [];
    return [
      {
        path: file.path,
        line: section.heading.line,
        message: `"${shorten(section.heading.text)}" holds ${linked} list items with links, none read as an entry, so it is not offered (name it in "exclude-sections" if it holds no papers)`,
      },
    ];
  });
}

/**
 * Headings that stand for one paper each (entries that are headings, `##### [Title]` then field
 * lines), read with a format that does not take them as entries: the bot would read the field
 * lines as entries, and add papers as items under one of them. Reported once, at the first.
 */
function paperHeadings(file: ListFile, sections: ReadonlySet<Section>): UnreadItem[] {
  return paperHeadingGroups(file, sections).map(({ level, sections: alike, size }) => {
    const first = alike[0]!.heading!;
    return {
      path: file.path,
      line: first.line,
      message:
        `${alike.length} headings of level ${level}, such as "${shorten(first.text)}", stand for one paper each, ` +
        (size > 0
          ? `with ${size} lines under each: the format read does not take them as entries, and a paper would be added as a line under one of them`
          : 'each linking its paper: the format read does not take them as entries, so none of their papers is read'),
    };
  });
}

/**
 * A list item naming no paper: a few words, or one link with a short label (`- Machine learning`,
 * `* [NeurIPS](https://nips.cc/)`). Before a section's first date group, such items introduce
 * it (the conferences a list draws from): not papers left unread.
 */
function namesNoPaper(content: string): boolean {
  const text = content.replace(/^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+/, '').trim();
  const link = /^\[([^[\]\n]+)\]\([^()\s]+\)$/.exec(text);
  const words = (link ? link[1]! : text).split(/\s+/).length;
  return (link !== null || !/[[\]()]/.test(text)) && words <= 3;
}

/** List items and table rows of the offered sections that are not entries. */
function unreadLines(file: ListFile, sections: ReadonlySet<Section>): UnreadItem[] {
  const found: UnreadItem[] = [];
  // Table heads, and group bullets (`- **Two-stage**`): the headings of the sections under them.
  const heads = new Set(
    file.sections.flatMap((s) => [
      ...s.tables.flatMap((t) => [t.line, t.line + 1]),
      ...(s.heading ? [s.heading.line] : []),
    ]),
  );
  // The strays the one read of the file found (src/list/read-list-file.ts), section by section.
  for (const section of file.sections) {
    if (!sections.has(section)) continue;
    const firstGroup = section.groups[0]?.heading.line ?? 0;
    for (const { line, content } of section.strays) {
      if (isContentsLine(content) || heads.has(line)) continue;
      if (line < firstGroup && namesNoPaper(content)) continue;
      if (TABLE_DELIMITER.test(content)) {
        // The row above a delimiter row was a table's header, not an entry left unread.
        if (found[found.length - 1]?.line === line - 1) found.pop();
        continue;
      }
      const message = HTML_TABLE.test(content)
        ? 'an HTML table is not read: its rows are not entries (write them as a Markdown table or as list items)'
        : `"${shorten(content.trim())}" is not read as an entry`;
      found.push({ path: file.path, line, message });
    }
  }
  return found;
}
