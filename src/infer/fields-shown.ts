// What a list's entries show of the form's fields, and the list's own example answers: read
// from the list, without the YAML the form is written in.

import type { ListFormat } from '../list/list-format.js';
import type { PaperList } from '../list/paper-list.js';
import {
  FILER_VALUES,
  placedValues,
  requiredValues,
  type EntryTemplate,
  type Placeholder,
} from '../paper/entry-template.js';
import { sampledEntries } from './list-read.js';

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
  repo: ['links'],
  arxiv: ['paper'],
};

/** The form fields the entries of a list show, with the templates of all its sections. */
export function fieldsShown(list: PaperList, format: ListFormat): Set<string> {
  const templates = list.sections.flatMap((s) => format.templateFor(s.block) ?? []);
  return fieldsUsed(templates.length > 0 ? templates : [format.template], format);
}

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
 * The filer's fields the entries of every section show outside an optional part: the form
 * requires them, as the bot does (a short name every entry has, written empty, leaves `****`);
 * stars every entry shows need the code's link, and an arXiv id the paper's arXiv link.
 */
export function fieldsRequired(list: PaperList, format: ListFormat): Set<string> {
  const templates = list.sections.flatMap((s) => format.templateFor(s.block) ?? []);
  const required = (templates.length > 0 ? templates : [format.template]).map(requiredValues);
  const names = FILER_VALUES.filter((name) => required.every((placed) => placed.has(name)));
  return new Set(names.flatMap((name) => FIELDS_OF[name]));
}

/** Fields whose answer a list writes in its own way, shown with the list's own example. */
const EXAMPLE_FIELDS = ['notes', 'abbreviation'] as const;

/**
 * An example answer for each field of {@link EXAMPLE_FIELDS} the list's entries show: the value
 * of its first entry that has one (`2015-02-25` for notes that are a date), by field id.
 */
export function listExamples(list: PaperList, format: ListFormat): Record<string, string> {
  const examples: Record<string, string> = {};
  for (const section of list.sections) {
    for (const entry of sampledEntries(section.block.entries)) {
      const fields = format.reader.fields(section.file.text.slice(entry.start, entry.end));
      for (const id of EXAMPLE_FIELDS) {
        const value = fields?.[id]?.trim();
        if (value && !(id in examples) && !value.includes('\n')) examples[id] = value;
      }
      if (EXAMPLE_FIELDS.every((id) => id in examples)) return examples;
    }
  }
  return examples;
}
