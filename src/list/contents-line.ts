// A table of contents' line: links to anchors in the file and nothing else (`- [Intro](#intro)`,
// `- [2025](./#2025) | [2024](./#2024)`). Never an entry, nor a group, nor an item left unread.

const ANCHOR_LINKS = /^(?:[-*+]|\d{1,9}[.)])?[ \t]*(?:\[[^\]]*\]\((?:\.\/)?#[^)]*\)[ \t,|]*)+$/;

/** Whether the line (or list item's text) only links anchors in the file. */
export function isContentsLine(text: string): boolean {
  // Most lines link no anchor at all: told at once, as every entry's first line is asked.
  if (!text.includes('](#') && !text.includes('](./#')) return false;
  return ANCHOR_LINKS.test(text.trim());
}
