import type { FormField } from './form-field.js';
import { parseIssueBody, type ParsedIssueBody } from './parse-issue-body.js';

/** The repository's issue form template, as read from the repository or the disk. */
export interface FormTemplateFile {
  readonly path: string;
  readonly text: string;
}

/** The form issues are read with. */
export interface IssueForm {
  /** The repository's template's fields, or the built-in form's. */
  readonly fields: readonly FormField[];
  /** The template's path, when the fields come from it. */
  readonly path?: string;
  /** Why the template was not used, when it exists but could not be read. */
  readonly warning?: string;
}

/** A submitted issue read with its form. */
export interface ReadIssueResult {
  readonly parsed: ParsedIssueBody;
  /**
   * Whether the body is shaped like a submission of the form: the heading of every field of
   * {@link submissionFields} is there. Such an issue is a submission even without the form's
   * label.
   */
  readonly isSubmission: boolean;
}

/** The fields the bot writes an entry from: their ids are the contract, whatever the labels. */
export const CONTRACT_FIELDS: readonly string[] = ['title', 'authors', 'venue', 'section', 'paper'];

/**
 * The fields whose headings make a body a submission: the form's required fields and the
 * {@link CONTRACT_FIELDS} it has. Most of the form is optional (autofill fills the title,
 * authors and venue), so the required fields alone, perhaps just "Section", would make any
 * issue with a "### Section" heading a submission.
 */
export function submissionFields(fields: readonly FormField[]): readonly FormField[] {
  return fields.filter((field) => field.required || CONTRACT_FIELDS.includes(field.id));
}

/** Reads an issue body with the form (see `parseIssueBody`). */
export function readIssue(body: string, form: IssueForm): ReadIssueResult {
  const parsed = parseIssueBody(body, form.fields);
  const needed = submissionFields(form.fields);
  const isSubmission =
    needed.length > 0
      ? needed.every((field) => parsed.present.has(field.id))
      : parsed.present.size > 0;
  return { parsed, isSubmission };
}
