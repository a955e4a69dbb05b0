// What autofill does to one submission, without I/O: the merged answers put in place of the
// filer's, each field still missing reported with what was tried, and what reviewers are shown.

import { fieldProblem, type FieldProblem } from '../form/field-problem.js';
import type { FormField } from '../form/form-field.js';
import type { ParsedIssueBody } from '../form/parse-issue-body.js';
import type { EntryReader } from '../list/entry-reader.js';
import type { PaperList } from '../list/paper-list.js';
import { SOURCE_NAMES, type MetadataSource } from '../metadata/paper-metadata.js';
import { shorten } from '../paper/answer-text.js';
import { collapseSpaces } from '../paper/clean-text.js';
import {
  FILLABLE_FIELDS,
  type FieldDifference,
  type FilledField,
  type FillableField,
  type FillResult,
} from './fill-answers.js';

/** One source the bot asked, as far as the filer needs to know: what came of it, and why. */
export interface TriedSource {
  readonly source: MetadataSource;
  readonly outcome: 'found' | 'not-found' | 'failed' | 'skipped';
  /** `arXiv has no record 2301.99999`, `OpenReview did not answer in 10 s`. */
  readonly reason?: string;
}

/** What a reviewer is shown of an autofill: each value with the label the form gives its field. */
export interface AutofillReport {
  readonly filled: readonly (FilledField & { readonly label: string })[];
  readonly differences: readonly (FieldDifference & { readonly label: string })[];
  readonly notes: readonly string[];
}

/** A reason may quote what a source sent (a title, an error text): one line, not too long. */
const MAX_REASON = 160;

const NOUNS: Readonly<Record<FillableField, string>> = {
  title: 'title',
  authors: 'authors',
  venue: 'venue',
};

/**
 * What the bot tried for a field it could not fill, for the filer to act on: each source that
 * failed, had no record or was left out, with the reason, and each source that knew the paper
 * but not this field. `arXiv has no record 2301.99999; OpenReview did not answer in 10 s`.
 */
export function describeTried(attempts: readonly TriedSource[], field: FillableField): string {
  if (attempts.length === 0) return 'the link names no paper the bot can look up';
  const parts = attempts.map((attempt) => {
    const name = SOURCE_NAMES[attempt.source];
    if (attempt.outcome === 'found') return `${name} gives no ${NOUNS[field]}`;
    const reason = shorten(collapseSpaces(attempt.reason ?? ''), MAX_REASON);
    if (attempt.outcome === 'skipped') return `${name} ${reason || 'was not asked'}`;
    return reason || `${name} ${attempt.outcome === 'failed' ? 'failed' : 'has no record'}`;
  });
  return [...new Set(parts)].join('; ');
}

/** The problem of a field autofill could not fill: fill it in, or give a link the bot can read. */
export function missingAfterAutofill(
  field: FillableField,
  label: string,
  attempts: readonly TriedSource[],
): FieldProblem {
  return fieldProblem(
    field,
    label,
    `"${label}" is required: fill it in, or give a paper link the bot can read (${describeTried(attempts, field)}).`,
  );
}

/**
 * The parsed issue with the autofilled answers in place of the filer's, for `planAddition`:
 * the form's problems of the fields now filled are dropped, and each fillable field still
 * empty is reported with what was tried (a required field whose heading is missing keeps that
 * problem, which says how to fix it). Fetched values are answers from here on: validated and
 * escaped exactly like the filer's.
 */
export function applyAutofill(
  parsed: ParsedIssueBody,
  form: readonly FormField[],
  fill: FillResult,
  attempts: readonly TriedSource[],
  /** Which fields the list's entries need (`requiredAnswers`; any not said, and the title, are). */
  needed: Readonly<Partial<Record<FillableField, boolean>>> = {},
): ParsedIssueBody {
  const filled = new Set<string>(fill.filled.map((f) => f.field));
  const reported = (id: string) => parsed.problems.some((p) => p.field === id);
  const missing = FILLABLE_FIELDS.filter(
    (id) =>
      (id === 'title' || needed[id] !== false) &&
      !fill.answers.get(id)?.trim() &&
      (parsed.present.has(id) || !reported(id)),
  );
  const replaced = new Set<string>([...filled, ...missing]);
  const order = (id: string) => form.findIndex((f) => f.id === id);
  const problems = [
    ...parsed.problems.filter((p) => !replaced.has(p.field)),
    ...missing.map((id) => missingAfterAutofill(id, labelOf(form, id), attempts)),
  ].sort((a, b) => order(a.field) - order(b.field));
  return { answers: fill.answers, present: parsed.present, problems };
}

/**
 * The filled values and the differences with the form's labels, and the sources' notes: of the
 * fields in `shown` when given, those the list's entries show (a venue filled for a list whose
 * entries show none dates the paper, but is not in its entry for anyone to check).
 */
export function autofillReport(
  fill: FillResult,
  form: readonly FormField[],
  shown?: ReadonlySet<string>,
): AutofillReport {
  const kept = (field: string) => !shown || shown.has(field);
  return {
    filled: fill.filled
      .filter((f) => kept(f.field))
      .map((f) => ({ ...f, label: labelOf(form, f.field) })),
    differences: fill.differences
      .filter((d) => kept(d.field))
      .map((d) => ({ ...d, label: labelOf(form, d.field) })),
    notes: fill.notes,
  };
}

/** The venues the list already writes (`NIPS 2017`, `arXiv 2301`), for the list's spelling. */
export function listVenues(list: PaperList, reader: EntryReader): string[] {
  return list.files.flatMap((file) =>
    file.sections.flatMap((section) =>
      section.entries.flatMap((entry) => {
        const venue = reader.venue(file.text.slice(entry.start, entry.end));
        return venue === undefined ? [] : [venue];
      }),
    ),
  );
}

function labelOf(form: readonly FormField[], id: string): string {
  return form.find((f) => f.id === id)?.label.trim() ?? id;
}
