import type { FieldProblem } from '../form/field-problem.js';
import type { FormField } from '../form/form-field.js';
import { answerReader, characters, type AnswerReader } from './answer-reader.js';
import { checkUrl } from './check-url.js';
import { collapseSpaces } from './clean-text.js';
import { parseAuthors } from './parse-authors.js';
import { parseLinks } from './parse-links.js';
import { parseVenueDate } from './parse-venue-date.js';
import { RATINGS, type Paper, type PaperDate, type Rating } from './paper.js';

/** Limits on answers (docs/design.md, "Validation", and the entry's readability). */
export const LIMITS = {
  title: 300,
  venue: 100,
  abbreviation: 50,
  section: 200,
  notes: 5000,
  noteLines: 50,
} as const;

/** What the list's format asks of a paper. */
export interface ValidatePaperOptions {
  /** Whether entries show authors, so at least one is needed (the default). */
  readonly authorsRequired?: boolean;
  /** Whether entries are dated, so the venue must hold a year (the default). */
  readonly venueRequired?: boolean;
  /** Whether a venue must hold a year (the default); lists showing `Preprint` alone do not. */
  readonly venueYear?: boolean;
  /** Whether every entry links its title to the paper, so the paper link is needed. */
  readonly paperRequired?: boolean;
  /** Whether the list links files beside it, so other links may be relative paths. */
  readonly relativeLinks?: boolean;
}

/** A validated paper, or every problem found, field by field. */
export type ValidatePaperResult =
  | { readonly ok: true; readonly paper: Paper }
  | { readonly ok: false; readonly problems: readonly FieldProblem[] };

/** At least one author (when the list shows authors), each parsed. */
function validateAuthors(read: AnswerReader, required: boolean): Paper['authors'] {
  const text = read.text('authors');
  if (text === undefined) {
    if (required && !read.has('authors'))
      read.report('authors', `"${read.label('authors')}" is required: list at least one author.`);
    return [];
  }
  const parsed = parseAuthors(text);
  for (const message of parsed.problems)
    read.report('authors', `"${read.label('authors')}": ${message}.`);
  return parsed.authors;
}

/** The venue, one line, and the date it holds (needed when the list dates its entries). */
function validateVenue(
  read: AnswerReader,
  required: boolean,
  yearRequired: boolean,
): { venue?: string; date?: PaperDate } {
  const venue = read.line('venue', LIMITS.venue, required);
  if (venue === undefined) return required ? {} : { venue: '' };
  const date = parseVenueDate(venue);
  if (date) return { venue, date };
  if (!required || !yearRequired) return { venue };
  read.report(
    'venue',
    `"${read.label('venue')}" must hold the year, as in "CVPR 2023" or "arXiv 2301" (arXiv year and month, YYMM); "${venue}" has none.`,
  );
  return { venue };
}

/** The paper link: an absolute http(s) URL. */
function validatePaperUrl(read: AnswerReader, required: boolean): string | undefined {
  const url = read.line('paper', 2000, required);
  const problem = url === undefined ? undefined : checkUrl(url);
  if (problem) read.report('paper', `"${read.label('paper')}" ${problem}.`);
  return url;
}

/** The other links, one a line. */
function validateLinks(read: AnswerReader, relative: boolean): Paper['links'] {
  const text = read.text('links');
  if (text === undefined) return [];
  const parsed = parseLinks(text, { relative });
  for (const message of parsed.problems)
    read.report('links', `"${read.label('links')}" ${message}.`);
  return parsed.links;
}

/** The rating: one of the form's options. */
function validateRating(read: AnswerReader): Rating | undefined {
  const text = read.line('rating', 20, false);
  if (text === undefined) return undefined;
  const rating = RATINGS.find((r) => r === text.replace(/\s+/g, ''));
  if (!rating)
    read.report(
      'rating',
      `"${read.label('rating')}" must be one of ${RATINGS.join(', ')}, or left empty.`,
    );
  return rating;
}

/** The notes' non-empty lines, spaces collapsed, within the limits. */
function validateNotes(read: AnswerReader): string[] {
  const text = read.text('notes');
  if (text === undefined) return [];
  const notes = text
    .split('\n')
    .map(collapseSpaces)
    .filter((l) => l !== '');
  const length = characters(notes.join('\n'));
  const label = read.label('notes');
  if (length > LIMITS.notes) {
    read.report(
      'notes',
      `"${label}" is ${length} characters long; shorten it to at most ${LIMITS.notes}.`,
    );
  } else if (notes.length > LIMITS.noteLines) {
    read.report(
      'notes',
      `"${label}" has ${notes.length} lines; keep it to at most ${LIMITS.noteLines}.`,
    );
  }
  return notes;
}

/**
 * Validates and normalises the answers of a "New paper" form into a {@link Paper}
 * (docs/design.md, "Validation"), one validator per field.
 *
 * All problems are collected, each naming its field with the fix. Whitespace is normalised,
 * zero-width spaces dropped, direction overrides and control characters refused. The section is
 * only checked for presence here; whether it exists is the list's business.
 */
export function validatePaper(
  answers: ReadonlyMap<string, string>,
  fields: readonly FormField[],
  options: ValidatePaperOptions = {},
): ValidatePaperResult {
  const read = answerReader(answers, fields);
  const title = read.line('title', LIMITS.title, true);
  const authors = validateAuthors(read, options.authorsRequired ?? true);
  const venueRequired = options.venueRequired ?? true;
  const venueYear = options.venueYear ?? true;
  const { venue, date } = validateVenue(read, venueRequired, venueYear);
  const section = read.line('section', LIMITS.section, true);
  const paperUrl = validatePaperUrl(read, options.paperRequired ?? false);
  const links = validateLinks(read, options.relativeLinks ?? false);
  const abbreviation = read.line('abbreviation', LIMITS.abbreviation, false);
  const rating = validateRating(read);
  const notes = validateNotes(read);

  const undated = venueRequired && (!venue || (venueYear && !date));
  if (read.problems.length > 0 || !title || venue === undefined || undated || section === undefined)
    return { ok: false, problems: read.problems };
  return {
    ok: true,
    paper: {
      title,
      authors,
      venue,
      ...(date ? { date } : {}),
      section,
      ...(paperUrl !== undefined ? { paperUrl } : {}),
      links,
      ...(abbreviation !== undefined ? { abbreviation } : {}),
      ...(rating !== undefined ? { rating } : {}),
      notes,
    },
  };
}
