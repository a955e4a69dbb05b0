import {
  atxHeadingText,
  BlockScanner,
  cleanHeadingText,
  isDisclosureMarkup,
  type ScannedLine,
} from './block-scanner.js';
import type { Heading, ListFile } from './list-file.js';
import {
  continuesEntry,
  extendEntry,
  SectionBuilder,
  type ContentMark,
  type OpenEntry,
} from './section-builder.js';
import { GROUP_LEVEL, LIST_MARKER, SUMMARY, dedent } from './group-bullets.js';
import { isContentsLine } from './contents-line.js';
import { isStray } from './stray-lines.js';
import { headingDate } from './heading-date.js';
import { splitCells, TABLE_DELIMITER } from './table-cells.js';
import { detectEol, forEachLine, type TextLine } from './text-lines.js';
import type { ReadListOptions } from './read-list-options.js';
import { displayHeading, foldName } from './paper-list.js';

export type { ReadListOptions } from './read-list-options.js';

/** The lines after which a line of text starts a paragraph (`undefined`: the file's start). */
const PARAGRAPH_AFTER = new Set<string | undefined>([undefined, 'blank', 'heading', 'setext']);

/** An HTML heading on a line of its own: `<h2 id="x">Technique</h2>`. */
const HTML_HEADING = /^[ \t]{0,3}<h([1-6])(?:\s[^>]*)?>(.*?)<\/?h\1\s*\/?>[ \t]*$/i;

/** The root paragraph in progress, in case a setext underline turns it into a heading. */
interface OpenParagraph extends ContentMark {
  readonly start: number;
  readonly line: number;
  readonly text: string[];
}

/**
 * Reads a list file into sections and entries with exact offsets, in one pass over its lines.
 *
 * Entry boundaries are line-based, not taken from a Markdown parser's list items: a notes line
 * starting `1)` at column 0 would start a new ordered list in Markdown, but it belongs to the
 * entry above it. An entry runs from its first line up to a blank line, a heading, a new bullet
 * at column 0, or another block (fence, HTML, quote, rule) at column 0; after a blank line it
 * goes on only with lines indented to its content.
 */
export function readListFile(path: string, text: string, options: ReadListOptions): ListFile {
  const reader = new ListLineReader(options);
  forEachLine(text, (line) => reader.read(line));
  return { path, text, eol: detectEol(text), sections: reader.finish() };
}

/** Reads one line after another: headings open sections, entry lines build entries. */
class ListLineReader {
  private readonly built: SectionBuilder;
  private readonly scanner = new BlockScanner();
  private paragraph: OpenParagraph | undefined;
  private previousKind: ScannedLine['kind'] | undefined;
  private previousLine = '';
  /** The last list item at the margin that is not an entry: a group, if entries nest under it. */
  private group: { readonly heading: Heading; readonly contentIndent: number } | undefined;
  /** How far in the entries of the open group bullet stand (`    * ` under `* General:`). */
  private nest = 0;

  constructor(private readonly options: ReadListOptions) {
    const excluded = new Set((options.excludeSections ?? []).map(foldName));
    this.built = new SectionBuilder((text) => excluded.has(foldName(displayHeading(text))));
  }

  read(line: TextLine): void {
    const opensBlock = !this.scanner.insideBlock;
    const scanned = this.scanner.scan(line.content);
    const html = opensBlock && scanned.kind === 'html' ? HTML_HEADING.exec(line.content) : null;
    const summary =
      this.options.groupBullets && scanned.kind === 'html' ? SUMMARY.exec(line.content) : null;
    if (summary) this.summaryGroup(line, summary[1]!);
    // A `<details>` block that closes before any entry stood in it was no group.
    else if (this.group?.heading.level === GROUP_LEVEL && /<\/details>/i.test(line.content))
      this.group = undefined;
    if (html && (!this.built.entry || this.built.entry.inBlock === false)) {
      this.built.closeEntry();
      this.heading(line, Number(html[1]), html[2]!.replace(/<[^>]*>/g, ''));
    } else this.readScanned(line, scanned);
    this.previousKind = scanned.kind;
    this.previousLine = line.content;
  }

  finish() {
    this.built.closeSection();
    return this.built.sections;
  }

  private readScanned(line: TextLine, scanned: ScannedLine): void {
    if (scanned.kind === 'setext' && this.paragraph) return this.setextHeading(line, scanned);
    if (scanned.kind === 'heading') {
      if (scanned.level === this.options.headingEntries && this.options.startsEntry(line.content)) {
        this.built.closeEntry();
        return this.startEntry(line, scanned, true);
      }
      return this.heading(line, scanned.level!, atxHeadingText(line.content));
    }
    if (this.options.tableRows && this.tableHeader(line)) return;
    if (this.built.entry && this.continueEntry(this.built.entry, line, scanned)) return;
    if (scanned.kind === 'blank') {
      this.paragraph = undefined;
      return;
    }
    if (scanned.indent < this.nest) this.nest = 0;
    if (this.isEntryStart(line, scanned)) {
      const group = this.group;
      if (group && scanned.indent >= group.contentIndent) {
        this.built.openSection(group.heading, group.heading.line);
        this.group = undefined;
        this.nest = group.contentIndent;
      }
      return this.startEntry(line, scanned);
    }
    this.groupCandidate(line, scanned);
    this.otherContent(line, scanned);
  }

  /** Remembers a list item at the margin that is not an entry: entries may nest under it. */
  private groupCandidate(line: TextLine, scanned: ScannedLine): void {
    if (scanned.kind === 'html' || !this.options.groupBullets || scanned.indent >= 4) return;
    if (scanned.kind !== 'list-item') {
      if (scanned.indent === 0) this.group = undefined;
      return;
    }
    if (scanned.indent >= (this.group?.contentIndent ?? Infinity)) return;
    const text = line.content
      .replace(LIST_MARKER, '')
      .replace(/:[ \t]*$/, '')
      .trim();
    // A table of contents' item (`- [Intro](#intro)`) is no group.
    if (text === '' || isContentsLine(text)) {
      this.group = undefined;
      return;
    }
    const { number, start, end } = line;
    const heading = { level: GROUP_LEVEL, text, line: number, start, end };
    this.group = { heading, contentIndent: scanned.contentIndent ?? 2 };
  }

  /** A `<details>` block's summary: a group, when entries stand in the block. */
  private summaryGroup(line: TextLine, summary: string): void {
    const text = summary.replace(/<[^>]*>/g, '').trim();
    if (text === '') return;
    const { number, start, end } = line;
    this.group = {
      heading: { level: GROUP_LEVEL, text, line: number, start, end },
      contentIndent: 0,
    };
  }

  /** A heading (ATX, or an HTML `<h2>` line): a section, or a date group of the open one. */
  private heading(line: TextLine, level: number, text: string): void {
    this.paragraph = undefined;
    this.group = undefined;
    this.nest = 0;
    const { number, start, end } = line;
    const heading = { level, text: cleanHeadingText(text), line: number, start, end };
    // A heading with no text (`##`) is a spacer between sections: it names none.
    if (heading.text === '') {
      this.built.closeEntry();
      return this.built.markContent(end, number);
    }
    const date = this.options.dateHeadings ? headingDate(heading.text) : undefined;
    if (date && this.built.openDateGroup(heading, date)) return;
    this.built.openSection(heading, number);
  }

  /** A delimiter row right under a row read as an entry: that row was the table's header. */
  private tableHeader(line: TextLine): boolean {
    const header = this.built.entry;
    if (!header || header.line !== line.number - 1 || !TABLE_DELIMITER.test(line.content)) {
      return false;
    }
    const row = this.previousLine;
    this.built.openTable(
      splitCells(row).map((c) => c.trim()),
      /^\|[^ \t]/.test(row.trim()),
      line,
    );
    this.built.markContent(line.end, line.number);
    return true;
  }

  /** The paragraph above the underline is a heading: undo its counting as section content. */
  private setextHeading(line: TextLine, scanned: ScannedLine): void {
    const paragraph = this.paragraph!;
    this.built.restore(paragraph);
    const text = cleanHeadingText(paragraph.text.join(' '));
    const { start, line: first } = paragraph;
    // Rows of the paragraph (a table the format does not read) stand under the new heading.
    const strays = this.built.section.strays;
    const from = strays.findIndex((s) => s.line >= first);
    const moved = from === -1 ? [] : strays.splice(from);
    this.built.openSection(
      { level: scanned.level!, text, line: first, start, end: line.end },
      line.number,
    );
    this.built.section.strays.push(...moved);
    this.paragraph = undefined;
  }

  /** Whether the line belongs to the open entry (taken in), or closes it (false). */
  private continueEntry(entry: OpenEntry, line: TextLine, scanned: ScannedLine): boolean {
    if (entry.headed) {
      // An entry that is a heading holds everything up to the next heading.
      if (scanned.kind !== 'blank') extendEntry(entry, line);
      return true;
    }
    if (entry.inBlock) {
      // A fence or HTML block opened inside the entry: all its lines, blank ones too, are the entry's.
      extendEntry(entry, line);
      entry.inBlock = this.scanner.insideBlock;
      return true;
    }
    if (scanned.kind === 'blank') {
      entry.afterBlank = true;
      return true;
    }
    const base = scanned.indent >= this.nest ? this.nest : 0;
    // Text under a paragraph's line goes on with it (lazy continuation); a table row does not.
    const startsNew =
      (scanned.kind !== 'text' || this.options.tableRows === true) &&
      this.options.startsEntry(dedent(line.content, base)) &&
      scanned.indent < Math.min(base + 4, entry.contentIndent);
    if (!startsNew && !this.options.tableRows && continuesEntry(entry, scanned)) {
      extendEntry(entry, line);
      entry.afterBlank = false;
      entry.inBlock = this.scanner.insideBlock;
      return true;
    }
    this.built.closeEntry();
    return false;
  }

  private isEntryStart(line: TextLine, scanned: ScannedLine): boolean {
    const paragraphStart = PARAGRAPH_AFTER.has(this.previousKind);
    // Entries nested under a group bullet are read as they would be at the margin.
    const pending = this.group?.contentIndent ?? 0;
    const nest = Math.max(this.nest, scanned.indent >= pending ? pending : 0);
    const base = scanned.indent >= nest ? nest : 0;
    return (
      scanned.indent < base + 4 &&
      (scanned.kind === 'list-item' ||
        (scanned.kind === 'text' && (paragraphStart || this.options.tableRows === true))) &&
      this.options.startsEntry(dedent(line.content, base)) &&
      !isContentsLine(line.content) // `1. [Data Quality](#data-quality)`: contents, no entry
    );
  }

  private startEntry(line: TextLine, scanned: ScannedLine, headed = false): void {
    this.paragraph = undefined;
    this.built.entry = {
      start: line.start,
      end: line.end,
      line: line.number,
      lastLine: line.number,
      contentIndent: scanned.contentIndent ?? 2,
      afterBlank: false,
      inBlock: this.scanner.insideBlock,
      ...(headed ? { headed } : {}),
    };
  }

  /** Free text, tables, quotes...: section content, and a possible setext heading's text. */
  private otherContent(line: TextLine, scanned: ScannedLine): void {
    const paragraphStart = PARAGRAPH_AFTER.has(this.previousKind);
    if (isStray(line.content, scanned, paragraphStart, this.options.paragraphEntries === true))
      this.built.section.strays.push({ line: line.number, content: line.content });
    if (scanned.kind !== 'text') this.paragraph = undefined;
    else if (this.paragraph && this.previousKind === 'text')
      this.paragraph.text.push(line.content.trim());
    else if (scanned.indent < 4) {
      const mark = this.built.contentMark();
      this.paragraph = {
        ...mark,
        start: line.start,
        line: line.number,
        text: [line.content.trim()],
      };
    }
    // `<details>`, `</details>` and `<summary>` before any content fold the section, and are not
    // its content: a section holding only them is empty, offered, and takes entries under its
    // heading, inside the fold. After content they close it, and new entries go after them.
    const folding = isDisclosureMarkup(line.content) && !this.built.contentMark().hadOther;
    if (!folding) this.built.markContent(line.end, line.number);
  }
}
