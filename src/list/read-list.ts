import { BlockScanner, type ScannedLine } from './block-scanner.js';
import type { Entry, Heading, ListFile, Section } from './list-file.js';

/** How to recognise the first line of an entry (derived from the entry template). */
export interface ReadListOptions {
  readonly startsEntry: (line: string) => boolean;
}

interface OpenEntry {
  start: number;
  end: number;
  line: number;
  lastLine: number;
  /** Column where the entry's content starts: lines indented this far after a blank belong to it. */
  contentIndent: number;
  /** A blank line followed the last line; the next line decides whether the entry goes on. */
  afterBlank: boolean;
  /** A fence or HTML block opened inside the entry: its lines belong to the entry. */
  inBlock: boolean;
}

interface OpenSection {
  heading?: Heading;
  parents: string[];
  entries: Entry[];
  hasOtherContent: boolean;
  contentEnd: number;
  contentEndLine: number;
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
export function readList(path: string, text: string, options: ReadListOptions): ListFile {
  const sections: Section[] = [];
  const headingStack: Heading[] = [];
  let section: OpenSection = {
    parents: [],
    entries: [],
    hasOtherContent: false,
    contentEnd: 0,
    contentEndLine: 0,
  };
  let entry: OpenEntry | undefined;
  const scanner = new BlockScanner();

  // The root paragraph in progress, in case a setext underline turns it into a heading.
  let paragraph:
    | {
        start: number;
        line: number;
        text: string[];
        hadOther: boolean;
        contentEnd: number;
        contentEndLine: number;
      }
    | undefined;
  let previousKind: ScannedLine['kind'] | undefined;

  const closeEntry = (): void => {
    if (!entry) return;
    section.entries.push({
      start: entry.start,
      end: entry.end,
      line: entry.line,
      lastLine: entry.lastLine,
    });
    section.contentEnd = entry.end;
    section.contentEndLine = entry.lastLine;
    entry = undefined;
  };
  const closeSection = (nextHeadingLevel?: number): void => {
    closeEntry();
    sections.push({
      ...(section.heading ? { heading: section.heading } : {}),
      parents: section.parents,
      entries: section.entries,
      hasOtherContent: section.hasOtherContent,
      contentEnd: section.contentEnd,
      contentEndLine: section.contentEndLine,
      ...(nextHeadingLevel !== undefined ? { nextHeadingLevel } : {}),
    });
  };
  /** Opens the section of `heading`, whose last line is `lastLine`. */
  const openSection = (heading: Heading, lastLine: number): void => {
    closeSection(heading.level);
    while (
      headingStack.length > 0 &&
      headingStack[headingStack.length - 1]!.level >= heading.level
    ) {
      headingStack.pop();
    }
    section = {
      heading,
      parents: headingStack.map((h) => h.text),
      entries: [],
      hasOtherContent: false,
      contentEnd: heading.end,
      contentEndLine: lastLine,
    };
    headingStack.push(heading);
  };

  let lineNumber = 0;
  let at = 0;
  const length = text.length;
  // Next CR at or after `at`; searched again only once passed, so the scan stays linear.
  let nextCr = text.indexOf('\r');
  while (at < length) {
    lineNumber += 1;
    const start = at;
    let end = text.indexOf('\n', at);
    let next: number;
    if (end === -1) {
      end = length;
      next = length;
    } else {
      next = end + 1;
    }
    if (end > start && text.charCodeAt(end - 1) === 13) end -= 1;
    if (nextCr !== -1 && nextCr < start) nextCr = text.indexOf('\r', start);
    if (nextCr !== -1 && nextCr < end) {
      // A lone CR also ends a line.
      end = nextCr;
      next = nextCr + 1;
    }
    at = next;
    const content = text.slice(start, end);
    const scanned = scanner.scan(content);
    const kind = scanned.kind;

    if (kind === 'setext' && paragraph) {
      // The paragraph above is the heading: undo its counting as section content.
      section.hasOtherContent = paragraph.hadOther;
      section.contentEnd = paragraph.contentEnd;
      section.contentEndLine = paragraph.contentEndLine;
      openSection(
        {
          level: scanned.level!,
          text: cleanHeadingText(paragraph.text.join(' ')),
          line: paragraph.line,
          start: paragraph.start,
          end,
        },
        lineNumber,
      );
      paragraph = undefined;
      previousKind = kind;
      continue;
    }
    if (kind === 'heading') {
      paragraph = undefined;
      openSection(
        { level: scanned.level!, text: atxHeadingText(content), line: lineNumber, start, end },
        lineNumber,
      );
      previousKind = kind;
      continue;
    }

    if (entry) {
      if (entry.inBlock) {
        // A fence or HTML block opened inside the entry: all its lines, blank ones too, are the entry's.
        extendEntry(entry, end, lineNumber);
        entry.inBlock = scanner.insideBlock;
        previousKind = kind;
        continue;
      }
      if (kind === 'blank') {
        entry.afterBlank = true;
        previousKind = kind;
        continue;
      }
      const startsNew = options.startsEntry(content) && scanned.indent === 0;
      if (!startsNew && continuesEntry(entry, scanned)) {
        extendEntry(entry, end, lineNumber);
        entry.afterBlank = false;
        entry.inBlock = scanner.insideBlock;
        previousKind = kind;
        continue;
      }
      closeEntry();
    }

    if (kind === 'blank') {
      paragraph = undefined;
      previousKind = kind;
      continue;
    }

    const paragraphStart =
      previousKind === undefined ||
      previousKind === 'blank' ||
      previousKind === 'heading' ||
      previousKind === 'setext';
    const isEntryStart =
      scanned.indent === 0 &&
      (kind === 'list-item' || (kind === 'text' && paragraphStart)) &&
      options.startsEntry(content);
    if (isEntryStart) {
      paragraph = undefined;
      entry = {
        start,
        end,
        line: lineNumber,
        lastLine: lineNumber,
        contentIndent: scanned.contentIndent ?? 2,
        afterBlank: false,
        inBlock: scanner.insideBlock,
      };
      previousKind = kind;
      continue;
    }

    if (kind === 'text') {
      if (paragraph && previousKind === 'text') {
        paragraph.text.push(content.trim());
      } else if (scanned.indent < 4) {
        paragraph = {
          start,
          line: lineNumber,
          text: [content.trim()],
          hadOther: section.hasOtherContent,
          contentEnd: section.contentEnd,
          contentEndLine: section.contentEndLine,
        };
      }
    } else {
      paragraph = undefined;
    }
    section.hasOtherContent = true;
    section.contentEnd = end;
    section.contentEndLine = lineNumber;
    previousKind = kind;
  }
  closeSection();
  return { path, text, eol: detectEol(text), sections };
}

function extendEntry(entry: OpenEntry, end: number, line: number): void {
  entry.end = end;
  entry.lastLine = line;
}

/** Whether a non-blank line that does not start a new entry belongs to the open entry. */
function continuesEntry(entry: OpenEntry, line: ScannedLine): boolean {
  if (entry.afterBlank) return line.indent >= entry.contentIndent;
  if (line.indent >= entry.contentIndent) return true;
  switch (line.kind) {
    case 'text':
      return true;
    case 'list-item':
      // `1)` notes lines are the entry's text; a new bullet is a new item.
      return line.bullet !== true;
    default:
      return false;
  }
}

/** The text of an ATX heading line: `#`s, closing sequence and whitespace removed. */
function atxHeadingText(line: string): string {
  const body = line.replace(/^[ \t]*#{1,6}/, '');
  return cleanHeadingText(body.replace(/(?:^|[ \t]+)#+[ \t]*$/, ''));
}

function cleanHeadingText(text: string): string {
  return text.trim();
}

function detectEol(text: string): ListFile['eol'] {
  const lf = text.indexOf('\n');
  const cr = text.indexOf('\r');
  if (cr !== -1 && (lf === -1 || cr < lf)) return text[cr + 1] === '\n' ? '\r\n' : '\r';
  return '\n';
}
