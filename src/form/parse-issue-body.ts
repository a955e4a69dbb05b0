import { closesFence, openingFence } from './code-fence.js';
import { fieldProblem, type FieldProblem } from './field-problem.js';
import { findFieldHeadings } from './find-field-headings.js';
import type { FormField } from './form-field.js';

/** What GitHub prints for an optional field left empty. */
const NO_RESPONSE = '_No response_';

/** What GitHub prints for an optional dropdown left at its automatic "None" choice. */
const DROPDOWN_NONE = 'None';

/** The answers read from a submitted issue form. */
export interface ParsedIssueBody {
  /** Field id → answer, for every field that was answered; absent for empty answers. */
  readonly answers: ReadonlyMap<string, string>;
  /** Ids of the fields whose `### <label>` heading appears in the body, answered or not. */
  readonly present: ReadonlySet<string>;
  /** The form as a whole not found, or required fields missing or empty. */
  readonly problems: FieldProblem[];
}

/** Removes each line's trailing whitespace and the blank lines at both ends. */
function trimLines(lines: readonly string[]): string[] {
  const trimmed = lines.map((line) => line.trimEnd());
  let start = 0;
  let end = trimmed.length;
  while (start < end && trimmed[start] === '') start += 1;
  while (end > start && trimmed[end - 1] === '') end -= 1;
  return trimmed.slice(start, end);
}

/** Unwraps the code fence GitHub puts around the answer of a textarea with `render`. */
function unwrapRendered(lines: string[]): string[] {
  const fence = lines.length >= 2 ? openingFence(lines[0] ?? '') : undefined;
  if (fence === undefined || !closesFence(lines[lines.length - 1] ?? '', fence)) return lines;
  return trimLines(lines.slice(1, -1));
}

/** The answer of `field` from the lines under its heading, or `undefined` when it has none. */
function readAnswer(field: FormField, raw: readonly string[]): string | undefined {
  let lines = trimLines(raw);
  const text = lines.join('\n');
  if (text === '' || text === NO_RESPONSE) return undefined;
  if (field.type === 'dropdown' && text === DROPDOWN_NONE) return undefined;
  if (field.type === 'textarea' && field.render !== undefined) lines = unwrapRendered(lines);
  const answer = lines.join('\n');
  return answer === '' ? undefined : answer;
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

/**
 * Reads the answers of a submitted issue form from the issue body, as GitHub renders it:
 * `### <label>`, a blank line and the answer for each field, `_No response_` for an empty
 * optional field.
 *
 * Fields are found by label in template order (see `findFieldHeadings`), so an answer may contain
 * `###` lines, Markdown, fenced code, emoji and any script. CRLF and lone CR line ends are read as
 * LF; each answer loses its trailing whitespace per line and its leading and trailing blank lines.
 * `_No response_` is no answer, and so is `None` for a dropdown (a text field keeps `None`). A
 * textarea with `render` is unwrapped from its code fence. Dropdown answers are kept whole, commas
 * and all.
 *
 * Problems: when no field heading is found at all, one problem for the form as a whole; otherwise
 * one for each required field that is missing or empty, saying how to fix it. Never throws.
 */
export function parseIssueBody(body: string, fields: readonly FormField[]): ParsedIssueBody {
  const lines = body
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const headings = findFieldHeadings(lines, fields);
  const answers = new Map<string, string>();
  const present = new Set<string>();
  const problems: FieldProblem[] = [];

  fields.forEach((field, index) => {
    const at = headings[index];
    if (at === undefined) return;
    present.add(field.id);
    const next = headings.slice(index + 1).find((line) => line !== undefined) ?? lines.length;
    const answer = readAnswer(field, lines.slice(at + 1, next));
    if (answer !== undefined) answers.set(field.id, answer);
  });

  if (present.size === 0) return { answers, present, problems: [notFromForm()] };

  for (const field of fields) {
    if (!field.required) continue;
    const label = field.label.trim();
    if (!present.has(field.id)) {
      problems.push(
        fieldProblem(
          field.id,
          field.label,
          `"${label}" is required, but its "### ${label}" heading is missing from the issue: ` +
            'edit the issue to put the heading back with your answer below it.',
        ),
      );
    } else if (!answers.has(field.id)) {
      problems.push(
        fieldProblem(
          field.id,
          field.label,
          `"${label}" is required: fill it in by editing the issue.`,
        ),
      );
    }
  }
  return { answers, present, problems };
}
