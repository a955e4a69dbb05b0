// Checks on a plan's outcome shared by the hostile table and the random-answer properties. Each
// check returns what is wrong as readable strings (an empty list when all is well), so a failing
// case shows every violation at once and property tests can assert `toEqual([])`.
import type { Nodes, PhrasingContent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseMarkdown } from '../../src/paper/check-entry-markdown.js';
import type { AdditionPlan, InsertPlan } from '../../src/plan/plan-addition.js';
import type { ListFormat } from '../../src/list/list-format.js';
import { addedLines, entryTexts, isEntryWithSeparator, read } from '../support/list-helpers.js';
import { KNOWN_FIELDS } from './target-list.js';

/** The only HTML a default-format entry may hold: the template's own line breaks. */
const TEMPLATE_HTML = '<Br>';

/** Node types that must never come out of an entry (SPEC 2: nothing breaks out of it). */
const FORBIDDEN = new Set([
  'definition',
  'heading',
  'code',
  'thematicBreak',
  'blockquote',
  'table',
  'image',
  // Beyond the brief's list: user text never becomes any other markup either.
  'footnoteDefinition',
  'footnoteReference',
  'linkReference',
  'imageReference',
  'inlineCode',
  'delete',
  'emphasis',
]);

/** Link schemes an entry may use (schemes are case-insensitive: `HTTPS://` is `https://`). */
const SAFE_LINK = /^(?:https?:\/\/|mailto:)/i;

/**
 * Whitespace normalisation for comparing what the filer typed with what the entry renders:
 * Unicode NFC (the bot stores NFC), zero-width spaces, BOMs and word joiners (U+200B, U+FEFF,
 * U+2060) dropped (the bot drops them by design), then every run of whitespace (line breaks,
 * tabs, no-break spaces, U+2028/2029) as one space, trimmed. Line structure is deliberately
 * not compared: notes lines are joined by `<Br>` line ends, blank notes lines are dropped.
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u200B\uFEFF\u2060]/g, '')
    .replace(/[\s\u00A0]+/gu, ' ')
    .trim();
}

/** Top-level headings of a document, as remark sees them. */
export function topLevelHeadings(text: string): number {
  return parseMarkdown(text).children.filter((n) => n.type === 'heading').length;
}

/** Every problem of an `invalid` plan names a known field and says something. */
export function invalidViolations(plan: AdditionPlan): string[] {
  if (plan.kind !== 'invalid') return [`expected invalid, got ${plan.kind}`];
  const violations: string[] = [];
  if (plan.problems.length === 0) violations.push('invalid without any problem');
  for (const p of plan.problems) {
    if (!KNOWN_FIELDS.has(p.field)) violations.push(`problem names unknown field "${p.field}"`);
    if (p.message.trim() === '') violations.push(`problem for "${p.field}" has no message`);
  }
  return violations;
}

/**
 * The checks (a), (b), (c) and (e) on an `insert` plan against the file text it was planned on:
 * (a) only the entry's lines and at most one blank separator line were added; (b) the list engine
 * reads the new text with exactly one more entry, equal to `plan.entry`, in the target section;
 * (c) remark sees the entry as one list with one item and no forbidden markup; (e) the whole new
 * file has as many top-level headings as the old one.
 */
export function insertViolations(
  before: string,
  plan: InsertPlan,
  format: ListFormat,
  headingsBefore: number = topLevelHeadings(before),
): string[] {
  return [
    ...onlyEntryAdded(before, plan),
    ...readBack(before, plan, format),
    ...entryMarkdownViolations(plan),
    ...(topLevelHeadings(plan.text) === headingsBefore
      ? []
      : [`top-level headings changed: ${headingsBefore} → ${topLevelHeadings(plan.text)}`]),
  ];
}

/** (a) */
function onlyEntryAdded(before: string, plan: InsertPlan): string[] {
  let added: string[];
  try {
    added = addedLines(before, plan.text).map((l) => l.replace(/\r$/, ''));
  } catch (error) {
    return [`(a) ${(error as Error).message}`];
  }
  const bare = JSON.stringify(added) === JSON.stringify(plan.entry.split('\n'));
  return bare || isEntryWithSeparator(added, plan.entry)
    ? []
    : [`(a) added lines are not the entry (+ one blank line): ${JSON.stringify(added)}`];
}

/** (b) */
function readBack(before: string, plan: InsertPlan, format: ListFormat): string[] {
  const path = plan.file.path;
  const oldFile = read(before, path, format);
  const newFile = read(plan.text, path, format);
  const violations: string[] = [];
  const oldCount = entryTexts(oldFile).length;
  const newCount = entryTexts(newFile).length;
  if (newCount !== oldCount + 1) violations.push(`(b) ${oldCount} entries became ${newCount}`);

  const heading = plan.section.block.heading;
  const sameSection = (f: typeof oldFile) =>
    f.sections.find((s) =>
      heading
        ? s.heading?.text === heading.text && s.heading.level === heading.level
        : s.heading === undefined,
    );
  const oldSection = sameSection(oldFile);
  const newSection = sameSection(newFile);
  if (!oldSection || !newSection) return [...violations, '(b) target section not found again'];
  const texts = (f: typeof oldFile, s: typeof oldSection) =>
    s.entries.map((e) => f.text.slice(e.start, e.end).replace(/\r\n?/g, '\n'));
  // The new section's entries minus the old ones (as a multiset) must be exactly the new entry.
  const remaining = texts(newFile, newSection);
  for (const old of texts(oldFile, oldSection)) {
    const at = remaining.indexOf(old);
    if (at === -1) violations.push(`(b) an old entry changed: ${JSON.stringify(old.slice(0, 80))}`);
    else remaining.splice(at, 1);
  }
  if (JSON.stringify(remaining) !== JSON.stringify([plan.entry])) {
    violations.push(`(b) the section gained ${JSON.stringify(remaining)}, not the entry`);
  }
  return violations;
}

/** (c) */
export function entryMarkdownViolations(plan: InsertPlan): string[] {
  const root = parseMarkdown(plan.entry);
  const violations: string[] = [];
  const only = root.children[0];
  if (root.children.length !== 1 || only?.type !== 'list') {
    violations.push(`(c) ${root.children.map((c) => c.type).join(', ')} instead of one list`);
  } else if (only.children.length !== 1) {
    violations.push(`(c) ${only.children.length} list items instead of one`);
  }
  let strong = 0;
  const visit = (node: Nodes, depth: number): void => {
    if (FORBIDDEN.has(node.type)) violations.push(`(c) holds a ${node.type}`);
    if (node.type === 'list' && depth > 1) violations.push('(c) holds a nested list');
    if (node.type === 'html' && node.value !== TEMPLATE_HTML) {
      violations.push(`(c) holds HTML ${JSON.stringify(node.value)}`);
    }
    if (node.type === 'link' && !SAFE_LINK.test(node.url)) {
      violations.push(`(c) links to ${JSON.stringify(node.url)}`);
    }
    if (node.type === 'strong') strong += 1;
    if ('children' in node) for (const child of node.children) visit(child, depth + 1);
  };
  visit(root, 0);
  // The template writes the title bold, and the abbreviation when there is one; nothing else is.
  const expectedStrong = 1 + (plan.paper.abbreviation ? 1 : 0);
  if (strong !== expectedStrong) violations.push(`(c) ${strong} bold runs, not ${expectedStrong}`);
  return violations;
}

/** The inline content of the entry's only paragraph, or undefined when it has another shape. */
function entryInlines(root: Root): PhrasingContent[] | undefined {
  const list = root.children[0];
  const item = list?.type === 'list' ? list.children[0] : undefined;
  const paragraph = item?.children[0];
  return paragraph?.type === 'paragraph' ? paragraph.children : undefined;
}

/** What the filer typed in the free-text fields that the entry must show. */
export interface GivenText {
  readonly title?: string;
  readonly notes?: string;
}

/**
 * (d) The entry shows the given title and notes: the title is the text of the entry's first bold
 * run, the notes are the text after the third template `<Br>` (line 4 on: tags, then notes);
 * both compared after {@link normaliseText}, the title for equality and the notes for containment
 * (the tags precede them).
 */
export function carriesViolations(plan: InsertPlan, given: GivenText): string[] {
  const inlines = entryInlines(parseMarkdown(plan.entry));
  if (!inlines) return ['(d) the entry is not one paragraph in one list item'];
  const violations: string[] = [];
  if (given.title !== undefined) {
    const first = inlines[0];
    const shown = first?.type === 'strong' ? normaliseText(toString(first)) : undefined;
    if (shown !== normaliseText(given.title)) {
      violations.push(
        `(d) title shows ${JSON.stringify(shown)}, not ${JSON.stringify(normaliseText(given.title))}`,
      );
    }
  }
  if (given.notes !== undefined) {
    let breaks = 0;
    const tail = inlines.filter((node) => {
      if (node.type === 'html' && node.value === TEMPLATE_HTML) breaks += 1;
      return breaks >= 3;
    });
    const shown = normaliseText(tail.map((n) => toString(n, { includeHtml: false })).join(''));
    const wanted = normaliseText(given.notes);
    if (!shown.includes(wanted)) {
      violations.push(`(d) notes show ${JSON.stringify(shown)}, not ${JSON.stringify(wanted)}`);
    }
  }
  return violations;
}
