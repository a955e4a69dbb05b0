// Learns the template a list's entries follow: from list items, table rows or paragraphs,
// whichever shape holds the most entries with a title, on a sample of them.

import { withEmptyPaperLink } from './empty-paper-link.js';
import { joinedByLineEnds, withFirstLineEnd } from './line-end-blanks.js';
import type { SourceFile } from '../list/read-paper-list.js';
import { columnKey } from '../list/table-cells.js';
import { rowTemplateSource } from '../list/table-format.js';
import { headsOf } from './table-heads.js';
import {
  DEFAULT_LINK_FORMAT,
  parseEntryTemplate,
  type LinkFormat,
} from '../paper/entry-template.js';
import { collectEntries, type CandidateEntry, type EntryShape } from './collect-entries.js';
import { paperHeadingGroups } from '../list/paper-headings.js';
import { entrySkeleton, rowSkeleton, type Skeleton } from './entry-skeleton.js';
import { learnColumns } from './learn-columns.js';
import { mergeSkeletons } from './merge-skeletons.js';
import { withOptionalNotes } from './optional-notes.js';
import { withVaryingNotes } from './varying-text.js';
import { tally } from './tally.js';

/** A template and what goes with it, as a configuration would set them. */
export interface TemplateChoice {
  readonly template: string;
  readonly links: LinkFormat;
  readonly dateHeadings: boolean;
  /** List items with entries nested under them are sections of their own. */
  readonly groupBullets?: boolean;
  readonly columns?: Readonly<Record<string, string>>;
}

/** The learnt template, with the entries it was learnt from (their texts, to score it on). */
export interface LearntTemplate {
  readonly choice?: TemplateChoice;
  readonly sample: readonly string[];
}

/**
 * A paragraph that may be an entry, after a blank line: one opening with a bold title, or a line
 * of text linking a web page (not a list item, heading, quote, table row, HTML or image).
 */
const PARAGRAPH_AFTER_BLANK =
  /(?:^|\n)[ \t]*\n(?:(?:\*\*|__)\S|(?![ \t]*(?:[-*+][ \t]|\d{1,9}[.)][ \t]|[>|<!#]))[^\n]*\]\(<?https?:\/\/)/g;

/** At most this many entries are looked at: a list's format shows in far fewer. */
const SAMPLE = 300;

/** Settings learning takes as given. */
export interface LearnOptions {
  readonly excludeSections: readonly string[];
  readonly lineBreak: string;
  /**
   * Whether a format already known reads every one of these entries whole: then nothing learnt
   * could read them better, and learning stops at the sample.
   */
  readonly knownReadsAll?: (sample: readonly string[]) => boolean;
}

export function learnTemplate(
  files: readonly SourceFile[],
  options: LearnOptions,
  dateHeadings: boolean,
): LearntTemplate {
  const head = files.map(beginning);
  const collect = (shape: EntryShape) =>
    sampled(collectEntries(head, shape, options.excludeSections, dateHeadings));
  // Headings that stand for one paper each are the entries, whatever their lines hold: the read
  // for list items shows them.
  let level: number | undefined;
  const lists = sampled(
    collectEntries(head, 'list', options.excludeSections, dateHeadings, 0, (file, sections) => {
      level ??= paperHeadingGroups(file, sections)[0]?.level;
    }),
  );
  if (level !== undefined) {
    const headed = sampled(
      collectEntries(head, 'heading', options.excludeSections, dateHeadings, level),
    );
    return headingChoice(skeletons(headed), headed, options, dateHeadings);
  }
  // Tables and paragraphs are read only when the text could hold enough of them to win.
  const text = head.map((f) => f.text).join('\n');
  const tables = count(text, /^[ \t]*\|?[ \t]*:?-{3,}/gm) > 0;
  const paragraphCount = count(text, PARAGRAPH_AFTER_BLANK);
  const listsOnly = !tables && paragraphCount <= lists.length / 2 && lists.length >= 5;
  if (listsOnly && options.knownReadsAll?.(texts(lists))) return { sample: texts(lists) };
  const items = skeletons(lists);
  const rows = tables ? collect('table') : [];
  const paragraphs = paragraphCount > items.titled ? collect('paragraph') : [];
  const prose = skeletons(paragraphs);
  // Tables win with more titled rows than the others have entries: counted only that far, as
  // their columns are learnt apart.
  const others = Math.max(items.titled, prose.titled);
  if (titledRows(rows, others + 1) > others) {
    return { ...tableChoice(files, rows, options, dateHeadings), sample: texts(rows) };
  }
  const [list, candidates] = prose.titled > items.titled ? [prose, paragraphs] : [items, lists];
  if (list.titled === 0) return { sample: texts(candidates) };
  const merged = list.indent + withOptionalNotes(mergeSkeletons(withVaryingNotes(list.counted)));
  const sample = texts(candidates);
  const template = withEmptyPaperLink(withFirstLineEnd(merged, sample), sample);
  const links = linkFormat(list.linkItems);
  const valid = !('error' in parseEntryTemplate(template, options.lineBreak, links));
  // Entries nested under list items that are not entries: those items are groups.
  const summaries = text.match(/<summary[^>]*>[^\n]*?<\/summary>/gi)?.length ?? 0;
  const groupBullets =
    list === items && (candidates.filter((c) => c.nested).length >= 5 || summaries >= 2);
  const choice = { template, links, dateHeadings, ...(groupBullets ? { groupBullets } : {}) };
  return { ...(valid ? { choice } : {}), sample };
}

/** Entries that are headings: the template their blocks follow. */
function headingChoice(
  learnt: LearntSkeletons,
  candidates: readonly CandidateEntry[],
  options: LearnOptions,
  dateHeadings: boolean,
): LearntTemplate {
  const template = withOptionalNotes(mergeSkeletons(learnt.counted));
  const links = linkFormat(learnt.linkItems);
  const valid =
    learnt.titled > 0 && !('error' in parseEntryTemplate(template, options.lineBreak, links));
  return {
    ...(valid ? { choice: { template, links, dateHeadings } } : {}),
    sample: texts(candidates),
  };
}

/** Tables: each column's cells learnt, and the row template of the most common table head. */
function tableChoice(
  files: readonly SourceFile[],
  rows: readonly CandidateEntry[],
  options: LearnOptions,
  dateHeadings: boolean,
): { choice?: TemplateChoice } {
  const learnt = learnColumns(rows);
  const byColumn = new Map(Object.entries(learnt.columns).map(([n, c]) => [columnKey(n), c]));
  const template = headsOf(files)
    .map((head) => rowTemplateSource(head, byColumn))
    .find((source) => source !== undefined);
  if (template === undefined) return {};
  const items = linkFormat(learnt.linkItems);
  const links = learnt.badges && items.item === learnt.badges.item ? learnt.badges : items;
  if ('error' in parseEntryTemplate(template, options.lineBreak, links)) return {};
  return { choice: { template, links, dateHeadings, columns: learnt.columns } };
}

/** Learning reads at most this much of each file: a list's format shows long before its end. */
const LEARNING_CHARS = 200_000;

/** The beginning of a file, cut at a line's end. */
function beginning(file: SourceFile): SourceFile {
  if (file.text.length <= LEARNING_CHARS) return file;
  const cut = file.text.lastIndexOf('\n', LEARNING_CHARS);
  return { path: file.path, text: file.text.slice(0, cut === -1 ? LEARNING_CHARS : cut) };
}

/** Candidates spread evenly over the list, at most {@link SAMPLE}. */
function sampled(candidates: readonly CandidateEntry[]): CandidateEntry[] {
  if (candidates.length <= SAMPLE) return [...candidates];
  const step = candidates.length / SAMPLE;
  return Array.from({ length: SAMPLE }, (_, i) => candidates[Math.floor(i * step)]!);
}

function texts(candidates: readonly CandidateEntry[]): string[] {
  return candidates.map((c) => c.lines.join('\n'));
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

interface LearntSkeletons {
  readonly titled: number;
  readonly counted: { source: string; count: number }[];
  readonly linkItems: Map<string, number>;
  /** The indent most entries' first lines have. */
  readonly indent: string;
}

/** The skeletons of list items, paragraphs or entries that are headings (table rows: by column). */
function skeletons(candidates: readonly CandidateEntry[]): LearntSkeletons {
  const counts = new Map<string, number>();
  const linkItems = new Map<string, number>();
  const indents = new Map<string, number>();
  let titled = 0;
  for (const candidate of candidates) {
    const skeleton: Skeleton = entrySkeleton(candidate.lines);
    if (!skeleton.source.includes('{title}')) continue;
    titled += 1;
    // Entries indented by a space or two are the same entries: the indent is counted apart.
    const indent = /^[ \t]*/.exec(skeleton.source)![0];
    tally(indents, indent);
    tally(counts, skeleton.source.slice(indent.length));
    if (skeleton.linkItem) tally(linkItems, skeleton.linkItem);
  }
  const indent = [...indents].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  return { titled, counted: countedSkeletons(counts), linkItems, indent };
}

/** How many of the rows read with a title, counting up to `enough`. */
function titledRows(rows: readonly CandidateEntry[], enough: number): number {
  let titled = 0;
  for (const row of rows) {
    if (titled >= enough) break;
    if (rowSkeleton(row.lines[0]!).source.includes('{title}')) titled += 1;
  }
  return titled;
}

/**
 * The skeletons most common first. Where some entries show a venue and others only a year in the
 * same place, the year is the venue too (a filer types `2016` as the venue): they count as one.
 */
function countedSkeletons(
  counts: ReadonlyMap<string, number>,
): { source: string; count: number }[] {
  const venues = [...counts.keys()].some((source) => source.includes('{venue}'));
  const merged = new Map<string, number>();
  for (const [source, n] of counts) {
    const key =
      venues && !source.includes('{venue}') ? source.replace('{year}', '{venue}') : source;
    merged.set(key, (merged.get(key) ?? 0) + n);
  }
  return joinedByLineEnds(
    [...merged].map(([source, n]) => ({ source, count: n })).sort((a, b) => b.count - a.count),
  );
}

/** The most common link item; a link item is written with what separates it from the one before. */
function linkFormat(items: ReadonlyMap<string, number>): LinkFormat {
  const top = [...items].sort((a, b) => b[1] - a[1])[0];
  return top ? { item: top[0], separator: '' } : DEFAULT_LINK_FORMAT;
}
