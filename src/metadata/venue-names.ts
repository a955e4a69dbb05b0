// Venue spelling: from what a source calls a venue to the short name a list writes, and from
// the canonical short name to the list's own spelling (`NIPS` for a list that writes `NIPS`).

import { VENUE_ALIASES } from './venue-aliases.js';

/** A name reduced for lookups: no accents, case or punctuation, single spaces. */
function venueKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Words around a venue's name that do not tell venues apart. */
const NOISE = /^(?:(?:19|20)\d\d|\d+(?:st|nd|rd|th)|proceedings|of|the|ieee|cvf|acm|annual|in)$/;

/** The key without the words that do not tell venues apart (`Proceedings of the`, years). */
function bareKey(name: string): string {
  return venueKey(name)
    .split(' ')
    .filter((word) => !NOISE.test(word))
    .join(' ');
}

function aliasMap(key: (name: string) => string): ReadonlyMap<string, string> {
  return new Map(
    VENUE_ALIASES.flatMap(({ canonical, aliases }) =>
      [canonical, ...aliases].map((alias) => [key(alias), canonical] as const),
    ),
  );
}

// Built when a venue is first looked up (about 3 ms): reading and sorting a list never does.
let byKey: ReadonlyMap<string, string> | undefined;
let byBareKey: ReadonlyMap<string, string> | undefined;

const DBLP_KEY = /^((?:conf|journals)\/[^/]+)(?:\/|$)/;
const OPENREVIEW_GROUP = /^([^/]+(?:\/[A-Z][^/]*)?)\/(?:19|20)\d\d(?:\/|$)/;
const ACRONYM_IN_PARENTHESES = /\(([A-Za-z][\w-]*?)(?:\s*'?\d{2,4})?\)/;
function lookup(name: string): string | undefined {
  byKey ??= aliasMap(venueKey);
  return byKey.get(venueKey(name));
}

/**
 * The name without a DBLP volume (`ECCV (12)`), then without a trailing volume number or year
 * after a space. Read from the end, not by patterns: `\s*` before them is quadratic on a long
 * run of spaces, and the name comes from a source.
 */
export function withoutVolume(name: string): string {
  let shown = name.trimEnd();
  const volume = digitsBefore(shown, shown.length - 1);
  if (shown.endsWith(')') && volume < shown.length - 1 && shown[volume - 1] === '(') {
    shown = shown.slice(0, volume - 1).trimEnd();
  }
  const number = digitsBefore(shown, shown.length);
  if (number < shown.length && /\s/.test(shown[number - 1] ?? '')) shown = shown.slice(0, number);
  return shown.trim();
}

/** Where the run of ASCII digits that ends at `end` starts (`end` when there is none). */
function digitsBefore(text: string, end: number): number {
  let start = end;
  while (start > 0 && text.charCodeAt(start - 1) >= 48 && text.charCodeAt(start - 1) <= 57)
    start -= 1;
  return start;
}

/**
 * The canonical short name of a venue as any source names it: a DBLP key (`conf/cvpr/HeZRS16`),
 * a DBLP venue (`ECCV (12)`), a Semantic Scholar or Crossref name (`Neural Information
 * Processing Systems`, `2016 IEEE Conference on Computer Vision and Pattern Recognition (CVPR)`),
 * an OpenReview venue id (`ICLR.cc/2024/Conference`) or a list's spelling (`NIPS`).
 *
 * Returns `undefined` for a venue the built-in table does not know; callers then keep the
 * source's own name.
 */
export function canonicalVenue(name: string): string | undefined {
  const trimmed = name.trim();
  const dblp = DBLP_KEY.exec(trimmed);
  if (dblp) return lookup(dblp[1]!);
  const group = OPENREVIEW_GROUP.exec(trimmed);
  if (group) return lookup(group[1]!);
  const acronym = ACRONYM_IN_PARENTHESES.exec(trimmed)?.[1];
  const glued = GLUED_YEAR.exec(trimmed)?.[1];
  return (
    lookup(trimmed) ??
    lookup(withoutVolume(trimmed)) ??
    (acronym === undefined ? undefined : lookup(acronym)) ??
    (byBareKey ??= aliasMap(bareKey)).get(bareKey(withoutVolume(trimmed))) ??
    (glued === undefined ? undefined : lookup(glued))
  );
}

/** A name with its year's last two digits glued on: `ECCV24`, `AAAI23`. */
const GLUED_YEAR = /^(\p{L}[\p{L}-]{1,15}?)\d\d$/u;

/**
 * A venue as a list writes it: the canonical short name (or the source's name, without a DBLP
 * volume, when the venue is not in the table) followed by the year: `CVPR 2023`.
 */
export function venueLabel(name: string, year?: number): string | undefined {
  const short = canonicalVenue(name) ?? withoutVolume(name.replace(/\s+/g, ' '));
  if (short === '') return undefined;
  return year === undefined ? short : `${short} ${year}`;
}

interface VenueParts {
  readonly name: string;
  readonly year: number;
  /** What follows the name: ` 2023`, ` 2024 Oral`. */
  readonly rest: string;
}

const NAME_AND_YEAR = /^(.*?\S)[\s']*((?:19|20)\d\d)(?!\d)(.*)$/;

function splitVenue(venue: string): VenueParts | undefined {
  const match = NAME_AND_YEAR.exec(venue.trim());
  if (!match) return undefined;
  const name = match[1]!.replace(/'$/, '');
  return { name, year: Number(match[2]), rest: venue.trim().slice(name.length) };
}

function sameVenue(a: string, b: string): boolean {
  return (canonicalVenue(a) ?? venueKey(a)) === (canonicalVenue(b) ?? venueKey(b));
}

/**
 * The venue in the list's own spelling. `venue` is what a source gave (`NeurIPS 2023`,
 * `ICLR 2024 Oral`); `listVenues` are the venues the list already holds (`NIPS 2018`,
 * `NeurIPS 2022`). The name is replaced by the spelling the list uses for the same venue in
 * the year nearest to the paper's (ties go to the spelling used most often, then the first
 * seen), so a list that writes `NIPS` gets `NIPS`. A venue the list never names is returned
 * unchanged.
 */
export function listSpelling(venue: string, listVenues: readonly string[]): string {
  const parts = splitVenue(venue);
  if (!parts) return venue;
  const uses = new Map<string, { count: number; distance: number; order: number }>();
  for (const listVenue of listVenues) {
    const listParts = splitVenue(listVenue);
    if (!listParts || !sameVenue(listParts.name, parts.name)) continue;
    const distance = Math.abs(listParts.year - parts.year);
    const use = uses.get(listParts.name);
    if (use) {
      use.count += 1;
      use.distance = Math.min(use.distance, distance);
    } else {
      uses.set(listParts.name, { count: 1, distance, order: uses.size });
    }
  }
  const best = [...uses.entries()].sort(
    ([, a], [, b]) => a.distance - b.distance || b.count - a.count || a.order - b.order,
  )[0];
  return best ? `${best[0]}${parts.rest}` : venue;
}
