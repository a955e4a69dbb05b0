// Whole-entry matches, kept per compiled pattern: inference and a pass over a list ask one entry
// several things in turn.

import { matchEntry, type EntryFields, type EntryPattern } from './entry-pattern.js';
import type { EntryMatches } from './entry-reader.js';
import { paddedRow } from './short-rows.js';
import type { TableShape } from './table-format.js';

/** The matcher of a compiled pattern: shared when another reader already built one for it. */
export function sharedFields(
  whole: EntryPattern,
  matches: EntryMatches | undefined,
  head: TableShape | undefined,
): (entryText: string) => EntryFields | undefined {
  if (!matches) return cachedFields(whole, head);
  // Two templates can compile to one pattern with their values in other groups; a reader of
  // table rows pads the rows lacking cells, one of the same pattern without the head does not.
  const padding = head ? `${head.cells.length}${head.compact ? 'c' : ''}` : '';
  const key = `${whole.pattern.flags}/${whole.pattern.source}/${[...whole.groups].join()}/${padding}`;
  const known = matches.get(key);
  if (known) return known;
  const made = cachedFields(whole, head);
  matches.set(key, made);
  return made;
}

/**
 * At most this many entries' matches are kept: the ones asked again are the sample inference
 * learns from, asked first. A pass over a long list (`check`, `sort`) asks each entry once, and
 * keeping them all would cost more than it saves.
 */
const KEPT_MATCHES = 2000;

/** Reads entries whole, each text once: inference, sorting and ordering ask several times. */
function cachedFields(
  whole: EntryPattern,
  head: TableShape | undefined,
): (entryText: string) => EntryFields | undefined {
  // A table row lacking its last cells (`| [Title](url) | arXiv |` under four columns) is read
  // as Markdown reads it, the cells it lacks empty; only a row that does not match is counted.
  const match = (text: string) => {
    const found = matchEntry(whole, text);
    const padded = found || !head ? undefined : paddedRow(text, head);
    return padded === undefined ? found : matchEntry(whole, padded);
  };
  // `null` for an entry that does not match: one lookup tells a miss from an unmatched entry.
  const matched = new Map<string, EntryFields | null>();
  // The entry asked last: a pass asks one entry several things in a row (its fields, then its date).
  let lastText: string | undefined;
  let lastFound: EntryFields | undefined;
  return (entryText) => {
    if (entryText === lastText) return lastFound;
    const known = matched.get(entryText);
    const found = known !== undefined ? (known ?? undefined) : match(entryText);
    if (known === undefined && matched.size < KEPT_MATCHES) matched.set(entryText, found ?? null);
    lastText = entryText;
    lastFound = found;
    return found;
  };
}
