// Whether a record found by searching is the paper asked for: titles and author names compared
// once normalised. Shared by the DBLP search and by autofill, which compares answers the same way.

import { collapseSpaces } from '../paper/clean-text.js';

/** The paper a DBLP hit must be: its title and (at least one of) its authors. */
export interface WantedPaper {
  readonly title: string;
  readonly authors: readonly string[];
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

/** DBLP's JSON keeps XML entities from its records: `l&apos;injection`. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? entity;
    const code =
      name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    return Number.isInteger(code) && code > 0 && code <= 0x10ffff
      ? String.fromCodePoint(code)
      : entity;
  });
}

/**
 * Text reduced for matching titles and names: case, accents, punctuation (TeX `$` included)
 * and spacing ignored: `$ω$Test: WebView-Oriented…` and `ωTest: Webview oriented…` agree.
 */
export function matchKey(text: string): string {
  return decodeEntities(text)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toUpperCase()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Whether two titles are the same title, DBLP's final period and all. */
export function sameTitle(a: string, b: string): boolean {
  const key = (title: string) => matchKey(title).replace(/ /g, '');
  return key(a) !== '' && key(a) === key(b);
}

/** A DBLP name without its homonym number: `Kaiming He 0001` → `Kaiming He`. */
export function dblpName(name: string): string {
  return collapseSpaces(decodeEntities(name)).replace(/\s+\d{4}$/, '');
}

/** Whether two author names are the same person: equal, or same family name and initial. */
export function sameAuthor(a: string, b: string): boolean {
  const [x, y] = [matchKey(dblpName(a)).split(' '), matchKey(dblpName(b)).split(' ')];
  if (x.join(' ') === '' || y.join(' ') === '') return false;
  if (x.join(' ') === y.join(' ')) return true;
  return x.at(-1) === y.at(-1) && x[0]![0] === y[0]![0];
}

/**
 * The matcher: a candidate is the wanted paper when the titles are equal once normalised
 * (case, spacing, accents, punctuation) and at least one author matches.
 */
export function matchesPaper(candidate: WantedPaper, wanted: WantedPaper): boolean {
  return (
    sameTitle(candidate.title, wanted.title) &&
    candidate.authors.some((author) => wanted.authors.some((other) => sameAuthor(author, other)))
  );
}
