// What a refresh looks at: the bot's open pull requests into the default branch, sorted into
// those built on its head, those behind it, and those whose branch must be read to tell.
// Pure: the list of pull requests and the head in, the plan out.
import type { ListedPullRequest } from '../github/gateway.js';
import { readBuildStamp, type BuildStamp } from '../messages/build-stamp.js';

/** Which of the bot's branches a pull request comes from. */
export type BotTarget =
  | { readonly kind: 'issue'; readonly issue: number }
  | { readonly kind: 'sort' }
  | { readonly kind: 'form' };

/** Where a bot pull request stands, as far as the list of pull requests tells. */
export type Standing =
  /** Its stamp vouches for its head and says it is built on the default branch's head. */
  | 'current'
  /** Its stamp vouches for its head (the bot's commit) and names an older base. */
  | 'behind'
  /** No stamp, or the head moved since the bot stamped it: only the branch can tell. */
  | 'unknown';

/** One of the bot's pull requests, with where it stands. */
export interface BotPullRequest {
  readonly pull: ListedPullRequest;
  readonly target: BotTarget;
  readonly standing: Standing;
  /** The stamp, when it vouches for the head (`current` and `behind`). */
  readonly build?: BuildStamp;
}

/** The bot's pull requests a refresh deals with. */
export interface RefreshPlan {
  /** Issue pull requests built on the head: nothing to do. */
  readonly current: readonly BotPullRequest[];
  /** Issue pull requests to bring up to date this run, oldest first, at most `limit`. */
  readonly work: readonly BotPullRequest[];
  /** Issue pull requests over the limit, left to the next run. */
  readonly deferred: readonly BotPullRequest[];
  /** The re-sort pull request, when one is open. */
  readonly sort?: BotPullRequest;
  /** The issue-form pull request, when one is open. */
  readonly form?: BotPullRequest;
}

/** What {@link planRefresh} reads. */
export interface RefreshInput {
  /** The open pull requests (any order). */
  readonly pulls: readonly ListedPullRequest[];
  /** The configuration's `branch-prefix`. */
  readonly prefix: string;
  readonly defaultBranch: string;
  /** The default branch's head the refresh builds on. */
  readonly tip: string;
  /** How many issue pull requests one run brings up to date at most. */
  readonly limit: number;
}

/**
 * The bot's own pull requests among the open ones (head branch `<prefix>issue-<n>`,
 * `<prefix>sort` or `<prefix>form` in this repository, base the default branch), sorted by
 * their build stamps: built on `tip`, behind it, or unknown. Issue pull requests are taken
 * oldest first, and those beyond `limit` that need work are left for the next run.
 */
export function planRefresh(input: RefreshInput): RefreshPlan {
  const mine = input.pulls
    .filter((pull) => pull.fromThisRepository && pull.baseRef === input.defaultBranch)
    .flatMap((pull): BotPullRequest[] => {
      const target = botTarget(pull.headRef, input.prefix);
      return target ? [{ pull, target, ...standingOf(pull, input.tip) }] : [];
    })
    .sort(
      (a, b) => a.pull.createdAt.localeCompare(b.pull.createdAt) || a.pull.number - b.pull.number,
    );
  const issues = mine.filter((p) => p.target.kind === 'issue');
  const stale = issues.filter((p) => p.standing !== 'current');
  const sort = mine.find((p) => p.target.kind === 'sort');
  const form = mine.find((p) => p.target.kind === 'form');
  return {
    current: issues.filter((p) => p.standing === 'current'),
    work: stale.slice(0, Math.max(0, input.limit)),
    deferred: stale.slice(Math.max(0, input.limit)),
    ...(sort ? { sort } : {}),
    ...(form ? { form } : {}),
  };
}

/** The bot branch a head branch is, if it is one. */
export function botTarget(headRef: string, prefix: string): BotTarget | undefined {
  if (!headRef.startsWith(prefix)) return undefined;
  const name = headRef.slice(prefix.length);
  if (name === 'sort') return { kind: 'sort' };
  if (name === 'form') return { kind: 'form' };
  const issue = /^issue-([1-9][0-9]*)$/.exec(name);
  return issue ? { kind: 'issue', issue: Number(issue[1]) } : undefined;
}

/** Where a pull request stands by its stamp: vouched for only when it names the head. */
function standingOf(
  pull: ListedPullRequest,
  tip: string,
): { standing: Standing; build?: BuildStamp } {
  const build = readBuildStamp(pull.body);
  if (!build || build.head !== pull.headSha) return { standing: 'unknown' };
  return { standing: build.base === tip ? 'current' : 'behind', build };
}

/** What reading a branch tells: people committed to it, or the bot's commit is on `tip` or not. */
export type BranchStanding = 'human' | 'current' | 'behind';

/**
 * Where a branch stands once read: people's when its head is not the bot's commit, else
 * current when the bot's commit is built on `tip`.
 */
export function branchStanding(
  head: { readonly madeByBot: boolean; readonly parents: readonly string[] },
  tip: string,
): BranchStanding {
  if (!head.madeByBot) return 'human';
  return head.parents[0] === tip ? 'current' : 'behind';
}
