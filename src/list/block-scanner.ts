// A line-by-line approximation of CommonMark's block structure, just deep enough to tell which
// lines are root-level headings, which are list items, and which lie inside code fences or HTML
// blocks. It never builds a tree: one pass, a few regular expressions per line. Tests compare
// its headings with remark's on every corpus file.
import { isBlank, withoutTrailingBlanks } from './text-lines.js';

/** What a line is, as far as sections and entries care. */
export type LineKind =
  | 'blank'
  /** An ATX heading at the root. */
  | 'heading'
  /** A setext underline that turns the paragraph above it into a root heading. */
  | 'setext'
  /** Any line of a code fence or indented code. */
  | 'code'
  /** Any line of an HTML block. */
  | 'html'
  | 'thematic-break'
  | 'list-item'
  | 'quote'
  | 'text';

/** The result of scanning one line. */
export interface ScannedLine {
  readonly kind: LineKind;
  /** Columns of leading whitespace (tabs to the next multiple of 4). */
  readonly indent: number;
  /** For headings: level; for setext underlines: 1 or 2. */
  readonly level?: number;
  /** For list items: whether the marker is `-`, `+` or `*`. */
  readonly bullet?: boolean;
  /** For list items: the column where the item's content starts. */
  readonly contentIndent?: number;
}

const FENCE_OPEN = /^[ \t]*(`{3,}|~{3,})(.*)$/;
const ATX = /^[ \t]*#{1,6}(?:[ \t]|$)/;
const SETEXT = /^[ \t]*(=+|-+)[ \t]*$/;
const THEMATIC = /^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const LIST_ITEM = /^[ \t]*([-+*]|(\d{1,9})[.)])([ \t]+|$)/;
const HTML_RAW = /^[ \t]*<(?:script|pre|style|textarea)(?:[\s>]|$)/i;
const HTML_BLOCK_TAG =
  /^[ \t]*<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[\s>]|\/>|$)/i;
const HTML_COMPLETE_TAG =
  /^[ \t]*(?:<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)[ \t]*$/;

/** HTML block kinds 1-5 end at a marker; kinds 6-7 at a blank line. */
type HtmlEnd = RegExp | 'blank';

const HTML_ENDS: readonly [RegExp, RegExp][] = [
  [/^[ \t]*<!--/, /-->/],
  [/^[ \t]*<\?/, /\?>/],
  [/^[ \t]*<![A-Za-z]/, />/],
  [/^[ \t]*<!\[CDATA\[/, /\]\]>/],
];

/** Leading whitespace in columns, tabs advancing to the next multiple of 4. */
export function indentOf(line: string): number {
  let columns = 0;
  for (let i = 0; i < line.length; i += 1) {
    const c = line.charCodeAt(i);
    if (c === 32) columns += 1;
    else if (c === 9) columns += 4 - (columns % 4);
    else break;
  }
  return columns;
}

/** Characters that can begin a block other than a paragraph (after indentation). */
const SPECIAL_START = new Set('#-*+=_<>`~0123456789');

/**
 * Scans a Markdown document line by line. Call {@link BlockScanner.scan} with each line's
 * content (no line ending), in order.
 */
export class BlockScanner {
  private fence: { readonly char: string; readonly length: number } | undefined;
  private html: HtmlEnd | undefined;
  /** Content column of the open root-level list item, if any. */
  private listIndent: number | undefined;
  /** Where the previous line's paragraph lives, when the previous line was paragraph text. */
  private paragraph: 'root' | 'list' | 'quote' | undefined;
  private previousBlank = true;

  /** Whether a code fence or HTML block is open after the last scanned line. */
  get insideBlock(): boolean {
    return this.fence !== undefined || this.html !== undefined;
  }

  /** Classifies the next line. */
  scan(line: string): ScannedLine {
    const indent = indentOf(line);
    const blank = indent === line.length || /^[ \t]*$/.test(line);
    const inside = this.insideBlockLine(line, indent, blank);
    if (inside) return inside;
    if (blank) {
      this.paragraph = undefined;
      return this.done({ kind: 'blank', indent }, true);
    }

    const inList = this.listIndent !== undefined && indent >= this.listIndent;
    // After a blank line, anything less indented than the open list item's content closes it.
    if (this.listIndent !== undefined && !inList && (this.previousBlank || !this.paragraph)) {
      this.listIndent = undefined;
    }
    const relative = inList ? indent - this.listIndent! : indent;
    const first = line[indent] ?? '';
    if (relative >= 4) return this.done({ kind: this.paragraph ? 'text' : 'code', indent }, false);
    if (!SPECIAL_START.has(first)) return this.text(indent, inList);
    return (
      this.leafBlock(line, indent, inList) ??
      this.containerOrHtml(line, indent, first, inList) ??
      this.text(indent, inList)
    );
  }

  /** A line inside an open code fence or HTML block, or `undefined` when none is open. */
  private insideBlockLine(line: string, indent: number, blank: boolean): ScannedLine | undefined {
    if (this.fence) {
      const close = FENCE_OPEN.exec(line);
      if (
        close &&
        close[1]![0] === this.fence.char &&
        close[1]!.length >= this.fence.length &&
        close[2]!.trim() === ''
      ) {
        this.fence = undefined;
      }
      return this.done({ kind: 'code', indent }, false);
    }
    if (!this.html) return undefined;
    if (this.html === 'blank') {
      if (blank) {
        this.html = undefined;
        return this.done({ kind: 'blank', indent }, true);
      }
    } else if (this.html.test(line)) {
      this.html = undefined;
    }
    return this.done({ kind: 'html', indent }, false);
  }

  /** A code fence's opening, an ATX heading, a setext underline or a thematic break. */
  private leafBlock(line: string, indent: number, inList: boolean): ScannedLine | undefined {
    const fence = FENCE_OPEN.exec(line);
    if (fence && !(fence[1]![0] === '`' && fence[2]!.includes('`'))) {
      this.fence = { char: fence[1]![0]!, length: fence[1]!.length };
      this.closeListUnless(inList);
      this.paragraph = undefined;
      return this.done({ kind: 'code', indent }, false);
    }
    if (ATX.test(line)) {
      this.paragraph = undefined;
      if (inList) return this.done({ kind: 'text', indent }, false);
      this.listIndent = undefined;
      const level = /#+/.exec(line)![0].length;
      return this.done({ kind: 'heading', indent, level }, false);
    }
    const setext = SETEXT.exec(line);
    if (setext && this.paragraph === 'root' && !inList) {
      this.paragraph = undefined;
      return this.done({ kind: 'setext', indent, level: setext[1]![0] === '=' ? 1 : 2 }, false);
    }
    if (!THEMATIC.test(line)) return undefined;
    this.closeListUnless(inList);
    this.paragraph = undefined;
    return this.done({ kind: 'thematic-break', indent }, false);
  }

  /** An HTML block's opening, a list item or a block quote. */
  private containerOrHtml(
    line: string,
    indent: number,
    first: string,
    inList: boolean,
  ): ScannedLine | undefined {
    const html = first === '<' ? this.htmlStart(line) : undefined;
    if (html) {
      this.closeListUnless(inList);
      this.paragraph = undefined;
      const endsHere = html !== 'blank' && html.test(line.slice(indent + 1));
      if (!endsHere) this.html = html;
      return this.done({ kind: 'html', indent }, false);
    }
    const item = LIST_ITEM.exec(line);
    if (item && this.canStartListItem(item)) {
      const marker = item[1]!;
      const spaces = item[3]!.length;
      const contentIndent = indent + marker.length + (spaces === 0 || spaces > 4 ? 1 : spaces);
      if (!inList) this.listIndent = contentIndent;
      this.paragraph = 'list';
      const bullet = item[2] === undefined;
      return this.done({ kind: 'list-item', indent, bullet, contentIndent }, false);
    }
    if (first !== '>') return undefined;
    this.closeListUnless(inList);
    this.paragraph = 'quote';
    return this.done({ kind: 'quote', indent }, false);
  }

  private text(indent: number, inList: boolean): ScannedLine {
    if (!this.paragraph) this.paragraph = inList || this.listIndent !== undefined ? 'list' : 'root';
    return this.done({ kind: 'text', indent }, false);
  }

  /** An ordered item not starting at 1, or an empty item, cannot interrupt a paragraph. */
  private canStartListItem(item: RegExpExecArray): boolean {
    // Within a list, the next item always starts (`2.` after `1. text`); only a root paragraph
    // cannot be interrupted by an empty item or one numbered other than 1.
    if (this.paragraph !== 'root') return true;
    if (item[3] === '') return false;
    return item[2] === undefined || Number(item[2]) === 1;
  }

  private htmlStart(line: string): HtmlEnd | undefined {
    if (HTML_RAW.test(line)) return /<\/(?:script|pre|style|textarea)>/i;
    for (const [start, end] of HTML_ENDS) if (start.test(line)) return end;
    if (HTML_BLOCK_TAG.test(line)) return 'blank';
    if (!this.paragraph && HTML_COMPLETE_TAG.test(line)) return 'blank';
    return undefined;
  }

  private closeListUnless(inList: boolean): void {
    if (!inList) this.listIndent = undefined;
  }

  /** Records the line as the previous one; only paragraph lines keep a paragraph open. */
  private done(scanned: ScannedLine, blank: boolean): ScannedLine {
    this.previousBlank = blank;
    if (scanned.kind !== 'text' && scanned.kind !== 'list-item' && scanned.kind !== 'quote') {
      this.paragraph = undefined;
    }
    return scanned;
  }
}

/** An HTML table opening on its line (`<table>`): its rows are never read as entries. */
export const HTML_TABLE = /^[ \t]{0,3}<table\b/i;

/** A line of `<details>`/`<summary>` tags only (a summary's own text included). */
export function isDisclosureMarkup(content: string): boolean {
  if (!/^[ \t]*<\/?(?:details|summary)\b/i.test(content)) return false;
  const rest = content
    .replace(/<summary\b[^>]*>[^<]*<\/summary\s*>/gi, '')
    .replace(/<\/?(?:details|summary)\b[^>]*>/gi, '');
  return rest.trim() === '';
}

/** The text of an ATX heading line: `#`s, closing sequence and whitespace removed. */
export function atxHeadingText(line: string): string {
  const body = line.replace(/^[ \t]*#{1,6}/, '');
  return cleanHeadingText(withoutClosingSequence(body));
}

/**
 * A heading's text without its trailing blanks and the closing `#`s before them (` ##`, or the
 * whole text when it is only `#`s). Read from the end: patterns for it took cubic time on a long
 * run of blanks.
 */
export function withoutClosingSequence(text: string): string {
  const end = withoutTrailingBlanks(text).length;
  let hashes = end;
  while (text[hashes - 1] === '#') hashes -= 1;
  if (hashes === end || (hashes > 0 && !isBlank(text[hashes - 1]))) return text.slice(0, end);
  while (isBlank(text[hashes - 1])) hashes -= 1;
  return text.slice(0, hashes);
}

export function cleanHeadingText(text: string): string {
  return text.trim();
}
