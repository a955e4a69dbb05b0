// Values a list labels where the rest of an entry's skeleton would keep text literal: a venue
// labelling the paper's link (`[[CVPR](url)] Title.`), and a labelled line of free text under an
// entry's first (`  - Keyword: DPO, LLMs`).

import { canonicalVenue } from '../metadata/venue-names.js';
import { arxivId } from '../paper/paper-identity.js';
import type { Used } from './classify-text.js';
import type { Piece } from './line-pieces.js';
import { isLinkLabel, isLinkWord } from './link-run.js';
import { parseVenueDate } from '../paper/parse-venue-date.js';

/**
 * A link whose label is a venue the bot knows: the venue, linking the paper. Before the title
 * (`[[CVPR](url)] Title.`), or after it with its year (`Title [[AAAI2019]](url)`, the label in
 * brackets of its own), where a name alone more often says what a link is. `arXiv` labels a link
 * to the paper more often than it names a venue.
 */
export function venueLink(piece: Piece, used: Used): string | undefined {
  const taken = (['venue', 'year', 'paper'] as const).some((name) => used.has(name));
  if (piece.kind !== 'link' || taken) return undefined;
  const bracketed = /^\[([^[\]]+)\]$/.exec(piece.label.trim());
  const label = (bracketed?.[1] ?? piece.label).trim();
  // A venue's name is a short capitalised label, not a kind of link: only those are looked up.
  const named = isLinkLabel(label) && /^[A-Z0-9]/.test(label) && !isLinkWord(label);
  if (!named || canonicalVenue(label.replace(YEAR_AT_END, '')) === undefined) return undefined;
  if (used.has('title') && parseVenueDate(label) === undefined) return undefined;
  used.add('venue').add('paper');
  return bracketed ? '[[{venue}]]({paper})' : '[{venue}]({paper})';
}

/**
 * A link to the paper labelled with its arXiv id (`[\\[arXiv:2206.07117\\]](url)`, in brackets
 * escaped or not): the id is `{arxiv}`, the link `{paper}`.
 */
export function arxivIdLink(piece: Piece, used: Used): string | undefined {
  if (piece.kind !== 'link' || used.has('paper') || used.has('arxiv')) return undefined;
  const match = ARXIV_ID_LABEL.exec(piece.label);
  if (!match) return undefined;
  used.add('paper').add('arxiv');
  return `[${match[1]}{arxiv}${match[2]}]({paper})`;
}

/** An arXiv id written out as a link's label, kept apart from what encloses it. */
const ARXIV_ID_LABEL = /^(\\?\[?arxiv:[ \t]*)\d{4}\.\d{4,5}(?:v\d+)?(\\?\]?)$/i;

/** A year ending a venue's label, glued or not: `AAAI2019`, `CVPR 2019`, `ECCV'18`. */
const YEAR_AT_END = /[\s'’]*(?:(?:19|20)\d\d|\d\d)$/;

/** A line under the first that labels free text: `Keyword: Online RL, Bandits, LLMs`. */
const FIELD_LINE =
  /^((?:\p{Lu}[\p{L}-]*)(?: [\p{L}-]+){0,2}:[ \t]+)([^\s[\]()<>*_`|][^[\]()<>*_`|\n]*)$/u;

/**
 * A line under the first that gives a labelled field in free text (`Keyword: Online RL, LLMs`),
 * differing from entry to entry: the notes, so that entries alike but for it read alike. Not a
 * line of authors or one holding a year (a venue), which the other values read.
 */
export function fieldLine(content: string, used: Used): string | undefined {
  const match = FIELD_LINE.exec(content);
  if (!match || used.has('notes')) return undefined;
  if (/author/i.test(match[1]!) || /(?:19|20)\d\d/.test(match[2]!)) return undefined;
  used.add('notes');
  return `${match[1]}{notes}`;
}

/** A short name and a separator before a linked title: `3D-GAN - [Title](url)`. */
const NAME_BEFORE = /^([\p{L}\p{N}][\p{L}\p{N}.+_-]{0,30})([ \t]+[-–—][ \t]+|[ \t]*:[ \t]+)$/u;

/**
 * The text opening an entry before its linked title, when it is one short name and a separator
 * (`3D-GAN - [Learning a Latent Space](url)`): the short name. A year or a venue is not one.
 */
export function nameBeforeTitle(
  piece: Piece,
  next: Piece | undefined,
  used: Used,
): string | undefined {
  if (piece.kind !== 'text' || next?.kind !== 'link' || used.has('abbreviation')) return undefined;
  const match = NAME_BEFORE.exec(piece.raw);
  if (!match || !/\p{L}/u.test(match[1]!) || next.label.trim().split(/\s+/).length < 3)
    return undefined;
  if (canonicalVenue(match[1]!) !== undefined) return undefined;
  used.add('abbreviation');
  return `{abbreviation}${match[2]}`;
}

/**
 * The entry's arXiv id where it writes it out as text (`[arXiv:2501.16295] **Title**`), the id
 * of its arXiv link: `{arxiv}`. Left literal, it made each such entry a skeleton of its own.
 */
export function withArxivId(source: string, lines: readonly string[]): string {
  const id = lines.map(arxivId).find((found) => found !== undefined);
  if (!id || source.includes('{arxiv}')) return source;
  // Looked for as text, not with a pattern made for each entry: most entries hold no id.
  const at = source.toLowerCase().indexOf(id);
  // Not inside another word or address, but in an arXiv address the template keeps (a badge's).
  const inAddress = /arxiv\.org\/(?:abs|pdf)\/$/i.test(source.slice(0, at));
  if (at === -1 || (!inAddress && /[\w./]/.test(source[at - 1] ?? ''))) return source;
  const version = /^v\d+/.exec(source.slice(at + id.length))?.[0] ?? '';
  const end = at + id.length + version.length;
  if (/[\w/]/.test(source[end] ?? '')) return source;
  return `${source.slice(0, at)}{arxiv}${source.slice(end)}`;
}
