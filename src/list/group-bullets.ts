// What makes a list item a group of entries (`- **Detection**` with entries nested under it), and
// how its nested entries are read as if at the margin.

/** A group bullet's heading level: below every Markdown heading, so any heading ends it. */
export const GROUP_LEVEL = 7;
export const LIST_MARKER = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+/;
/** A `<details>` block's summary on its line: `<details><summary>Survey</summary>`. */
export const SUMMARY = /^[ \t]*(?:<details[^>]*>[ \t]*)?<summary[^>]*>(.*?)<\/summary>/i;

/**
 * The line without up to `columns` columns of its indentation (a tab to the next multiple of
 * four): an entry nested under a group bullet, read as the template's entries at the margin.
 */
export function dedent(content: string, columns: number): string {
  if (columns === 0) return content;
  let at = 0;
  let column = 0;
  while (column < columns && (content[at] === ' ' || content[at] === '\t')) {
    column += content[at] === '\t' ? 4 - (column % 4) : 1;
    at += 1;
  }
  return content.slice(at);
}
