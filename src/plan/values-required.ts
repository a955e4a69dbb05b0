import { fieldProblem, type FieldProblem } from '../form/field-problem.js';
import type { FormField } from '../form/form-field.js';
import { requiredValues, type EntryTemplate } from '../paper/entry-template.js';
import type { Paper } from '../paper/paper.js';

/** Values only the filer can give, which a template may place in every entry. */
const FILER_VALUES = {
  abbreviation: (paper: Paper) => paper.abbreviation !== undefined,
  rating: (paper: Paper) => paper.rating !== undefined,
  notes: (paper: Paper) => paper.notes.length > 0,
} as const;

/**
 * The answers the entry cannot be written without: a short name, rating or notes that the
 * template places outside an optional part (`**{abbreviation}**: ...` when every entry shows
 * one). Written empty, they would leave `****:` in the entry; the filer is asked instead.
 */
export function missingValues(
  paper: Paper,
  template: EntryTemplate,
  form: readonly FormField[],
): FieldProblem[] {
  const placed = requiredValues(template);
  return Object.entries(FILER_VALUES).flatMap(([id, given]) => {
    if (!placed.has(id as keyof typeof FILER_VALUES) || given(paper)) return [];
    const label = form.find((f) => f.id === id)?.label.trim() ?? id;
    return [
      fieldProblem(
        id,
        label,
        `"${label}" is required: the list's entry format shows it in every entry. Fill it in by editing the issue (or make it an optional part of the template, \`{[ ... ]}\`).`,
      ),
    ];
  });
}
