// `{links:Label}`: a placeholder for the links of one label (a table's Data column beside its
// Code column), beside `{links}` for the others.

import { valueAtoms, type EntryTemplate, type TemplateAtom } from './entry-template.js';

/** What a placeholder's value is kept under: its name, or `links:data` for `{links:Data}`. */
export function valueKey(atom: Extract<TemplateAtom, { kind: 'value' }>): string {
  return atom.label === undefined ? atom.name : `${atom.name}:${atom.label.toLowerCase()}`;
}

/** The labels of the template's `{links:Label}` placeholders, as it spells them. */
export function linkLabels(template: EntryTemplate): string[] {
  return valueAtoms(template).flatMap((atom) => (atom.label ? [atom.label] : []));
}
