import type { FormField } from '../../src/form/form-field.js';

/** What GitHub prints for an empty optional field. */
export const NO_RESPONSE = '_No response_';

/**
 * Renders answers the way GitHub writes a submitted issue form into the issue body: for each
 * field in template order `### <label>`, a blank line and the answer, fields separated by a blank
 * line; `_No response_` for a field left empty; a textarea with `render` wrapped in a code fence
 * of that language; a checkboxes element as one `- [X] box` or `- [ ] box` line per box, its
 * answer naming the ticked boxes one a line. Answers are keyed by field id; pass `'None'` to mimic an optional dropdown left
 * at GitHub's automatic "None" option.
 */
export function renderIssueBody(
  fields: readonly FormField[],
  answers: Readonly<Record<string, string | undefined>>,
): string {
  return fields
    .map((field) => {
      const answer = answers[field.id];
      if (field.type === 'checkboxes') {
        const ticked = new Set((answer ?? '').split('\n'));
        const boxes = (field.options ?? []).map((o) => `- [${ticked.has(o) ? 'X' : ' '}] ${o}`);
        return `### ${field.label}\n\n${boxes.join('\n')}`;
      }
      if (answer === undefined || answer === '') return `### ${field.label}\n\n${NO_RESPONSE}`;
      const value =
        field.type === 'textarea' && field.render !== undefined
          ? `\`\`\`${field.render}\n${answer}\n\`\`\``
          : answer;
      return `### ${field.label}\n\n${value}`;
    })
    .join('\n\n');
}

/**
 * A form like `fields` with the given fields required, as a repository's own template may have
 * them (the built-in form leaves the title, authors and venue optional for autofill).
 */
export function requiring(fields: readonly FormField[], ids: readonly string[]): FormField[] {
  return fields.map((field) => (ids.includes(field.id) ? { ...field, required: true } : field));
}
