// What reading a list file needs to know of its format (src/list/read-list-file.ts).

/** How to recognise entries and date headings (derived from the list's format). */
export interface ReadListOptions {
  readonly startsEntry: (line: string) => boolean;
  /** Headings that name a date (`## 2019`) date the entries under them instead of opening a section. */
  readonly dateHeadings?: boolean;
  /** Entries are table rows: one line each, and a row above a delimiter row is the header. */
  readonly tableRows?: boolean;
  /**
   * A list item that is not an entry, with entries nested under it (`- **Detection**` then
   * `  - [Paper](url)`), is a group: a section of its own, nested in the heading's; so is a
   * `<details>` block holding entries, named by its summary.
   */
  readonly groupBullets?: boolean;
  /** Headings of this level starting an entry are entries (`##### [Title]`, to the next heading). */
  readonly headingEntries?: number;
  /** Entries are paragraphs (`(Arxiv 24.02.01) Title [Paper](url)`): others are reported. */
  readonly paragraphEntries?: boolean;
  /** Headings that never hold entries (`Table of Contents`): no date group goes on one. */
  readonly excludeSections?: readonly string[];
}
