// Venues a list writes without the emphasis its template puts around `{venue}`: `arXiv, 2020.`
// where conferences are `*ICCV*, 2021.` (THUYimingLi/backdoor-learning-resources).

import { venueEmphasis, type EntryTemplate } from '../paper/entry-template.js';
import { venueName } from '../paper/format-entry.js';
import { sampledEntries, type ListRead } from './list-read.js';

/**
 * The venue names, as most entries write them, that at least two entries show plain and more
 * entries show plain than enclosed; none when the template does not enclose `{venue}`.
 */
export function plainVenues({ format, list }: ListRead): string[] {
  const marker = templateVenueEmphasis(format.template);
  if (!marker) return [];
  const plain = new Map<string, { count: number; wrapped: number; name: string }>();
  for (const section of list.sections) {
    for (const entry of sampledEntries(section.block.entries)) {
      const text = section.file.text.slice(entry.start, entry.end);
      const venue = format.reader.fields(text)?.venue;
      if (!venue) continue;
      const name = venueName(venue);
      const key = name.toLowerCase();
      const seen = plain.get(key) ?? { count: 0, wrapped: 0, name };
      if (text.includes(`${marker}${venue}${marker}`)) seen.wrapped += 1;
      else seen.count += 1;
      plain.set(key, seen);
    }
  }
  return [...plain.values()]
    .filter((v) => v.count >= 2 && v.count > v.wrapped)
    .map((v) => v.name)
    .sort();
}

/** The emphasis marker the template encloses `{venue}` in (`*{venue}*`), if it does. */
function templateVenueEmphasis(template: EntryTemplate): string | undefined {
  for (const parts of template.lines) {
    const atoms = parts.flatMap((p) => (p.kind === 'optional' ? p.parts : [p]));
    const marker = atoms.map((_, i) => venueEmphasis(atoms, i)).find((m) => m !== undefined);
    if (marker) return marker;
  }
  return undefined;
}
