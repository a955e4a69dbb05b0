// The real paper lists of test/fixtures/lists (see its SOURCES.md): each folder holds one list's
// files as its repository has them, SOURCE.json (where it comes from, and a regular expression
// written for that list alone that finds its true entries) and samples.json (20 entries with the
// answers their author would give in the form).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from './project-root.js';

export const REAL_LISTS_DIR = path.join(projectRoot(), 'test/fixtures/lists');

/** The form answers of one sample entry, by field id. */
export interface SampleAnswers {
  readonly paper: string;
  readonly title: string;
  readonly authors: string;
  readonly venue: string;
  readonly links: string;
  readonly abbreviation: string;
  readonly notes: string;
}

/** One entry of a real list, with what its author would answer. */
export interface Sample {
  readonly file: string;
  /** The entry's exact lines, joined by `\n`. */
  readonly entry: string;
  readonly line: number;
  readonly section: string;
  readonly answers: SampleAnswers;
  /** Whether the form can express every part of the entry. */
  readonly expressible: boolean;
  readonly whyNot?: string;
}

/** A real list: its files, its true entries' first lines, and its samples. */
export interface RealList {
  readonly name: string;
  readonly repository: string;
  readonly commit: string;
  readonly licence: string;
  readonly format: string;
  readonly files: readonly { readonly path: string; readonly text: string }[];
  /** Per file, the 1-based lines where true entries start (found by the list's own pattern). */
  readonly trueEntryLines: ReadonlyMap<string, ReadonlySet<number>>;
  readonly samples: readonly Sample[];
}

interface SourceJson {
  readonly repository: string;
  readonly commit: string;
  readonly licence: string;
  readonly format: string;
  readonly files: Record<string, { pattern: string; flags: string; count: number }>;
}

/** Every real list, by folder name. */
export function realLists(): RealList[] {
  return readdirSync(REAL_LISTS_DIR)
    .filter((name) => statSync(path.join(REAL_LISTS_DIR, name)).isDirectory())
    .sort()
    .map(realList);
}

function realList(name: string): RealList {
  const dir = path.join(REAL_LISTS_DIR, name);
  const source = JSON.parse(readFileSync(path.join(dir, 'SOURCE.json'), 'utf8')) as SourceJson;
  const files = Object.keys(source.files).map((file) => ({
    path: file,
    text: readFileSync(path.join(dir, file), 'utf8'),
  }));
  const trueEntryLines = new Map<string, Set<number>>();
  for (const file of files) {
    const { pattern, flags, count } = source.files[file.path]!;
    const lines = new Set<number>();
    for (const match of file.text.matchAll(
      new RegExp(pattern, flags.includes('g') ? flags : `${flags}g`),
    )) {
      lines.add(lineAt(file.text, match.index));
    }
    if (lines.size !== count) {
      throw new Error(
        `${name}/${file.path}: the pattern finds ${lines.size} entries, SOURCE.json says ${count}`,
      );
    }
    trueEntryLines.set(file.path, lines);
  }
  const samples = JSON.parse(readFileSync(path.join(dir, 'samples.json'), 'utf8')) as Sample[];
  return { name, ...pick(source), files, trueEntryLines, samples };
}

function pick(source: SourceJson) {
  const { repository, commit, licence, format } = source;
  return { repository, commit, licence, format };
}

/** The 1-based line of an offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line += 1;
  return line;
}
