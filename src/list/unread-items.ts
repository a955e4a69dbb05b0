// What a list holds that its format cannot read (docs/design.md, "Loud failure"): list items and
// table rows in a section that are not entries. `check`
// and the action report them by line, so a list the bot half understands never passes quietly.

import { shorten } from '../paper/answer-text.js';
import { BlockScanner } from './block-scanner.js';
import type { ListFile, Section } from './list-file.js';
import { forEachLine } from './text-lines.js';

/** One item the format cannot read. */
export interface UnreadItem {
  readonly path: string;
  readonly line: number;
  readonly message: string;
}

const TABLE_DELIMITER = /^[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+(?:[ \t]*:?-+:?[ \t]*)?[ \t]*$/;
/** A table of contents line: nothing but links to anchors in the file. */
const ANCHOR_ONLY = /^[ \t]*(?:[-*+]|\d{1,9}[.)])?[ \t]*(?:\[[^\]]*\]\(#[^)]*\)[ \t,|]*)+$/;

/**
 * The items of the offered `sections` of a file that its format does not read: list items and
 * table rows that are not entries (tables of contents aside). Entries whose title cannot be read
 * are linting's to report.
 */
export function unreadItems(file: ListFile, sections: ReadonlySet<Section>): UnreadItem[] {
  return [...paperHeadings(file, sections), ...unreadLines(file, sections)].sort(
    (a, b) => a.line - b.line,
  );
}

/** At least this many sections of one level, read alike, before they count as papers. */
const PAPER_HEADINGS = 5;

/**
 * Headings that stand for one paper each (entries that are headings: `##### [Title]` then a few
 * field lines), which no format reads yet: five or more offered sections of one heading level,
 * most holding the same two to six items, most of whose first item repeats the heading's text.
 * The bot would read the field lines as entries, and add papers as items under one of them.
 */
function paperHeadings(file: ListFile, sections: ReadonlySet<Section>): UnreadItem[] {
  const byLevel = new Map<number, Section[]>();
  for (const section of file.sections) {
    if (!section.heading || !sections.has(section)) continue;
    const level = byLevel.get(section.heading.level) ?? [];
    level.push(section);
    byLevel.set(section.heading.level, level);
  }
  const found: UnreadItem[] = [];
  for (const [level, alike] of byLevel) {
    if (alike.length < PAPER_HEADINGS) continue;
    const size = mostCommon(alike.map((s) => s.entries.length));
    if (size < 2 || size > 6) continue;
    const sized = alike.filter((s) => s.entries.length === size).length;
    const repeated = alike.filter((s) => repeatsHeading(file, s)).length;
    if (sized < alike.length * 0.8 || repeated < alike.length * 0.8) continue;
    const first = alike[0]!.heading!;
    found.push({
      path: file.path,
      line: first.line,
      message:
        `${alike.length} headings of level ${level}, such as "${shorten(first.text)}", stand for one paper each, ` +
        `with ${size} lines under each: entries that are headings are not read yet, and a paper ` +
        'would be added as a line under one of them',
    });
  }
  return found;
}

function mostCommon(values: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
}

/** Whether the section's first item repeats its heading's words (the paper's title). */
function repeatsHeading(file: ListFile, section: Section): boolean {
  const entry = section.entries[0];
  if (!entry || !section.heading) return false;
  const words = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const heading = words(section.heading.text);
  return heading.length >= 4 && words(file.text.slice(entry.start, entry.end)).includes(heading);
}

/** List items and table rows of the offered sections that are not entries. */
function unreadLines(file: ListFile, sections: ReadonlySet<Section>): UnreadItem[] {
  const found: UnreadItem[] = [];
  const report = (line: number, message: string) => found.push({ path: file.path, line, message });
  const ranges = file.sections.map((section, i) => ({
    section,
    end: file.sections[i + 1]?.heading?.start ?? file.text.length,
  }));
  const heads = new Set(
    file.sections.flatMap((s) => s.tables.flatMap((t) => [t.line, t.line + 1])),
  );
  const scanner = new BlockScanner();
  let at = 0;
  let entry = 0;
  forEachLine(file.text, (line) => {
    const kind = scanner.scan(line.content).kind;
    while (at < ranges.length - 1 && line.start >= ranges[at]!.end) {
      at += 1;
      entry = 0;
    }
    const { section } = ranges[at]!;
    const entries = section.entries;
    while (entry < entries.length && entries[entry]!.end < line.start) entry += 1;
    const inEntry = entry < entries.length && entries[entry]!.start <= line.start;
    if (!sections.has(section) || inEntry || ANCHOR_ONLY.test(line.content)) return;
    if (TABLE_DELIMITER.test(line.content)) {
      // The row above a delimiter row was a table's header, not an entry left unread.
      if (found[found.length - 1]?.line === line.number - 1) found.pop();
      return;
    }
    const item = kind === 'list-item' || (kind === 'text' && /^[ \t]*\|/.test(line.content));
    if (!item || heads.has(line.number)) return;
    report(line.number, `"${shorten(line.content.trim())}" is not read as an entry`);
  });
  return found.sort((a, b) => a.line - b.line);
}
