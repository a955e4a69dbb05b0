// A blank ending an entry's first line is a slip some entries carry, not part of the format,
// unless most entries end it so: new entries are written without it where most are.
import { lineEnd } from '../list/text-lines.js';

/**
 * The template with the single blank ending its first line dropped when fewer than half of the
 * sampled entries' first lines end with a blank. Two blanks or more (a Markdown line break) stay.
 */
export function withFirstLineEnd(template: string, sample: readonly string[]): string {
  const end = template.indexOf('\n');
  const first = end === -1 ? template : template.slice(0, end);
  if (!/[^ \t][ \t]$/.test(first) || sample.length === 0) return template;
  const blank = sample.filter((entry) => /[ \t]$/.test(entry.slice(0, lineEnd(entry)))).length;
  if (blank * 2 >= sample.length) return template;
  return first.slice(0, -1) + (end === -1 ? '' : template.slice(end));
}
