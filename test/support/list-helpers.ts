// Shared helpers for list tests: the default format, reading text, and entry texts.
import { defaultConfig } from '../../src/config/config.js';
import type { Config } from '../../src/config/config.js';
import type { ListFile } from '../../src/list/list-file.js';
import { readListFile } from '../../src/list/read-list-file.js';
import { resolveList, resolveListFormat } from '../../src/infer/resolve-format.js';
import { listFormatOf, type ListFormat } from '../../src/list/list-format.js';
import type { LinkFormat } from '../../src/paper/entry-template.js';
import { readPaperList } from '../../src/list/read-paper-list.js';
import type { ListRead } from '../../src/infer/list-read.js';

/** The format of a zero-configuration list. */
export const DEFAULT_FORMAT: ListFormat = resolveListFormat(defaultConfig(), []);

/** The format of a configuration with some keys changed. */
export function formatWith(overrides: Partial<Config>): ListFormat {
  return resolveListFormat({ ...defaultConfig(), ...overrides }, []);
}

/** Reads a text as a list file in the given format (default: the corpus's). */
export function read(
  text: string,
  path = 'README.md',
  format: ListFormat = DEFAULT_FORMAT,
): ListFile {
  return readListFile(path, text, { startsEntry: format.reader.startsEntry });
}

/** The text of every entry of a file, section by section. */
export function entryTexts(file: ListFile): string[] {
  return file.sections.flatMap((s) => s.entries.map((e) => file.text.slice(e.start, e.end)));
}

/** A README read with no configuration: the format inferred, the list, and its entries' texts. */
export function inferredList(text: string) {
  const files = [{ path: 'README.md', text }];
  const { format, list } = resolveList(defaultConfig(), files);
  const entries = list.sections.flatMap((s) =>
    s.block.entries.map((e) => text.slice(e.start, e.end)),
  );
  return { files, format, list, entries };
}

/** The section of a file whose heading text is `name` (trimmed). */
export function sectionNamed(file: ListFile, name: string) {
  const section = file.sections.find((s) => s.heading?.text === name);
  if (!section) throw new Error(`no section "${name}" in ${file.path}`);
  return section;
}

/** Splits a text into lines, each keeping its line ending. */
function linesWithEnds(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/**
 * Compares two texts line by line and returns the lines `after` adds (line endings removed),
 * after checking that it adds one contiguous run of whole lines and changes nothing else. A blank
 * separator may sit at either end of the run, as blank lines are indistinguishable.
 */
export function addedLines(before: string, after: string): string[] {
  // A file without a final newline keeps none: compare as if both had one.
  const closed = !before.endsWith('\n') && !after.endsWith('\n') && before !== '';
  const a = linesWithEnds(closed ? `${before}\n` : before);
  const b = linesWithEnds(closed ? `${after}\n` : after);
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix += 1;
  let suffix = 0;
  while (
    suffix < a.length - prefix &&
    suffix < b.length - prefix &&
    a[a.length - 1 - suffix] === b[b.length - 1 - suffix]
  ) {
    suffix += 1;
  }
  if (prefix + suffix !== a.length) {
    throw new Error(
      `not a pure insertion of lines: line ${prefix + 1} of the original changed (${JSON.stringify(a[prefix])})`,
    );
  }
  return b.slice(prefix, b.length - suffix).map((line) => line.replace(/\r?\n$/, ''));
}

/** The entry's lines plus one blank separator line, at the start or the end, as inserted. */
export function isEntryWithSeparator(added: readonly string[], entry: string): boolean {
  const lines = entry.split('\n');
  const joined = JSON.stringify(added);
  return joined === JSON.stringify(['', ...lines]) || joined === JSON.stringify([...lines, '']);
}

/**
 * A README read in the format of `template` alone, its links written ` [[{label}]]({url})` unless
 * given: what inference reads once it has chosen a template.
 */
export function readWithTemplate(template: string, text: string, links?: LinkFormat): ListRead {
  const format = listFormatOf({
    template,
    lineBreak: ' <Br>',
    links: links ?? { item: ' [[{label}]]({url})', separator: '' },
    dateHeadings: false,
    order: 'newest-first',
    sectionOrders: {},
    excludeSections: [],
  });
  return { format, list: readPaperList([{ path: 'README.md', text }], format) };
}
