import { leadsWithName, type EntryTemplate, type TemplatePart } from '../paper/entry-template.js';
import { citedTitle, titleOfCitation } from './cited-title.js';
import { arxivDate, arxivMonth } from '../paper/arxiv-month.js';
import { escapedLead } from './escaped-lead.js';
import { parseLoneDate, parseVenueDate } from '../paper/parse-venue-date.js';
import { sharedFields } from './entry-matches.js';
import type { TableShape } from './table-format.js';
import { monthNumber } from '../paper/month-names.js';
import type { PaperDate } from '../paper/paper.js';
import { literal, patternFor, valuePattern, type ValuePattern } from './value-pattern.js';
import { compileEntryPattern, type EntryFields } from './entry-pattern.js';
import { compileTitlePattern } from './title-pattern.js';
import { lineEnd } from './text-lines.js';

/** A Markdown link found in an entry. */
export interface EntryLink {
  readonly label: string;
  readonly url: string;
}

/**
 * Reads the fields that ordering and duplicate detection need out of existing entries, with
 * patterns derived from the entry template, so a list in another format is read the way it is
 * written. Real entries drift from the template (extra spaces, `<br>`, a missing line): the
 * patterns anchor on the literal text right around each value and tolerate whitespace.
 */
export interface EntryReader {
  /** Whether a line (without line ending) is the first line of an entry. */
  startsEntry(line: string): boolean;
  /** The title, unescaped, or `undefined` when the first line does not show one. */
  title(entryText: string): string | undefined;
  /**
   * What alphabetical order goes by: the short name the template starts every entry with
   * (`* 3D-GAN - [Title](url)`), else the title.
   */
  name(entryText: string): string | undefined;
  /**
   * The entry's date from its venue (or year), or `undefined` when none can be read; the month
   * comes from an arXiv link of the same year when the venue shows none, and the link's number
   * within the month when the venue shows that month (`arXiv 2023.10`).
   */
  date(entryText: string): PaperDate | undefined;
  /** Every `[label](url)` link in the entry. */
  links(entryText: string): EntryLink[];
  /** The venue as the entry writes it (`NIPS 2018`, `arXiv 2301`), when its line shows one. */
  venue(entryText: string): string | undefined;
  /** Every value of an entry that matches the whole template, or `undefined` when it does not. */
  fields(entryText: string): EntryFields | undefined;
}

/**
 * Whole-entry matches shared by readers built on the same compiled pattern: inference builds
 * several formats of one template (to score it, to read the list, to date by arXiv id), and each
 * would otherwise match the same entries again. One per resolution of a list's format.
 */
export type EntryMatches = Map<string, (entryText: string) => EntryFields | undefined>;

/** How a reader reads dates, and the matches it may share with readers of the same pattern. */
export interface EntryReaderOptions {
  readonly datesFromArxiv?: boolean;
  readonly matches?: EntryMatches;
  /** For table rows: their table's head, to read a row lacking its last cells as Markdown does. */
  readonly tableHead?: TableShape;
}

/** Builds the reader for entries written with `template`. */
export function makeEntryReader(
  template: EntryTemplate,
  options: EntryReaderOptions = {},
): EntryReader {
  const start = startPattern(template);
  const titlePattern = valuePattern(template, ['title']);
  const venue = valuePattern(template, ['venue', 'year']);
  const date = valuePattern(template, ['venue', 'year'], { spanned: true });
  const whole = compileEntryPattern(template);
  const titleOnly = compileTitlePattern(template);
  const titleLoosely = compileTitlePattern(template, true);
  const fields = sharedFields(whole, options.matches, options.tableHead);
  const values = withFirstLine(template, fields);
  /** The date the entry shows: where the whole template places it, else where the patterns find it. */
  const shownDate = (entryText: string): PaperDate | undefined => {
    const matched = values(entryText);
    return (matched && matchedDate(matched)) ?? (date && patternDate(date, entryText));
  };
  const title = (entryText: string): string | undefined => {
    const matched =
      longerTitle(fields(entryText)?.title, titleOnly?.exec(entryText)?.[1]) ??
      titleLoosely?.exec(entryText)?.[1];
    if (matched !== undefined) {
      const read = unemphasised(unescape(matched).trim());
      return titleOfCitation(read) ?? (read || undefined);
    }
    const firstLine = entryText.slice(0, lineEnd(entryText));
    const found =
      (titlePattern && patternFor(titlePattern, firstLine).exec(firstLine)?.[1]) ??
      citedTitle(firstLine);
    return found === undefined ? undefined : unescape(found).trim() || undefined;
  };
  return {
    startsEntry: (line) => start.test(line),
    fields,
    title,
    name: nameReader(template, fields, title),
    date(entryText) {
      // A list ordered by arXiv id dates an entry by its arXiv link first.
      const arxiv = options.datesFromArxiv ? arxivDate(entryText) : undefined;
      if (arxiv) return arxiv;
      const shown = shownDate(entryText);
      if (!shown || shown.day !== undefined) return shown;
      const place = arxivMonth(entryText, shown.year);
      if (place === undefined || (shown.month !== undefined && place.month !== shown.month))
        return shown;
      // Spelt out, not spread: a spread costs more than the rest of reading a date.
      return { year: shown.year, month: place.month, seq: place.seq };
    },
    venue(entryText) {
      const matched = values(entryText)?.venue;
      if (matched !== undefined) return unescape(matched).trim() || undefined;
      if (!venue) return undefined;
      const line = entryText.split(/\r\n?|\n/)[venue.line];
      const match = line === undefined ? null : patternFor(venue, line).exec(line);
      return match ? unescape(match[1]!).trim() || undefined : undefined;
    },
    links: entryLinks,
  };
}

/**
 * The title the whole entry's pattern reads, or the first line's where it reads on from it. The
 * first line's pattern stops at the word after the title, which a title may hold (`to 1,000
 * layers, [[Paper]]`); the whole pattern's title is as short as the rest allows, and notes that
 * may follow take any text (`* Title [[Paper]](url) notes`, read as `Title` and more notes).
 */
function longerTitle(whole: string | undefined, firstLine: string | undefined): string | undefined {
  if (whole === undefined || firstLine === undefined) return whole ?? firstLine;
  const [a, b] = [whole.trim(), firstLine.trim()];
  return b.length > a.length && b.startsWith(a) ? firstLine : whole;
}

/**
 * The values of an entry: the whole entry's, else, for a one-line template, its first line's when
 * that line is a whole entry and lines the template lacks follow it (an anchor `<a name="x" />`
 * that Markdown reads into the paragraph, notes).
 */
function withFirstLine(
  template: EntryTemplate,
  fields: (entryText: string) => EntryFields | undefined,
): (entryText: string) => EntryFields | undefined {
  if (template.lines.length !== 1) return fields;
  return (entryText) => {
    const end = lineEnd(entryText);
    return (
      fields(entryText) ?? (end < entryText.length ? fields(entryText.slice(0, end)) : undefined)
    );
  };
}

/** Reads the name alphabetical order goes by: the short name entries start with, else the title. */
function nameReader(
  template: EntryTemplate,
  fields: (entryText: string) => EntryFields | undefined,
  title: (entryText: string) => string | undefined,
): (entryText: string) => string | undefined {
  if (!leadsWithName(template)) return title;
  // A short name may hold the first word of what follows it (`DP-GAN - [`): all of it ends one.
  const name = valuePattern(template, ['abbreviation'], { wholeAfter: true })!;
  return (entryText) => {
    const firstLine = entryText.slice(0, lineEnd(entryText));
    const matched =
      fields(entryText)?.abbreviation ?? patternFor(name, firstLine).exec(firstLine)?.[1];
    return matched === undefined ? undefined : unescape(matched).trim() || undefined;
  };
}

/** The date the venue (or year) pattern finds: on the line the template puts it, else any line. */
function patternDate(date: ValuePattern, entryText: string): PaperDate | undefined {
  const lines = entryText.split(/\r\n?|\n/);
  const preferred = lines[date.line];
  const first =
    preferred === undefined ? undefined : readDate(patternFor(date, preferred), preferred);
  if (first) return first;
  for (const line of lines) {
    const found = readDate(patternFor(date, line), line);
    if (found) return found;
  }
  return undefined;
}

/** Every `[label](url)` link of an entry. */
function entryLinks(entryText: string): EntryLink[] {
  const links: EntryLink[] = [];
  for (const match of entryText.matchAll(LINK)) {
    links.push({ label: unescape(match[1]!.replace(/^\[|\]$/g, '')), url: match[2]! });
  }
  return links;
}

/**
 * The date an entry that matched its template shows: its venue's, else its year, else its notes'
 * when they are a date and nothing else (`` `2015-02-25` ``).
 */
function matchedDate(fields: EntryFields): PaperDate | undefined {
  if (fields.venue !== undefined) {
    const date = parseVenueDate(unescape(fields.venue));
    if (date) return date;
  }
  if (fields.year !== undefined) {
    // A month's name before the year is its month (`Jun., 2024`: `{venue}, {year}`).
    const month =
      fields.venue === undefined
        ? undefined
        : monthNumber(unescape(fields.venue).trim().replace(/\.$/, ''));
    return month === undefined
      ? { year: Number(fields.year) }
      : { year: Number(fields.year), month };
  }
  return fields.notes !== undefined ? parseLoneDate(unescape(fields.notes)) : undefined;
}

/** What an entry's first line starts with: the template's leading text, after its number. */
function startPattern(template: EntryTemplate): RegExp {
  const parts = template.lines[0] ?? [];
  const first = parts[0];
  const numbered = first?.kind === 'value' && first.name === 'number';
  const rest = numbered ? parts.slice(1) : parts;
  const lead = leadingText(rest);
  // An optional part right after the lead starts the entry, or what follows it does:
  // `* **RT-2**: "` or `* "` for `*{[ **{abbreviation}**:]} "{title}"`, and not `* General:`.
  const optional = lead === '' ? undefined : rest[1];
  // The lead keeps its blanks before what follows it (`- ` then `[` of `- {[[{notes}] ]}**`).
  const whole = rest[0]?.kind === 'text' ? rest[0].text : '';
  // A lead that is a list marker alone keeps the blank after it: `**Bold**` is no `* ` item.
  const marker = /^(?:[-*+]|\d{1,9}[.)])$/.test(lead.trim()) && /[ \t]$/.test(whole);
  const starts =
    optional?.kind === 'optional'
      ? [leadingText(optional.parts), leadingText(rest.slice(2))].map((text) => whole + text)
      : [marker ? `${lead} ` : lead];
  const bodies = starts.map((start) => literal(numbered ? start : start.trimStart(), '[ \\t]+'));
  const body = bodies.length === 1 ? bodies[0]! : `(?:${bodies.join('|')})`;
  // Up to three spaces before a list marker still start a list item at the root.
  return new RegExp(`^[ \\t]{0,3}${numbered ? '\\d{1,9}' : ''}${escapedLead(template)}${body}`);
}

/** `[label](url)`, the label allowing one level of brackets (`[[pdf]](url)`). */
const LINK = /\[((?:\\.|[^[\]\\\n]|\[[^[\]\n]*\])*)\]\(\s*<?([^\s)>]+)/g;

function readDate(pattern: RegExp, line: string): PaperDate | undefined {
  const match = pattern.exec(line);
  return match ? parseVenueDate(unescape(match[1]!)) : undefined;
}

/** The literal text a template line starts with, up to its first value. */
function leadingText(parts: readonly TemplatePart[]): string {
  const first = parts[0];
  return first?.kind === 'text' ? first.text.trimEnd() : '';
}

/**
 * A title without the emphasis wrapping all of it, which the template does not write: the
 * sections of a list that bolden their titles where the format learnt from the others does not
 * (terryum/awesome-deep-learning-papers: `- **Title** (2015), …` beside `- Title (2017), …`).
 */
function unemphasised(title: string): string {
  return WRAPPED.exec(title)?.[2] ?? title;
}

const WRAPPED = /^(\*\*|__|\*|_)(?![\s*_])((?:(?!\*|_{2}).)+?)(?<![\s*_])\1$/s;

function unescape(text: string): string {
  // Most values escape nothing: no pattern run for them.
  return text.includes('\\') ? text.replace(/\\(.)/g, '$1') : text;
}
