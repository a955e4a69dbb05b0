// `{links:Label}`: a placeholder for the links of one label (a table's Data column beside its
// Code column), beside `{links}` for the others.

import type { EntryTemplate, TemplateAtom } from './entry-template.js';

/** What a placeholder's value is kept under: its name, or `links:data` for `{links:Data}`. */
export function valueKey(atom: Extract<TemplateAtom, { kind: 'value' }>): string {
  return atom.label === undefined ? atom.name : `${atom.name}:${atom.label.toLowerCase()}`;
}

/** The labels of the template's `{links:Label}` placeholders, as it spells them. */
export function linkLabels(template: EntryTemplate): string[] {
  const labels: string[] = [];
  for (const parts of template.lines) {
    for (const part of parts) {
      const atoms = part.kind === 'optional' ? part.parts : [part];
      for (const atom of atoms) if (atom.kind === 'value' && atom.label) labels.push(atom.label);
    }
  }
  return labels;
}
