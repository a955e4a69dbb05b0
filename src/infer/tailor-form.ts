import { isMap, isSeq, parseDocument } from 'yaml';
import { SHIPPED_FORM_YAML } from '../form/shipped-form.js';
import { syncSectionOptions } from '../form/section-options.js';
import { parseLoneDate } from '../paper/parse-venue-date.js';

/**
 * The shipped issue form tailored to a list: only the fields its entries show, those of
 * `required` required, each of `examples` (by field id) as its placeholder, the Section
 * dropdown naming its sections, and the link labels the list gives a column or a badge of their own.
 * `undefined` when the form cannot be edited (never for the shipped one; the check keeps a broken
 * edit from being written).
 */
export function tailorForm(
  used: ReadonlySet<string>,
  sections: readonly string[],
  examples: Readonly<Record<string, string>> = {},
  required: ReadonlySet<string> = new Set(),
  linkLabels: readonly string[] = [],
  /** The labels the list shows a badge for, where it shows its links as badges. */
  badgeLabels: readonly string[] = [],
): string | undefined {
  const document = parseDocument(SHIPPED_FORM_YAML);
  const body = document.get('body');
  if (!isSeq(body)) return undefined;
  body.items = body.items.filter((item) => {
    const id = isMap(item) ? item.get('id') : undefined;
    return typeof id !== 'string' || used.has(id);
  });
  for (const item of body.items) {
    const id = isMap(item) ? item.get('id') : undefined;
    if (id === 'links' && linkLabels.length > 0 && isMap(item)) {
      const said = String(item.getIn(['attributes', 'description']) ?? '');
      const named = linkLabels.map((l) => `\`${l}: https://...\``).join(', ');
      item.setIn(
        ['attributes', 'description'],
        `${said.trim()} This list gives links labelled so a column of their own: ${named}.`,
      );
    }
    if (id === 'links' && badgeLabels.length > 0 && isMap(item)) {
      const said = String(item.getIn(['attributes', 'description']) ?? '');
      const named = badgeLabels.map((l) => `\`${l}\``).join(', ');
      item.setIn(
        ['attributes', 'description'],
        `${said.trim()} This list shows each link as the badge of its label (${named}): label your links so, as a link of another label has no badge to show.`,
      );
    }
    if (typeof id === 'string' && required.has(id) && isMap(item)) {
      item.setIn(['validations', 'required'], true);
    }
    const example = typeof id === 'string' ? examples[id] : undefined;
    if (example === undefined || !isMap(item)) continue;
    item.setIn(['attributes', 'placeholder'], example);
    if (id === 'notes' && parseLoneDate(example)) {
      const said = String(item.getIn(['attributes', 'description']) ?? '');
      item.setIn(
        ['attributes', 'description'],
        `${said.trim()} This list notes a date here, such as ${example}.`,
      );
    }
  }
  const synced = syncSectionOptions(document.toString(), sections, (option) =>
    sections.includes(option) ? option : undefined,
  );
  return synced.ok ? synced.edit.text : undefined;
}
