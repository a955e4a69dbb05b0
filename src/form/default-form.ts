import { RATINGS } from '../paper/paper.js';
import type { FormField } from './form-field.js';
import type { IssueForm } from './read-issue.js';

/** The issue label the "New paper" form applies to every issue filed with it. */
export const FORM_LABEL_DEFAULT = 'new-paper';

/** Freezes a field (and its options) so the shared default can never be mutated by a caller. */
function field(spec: FormField): FormField {
  const options = spec.options === undefined ? {} : { options: Object.freeze([...spec.options]) };
  return Object.freeze({ ...spec, ...options });
}

/**
 * The fields of the form the project ships, `examples/ISSUE_TEMPLATE/new-paper.yml`, in template
 * order.
 *
 * The ids and types are the contract of SPEC 2; the labels are what GitHub prints as
 * `### <label>` headings in a submitted issue. The paper link comes first and the title, authors
 * and venue are optional: the bot fills the ones left empty from the link (`autofill`). The
 * section options name the sections of the project's example list; a repository's real options
 * come from its own template (see `readFormTemplate`). A test reads the YAML template and checks it against this list, so the two
 * cannot drift apart.
 */
export const DEFAULT_FORM: readonly FormField[] = Object.freeze([
  field({ id: 'paper', type: 'input', label: 'Paper link', required: false }),
  field({ id: 'title', type: 'input', label: 'Title', required: false }),
  field({ id: 'authors', type: 'textarea', label: 'Authors', required: false }),
  field({ id: 'venue', type: 'input', label: 'Venue and year', required: false }),
  field({
    id: 'section',
    type: 'dropdown',
    label: 'Section',
    required: true,
    options: [
      'Vision Transformers',
      'Diffusion Models',
      'Efficient Networks',
      'Self-Supervised Learning',
    ],
  }),
  field({ id: 'links', type: 'textarea', label: 'Other links', required: false }),
  field({ id: 'abbreviation', type: 'input', label: 'Short name', required: false }),
  field({ id: 'rating', type: 'dropdown', label: 'Rating', required: false, options: RATINGS }),
  field({ id: 'notes', type: 'textarea', label: 'Notes', required: false }),
]);

/** The form issues are read with when the repository has none of its own. */
export const BUILT_IN_FORM: IssueForm = Object.freeze({ fields: DEFAULT_FORM });
