import { fieldProblem, type FieldProblem } from '../form/field-problem.js';
import type { FormField } from '../form/form-field.js';
import { checkUrl } from './check-url.js';
import { collapseSpaces, dropInvisible, refuseInvisible } from './clean-text.js';
import { parseAuthors } from './parse-authors.js';
import { parseLinks } from './parse-links.js';
import { parseVenueDate } from './parse-venue-date.js';
import { RATINGS, type Paper, type PaperDate, type Rating } from './paper.js';

/** Limits on answers (SPEC 2 and the entry's readability). */
export const LIMITS = {
  title: 300,
  venue: 100,
  abbreviation: 50,
  section: 200,
  notes: 5000,
  noteLines: 50,
} as const;

/** A validated paper, or every problem found, field by field. */
export type ValidatePaperResult =
  | { readonly ok: true; readonly paper: Paper }
  | { readonly ok: false; readonly problems: readonly FieldProblem[] };

/**
 * Validates and normalises the answers of a "New paper" form into a {@link Paper} (SPEC 2).
 *
 * All problems are collected, each naming its field with the fix. Whitespace is normalised,
 * zero-width spaces dropped, direction overrides and control characters refused. The section is
 * only checked for presence here; whether it exists is the list's business.
 */
export function validatePaper(
  answers: ReadonlyMap<string, string>,
  fields: readonly FormField[],
): ValidatePaperResult {
  const problems: FieldProblem[] = [];
  const labels = new Map(fields.map((f) => [f.id, f.label.trim()]));
  const label = (id: string): string => labels.get(id) ?? id;
  const report = (id: string, message: string): void => {
    problems.push(fieldProblem(id, label(id), message));
  };

  /** The answer cleaned, or undefined (reported) when it holds characters we refuse. */
  const text = (id: string): string | undefined => {
    const raw = answers.get(id);
    if (raw === undefined) return undefined;
    const refused = refuseInvisible(raw);
    if (refused) {
      report(id, `"${label(id)}" ${refused}.`);
      return undefined;
    }
    return dropInvisible(raw);
  };
  /** A one-line answer, or undefined (reported) when it spans lines or is too long. */
  const line = (id: string, max: number, required: boolean): string | undefined => {
    const value = text(id);
    if (value === undefined) {
      if (required && !answers.has(id))
        report(id, `"${label(id)}" is required: fill it in by editing the issue.`);
      return undefined;
    }
    if (value.trim().includes('\n')) {
      report(id, `"${label(id)}" must be one line: remove the line breaks.`);
      return undefined;
    }
    const collapsed = collapseSpaces(value);
    if (collapsed === '') {
      if (required) report(id, `"${label(id)}" is required: fill it in by editing the issue.`);
      return undefined;
    }
    const length = characters(collapsed);
    if (length > max) {
      report(id, `"${label(id)}" is ${length} characters long; shorten it to at most ${max}.`);
      return undefined;
    }
    return collapsed;
  };

  const title = line('title', LIMITS.title, true);

  const authorsText = text('authors');
  let authors: Paper['authors'] = [];
  if (authorsText === undefined) {
    if (!answers.has('authors'))
      report('authors', `"${label('authors')}" is required: list at least one author.`);
  } else {
    const parsed = parseAuthors(authorsText);
    for (const message of parsed.problems) report('authors', `"${label('authors')}": ${message}.`);
    authors = parsed.authors;
  }

  const venue = line('venue', LIMITS.venue, true);
  let date: PaperDate | undefined;
  if (venue !== undefined) {
    date = parseVenueDate(venue);
    if (!date) {
      report(
        'venue',
        `"${label('venue')}" must hold the year, as in "CVPR 2023" or "arXiv 2301" (arXiv year and month, YYMM); "${venue}" has none.`,
      );
    }
  }

  const section = line('section', LIMITS.section, true);

  const paperUrl = line('paper', 2000, false);
  if (paperUrl !== undefined) {
    const problem = checkUrl(paperUrl);
    if (problem) report('paper', `"${label('paper')}" ${problem}.`);
  }

  const linksText = text('links');
  let links: Paper['links'] = [];
  if (linksText !== undefined) {
    const parsed = parseLinks(linksText);
    for (const message of parsed.problems) report('links', `"${label('links')}" ${message}.`);
    links = parsed.links;
  }

  const abbreviation = line('abbreviation', LIMITS.abbreviation, false);

  const ratingText = line('rating', 20, false);
  let rating: Rating | undefined;
  if (ratingText !== undefined) {
    rating = RATINGS.find((r) => r === ratingText.replace(/\s+/g, ''));
    if (!rating)
      report('rating', `"${label('rating')}" must be one of ${RATINGS.join(', ')}, or left empty.`);
  }

  const notesText = text('notes');
  let notes: string[] = [];
  if (notesText !== undefined) {
    notes = notesText
      .split('\n')
      .map(collapseSpaces)
      .filter((l) => l !== '');
    const length = characters(notes.join('\n'));
    if (length > LIMITS.notes) {
      report(
        'notes',
        `"${label('notes')}" is ${length} characters long; shorten it to at most ${LIMITS.notes}.`,
      );
    } else if (notes.length > LIMITS.noteLines) {
      report(
        'notes',
        `"${label('notes')}" has ${notes.length} lines; keep it to at most ${LIMITS.noteLines}.`,
      );
    }
  }

  if (
    problems.length > 0 ||
    title === undefined ||
    venue === undefined ||
    !date ||
    section === undefined
  ) {
    return { ok: false, problems };
  }
  return {
    ok: true,
    paper: {
      title,
      authors,
      venue,
      date,
      section,
      ...(paperUrl !== undefined ? { paperUrl } : {}),
      links,
      ...(abbreviation !== undefined ? { abbreviation } : {}),
      ...(rating !== undefined ? { rating } : {}),
      notes,
    },
  };
}

/** Length in characters as people count them (code points, so an emoji is one). */
function characters(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    // A high surrogate followed by a low one is one character.
    if (code < 0xd800 || code > 0xdbff || i + 1 === text.length) count += 1;
  }
  return count;
}
