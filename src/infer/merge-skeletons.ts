// Joins the skeletons of a list's entries into one template: the most common skeleton, with the
// parts that other common skeletons leave out made optional (`{[ ... ]}`), such as a short name
// only some entries show.

/** A skeleton's template source and how many entries have it. */
export interface CountedSkeleton {
  readonly source: string;
  readonly count: number;
}

interface Token {
  readonly text: string;
  readonly optional: boolean;
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
  let base: Token[] = tokens(top.source).map((text) => ({ text, optional: false }));
  for (const other of rest) {
    if (other.count < Math.max(2, total * minShare)) break;
    const theirs = tokens(other.source);
    base = withOptional(base, theirs) ?? widened(base, theirs) ?? base;
  }
  return render(base);
}

function tokens(source: string): string[] {
  return source.match(PLACEHOLDER_OR_CHAR) ?? [];
}

/** `base` with its tokens that `other` lacks made optional, when `other` is `base` with whole placeholder runs left out. */
function withOptional(base: readonly Token[], other: readonly string[]): Token[] | undefined {
  const kept = alignment(
    base.map((t) => t.text),
    other,
  );
  if (!kept) return undefined;
  const next = base.map((t, i) => ({ text: t.text, optional: t.optional || !kept[i] }));
  return runsHoldValues(next) ? next : undefined;
}

/** `other` as the new base when `base` is `other` with runs left out: those runs optional. */
function widened(base: readonly Token[], other: readonly string[]): Token[] | undefined {
  const kept = alignment(
    other,
    base.map((t) => t.text),
  );
  if (!kept) return undefined;
  const next = other.map((text, i) => ({ text, optional: !kept[i] }));
  return runsHoldValues(next) ? next : undefined;
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
  return kept;
}

/** Every optional run holds a placeholder and sits on one line. */
function runsHoldValues(base: readonly Token[]): boolean {
  let run = '';
  for (const token of [...base, { text: '', optional: false }]) {
    if (token.optional) {
      run += token.text;
      continue;
    }
    if (run !== '' && (!/\{[a-z]+\}/.test(run) || run.includes('\n'))) return false;
    run = '';
  }
  return true;
}

function render(base: readonly Token[]): string {
  let out = '';
  let open = false;
  for (const token of base) {
    if (token.optional && !open) out += '{[';
    if (!token.optional && open) out += ']}';
    open = token.optional;
    out += token.text;
  }
  return open ? `${out}]}` : out;
}
