import { fieldProblem, type FieldProblem } from '../form/field-problem.js';
import type { FormField } from '../form/form-field.js';
import {
  FILER_VALUES,
  requiredValues,
  type EntryTemplate,
  type Placeholder,
} from '../paper/entry-template.js';
import { githubRepo } from '../paper/github-repo.js';
import { paperArxivId } from '../paper/paper-identity.js';
import type { Paper } from '../paper/paper.js';

/** Each value only the filer gives: the form field that answers it, and whether the paper has it. */
const GIVEN: Record<(typeof FILER_VALUES)[number], readonly [string, (paper: Paper) => boolean]> = {
  abbreviation: ['abbreviation', (paper) => paper.abbreviation !== undefined],
  rating: ['rating', (paper) => paper.rating !== undefined],
  notes: ['notes', (paper) => paper.notes.length > 0],
  repo: ['links', (paper) => githubRepo(paper.links) !== undefined],
  arxiv: ['paper', (paper) => paperArxivId(paper) !== undefined],
};

/** What a value derived from a link needs. */
const NEEDS: Partial<Record<(typeof FILER_VALUES)[number], string>> = {
  repo: "needs the code's GitHub link (`Code: https://github.com/owner/name`): every entry of the list shows its GitHub stars.",
  arxiv:
    'needs an arXiv link (`https://arxiv.org/abs/2501.16295`): every entry of the list shows its arXiv id.',
};

/**
 * The answers the entry cannot be written without: a short name, rating, notes, GitHub code link
 * or arXiv link that the template places outside an optional part (`**{abbreviation}**: ...` when every
 * entry shows one). Written empty, they would leave `****:` in the entry; the filer is asked
 * instead.
 */
export function missingValues(
  paper: Paper,
  template: EntryTemplate,
  form: readonly FormField[],
  /** What an entry of the section shows for a value, to show the filer what is asked. */
  example: (name: Placeholder) => string | undefined = () => undefined,
): FieldProblem[] {
  const placed = requiredValues(template);
  return FILER_VALUES.flatMap((name) => {
    const [id, given] = GIVEN[name];
    if (!placed.has(name) || given(paper)) return [];
    const label = form.find((f) => f.id === id)?.label.trim() ?? id;
    const shown = example(name);
    const such = shown === undefined ? '' : ` (such as \`${shown.replace(/`/g, "'")}\`)`;
    const what =
      NEEDS[name] ?? `is required: the list's entry format shows it in every entry${such}.`;
    return [
      fieldProblem(
        id,
        label,
        `"${label}" ${what} Fill it in by editing the issue (or make it an optional part of the template, \`{[ ... ]}\`).`,
      ),
    ];
  });
}

/**
 * The least share of a list's entries an inferred format must read whole for new entries to be
 * written in it: below, it learnt the list's shape from entries no two of which are alike
 * (citations, summaries), and would write one entry's text into every new one.
 */
export const MIN_INFERRED_FIT = 0.1;

/** Why no entry can be written in an inferred format that reads almost none of the list's. */
export function unfitFormat(fit: number): FieldProblem {
  return fieldProblem(
    'form',
    'Issue form',
    `The bot cannot write this list's entries yet: the entry format it infers from the list reads only ${Math.round(fit * 100)}% of them whole, so a new entry would not look like the others. A maintainer can run \`paper-list-bot init\` and correct "template" in .github/paper-list.yml.`,
  );
}
