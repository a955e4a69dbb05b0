import { fieldProblem, type FieldProblem } from './field-problem.js';
import { findFieldHeadings } from './find-field-headings.js';
import type { FormField } from './form-field.js';
import { readAnswer } from './read-answer.js';

/** The answers read from a submitted issue form. */
export interface ParsedIssueBody {
  /**
   * Field id → answer, for every field that was answered; absent for empty answers. A
   * checkboxes element's answer is the labels of its ticked boxes, one a line.
   */
  readonly answers: ReadonlyMap<string, string>;
  /** Ids of the fields whose `### <label>` heading appears in the body, answered or not. */
  readonly present: ReadonlySet<string>;
  /** The form as a whole not found, or required fields missing or empty. */
  readonly problems: FieldProblem[];
}

/** The problem reported when none of the form's headings appear in the body. */
function notFromForm(): FieldProblem {
  return fieldProblem(
    'form',
    'Issue form',
    'This issue was not filed with the "New paper" form: none of its fields were found. ' +
      'Open a new issue with the form and fill in its fields there.',
  );
}

/** Folds a box label for comparison: trimmed, runs of spaces as one. */
const foldBox = (label: string) => label.trim().replace(/\s+/g, ' ');

/** The problems of one required field: heading missing, answer empty, a box left unticked. */
function requiredProblems(field: FormField, parsed: ParsedIssueBody): FieldProblem[] {
  const label = field.label.trim();
  if (!parsed.present.has(field.id)) {
    return [
      fieldProblem(
        field.id,
        field.label,
        `"${label}" is required, but its "### ${label}" heading is missing from the issue: ` +
          'edit the issue to put the heading back with your answer below it.',
      ),
    ];
  }
  if (field.type === 'checkboxes') {
    const ticked = new Set((parsed.answers.get(field.id) ?? '').split('\n').map(foldBox));
    return (field.requiredOptions ?? [])
      .filter((box) => !ticked.has(foldBox(box)))
      .map((box) =>
        fieldProblem(
          field.id,
          field.label,
          `"${label}": the box "${box}" must be ticked; edit the issue and tick it.`,
        ),
      );
  }
  if (parsed.answers.has(field.id)) return [];
  return [
    fieldProblem(field.id, field.label, `"${label}" is required: fill it in by editing the issue.`),
  ];
}

/**
 * Reads the answers of a submitted issue form from the issue body, as GitHub renders it:
 * `### <label>`, a blank line and the answer for each element, `_No response_` for an empty
 * optional field.
 *
 * Fields are found by label (see `findFieldHeadings`), in template order or not, so an answer
 * may contain `###` lines, Markdown, fenced code, emoji and any script. Every element's heading
 * ends the answer before it, whether or not the bot uses the element. CRLF and lone CR line ends
 * are read as LF; each answer loses its trailing whitespace per line and its leading and trailing
 * blank lines; what belongs to no field is left out (see `readAnswer`). Dropdown answers are kept
 * whole, commas and all.
 *
 * Problems: when no field heading is found at all, one problem for the form as a whole; otherwise
 * one for each required field that is missing or empty, and for each required box left
 * unticked, saying how to fix it. Never throws.
 */
export function parseIssueBody(body: string, fields: readonly FormField[]): ParsedIssueBody {
  const lines = body
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const headings = findFieldHeadings(lines, fields);
  const starts = headings.filter((at) => at !== undefined).sort((a, b) => a - b);
  const answers = new Map<string, string>();
  const present = new Set<string>();

  fields.forEach((field, index) => {
    const at = headings[index];
    if (at === undefined) return;
    present.add(field.id);
    const next = starts.find((start) => start > at) ?? lines.length;
    const answer = readAnswer(field, lines.slice(at + 1, next));
    if (answer !== undefined) answers.set(field.id, answer);
  });

  if (present.size === 0) return { answers, present, problems: [notFromForm()] };
  const parsed = { answers, present, problems: [] };
  const problems = fields.filter((f) => f.required).flatMap((f) => requiredProblems(f, parsed));
  return { answers, present, problems };
}
