// A list that shows its links as badges (`[![GitHub](…stars…)](url)`) has a badge for each label
// it uses; a link of another label has none to show, and the bot will not make one up.

import { fieldProblem, type FieldProblem } from '../form/field-problem.js';
import type { FormField } from '../form/form-field.js';
import type { EntryTemplate } from '../paper/entry-template.js';
import { linkImage } from '../paper/link-images.js';
import type { Paper } from '../paper/paper.js';

/** The filer's links the list has no badge for, as one problem naming them and the fix. */
export function unbadgedLinks(
  paper: Paper,
  template: EntryTemplate,
  form: readonly FormField[],
): FieldProblem[] {
  const { item, images = {} } = template.links;
  if (!item.includes('{image}')) return [];
  const unshown = paper.links.filter((l) => linkImage(l.label, l.url, images) === undefined);
  if (unshown.length === 0) return [];
  const label = form.find((f) => f.id === 'links')?.label.trim() ?? 'links';
  const names = unshown.map((l) => `"${l.label}: ${l.url}"`).join(', ');
  const known = Object.keys(images).join(', ');
  return [
    fieldProblem(
      'links',
      label,
      `This list shows each link as a badge, and has none for ${names}. Label each link as the list does (${known}); a GitHub stars badge needs a \`https://github.com/owner/name\` link, an arXiv badge an arXiv link. A maintainer can add a badge under \`link-images\` in .github/paper-list.yml.`,
    ),
  ];
}
