import { escapeBlockStart, escapeInline, escapeLineStart, escapeUrl } from './escape-markdown.js';
import { linkLabels, valueKey } from './link-labels.js';
import {
  placedValues,
  venueEmphasis,
  type AuthorFormat,
  type EntryTemplate,
  type LinkFormat,
  type TemplateAtom,
  type TemplatePart,
} from './entry-template.js';
import { githubRepo } from './github-repo.js';
import { linkImage } from './link-images.js';
import { paperArxivId } from './paper-identity.js';
import type { Paper, PaperLink } from './paper.js';

/**
 * Writes a paper as the lines of one entry, following the template, with `\n` line ends and no
 * final line end. A template line whose placeholders are all empty is left out, so the default
 * template's fourth line appears only when it has content; an optional part (`{[ ... ]}`) is
 * written only when all its placeholders have values. `number` fills `{number}` (the place in a
 * numbered list; 1 until the insertion knows it). An optional part of text alone is written when
 * the optional part before it is. A blank template line is written only between written lines.
 */
export function formatEntry(paper: Paper, template: EntryTemplate, number = 1): string {
  const values = placeholderValues(paper, template, number);
  const plain = isPlainVenue(paper.venue, template.plainVenues);
  const lines: string[] = [];
  for (const parts of template.lines) {
    const line = new LineWriter(values, template.stopAfterTitleMark ?? false);
    const atoms = lineAtoms(parts, values);
    for (const atom of plain ? withoutVenueEmphasis(atoms) : atoms) line.write(atom);
    if (line.placed > 0 && line.filled === 0) continue;
    // A line of optional parts none of which is written is left out too, not written blank.
    if (line.text.trim() === '' && parts.some((p) => p.kind === 'optional')) continue;
    // A blank line stands between written lines: not after another, once a line between is out.
    if (line.text.trim() === '' && lines.at(-1)?.trim() === '') continue;
    lines.push(line.text);
  }
  // Nor at the end, once the lines after it are out.
  while (lines.length > 1 && lines.at(-1)!.trim() === '') lines.pop();
  return lines.join('\n');
}

/**
 * The atoms of a template line as written: each optional part's, or its fallback, or none. A part
 * of text alone goes with the optional part before it. A part left out right after the line's
 * indent takes with it the blanks that part it from the text after it (`  {[[[pdf]]({paper})]}
 * [[code]](url)` writes `  [[code]](url)` for a paper without a link).
 */
function lineAtoms(parts: readonly TemplatePart[], values: Values): TemplateAtom[] {
  const atoms: TemplateAtom[] = [];
  // Whether the last optional part was written, and whether one left out follows the indent.
  let written = false;
  let afterIndent = false;
  for (const part of parts) {
    if (part.kind !== 'optional') {
      const trimmed = afterIndent && part.kind === 'text';
      atoms.push(trimmed ? { kind: 'text', text: part.text.replace(/^[ \t]+/, '') } : part);
      afterIndent = false;
      continue;
    }
    if (part.parts.some((a) => a.kind === 'value')) written = isWritten(part.parts, values);
    if (written) atoms.push(...part.parts);
    else if (part.fallback !== undefined) atoms.push({ kind: 'text', text: part.fallback });
    afterIndent =
      !written &&
      part.fallback === undefined &&
      atoms.length > 0 &&
      atoms.every((a) => a.kind === 'text' && /^[ \t]*$/.test(a.text));
  }
  return atoms;
}

/** Whether the venue is one the list writes without the emphasis around `{venue}` (`arXiv`). */
function isPlainVenue(venue: string, plainVenues: readonly string[] = []): boolean {
  const name = venueName(venue).toLowerCase();
  return plainVenues.some((plain) => plain.toLowerCase() === name);
}

/** The atoms with the emphasis markers that enclose `{venue}` (`*{venue}*`) left out. */
function withoutVenueEmphasis(atoms: readonly TemplateAtom[]): TemplateAtom[] {
  const out = [...atoms];
  atoms.forEach((_, i) => {
    const marker = venueEmphasis(atoms, i);
    const before = atoms[i - 1];
    const after = atoms[i + 1];
    if (!marker || before?.kind !== 'text' || after?.kind !== 'text') return;
    out[i - 1] = { kind: 'text', text: before.text.slice(0, -marker.length) };
    out[i + 1] = { kind: 'text', text: after.text.slice(marker.length) };
  });
  return out;
}

/**
 * Whether an optional part is written: when its values are all there, the links aside (a part
 * with the paper's link and then the other links is written for the paper's link alone).
 */
function isWritten(atoms: readonly TemplateAtom[], values: Values): boolean {
  const placed = atoms.flatMap((a) => (a.kind === 'value' ? [a] : []));
  const needed = placed.length > 1 ? placed.filter((a) => a.name !== 'links') : placed;
  return needed.every((atom) => (values[valueKey(atom)] ?? '') !== '');
}

/** Each placeholder's value, by {@link valueKey}. */
type Values = Readonly<Record<string, string>>;

/** One template line being written. */
class LineWriter {
  text = '';
  placed = 0;
  filled = 0;
  /** Whether the last atom written is the title. */
  private afterTitle = false;
  constructor(
    private readonly values: Values,
    private readonly stopAfterTitleMark: boolean,
  ) {}

  write(atom: TemplateAtom): void {
    const afterTitle = this.afterTitle;
    this.afterTitle = atom.kind === 'value' && atom.name === 'title';
    if (atom.kind === 'text') {
      // A title ending in "?" or "." is not followed by the template's own "." (or ";"), unless
      // the list writes "?." throughout.
      const kept = afterTitle && this.stopAfterTitleMark && /[?!]$/.test(this.text);
      this.text +=
        !kept && /[.?!]$/.test(this.text) && /^[.;]/.test(atom.text)
          ? atom.text.slice(1)
          : atom.text;
      return;
    }
    this.placed += 1;
    const given = this.values[valueKey(atom)] ?? '';
    const value = atom.name === 'links' ? linksAfter(this.text, given) : given;
    if (value !== '') this.filled += 1;
    // A value that begins the line (the authors, in the default format) must not begin a
    // heading, list item or quote there.
    this.text += /^[ \t]*$/.test(this.text) ? escapeBlockStart(value) : value;
  }
}

/**
 * Links as written after `text`: links that open a cell or follow a space do not bring their own
 * leading space, and links one a line that open their line (no paper's link before them) do not
 * open another line.
 */
function linksAfter(text: string, links: string): string {
  if (text === '' && links.startsWith('\n')) return links.slice(1);
  // After the line's indent alone, the line has its indent: the links keep theirs off.
  if (/^[ \t]+$/.test(text) && links.startsWith('\n')) return links.slice(1).replace(/^[ \t]+/, '');
  return /(?:^|[ \t|])$/.test(text) ? links.replace(/^[ \t]+/, '') : links;
}

function placeholderValues(paper: Paper, template: EntryTemplate, number: number): Values {
  const lineBreak = template.lineBreak;
  const placed = placedValues(template);
  const pairs: PaperLink[] = [
    ...(paper.paperUrl && !template.lines.flat().some(isPaper)
      ? [{ label: 'Paper', url: paper.paperUrl }]
      : []),
    ...paper.links,
  ];
  const tags = [
    ...(paper.abbreviation ? [`[**${escapeInline(paper.abbreviation)}**]`] : []),
    ...(paper.rating ? [`[${paper.rating}]`] : []),
  ];
  return {
    title: escapeInline(paper.title),
    authors: joinAuthors(
      paper.authors.map((a) =>
        a.url ? `[${escapeInline(a.name)}](${escapeUrl(a.url)})` : escapeInline(a.name),
      ),
      template.authors,
    ),
    venue: escapeInline(
      placed.has('year') || template.venuesYearless ? venueName(paper.venue) : paper.venue,
    ),
    year: paper.date ? String(paper.date.year) : '',
    ...linkValues(pairs, template),
    paper: paper.paperUrl ? escapeUrl(paper.paperUrl) : '',
    abbreviation: paper.abbreviation ? escapeInline(paper.abbreviation) : '',
    rating: paper.rating ?? '',
    // The first line of the notes stands where the template puts it (escaped there if that starts
    // a line); the others start lines of their own.
    notes: paper.notes
      .map((note, i) => (i === 0 ? escapeInline(note) : escapeLineStart(note)))
      .join(`${lineBreak}\n`),
    tail: formatTail(tags, paper.notes, lineBreak),
    number: String(number),
    repo: githubRepo(paper.links) ?? '',
    arxiv: paperArxivId(paper) ?? '',
  };
}

/**
 * The venue without its year, for templates that place the year on its own (`*CVPR*, 2019`):
 * `CVPR 2019` → `CVPR`. A venue that is only a year stays as it is.
 */
export function venueName(venue: string): string {
  const name = venue
    .replace(/(?<!\d)(?:19|20)\d\d(?!\d)/, '')
    .replace(/\s{2,}/g, ' ')
    .replace(/^[\s,]+|[\s,]+$/g, '');
  return name === '' ? venue : name;
}

/** `A, B and C`: the list's separators, its own before the last author. */
function joinAuthors(names: readonly string[], format: AuthorFormat): string {
  if (names.length <= 1) return names.join('');
  const last = format.last;
  // Two authors take the separator before the last, less its comma (`A and B`, not `A, and B`).
  if (names.length === 2) return names.join(last.replace(/^,(?=\s+\S)/, ''));
  return `${names.slice(0, -1).join(format.separator)}${last}${names[names.length - 1]}`;
}

/** Whether a part places `{paper}` on its own (then `{links}` does not repeat it). */
function isPaper(part: EntryTemplate['lines'][number][number]): boolean {
  if (part.kind === 'optional') return part.parts.some(isPaper);
  return part.kind === 'value' && part.name === 'paper';
}

/**
 * `{links}`, and each `{links:Label}`: the links labelled so (case aside), spelt as the template
 * spells the label; `{links}` holds the others.
 */
function linkValues(links: readonly PaperLink[], template: EntryTemplate): Record<string, string> {
  const labels = linkLabels(template);
  const claimed = new Set(labels.map((l) => l.toLowerCase()));
  const values: Record<string, string> = {
    links: formatLinks(
      links.filter((l) => !claimed.has(l.label.toLowerCase())),
      template.links,
    ),
  };
  for (const label of labels) {
    const own = links.filter((l) => l.label.toLowerCase() === label.toLowerCase());
    values[`links:${label.toLowerCase()}`] = formatLinks(
      own.map((l) => ({ ...l, label })),
      template.links,
    );
  }
  return values;
}

function formatLinks(links: readonly PaperLink[], format: LinkFormat): string {
  return links
    .map((l) =>
      format.item
        .replace('{label}', () => escapeInline(l.label))
        .replace('{url}', () => escapeUrl(l.url))
        .replace('{image}', () => linkImage(l.label, l.url, format.images ?? {}) ?? ''),
    )
    .join(format.separator);
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
