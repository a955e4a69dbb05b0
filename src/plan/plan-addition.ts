import { fieldProblem, type FieldProblem } from '../form/field-problem.js';
import type { FormField } from '../form/form-field.js';
import { parseIssueBody, type ParsedIssueBody } from '../form/parse-issue-body.js';
import { findPaper, type PaperLocation, type SharedLink } from '../list/find-paper.js';
import { insertEntry } from '../list/insert-entry.js';
import { isPreprintVenue } from '../list/preprints.js';
import { alignedRow } from '../list/table-format.js';
import { shortenedLike } from '../list/short-rows.js';
import { withSectionAuthors } from '../list/section-authors.js';
import type { ListFile } from '../list/list-file.js';
import { findSection, type NamedSection, type PaperList } from '../list/paper-list.js';
import { checkEntryMarkdown } from '../paper/check-entry-markdown.js';
import { arxivDate, arxivMonth } from '../paper/arxiv-month.js';
import type { Placeholder } from '../paper/entry-template.js';
import { formatEntry } from '../paper/format-entry.js';
import type { Paper, PaperLink } from '../paper/paper.js';
import { validatePaper } from '../paper/validate-paper.js';
import { orderOf, type ListFormat } from '../list/list-format.js';
import type { AutofillReport } from './apply-autofill.js';
import { MIN_INFERRED_FIT, missingValues, unfitFormat } from './values-required.js';
import { unwrittenLinks } from './unwritten-links.js';
import { unbadgedLinks } from './unbadged-links.js';
import { requiredAnswers } from './required-answers.js';

/** What to apply: one form submission against the list. */
export interface PlanAdditionInput {
  /** The issue body as GitHub rendered the form. */
  readonly body: string;
  /** The form's fields (the repository's template, or the default). */
  readonly form: readonly FormField[];
  /** The body already read with `form`, when the caller has done so; read here otherwise. */
  readonly parsed?: ParsedIssueBody;
  readonly list: PaperList;
  readonly format: ListFormat;
  /** What autofill filled and found, when it asked the link's sources: kept for reviewers. */
  readonly autofill?: AutofillReport;
}

/** The entry goes in: the file's new text and everything a reviewer should know. */
export interface InsertPlan {
  readonly kind: 'insert';
  readonly paper: Paper;
  readonly file: ListFile;
  readonly section: NamedSection;
  /** The formatted entry, lines joined by `\n`. */
  readonly entry: string;
  /** The file's full new text. */
  readonly text: string;
  /** 1-based line of the entry in the new text. */
  readonly line: number;
  /** Where the entry went relative to its neighbours. */
  readonly placement: string;
  /** Other sections or files listing the same paper (not duplicates: curators do this on purpose). */
  readonly alsoListed: readonly PaperLocation[];
  /** Entries sharing a code or project link. */
  readonly sharedLinks: readonly SharedLink[];
  /** The answers autofill filled and the fetched values that differ, for the reviewer. */
  readonly autofill?: AutofillReport;
  /** Links given that the entry format has no place for, so not written. */
  readonly unwritten?: readonly PaperLink[];
}

/** The paper is already in the target section. */
export interface DuplicatePlan {
  readonly kind: 'duplicate';
  readonly paper: Paper;
  readonly section: NamedSection;
  readonly where: readonly PaperLocation[];
}

/** The form's answers cannot be used; each problem names its field and the fix. */
export interface InvalidPlan {
  readonly kind: 'invalid';
  readonly problems: readonly FieldProblem[];
}

/** The decision for one form submission; the caller turns it into files, PRs and comments. */
export type AdditionPlan = InsertPlan | DuplicatePlan | InvalidPlan;

/**
 * Decides what one "New paper" submission does to the list, without touching disk or network:
 * parse the form, validate the paper, resolve the section, look for the paper in every managed
 * file, format the entry and splice it in at its sorted place.
 */
export function planAddition(input: PlanAdditionInput): AdditionPlan {
  const { list, format } = input;
  const checked = checkSubmission(input);
  if (checked.kind === 'invalid') return checked;
  const { paper, section } = checked;
  const matches = findPaper(list, paper, format.reader);
  const here = matches.same.filter((m) => m.section === section.block);
  if (here.length > 0) return { kind: 'duplicate', paper, section, where: here };

  const listTemplate = format.templateFor(section.block);
  if (!listTemplate) return noTableIn(section);
  const template = withSectionAuthors(listTemplate, section, format.reader);
  const fit = format.inferredFit;
  if (fit !== undefined && fit < MIN_INFERRED_FIT) {
    return { kind: 'invalid', problems: [unfitFormat(fit)] };
  }
  const missing = missingValues(paper, template, input.form, (name) =>
    shownValue(section, format, name),
  );
  if (missing.length > 0) return { kind: 'invalid', problems: missing };
  const unbadged = unbadgedLinks(paper, template, input.form);
  if (unbadged.length > 0) return { kind: 'invalid', problems: unbadged };
  // A row of an aligned table is padded to its columns.
  const written = formatEntry(paper, template);
  const entry = format.tableRows
    ? alignedRow(shortenedLike(written, section.file, section.block), section.file, section.block)
    : written;
  const unsafe = checkEntryMarkdown(entry, format.allowedHtml, format);
  if (unsafe.length > 0) {
    // Escaping should make this impossible; refuse rather than write a broken entry.
    return {
      kind: 'invalid',
      problems: [
        fieldProblem(
          'form',
          'Issue form',
          `The entry could not be written safely (it ${unsafe.join('; ')}). Remove unusual characters or Markdown from the answers.`,
        ),
      ],
    };
  }
  const inserted = insertInto(section, entry, paper, format);
  return {
    kind: 'insert',
    paper,
    file: section.file,
    section,
    entry: inserted.entry,
    text: inserted.text,
    line: inserted.line,
    placement: inserted.placement,
    alsoListed: matches.same,
    sharedLinks: matches.sharedLinks,
    ...(input.autofill ? { autofill: input.autofill } : {}),
    ...unwrittenPart(paper, inserted.entry),
  };
}

function unwrittenPart(paper: Paper, entry: string): { unwritten?: readonly PaperLink[] } {
  const unwritten = unwrittenLinks(paper, entry);
  return unwritten.length > 0 ? { unwritten } : {};
}

/** What the first entry of the section that shows a value shows for it (`2024-03`), if any. */
function shownValue(
  section: NamedSection,
  format: ListFormat,
  name: Placeholder,
): string | undefined {
  const { file, block } = section;
  for (const entry of block.entries.slice(0, 20)) {
    const value = format.reader.fields(file.text.slice(entry.start, entry.end))?.[name]?.trim();
    if (value && value.length <= 60 && !value.includes('\n')) return value;
  }
  return undefined;
}

/** The entry spliced in at its place in the section, the list's order and rules applied. */
function insertInto(section: NamedSection, entry: string, paper: Paper, format: ListFormat) {
  return insertEntry({
    file: section.file,
    section: section.block,
    entry,
    // Dated as the list's entries are read: from what the entry shows, else, under date
    // headings, from the answers. An entry that shows no date elsewhere is undated, as a sort
    // reads it: placed by a date it does not show, the next sort would move it.
    date:
      format.reader.date(entry) ??
      (format.dateHeadings ? datedByLink(paper, format.datesFromArxiv) : undefined),
    name: format.reader.name(entry) ?? paper.title,
    order: orderOf(format, section.name),
    reader: format.reader,
    numbered: format.numbered,
    byMonth: format.byMonth,
    preprints: format.preprints,
    preprint: isPreprintVenue(format.reader.venue(entry) ?? paper.venue),
  });
}

/** The section's entries are table rows, but it has no table to add one to. */
function noTableIn(section: NamedSection): InvalidPlan {
  return {
    kind: 'invalid',
    problems: [
      fieldProblem(
        'section',
        'Section',
        `"${section.name}" has no table to add a row to: add the table's header row to it first, or choose another section.`,
      ),
    ],
  };
}

/**
 * The paper's date when its entry shows none (a list dated by its headings): its arXiv link's in
 * a list ordered by arXiv id, else its venue's, with the month of its arXiv link when the venue
 * gives only the year.
 */
function datedByLink(paper: Paper, fromArxiv: boolean): Paper['date'] {
  const arxiv = fromArxiv && paper.paperUrl ? arxivDate(paper.paperUrl) : undefined;
  if (arxiv) return arxiv;
  const date = paper.date;
  if (!date || date.month !== undefined || !paper.paperUrl) return date;
  const place = arxivMonth(paper.paperUrl, date.year);
  return place === undefined ? date : { ...date, ...place };
}

/**
 * The paper and its section when the submission is valid: the form's problems first, then each
 * field's, then whether the section exists (only when nothing else was said of the section).
 * A field the form already reported is not reported again by validation.
 */
function checkSubmission(
  input: PlanAdditionInput,
): InvalidPlan | { kind: 'valid'; paper: Paper; section: NamedSection } {
  const parsed = input.parsed ?? parseIssueBody(input.body, input.form);
  if (parsed.problems.some((p) => p.field === 'form'))
    return { kind: 'invalid', problems: parsed.problems };

  const required = requiredAnswers(input.format);
  const validated = validatePaper(parsed.answers, input.form, {
    authorsRequired: required.authors,
    paperRequired: required.paper,
    venueRequired: required.venue,
    relativeLinks: input.format.relativeLinks,
    venueYear: !input.format.venuesWithoutYear,
  });
  const reported = new Set(parsed.problems.map((p) => p.field));
  const problems: FieldProblem[] = [
    ...parsed.problems,
    ...(validated.ok ? [] : validated.problems.filter((p) => !reported.has(p.field))),
  ];

  const sectionAnswer = parsed.answers.get('section')?.trim();
  const section = sectionAnswer ? findSection(input.list, sectionAnswer) : undefined;
  if (sectionAnswer && !section && !problems.some((p) => p.field === 'section')) {
    problems.push(unknownSection(input.form, sectionAnswer, input.list));
  }
  if (!validated.ok || problems.length > 0 || !section) return { kind: 'invalid', problems };
  return { kind: 'valid', paper: validated.paper, section };
}

function unknownSection(form: readonly FormField[], answer: string, list: PaperList): FieldProblem {
  const label = form.find((f) => f.id === 'section')?.label.trim() ?? 'Section';
  const names = list.sections.map((s) => `"${s.name}"`);
  const valid =
    names.length > 0 ? `choose one of ${names.join(', ')}` : 'the list has no sections yet';
  return fieldProblem(
    'section',
    label,
    `"${label}": the list has no section "${answer}"; ${valid}.`,
  );
}
