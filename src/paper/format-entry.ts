import { escapeBlockStart, escapeInline, escapeLineStart, escapeUrl } from './escape-markdown.js';
import type { EntryTemplate, Placeholder } from './entry-template.js';
import type { Paper } from './paper.js';

/**
 * Writes a paper as the lines of one entry, following the template, with `\n` line ends and no
 * final line end. A template line whose placeholders are all empty is left out, so the default
 * template's fourth line appears only when it has content.
 */
export function formatEntry(paper: Paper, template: EntryTemplate): string {
  const values = placeholderValues(paper, template.lineBreak);
  const lines: string[] = [];
  for (const parts of template.lines) {
    let line = '';
    let placed = 0;
    let filled = 0;
    for (const [index, part] of parts.entries()) {
      if (part.kind === 'text') {
        line += part.text;
      } else {
        placed += 1;
        const value = values[part.name];
        if (value !== '') filled += 1;
        // A value that begins the line (the authors, in the default format) must not begin a
        // heading, list item or quote there.
        line += index === 0 ? escapeBlockStart(value) : value;
      }
    }
    if (placed > 0 && filled === 0) continue;
    lines.push(line);
  }
  return lines.join('\n');
}

function placeholderValues(paper: Paper, lineBreak: string): Record<Placeholder, string> {
  const links = [
    ...(paper.paperUrl ? [{ label: 'Paper', url: paper.paperUrl }] : []),
    ...paper.links,
  ];
  const tags = [
    ...(paper.abbreviation ? [`[**${escapeInline(paper.abbreviation)}**]`] : []),
    ...(paper.rating ? [`[${paper.rating}]`] : []),
  ];
  return {
    title: escapeInline(paper.title),
    authors: paper.authors
      .map((a) => (a.url ? `[${escapeInline(a.name)}](${escapeUrl(a.url)})` : escapeInline(a.name)))
      .join(', '),
    venue: escapeInline(paper.venue),
    year: String(paper.date.year),
    links: links.map((l) => ` [[${escapeInline(l.label)}](${escapeUrl(l.url)})]`).join(''),
    paper: paper.paperUrl ? escapeUrl(paper.paperUrl) : '',
    abbreviation: paper.abbreviation ? escapeInline(paper.abbreviation) : '',
    rating: paper.rating ?? '',
    notes: paper.notes.map(escapeLineStart).join(`${lineBreak}\n`),
    tail: formatTail(tags, paper.notes, lineBreak),
  };
}

/**
 * The fourth line (docs/design.md, "The entry format"): abbreviation, rating and notes,
 * space-separated. Multi-line notes go on their own lines after the tags, joined by the line
 * break.
 */
function formatTail(tags: readonly string[], notes: readonly string[], lineBreak: string): string {
  if (notes.length <= 1) {
    const note = notes[0];
    if (note === undefined) return tags.join(' ');
    return tags.length > 0 ? `${tags.join(' ')} ${escapeInline(note)}` : escapeLineStart(note);
  }
  const head = tags.length > 0 ? [`${tags.join(' ')}${lineBreak}`] : [];
  return [...head, notes.map(escapeLineStart).join(`${lineBreak}\n`)].join('\n');
}
