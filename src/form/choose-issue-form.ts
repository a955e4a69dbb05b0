// Kept apart from reading issues: choosing the form parses the repository's YAML template, and
// what only reads an issue body with a form already chosen need not load a YAML parser.

import { BUILT_IN_FORM, DEFAULT_FORM } from './default-form.js';
import type { FormTemplateFile, IssueForm } from './read-issue.js';
import { readFormTemplate } from './read-form-template.js';

/**
 * The form to read issues with, the one way the action and the CLI share: the repository's own
 * issue form template when it exists and can be read, else the built-in form. An unreadable
 * template is a warning, not a failure, so filers still get an answer.
 */
export function chooseIssueForm(template: FormTemplateFile | undefined): IssueForm {
  if (template === undefined) return BUILT_IN_FORM;
  const read = readFormTemplate(template.text);
  if ('fields' in read) return { fields: read.fields, path: template.path };
  return {
    fields: DEFAULT_FORM,
    warning: `${template.path}: ${read.error}; reading issues with the built-in form`,
  };
}
