import { fieldProblem, type FieldProblem } from '../form/field-problem.js';
import type { FormField } from '../form/form-field.js';
import { requiredValues, type EntryTemplate, type Placeholder } from '../paper/entry-template.js';
import { githubRepo } from '../paper/github-repo.js';
import type { Paper } from '../paper/paper.js';

/** Values only the filer can give, which a template may place in every entry: the field, and whether it is given. */
const FILER_VALUES: readonly (readonly [Placeholder, string, (paper: Paper) => boolean])[] = [
  ['abbreviation', 'abbreviation', (paper) => paper.abbreviation !== undefined],
  ['rating', 'rating', (paper) => paper.rating !== undefined],
  ['notes', 'notes', (paper) => paper.notes.length > 0],
  ['repo', 'links', (paper) => githubRepo(paper.links) !== undefined],
];

/**
 * The answers the entry cannot be written without: a short name, rating, notes or GitHub code
 * link that the template places outside an optional part (`**{abbreviation}**: ...` when every
 * entry shows one). Written empty, they would leave `****:` in the entry; the filer is asked
 * instead.
 */
export function missingValues(
  paper: Paper,
  template: EntryTemplate,
  form: readonly FormField[],
): FieldProblem[] {
  const placed = requiredValues(template);
  return FILER_VALUES.flatMap(([name, id, given]) => {
    if (!placed.has(name) || given(paper)) return [];
    const label = form.find((f) => f.id === id)?.label.trim() ?? id;
    const what =
      name === 'repo'
        ? `needs the code's GitHub link (\`Code: https://github.com/owner/name\`): every entry of the list shows its GitHub stars.`
        : `is required: the list's entry format shows it in every entry.`;
    return [
      fieldProblem(
        id,
        label,
        `"${label}" ${what} Fill it in by editing the issue (or make it an optional part of the template, \`{[ ... ]}\`).`,
      ),
    ];
  });
}
