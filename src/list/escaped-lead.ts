import type { EntryTemplate } from '../paper/entry-template.js';

/**
 * What may stand before an entry's first character as its template writes it: a backslash, where
 * the template opens with a parenthesis (`\(Arxiv 24.05.07) Title`: Markdown shows it as `(`, and
 * yyyujintang/Awesome-Mamba-Papers writes a fifth of its entries so). A regular expression source.
 */
export function escapedLead(template: EntryTemplate): string {
  const first = template.lines[0]?.[0];
  return first?.kind === 'text' && first.text.trimStart().startsWith('(') ? '\\\\?' : '';
}
