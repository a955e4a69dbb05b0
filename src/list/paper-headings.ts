// Headings that stand for one paper each: entries that are headings (`##### [Title]`, then the
// paper's lines under it), as MaximeVandegar/Papers-in-100-Lines-of-Code writes its 62 papers.
// Read as sections, they look like this: many sections of one level, each holding the same few
// items, the first repeating the heading's words.

import type { ListFile, Section } from './list-file.js';

/** At least this many sections of one level, read alike, before they count as papers. */
const PAPER_HEADINGS = 5;

/** Sections of one heading level that stand for one paper each, with the items each holds. */
export interface PaperHeadingGroup {
  readonly level: number;
  readonly sections: readonly Section[];
  readonly size: number;
}

/**
 * The heading levels of `file` whose sections stand for one paper each: five or more of those
 * given, 80% holding the same two to six items and repeating their heading's words in the first;
 * or five or more of all, 80% holding no item and linking their paper in the heading (`size` 0).
 */
export function paperHeadingGroups(
  file: ListFile,
  sections: ReadonlySet<Section>,
): PaperHeadingGroup[] {
  const byLevel = new Map<number, Section[]>();
  const allByLevel = new Map<number, Section[]>();
  for (const section of file.sections) {
    if (!section.heading) continue;
    const level = section.heading.level;
    addTo(allByLevel, level, section);
    if (sections.has(section)) addTo(byLevel, level, section);
  }
  const found: PaperHeadingGroup[] = [];
  for (const [level, all] of allByLevel) {
    // Headings linking their papers hold no item: offered or not, they are the list's papers.
    const linking = all.filter((s) => s.entries.length === 0 && linksPaper(s)).length;
    if (all.length >= PAPER_HEADINGS && linking >= all.length * 0.8) {
      found.push({ level, sections: all, size: 0 });
      continue;
    }
    const alike = byLevel.get(level) ?? [];
    if (alike.length < PAPER_HEADINGS) continue;
    const size = mostCommon(alike.map((s) => s.entries.length));
    if (size < 2 || size > 6) continue;
    const sized = alike.filter((s) => s.entries.length === size).length;
    const repeated = alike.filter((s) => repeatsHeading(file, s)).length;
    if (sized >= alike.length * 0.8 && repeated >= alike.length * 0.8)
      found.push({ level, sections: alike, size });
  }
  return found;
}

/**
 * Whether a section's heading holds its paper, linked, with words around (`##### • [\[arXiv:…\]](url)
 * Title. [\[PDF\]](url)`): the section holds no list item, only the lines under the heading.
 */
function linksPaper(section: Section): boolean {
  const text = section.heading?.text ?? '';
  return (
    /\]\(https?:\/\//.test(text) &&
    text
      .replace(/\[[^\]]*\]\([^)]*\)/g, '')
      .trim()
      .split(/\s+/).length >= 3
  );
}

function addTo(byLevel: Map<number, Section[]>, level: number, section: Section): void {
  const sections = byLevel.get(level);
  if (sections) sections.push(section);
  else byLevel.set(level, [section]);
}

function mostCommon(values: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
}

/** Whether the section's first item repeats its heading's words (the paper's title). */
function repeatsHeading(file: ListFile, section: Section): boolean {
  const entry = section.entries[0];
  if (!entry || !section.heading) return false;
  const words = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const heading = words(section.heading.text);
  return heading.length >= 4 && words(file.text.slice(entry.start, entry.end)).includes(heading);
}
