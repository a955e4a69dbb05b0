// Line diffs as GitHub shows them in a pull request's files list: the `patch` (unified diff
// hunks with three lines of context and no file header) and the counts of added and deleted
// lines.

/** A file's diff as the files list reports it. */
export interface LineDiff {
  readonly patch: string;
  readonly additions: number;
  readonly deletions: number;
}

type Op = { readonly kind: ' ' | '-' | '+'; readonly line: string };

const CONTEXT = 3;

/** The diff from `before` to `after` (UTF-8 text; lines compare with their line endings). */
export function diffLines(before: string, after: string): LineDiff {
  const ops = lineOps(splitLines(before), splitLines(after));
  const changes = ops.flatMap((op, i) => (op.kind === ' ' ? [] : [i]));
  const hunks: string[] = [];
  for (let at = 0; at < changes.length;) {
    let last = at;
    while (last + 1 < changes.length && changes[last + 1]! - changes[last]! <= 2 * CONTEXT + 1)
      last += 1;
    hunks.push(hunk(ops, changes[at]! - CONTEXT, changes[last]! + CONTEXT + 1));
    at = last + 1;
  }
  return {
    patch: hunks.join('\n'),
    additions: ops.filter((op) => op.kind === '+').length,
    deletions: ops.filter((op) => op.kind === '-').length,
  };
}

/** Lines with their `\n`; the last may lack one. */
function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/** One hunk over `ops[from, to)`, clamped, with its `@@ -a,b +c,d @@` header. */
function hunk(ops: readonly Op[], from: number, to: number): string {
  const start = Math.max(0, from);
  const end = Math.min(ops.length, to);
  const before = ops.slice(0, start);
  const body = ops.slice(start, end);
  const range = (skip: Op['kind'], ahead: readonly Op[], inside: readonly Op[]): string => {
    const offset = ahead.filter((op) => op.kind !== skip).length;
    const count = inside.filter((op) => op.kind !== skip).length;
    const first = count === 0 ? offset : offset + 1;
    return count === 1 ? `${first}` : `${first},${count}`;
  };
  const lines = body.map((op) =>
    op.line.endsWith('\n')
      ? `${op.kind}${op.line.slice(0, -1)}`
      : `${op.kind}${op.line}\n\\ No newline at end of file`,
  );
  const header = `@@ -${range('+', before, body)} +${range('-', before, body)} @@${funcname(before)}`;
  return [header, ...lines].join('\n');
}

/**
 * Git's default hunk context: the last old line above the hunk that starts with a letter, `_`
 * or `$`, trailing whitespace removed, cut to 80 characters.
 */
function funcname(before: readonly Op[]): string {
  const line = before.findLast((op) => op.kind !== '+' && /^[A-Za-z_$]/.test(op.line))?.line;
  return line === undefined ? '' : ` ${line.slice(0, 80).trimEnd()}`;
}

/** The edit script of a longest common subsequence of lines: kept, deleted, added. */
function lineOps(a: readonly string[], b: readonly string[]): Op[] {
  const width = b.length + 1;
  const suffix = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i -= 1)
    for (let j = b.length - 1; j >= 0; j -= 1)
      suffix[i * width + j] =
        a[i] === b[j]
          ? suffix[(i + 1) * width + j + 1]! + 1
          : Math.max(suffix[(i + 1) * width + j]!, suffix[i * width + j + 1]!);
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push({ kind: ' ', line: a[i++]! });
      j += 1;
    } else if (
      j >= b.length ||
      (i < a.length && suffix[(i + 1) * width + j]! >= suffix[i * width + j + 1]!)
    ) {
      ops.push({ kind: '-', line: a[i++]! });
    } else {
      ops.push({ kind: '+', line: b[j++]! });
    }
  }
  return ops;
}
