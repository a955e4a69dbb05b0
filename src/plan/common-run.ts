/** Above this many pairs to compare, the middle of two sequences is matched without order. */
const MAX_PAIRS = 4_000_000;

/**
 * The positions in `after` that a line diff would keep: those of a longest common subsequence
 * of `before` and `after`. Common ends are matched first; a middle too large to compare pair
 * by pair is matched by value regardless of order (a rewrite that large changes most of it).
 */
export function commonRun(before: readonly string[], after: readonly string[]): Set<number> {
  const kept = new Set<number>();
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) {
    kept.add(head);
    head += 1;
  }
  let tail = 0;
  while (
    tail < before.length - head &&
    tail < after.length - head &&
    before[before.length - 1 - tail] === after[after.length - 1 - tail]
  ) {
    kept.add(after.length - 1 - tail);
    tail += 1;
  }
  const a = before.slice(head, before.length - tail);
  const b = after.slice(head, after.length - tail);
  const middle = a.length * b.length <= MAX_PAIRS ? longestCommon(a, b) : sameValues(a, b);
  for (const j of middle) kept.add(head + j);
  return kept;
}

/** Positions in `b` of a longest common subsequence, by dynamic programming. */
function longestCommon(a: readonly string[], b: readonly string[]): number[] {
  const width = b.length + 1;
  // suffix[i * width + j]: the length of a longest common subsequence of a[i..] and b[j..].
  const suffix = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      suffix[i * width + j] =
        a[i] === b[j]
          ? suffix[(i + 1) * width + j + 1]! + 1
          : Math.max(suffix[(i + 1) * width + j]!, suffix[i * width + j + 1]!);
    }
  }
  const kept: number[] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) {
      kept.push(j);
      i += 1;
      j += 1;
    } else if (suffix[(i + 1) * width + j]! >= suffix[i * width + j + 1]!) i += 1;
    else j += 1;
  }
  return kept;
}

/** Positions in `b` of values `a` holds as often, first come first matched. */
function sameValues(a: readonly string[], b: readonly string[]): number[] {
  const counts = new Map<string, number>();
  for (const value of a) counts.set(value, (counts.get(value) ?? 0) + 1);
  const kept: number[] = [];
  b.forEach((value, j) => {
    const left = counts.get(value) ?? 0;
    if (left === 0) return;
    counts.set(value, left - 1);
    kept.push(j);
  });
  return kept;
}
