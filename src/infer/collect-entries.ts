import type { ListFile, Section, TableHead } from '../list/list-file.js';
import { displayHeading, foldName } from '../list/paper-list.js';
import type { SourceFile } from '../list/read-paper-list.js';
import { readListFile } from '../list/read-list-file.js';
import { headOf } from './learn-columns.js';
import { isContentsLine } from '../list/contents-line.js';

/**
 * Where entries can stand: list items (bulleted or numbered), table rows, paragraphs, or headings
 * of one level with the lines under them.
 */
export type EntryShape = 'list' | 'table' | 'paragraph' | 'heading';

/** A block that may be an entry, as inference first sees it. */
export interface CandidateEntry {
  readonly path: string;
  readonly section: Section;
  /** The entry's lines, without line ends. */
  readonly lines: readonly string[];
  /** For a table row: its table's header. */
  readonly head?: TableHead;
  /** A list item nested under a list item that is not an entry (a group bullet). */
  readonly nested?: boolean;
}

const ANY_ITEM = /^[ \t]{0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+\S/;
const ANY_ROW = /^[ \t]*\|/;
/**
 * A paragraph that opens with a bold title (`**Title** \`), or a line of text that links a web
 * page (`(Arxiv 24.02.01) Title [Paper](url)`): not an image, HTML, a quote or a table row.
 */
export const ANY_PARAGRAPH = /^(?:\*\*|__)\S|^(?![ \t]*[>|<!])[^\n]*\]\(<?https?:\/\//;
const STARTS: Record<Exclude<EntryShape, 'heading'>, RegExp> = {
  list: ANY_ITEM,
  table: ANY_ROW,
  paragraph: ANY_PARAGRAPH,
};

const NESTED_ITEM = /^([ \t]{2,})(?:[-*+]|\d{1,9}[.)])[ \t]+\S/;

/**
 * The list items nested in an item whose own line is short and bare (`- **Detection**`,
 * `- Segmentation:`), each with the lines under it: the entries of a group bullet. None when the
 * item reads as an entry with notes under it.
 */
function nestedItems(lines: readonly string[]): string[][] {
  const own = lines[0]!.replace(/^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+/, '');
  if (own.length > 60 || /\]\((?!#)/.test(own) || lines.length < 2) return [];
  const items: string[][] = [];
  let indent = Infinity;
  for (const line of lines.slice(1)) {
    const item = NESTED_ITEM.exec(line);
    if (item && item[1]!.length <= indent) {
      indent = item[1]!.length;
      items.push([line.slice(indent)]);
    } else if (items.length > 0 && line.trim() !== '') {
      items[items.length - 1]!.push(line.slice(Math.min(indent, /^[ \t]*/.exec(line)![0].length)));
    }
  }
  return items.length >= 1 && items.every((i) => /\]\(|\*\*/.test(i[0]!)) ? items : [];
}

/** Every list item or table row at the root of the files, outside excluded sections. */
export function collectEntries(
  files: readonly SourceFile[],
  shape: EntryShape,
  excludeSections: readonly string[],
  dateHeadings: boolean,
  headingLevel = 0,
  readFile?: (file: ListFile, sections: ReadonlySet<Section>) => void,
): CandidateEntry[] {
  const excluded = new Set(excludeSections.map(foldName));
  const isExcluded = (section: Section) =>
    excluded.has(section.heading ? foldName(displayHeading(section.heading.text)) : '');
  const start =
    shape === 'heading' ? new RegExp(`^[ \\t]{0,3}#{${headingLevel}}[ \\t]+\\S`) : STARTS[shape];
  const startsEntry = (line: string) => start.test(line);
  const found: CandidateEntry[] = [];
  for (const file of files) {
    const read = readListFile(file.path, file.text, {
      startsEntry,
      dateHeadings,
      excludeSections,
      tableRows: shape === 'table',
      ...(shape === 'heading' ? { headingEntries: headingLevel } : {}),
    });
    readFile?.(read, new Set(read.sections.filter((s) => s.heading && !isExcluded(s))));
    for (const section of read.sections) {
      if (isExcluded(section)) continue;
      section.entries.forEach((entry, index) => {
        const lines = file.text.slice(entry.start, entry.end).split(/\r\n?|\n/);
        if (isContentsLine(lines[0]!)) return;
        const head = headOf(section.tables, index);
        const nested = shape === 'list' ? nestedItems(lines) : [];
        if (nested.length > 0) {
          for (const item of nested)
            found.push({ path: file.path, section, lines: item, nested: true });
        } else found.push({ path: file.path, section, lines, ...(head ? { head } : {}) });
      });
    }
  }
  return found;
}
