// Recognises the values inside a run of plain text: a venue with its year, a bare year, a list of
// author names. What is not recognised stays literal text of the template.

import type { Placeholder } from '../paper/entry-template.js';
import { monthNumber } from '../paper/month-names.js';

/** Placeholders already used in the entry: each value appears once. */
export type Used = Set<Placeholder>;

// A "." ends a segment unless it ends an initial (`K. He`) or `et al.` (then it is the value's own,
// and the blank after it ends the segment). A hard line break (` \\` at the end) ends one too, and
// an HTML tag (` <br>`, `<ins>`, `</ins>`).
const DELIMITER =
  /(\s*[()[\]{};|]\s*|,\s+|(?<!(?:^|\s)\p{Lu}|\bal)\.\s+|(?<=\bet al\.)\s+|(?<!\bal)\.$|\s+[-–—]\s+|\s*\\$|\s*<\/?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>\n]*)?\/?>\s*|^\s+|\s+$)/u;
const VENUE_NAME = /^(?:arxiv|[A-Z][\w&+-]*(?:\s+[A-Z][\w&+-]*){0,2})$/i;
export const YEAR = /^(?:19|20)\d\d$/;
const VENUE =
  /^(?:[A-Za-z][\w&+'’./-]*,?\s+){1,6}(?:19|20)\d\d(?:\.\d{1,2})?(?:\s+[A-Z][\w-]*){0,2}$|^[A-Z][\w&+-]*(?:(?:19|20)\d\d|['’‘]\d\d)$|^(?:[A-Z][\w&+-]*\s+){0,3}[A-Z][\w&+-]* ?['’‘] ?\d\d$|^[aA][rR][xX][iI][vV][\s:]+\d\d[./]\d\d(?:[./]\d\d)?$/;
const PARTICLE = /^(?:van|von|de|der|den|da|di|du|del|dos|le|la|el|bin|al|ten|ter|y)$/;
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’-]*\.?|\p{Lu}\.(?:-?\p{Lu}\.)*|et|al\.?)$/u;

/** Whether a text is one author's name (`Jierun Chen`, `A. Krizhevsky`, `Y. LeCun et al.`). */
export function isName(text: string): boolean {
  const words = text.trim().replace(/\*$/, '').split(/\s+/);
  if (words.length === 0 || words.length > 6 || words[0] === '') return false;
  return words.every((w) => NAME_WORD.test(w) || PARTICLE.test(w)) && /\p{Lu}/u.test(words[0]!);
}

/** Whether a text is a list of names: `A, B and C`, `A et al.`, `A & B`. */
export function isNameList(text: string): boolean {
  const trimmed = text
    .trim()
    .replace(/\.$/, '')
    .replace(/^and\s+/, '');
  const names = trimmed.split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/).filter((n) => n !== '');
  // One capitalised word alone (`Preprint`) is too weak to call an author list.
  const strong = names.length > 1 || /\s/.test(trimmed) || /et al/.test(trimmed);
  return strong && names.length > 0 && names.every(isName);
}

/** Whether a text is a venue with its year: `CVPR 2019`, `NeurIPS 2020 Oral`, `arXiv 2023`. */
export function isVenue(text: string): boolean {
  return VENUE.test(text.trim()) && /^(?:\p{Lu}|[aA][rR][xX][iI][vV])/u.test(text.trim());
}

/**
 * The template of a run of plain text: the venue, year and authors it holds become placeholders
 * (each once per entry), everything else stays literal.
 */
export function classifyText(text: string, used: Used): string {
  const dated = yearVenuePrefix(text, used);
  if (dated !== undefined) return dated;
  const parts = text.split(DELIMITER);
  let out = '';
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i]!;
    if (i % 2 === 1 || part === '') {
      out += part;
      continue;
    }
    const names = namesFrom(parts, i);
    if (names >= i && !used.has('authors')) {
      used.add('authors');
      out += '{authors}';
      i = names;
      continue;
    }
    if (isMonthBeforeYear(parts, i, used)) {
      // `Dec., 2024`: when a preprint appeared, written where others write `CVPR 2024`.
      used.add('venue');
      out += '{venue}';
      i += 2;
      continue;
    }
    if (isVenueBeforeYear(parts, i, used)) {
      used.add('venue').add('year');
      out += `{venue}${parts[i + 1]}{year}`;
      i += 2;
      continue;
    }
    out += valueOf(part, used) ?? part;
  }
  return out;
}

/** `2016-ICLR-` before a title: the year, then a venue's name, joined by dashes. */
const YEAR_VENUE = /^([ \t]*)((?:19|20)\d\d)-([A-Z][\w&+]{1,15})-$/;

function yearVenuePrefix(text: string, used: Used): string | undefined {
  const match = YEAR_VENUE.exec(text);
  if (!match || used.has('year') || used.has('venue') || !isVenue(`${match[3]} ${match[2]}`))
    return undefined;
  used.add('year').add('venue');
  return `${match[1]}{year}-{venue}-`;
}

/** The index of the last segment of a run of names starting at segment `i`, or `i - 1`. */
function namesFrom(parts: readonly string[], i: number): number {
  let last = i - 1;
  for (let j = i; j < parts.length; j += 2) {
    if (!isNameList(parts[j]!)) break;
    last = j;
    const delimiter = parts[j + 1];
    if (delimiter === undefined || !/^,\s+$/.test(delimiter)) break;
  }
  return last;
}

/** `Dec., 2024`, `July, 2023`: a month's name, then its year after a comma. */
function isMonthBeforeYear(parts: readonly string[], i: number, used: Used): boolean {
  if (used.has('venue') || used.has('year')) return false;
  const delimiter = parts[i + 1];
  return (
    /^[A-Za-z]{3,9}\.?$/.test(parts[i]!) &&
    monthNumber(parts[i]!.replace(/\.$/, '')) !== undefined &&
    delimiter !== undefined &&
    /^,\s+$/.test(delimiter) &&
    YEAR.test(parts[i + 2] ?? '')
  );
}

/** `arXiv, 2019` and `CVPR 2019` split by a comma: the venue's name, then its year. */
function isVenueBeforeYear(parts: readonly string[], i: number, used: Used): boolean {
  if (used.has('venue') || used.has('year')) return false;
  const delimiter = parts[i + 1];
  return (
    VENUE_NAME.test(parts[i]!) &&
    delimiter !== undefined &&
    /^,\s+$/.test(delimiter) &&
    YEAR.test(parts[i + 2] ?? '')
  );
}

/**
 * `30 Oct 2023`, `2023-10-30`, `2023.5`, `2025/03/27`: a date standing on its own, which entries
 * show as a note (when the paper appeared, or was added).
 */
const DAY =
  /^(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d|(?:19|20)\d\d([./])\d{1,2}(?:\1\d{1,2})?)$/;

function valueOf(part: string, used: Used): string | undefined {
  if (DAY.test(part) && !used.has('notes')) {
    used.add('notes');
    return '{notes}';
  }
  if (YEAR.test(part) && !used.has('year') && !used.has('venue')) {
    used.add('year');
    return '{year}';
  }
  if (isVenue(part) && !used.has('venue') && !used.has('year')) {
    used.add('venue');
    return '{venue}';
  }
  return undefined;
}
