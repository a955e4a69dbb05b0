// The model of a list file: sections and entries located by offsets into the file's own text.
// Offsets are in UTF-16 code units of the JavaScript string; the bytes between them are the
// user's and are never re-serialised.

/** A heading that opens a section. */
export interface Heading {
  /** 1-6; setext headings are 1 (`===`) or 2 (`---`). */
  readonly level: number;
  /** The heading's text: markers, closing hashes and surrounding whitespace removed. */
  readonly text: string;
  /** 1-based line of the heading's first line. */
  readonly line: number;
  /** Offset where the heading starts and where its last line's content ends. */
  readonly start: number;
  readonly end: number;
}

/** One paper entry: whole lines, from its first line to the end of its last non-blank line. */
export interface Entry {
  readonly start: number;
  /** End of the last line's content, before its line ending. */
  readonly end: number;
  /** 1-based first and last line. */
  readonly line: number;
  readonly lastLine: number;
}

/**
 * A heading that dates the entries under it (`## 2019`, `### 2024-05`) inside a section, rather
 * than being a section to choose (docs/design.md, "Date headings").
 */
export interface DateGroup {
  readonly heading: Heading;
  readonly year: number;
  readonly month?: number;
  /** Index in the section's entries of the group's first entry; the group runs to the next one's. */
  readonly firstEntry: number;
}

/** A table's header row, above the rows (entries) of a table. */
export interface TableHead {
  /** The header cells' texts, trimmed. */
  readonly cells: readonly string[];
  /** Whether the header writes cells without spaces around them (`|Name|Paper|`). */
  readonly compact: boolean;
  /** 1-based line of the header row. */
  readonly line: number;
  /** End of the delimiter row under the header, and its line: an empty table's rows go after it. */
  readonly delimiterEnd: number;
  readonly delimiterLine: number;
  /** Index in the section's entries of the table's first row. */
  readonly firstEntry: number;
}

/** A heading and what stands directly under it, up to the next heading. */
export interface Section {
  /** Absent for the part of a file before its first heading. */
  readonly heading?: Heading;
  /** Headings this one is nested in, outermost first (their texts). */
  readonly parents: readonly string[];
  readonly entries: readonly Entry[];
  /** Whether anything but entries and blank lines stands in the section (free text, tables, ...). */
  readonly hasOtherContent: boolean;
  /** End of the last non-blank line in the section (the heading's end when it is empty). */
  readonly contentEnd: number;
  /** 1-based line of `contentEnd`; 0 when nothing precedes it in the file. */
  readonly contentEndLine: number;
  /** Level of the heading that ends this section, when one does. */
  readonly nextHeadingLevel?: number;
  /** The date headings inside the section, in file order (empty when it has none). */
  readonly groups: readonly DateGroup[];
  /** The tables whose rows are the section's entries (empty unless entries are table rows). */
  readonly tables: readonly TableHead[];
  /**
   * List items and table rows (lines starting with `|`) in the section that are not entries,
   * found by the one read of the file: what `check` reports as unread.
   */
  readonly strays: readonly StrayLine[];
}

/** A list item or table row that is not an entry: its 1-based line and its text. */
export interface StrayLine {
  readonly line: number;
  readonly content: string;
}

/** A list file read into sections. */
export interface ListFile {
  readonly path: string;
  readonly text: string;
  /** The file's line ending (its first one), used for inserted lines. */
  readonly eol: '\n' | '\r\n' | '\r';
  /** All sections in file order, the part before the first heading included. */
  readonly sections: readonly Section[];
}
