import type { ListFile, Section } from './list-file.js';

/** A section that holds (or may hold) entries, with the name the form offers for it. */
export interface NamedSection {
  /** Unique among the list's sections; `File › Heading` or `Parent › Heading` where needed. */
  readonly name: string;
  readonly file: ListFile;
  /** Where the section is in its file: heading, entries, offsets. */
  readonly block: Section;
}

/** The managed files of a list and the sections papers can go to. */
export interface PaperList {
  readonly files: readonly ListFile[];
  /** Sections offered in the form, in file and then document order. */
  readonly sections: readonly NamedSection[];
}

/** Options for {@link namePaperList}. */
export interface NamePaperListOptions {
  /** Heading texts that never hold entries (compared case-folded), such as `Table of Contents`. */
  readonly excludeSections: readonly string[];
}

/** The separator of qualified section names. */
export const NAME_SEPARATOR = ' › ';

/**
 * Names the sections of a list's files (docs/design.md, "Sections and files"). A section is offered
 * when it holds entries, or when it is empty and not merely the parent of deeper headings; a file
 * without headings is one section named after the file. Names are heading texts, qualified with the
 * parent heading or the file only where that is needed to tell them apart.
 */
export function namePaperList(
  files: readonly ListFile[],
  options: NamePaperListOptions,
): PaperList {
  const excluded = new Set(options.excludeSections.map(foldName));
  const candidates: { file: ListFile; section: Section; chain: string[] }[] = [];
  for (const file of files) {
    const hasHeadings = file.sections.some((s) => s.heading);
    for (const section of file.sections) {
      if (!isOffered(section, hasHeadings, excluded)) continue;
      const chain = section.heading
        ? [...section.parents.map(displayHeading), displayHeading(section.heading.text)]
        : [fileLabel(file.path)];
      candidates.push({ file, section, chain });
    }
  }
  const qualifyFiles = files.length > 1;
  const names = candidates.map((c) => qualifiedName(c.chain, 0, undefined));
  // Qualify colliding names step by step: first with the file (when several files are
  // managed), then with parent headings, until every name is unique.
  for (let depth = 0; depth < 8; depth += 1) {
    const counts = countBy(names.map(foldName));
    let collided = false;
    names.forEach((name, i) => {
      if ((counts.get(foldName(name)) ?? 0) < 2) return;
      collided = true;
      const c = candidates[i]!;
      const file = qualifyFiles && c.section.heading ? fileLabel(c.file.path) : undefined;
      names[i] = qualifiedName(c.chain, qualifyFiles ? depth : depth + 1, file);
    });
    if (!collided) break;
  }
  const counts = countBy(names.map(foldName));
  const sections = candidates.map((c, i) => {
    const name = names[i]!;
    const unique = (counts.get(foldName(name)) ?? 0) < 2;
    return {
      name: unique ? name : `${name} (line ${c.section.heading?.line ?? 1})`,
      file: c.file,
      block: c.section,
    };
  });
  return { files, sections };
}

function isOffered(
  section: Section,
  fileHasHeadings: boolean,
  excluded: ReadonlySet<string>,
): boolean {
  if (!section.heading) return section.entries.length > 0 || !fileHasHeadings;
  if (excluded.has(foldName(displayHeading(section.heading.text)))) return false;
  if (section.entries.length > 0) return true;
  const empty = !section.hasOtherContent;
  const parentOnly =
    section.nextHeadingLevel !== undefined && section.nextHeadingLevel > section.heading.level;
  return empty && !parentOnly;
}

function qualifiedName(
  chain: readonly string[],
  parents: number,
  file: string | undefined,
): string {
  const own = chain.slice(Math.max(0, chain.length - 1 - parents));
  return [...(file ? [file] : []), ...own].join(NAME_SEPARATOR);
}

/** A file's name in section names: its path without `.md`. */
export function fileLabel(path: string): string {
  return path.replace(/\.(?:md|markdown)$/i, '');
}

/**
 * A heading's text as people read it: images dropped, links reduced to their text, HTML tags and
 * emphasis markers removed, whitespace collapsed. Falls back to the raw text when nothing is left.
 */
export function displayHeading(text: string): string {
  const shown = text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]*>/g, '')
    .replace(/(\*\*|__|`)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return shown === '' ? text.trim() : shown;
}

/** How section names compare: trimmed, case-folded, whitespace collapsed, `>` and `/` as `›`. */
export function foldName(name: string): string {
  return (
    name
      .normalize('NFKC')
      // Spaces collapsed first: `\s*` on both sides of the separator is quadratic on a long run.
      .replace(/\s+/g, ' ')
      .replace(/ ?(?:›|>|\/) ?/g, '›')
      .trim()
      .toLowerCase()
  );
}

/**
 * Finds the section a form answer names: exactly, after trimming and case folding. A qualified
 * answer (`File › Heading`) also finds a section offered under its short name, and `.md` may be
 * written or left out.
 */
export function findSection(list: PaperList, answer: string): NamedSection | undefined {
  const wanted = foldName(answer);
  const exact = list.sections.find((s) => foldName(s.name) === wanted);
  if (exact) return exact;
  const matches = list.sections.filter((s) =>
    alternativeNames(s).some((n) => foldName(n) === wanted),
  );
  return matches.length === 1 ? matches[0] : undefined;
}

function alternativeNames(s: NamedSection): string[] {
  const heading = s.block.heading ? displayHeading(s.block.heading.text) : undefined;
  const label = fileLabel(s.file.path);
  if (!heading) return [label, s.file.path];
  return [
    [label, heading].join(NAME_SEPARATOR),
    [s.file.path, heading].join(NAME_SEPARATOR),
    [...s.block.parents.map(displayHeading), heading].join(NAME_SEPARATOR),
  ];
}

/** The name of any section, offered or not, for messages: its offered name when it has one. */
export function sectionName(list: PaperList, file: ListFile, section: Section): string {
  const named = list.sections.find((s) => s.block === section);
  if (named) return named.name;
  if (!section.heading) return fileLabel(file.path);
  const heading = displayHeading(section.heading.text);
  return list.files.length > 1 ? [fileLabel(file.path), heading].join(NAME_SEPARATOR) : heading;
}

function countBy(keys: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}
