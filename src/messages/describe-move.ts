import type { MovedEntry } from '../list/sort-list-file.js';

/** `"LSQ+: ..." (2020) up 4 places`: one moved entry, for people. */
export function describeMove(move: MovedEntry): string {
  const distance = Math.abs(move.to - move.from);
  const direction = move.to < move.from ? 'up' : 'down';
  const year = move.year !== undefined ? ` (${move.year})` : '';
  return `"${move.title}"${year} ${direction} ${distance} ${distance === 1 ? 'place' : 'places'}`;
}
