import { isMap, isSeq, parseDocument } from 'yaml';
import { SHIPPED_FORM_YAML } from '../form/shipped-form.js';
import { syncSectionOptions } from '../form/section-options.js';
import type { ListFormat } from '../list/list-format.js';
import { placedValues, type EntryTemplate, type Placeholder } from '../paper/entry-template.js';

/** The form fields each placeholder is answered by. */
const FIELDS_OF: Record<Placeholder, readonly string[]> = {
  title: ['title'],
  authors: ['authors'],
  venue: ['venue'],
  year: ['venue'],
  links: ['paper', 'links'],
  paper: ['paper'],
  abbreviation: ['abbreviation'],
  rating: ['rating'],
  notes: ['notes'],
  tail: ['abbreviation', 'rating', 'notes'],
  number: [],
};

/** The form fields a list's entries show: the title and section always, the others as placed. */
export function fieldsUsed(templates: readonly EntryTemplate[], format: ListFormat): Set<string> {
  const used = new Set(['title', 'section']);
  if (format.dateHeadings) used.add('venue');
  for (const template of templates) {
    for (const name of placedValues(template)) for (const id of FIELDS_OF[name]) used.add(id);
  }
  return used;
}

/**
 * The shipped issue form tailored to a list: only the fields its entries show, and the Section
 * dropdown naming its sections. `undefined` when the form cannot be edited (never for the
 * shipped one; the check keeps a broken edit from being written).
 */
export function tailorForm(
  used: ReadonlySet<string>,
  sections: readonly string[],
): string | undefined {
  const document = parseDocument(SHIPPED_FORM_YAML);
  const body = document.get('body');
  if (!isSeq(body)) return undefined;
  body.items = body.items.filter((item) => {
    const id = isMap(item) ? item.get('id') : undefined;
    return typeof id !== 'string' || used.has(id);
  });
  const synced = syncSectionOptions(document.toString(), sections, (option) =>
    sections.includes(option) ? option : undefined,
  );
  return synced.ok ? synced.edit.text : undefined;
}
