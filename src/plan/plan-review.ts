import type { MatchReason } from '../list/find-paper.js';
import { lintEntry } from '../list/lint-list.js';
import type { Entry } from '../list/list-file.js';
import type { ListOrder } from '../list/list-order.js';
import type { PaperList } from '../list/paper-list.js';
import { readListFile } from '../list/read-list-file.js';
import { changedEntries } from './changed-entries.js';
import { duplicateEntries } from './duplicate-entries.js';
import { orderOf, readOptions, type ListFormat } from '../list/list-format.js';
import { misplacedEntries } from './misplaced-entries.js';
import { readPaperList } from '../list/read-paper-list.js';

/** A managed file a pull request changes: its text before (absent for a new file) and after. */
export interface ReviewedFile {
  readonly path: string;
  readonly before: string | undefined;
  readonly after: string;
}

/** Where a problem is: the file, and the 1-based line in its new text. */
interface ProblemPlace {
  readonly path: string;
  readonly line: number;
}

/** An entry `check` would flag: title or year unreadable, a relative or broken link. */
export interface MalformedProblem extends ProblemPlace {
  readonly kind: 'malformed';
  readonly message: string;
}

/** An entry out of its section's order. */
export interface OrderProblem extends ProblemPlace {
  readonly kind: 'order';
  readonly title: string;
  readonly year?: number;
  readonly section: string;
  readonly order: ListOrder;
  /** The title of the entry it belongs right after; absent when it belongs first. */
  readonly after?: string;
}

/** An entry for a paper its section already lists. */
export interface DuplicateProblem extends ProblemPlace {
  readonly kind: 'duplicate';
  readonly title: string;
  readonly section: string;
  readonly existing: {
    readonly line: number;
    readonly title: string;
    readonly reason: MatchReason;
  };
}

/** One thing a pull request got wrong in the list. */
export type ReviewProblem = MalformedProblem | OrderProblem | DuplicateProblem;

/** The decision of a review: what was checked, and the problems in file and line order. */
export interface ReviewPlan {
  /** Per file, how many entries the pull request added or changed (the ones checked). */
  readonly files: readonly { readonly path: string; readonly changedEntries: number }[];
  readonly problems: readonly ReviewProblem[];
}

/**
 * Reviews a pull request's changes to the managed files, without touching disk or network.
 * Only the entries it added or changed are checked (an entry as it was is not its doing): each
 * is linted as `check` does, placed as `sort --check` would, and looked for in its section as
 * an issue's paper is.
 */
export function planReview(files: readonly ReviewedFile[], format: ListFormat): ReviewPlan {
  const list = readPaperList(
    files.map((f) => ({ path: f.path, text: f.after })),
    format,
  );
  const changed = new Set<Entry>();
  const counts = list.files.map((after, i) => {
    const text = files[i]!.before;
    const before =
      text === undefined ? undefined : readListFile(after.path, text, readOptions(format));
    const entries = changedEntries(before, after);
    for (const entry of entries) changed.add(entry);
    return { path: after.path, changedEntries: entries.size };
  });
  const problems = [
    ...malformedProblems(list, format, changed),
    ...orderProblems(list, format, changed),
    ...duplicateProblems(list, format, changed),
  ];
  const order = new Map(files.map((f, i) => [f.path, i]));
  problems.sort((a, b) => order.get(a.path)! - order.get(b.path)! || a.line - b.line);
  return { files: counts, problems };
}

type Check = (list: PaperList, format: ListFormat, changed: ReadonlySet<Entry>) => ReviewProblem[];

const malformedProblems: Check = (list, format, changed) =>
  list.files.flatMap((file) =>
    file.sections.flatMap((s) =>
      s.entries
        .filter((e) => changed.has(e))
        .flatMap((e) => lintEntry(file, s, e, format.reader, format))
        .map((f): ReviewProblem => ({ kind: 'malformed', ...f })),
    ),
  );

const orderProblems: Check = (list, format, changed) =>
  misplacedEntries(list, format, changed).map((m) => ({
    kind: 'order',
    path: m.file.path,
    line: m.entry.line,
    title: m.title,
    ...(m.year !== undefined ? { year: m.year } : {}),
    section: m.sectionName,
    order: orderOf(format, m.sectionName),
    ...(m.after !== undefined ? { after: m.after } : {}),
  }));

const duplicateProblems: Check = (list, format, changed) =>
  duplicateEntries(list, format.reader, changed).map(({ file, entry, title, existing }) => ({
    kind: 'duplicate',
    path: file.path,
    line: entry.line,
    title,
    section: existing.sectionName,
    existing: { line: existing.entry.line, title: existing.title, reason: existing.reason },
  }));
