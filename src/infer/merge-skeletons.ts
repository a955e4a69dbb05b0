// Joins the skeletons of a list's entries into one template: the most common skeleton, with the
// parts that other common skeletons leave out made optional (`{[ ... ]}`), such as a short name
// only some entries show.

import { balanced } from './brackets.js';

/** A skeleton's template source and how many entries have it. */
export interface CountedSkeleton {
  readonly source: string;
  readonly count: number;
}

interface Token {
  readonly text: string;
  /** The optional part the token belongs to (runs left out together), if any. */
  readonly part?: number;
}

const PLACEHOLDER_OR_CHAR = /\{[a-z]+\}|[\s\S]/gu;

/**
 * The template of the most common skeleton, with parts optional where another skeleton that at
 * least `minShare` of the entries have is the same without them. Skeletons are given most common
 * first.
 */
export function mergeSkeletons(skeletons: readonly CountedSkeleton[], minShare = 0.03): string {
  const total = skeletons.reduce((n, s) => n + s.count, 0);
  const [top, ...rest] = skeletons;
  if (!top) return '';
  let base: Token[] = tokens(top.source).map((text) => ({ text }));
  const parts = { next: 0 };
  for (const other of rest) {
    if (other.count < Math.max(2, total * minShare)) break;
    const theirs = tokens(other.source);
    base = withOptional(base, theirs, parts) ?? widened(base, theirs, parts) ?? base;
  }
  return render(base);
}

function tokens(source: string): string[] {
  return source.match(PLACEHOLDER_OR_CHAR) ?? [];
}

/**
 * `base` with the tokens `other` lacks made optional, when `other` is `base` with whole runs of
 * placeholders left out. Tokens `other` lacks form a part of their own, split from the optional
 * part they were in: a part left out alone can be left out on its own.
 */
function withOptional(
  base: readonly Token[],
  other: readonly string[],
  parts: { next: number },
): Token[] | undefined {
  const kept = alignment(
    base.map((t) => t.text),
    other,
  );
  if (!kept) return undefined;
  // Tokens left out get a part per run; an optional part of which `other` keeps some tokens
  // and leaves out others splits in two, so each can be left out alone.
  const fresh = base.map((t, i) => !kept[i] && t.part === undefined);
  const ids = runIds(fresh, parts);
  const split = new Map<string, number>();
  const next = base.map((t, i) => {
    if (fresh[i]) return { text: t.text, part: ids[i]! };
    if (t.part === undefined || kept[i]) return t;
    const key = String(t.part);
    if (!split.has(key)) split.set(key, (parts.next += 1));
    return { text: t.text, part: split.get(key)! };
  });
  const heldTogether = partsContiguous(next);
  return heldTogether && runsHoldValues(next, new Set(ids.filter((_, i) => fresh[i])))
    ? next
    : undefined;
}

/**
 * Whether each optional part is one run of tokens: a part that `other` keeps the middle of
 * would come apart into pieces, each written on its own (`{[ ]}{[- {authors} (]}`).
 */
function partsContiguous(tokens: readonly Token[]): boolean {
  const closed = new Set<number>();
  let open: number | undefined;
  for (const { part } of tokens) {
    if (part === open) continue;
    if (open !== undefined) closed.add(open);
    if (part !== undefined && closed.has(part)) return false;
    open = part;
  }
  return true;
}

/** A new part id for each run of tokens that are `marked`. */
function runIds(marked: readonly boolean[], parts: { next: number }): number[] {
  return marked.map((m, i) => {
    if (m && (i === 0 || !marked[i - 1])) parts.next += 1;
    return parts.next;
  });
}

/**
 * `other` as the new base when `base` is `other` with runs left out: those runs optional, and the
 * parts `base` already had still optional (a short name some entries show stays optional when
 * entries with notes widen the base).
 */
function widened(
  base: readonly Token[],
  other: readonly string[],
  parts: { next: number },
): Token[] | undefined {
  const kept = alignment(
    other,
    base.map((t) => t.text),
  );
  if (!kept) return undefined;
  const ids = runIds(
    kept.map((k) => !k),
    parts,
  );
  // The tokens kept are base's in order, unless aligning brackets moved a gap: then base's
  // parts cannot be told token by token, and are not carried over.
  const carried = kept.filter(Boolean).length === base.length;
  let matched = 0;
  const next = other.map((text, i): Token => {
    if (!kept[i]) return { text, part: ids[i]! };
    const part = carried ? base[matched++]!.part : undefined;
    return part === undefined ? { text } : { text, part };
  });
  const fresh = new Set(ids.filter((_, i) => !kept[i]));
  return partsContiguous(next) && runsHoldValues(next, fresh) ? next : undefined;
}

/**
 * For each token of `longer`, whether it is matched when `shorter` is read as a subsequence of
 * it (a longest common subsequence); `undefined` when `shorter` is not one.
 */
function alignment(longer: readonly string[], shorter: readonly string[]): boolean[] | undefined {
  const n = longer.length;
  const m = shorter.length;
  if (m >= n || n * m > 250_000) return undefined;
  // lcs[i][j]: the longest common subsequence of longer[i..] and shorter[j..].
  const lcs = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j = m - 1; j >= 0; j -= 1) {
      lcs[i]![j] =
        longer[i] === shorter[j]
          ? lcs[i + 1]![j + 1]! + 1
          : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  if (lcs[0]![0] !== m) return undefined;
  const kept = new Array<boolean>(n).fill(false);
  let j = 0;
  for (let i = 0; i < n && j < m; i += 1) {
    if (longer[i] === shorter[j] && lcs[i]![j] === lcs[i + 1]![j + 1]! + 1) {
      kept[i] = true;
      j += 1;
    }
  }
  return balancedGaps(longer, shiftGapsLeft(longer, kept));
}

/**
 * Moves each left-out run that opens or closes a bracket it does not hold the other of right,
 * while the token after it equals its first one (an equally good alignment), to where it holds
 * both: ` ({links})`, not `) ({links}` after `({paper}`.
 */
function balancedGaps(tokens: readonly string[], kept: boolean[]): boolean[] {
  let start = 0;
  while (start < tokens.length) {
    if (kept[start]) {
      start += 1;
      continue;
    }
    let end = start;
    while (end + 1 < tokens.length && !kept[end + 1]) end += 1;
    let [from, to] = [start, end];
    while (
      !balanced(tokens.slice(from, to + 1).join('')) &&
      to + 1 < tokens.length &&
      kept[to + 1] &&
      tokens[to + 1] === tokens[from]
    ) {
      [from, to] = [from + 1, to + 1];
    }
    if (balanced(tokens.slice(from, to + 1).join('')) && from !== start) {
      for (let i = start; i <= end; i += 1) kept[i] = true;
      for (let i = from; i <= to; i += 1) kept[i] = false;
    }
    start = to + 1;
  }
  return kept;
}

/**
 * Moves each left-out run left while the token before it equals its last one (an equally good
 * alignment), so that a run starts with the space before it: `x{[ (y)]} z`, not `x {[(y) ]}z`.
 */
function shiftGapsLeft(tokens: readonly string[], kept: boolean[]): boolean[] {
  let i = tokens.length - 1;
  while (i >= 0) {
    if (kept[i]) {
      i -= 1;
      continue;
    }
    let end = i;
    let start = i;
    while (start > 0 && !kept[start - 1]) start -= 1;
    while (start > 0 && tokens[start - 1] === tokens[end]) {
      kept[start - 1] = false;
      kept[end] = true;
      start -= 1;
      end -= 1;
    }
    i = start - 1;
  }
  return kept;
}

/**
 * Every optional part holds a placeholder but never the title, and sits on one line. A part of
 * text alone may follow on its line a part that holds one, when the same entries left out both
 * (`fresh`, this merge's): it goes with that part (a star badge's `<br>`s around the title).
 */
function runsHoldValues(base: readonly Token[], fresh: ReadonlySet<number>): boolean {
  const runs = new Map<number, string>();
  // Each part, and what stands between it and the part before it.
  const gaps = new Map<number, { before: number | undefined; text: string }>();
  let last: number | undefined;
  let between = '';
  for (const token of base) {
    if (token.part === undefined) {
      between += token.text;
      continue;
    }
    if (!runs.has(token.part)) gaps.set(token.part, { before: last, text: between });
    runs.set(token.part, (runs.get(token.part) ?? '') + token.text);
    last = token.part;
    between = '';
  }
  const valued = (id: number | undefined) => id !== undefined && /\{[a-z]+\}/.test(runs.get(id)!);
  return [...runs].every(([id, run]) => {
    if (run.includes('{title}') || run.includes('\n')) return false;
    if (valued(id)) return true;
    const gap = gaps.get(id)!;
    const before = gap.before;
    return (
      fresh.has(id) &&
      before !== undefined &&
      fresh.has(before) &&
      valued(before) &&
      !gap.text.includes('\n')
    );
  });
}

function render(base: readonly Token[]): string {
  let out = '';
  let open: number | undefined;
  for (const token of base) {
    if (token.part !== open) {
      if (open !== undefined) out += ']}';
      if (token.part !== undefined) out += '{[';
      open = token.part;
    }
    out += token.text;
  }
  return open !== undefined ? `${out}]}` : out;
}
