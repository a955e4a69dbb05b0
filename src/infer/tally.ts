// Counting what entries show, for inference to keep what most of them do.

/** Counts one more of `key`. */
export function tally<K>(counts: Map<K, number>, key: K): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** The key counted most (the first counted, of equals), or `undefined` when none is. */
export function mostCounted<K>(counts: ReadonlyMap<K, number>): K | undefined {
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}
