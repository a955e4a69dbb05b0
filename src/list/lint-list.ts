import { shorten } from '../paper/answer-text.js';
import { isRelativeLink } from '../paper/check-url.js';
import type { EntryReader } from './entry-reader.js';
import type { Entry, ListFile, Section } from './list-file.js';

/** One finding of `check`: where, and what is wrong. */
export interface LintFinding {
  readonly path: string;
  /** 1-based line of the entry (or of the link within it). */
  readonly line: number;
  readonly message: string;
}

/**
 * `[[text)]` or `[[text]` with no `(url)`: a link whose `](` went missing. A label ending in
 * its own brackets (`[[PyTorch (lucidrains)](url)]`) is followed by its `(url)`, a bracketed
 * label ending in them (`[[Pytorch(official)]](url)`) by `](url)`, and a label opening with a
 * tag in brackets (`[[PNN] Product-based Neural Networks](url)`) by more text, then `](url)`.
 */
const BROKEN_LINK = /\[\[[^\]\n]*\)\](?!\(|\]\()|\[\[[^\]\n]*\](?!\()(?!\])(?![^[\]\n]*\]\()/g;
const LINK_TARGET = /\]\(\s*<?([^\s)>]*)/g;

/**
 * Lints every entry of a file (the `check` command): the title and year can be read, link
 * targets are absolute http(s) URLs (or `mailto:`), and no link is broken. Findings are reported, never fixed.
 */
export function lintList(
  file: ListFile,
  reader: EntryReader,
  options: LintOptions = {},
): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const section of file.sections) {
    const own = inSection(section, options);
    for (const entry of section.entries) lintInto(findings, file, entry, reader, own);
  }
  return findings;
}

/** A section named for a year (`Journal Papers 2019`) dates the entries that show none. */
function inSection(section: Section, options: LintOptions): LintOptions {
  return YEAR_AT_END.test(section.heading?.text ?? '') ? { ...options, dated: false } : options;
}

const YEAR_AT_END = /(?:^|\s)(?:19|20)\d\d[\s*_]*$/;

/** What the list's format expects of every entry. */
export interface LintOptions {
  /** Entries show their date (the default); lists dated by headings, or not at all, do not. */
  readonly dated?: boolean;
  /** Links to files beside the list (`./citations/x.txt`) are fine. */
  readonly relativeLinks?: boolean;
}

/** Lints one entry of a section as {@link lintList} does; lines are the file's. */
export function lintEntry(
  file: ListFile,
  section: Section,
  entry: Entry,
  reader: EntryReader,
  options: LintOptions = {},
): LintFinding[] {
  const findings: LintFinding[] = [];
  lintInto(findings, file, entry, reader, inSection(section, options));
  return findings;
}

/** Adds an entry's findings to `findings`: one array for a whole file, however long. */
function lintInto(
  findings: LintFinding[],
  file: ListFile,
  entry: Entry,
  reader: EntryReader,
  options: LintOptions,
): void {
  const text = file.text.slice(entry.start, entry.end);
  const report = (offset: number, message: string): void => {
    findings.push({ path: file.path, line: entry.line + countLines(text, offset), message });
  };
  const title = reader.title(text);
  if (title === undefined) report(0, 'no title can be read from the first line');
  if ((options.dated ?? true) && !reader.date(text)) {
    report(0, `no year can be read from the venue${title ? ` of "${shorten(title)}"` : ''}`);
  }
  LINK_TARGET.lastIndex = 0;
  for (let match = LINK_TARGET.exec(text); match; match = LINK_TARGET.exec(text)) {
    const url = match[1]!;
    const fine = /^(?:https?:\/\/[^/]|mailto:)/i.test(url);
    if (!fine && !(options.relativeLinks && isRelativeLink(url))) {
      report(match.index, `link target "${shorten(url)}" is not an absolute http(s) URL`);
    }
  }
  // Most entries have no `[[` at all: the pattern below is only tried on those that do.
  if (!text.includes('[[')) return;
  for (const match of text.matchAll(BROKEN_LINK)) {
    report(match.index, `broken link "${shorten(match[0])}": write it as [[Label](https://...)]`);
  }
}

function countLines(text: string, offset: number): number {
  let lines = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
    lines += 1;
  return lines;
}
