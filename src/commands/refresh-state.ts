import type { Config } from '../config/config.js';
import type {
  BranchState,
  GitHubGateway,
  Head,
  ListedPullRequest,
  RepoFile,
} from '../github/gateway.js';
import { markStale } from '../messages/build-stamp.js';
import type { RefreshRow } from '../messages/refresh-text.js';
import { branchStanding, type BotPullRequest } from '../plan/plan-refresh.js';
import type { CommandContext } from './command-context.js';
import { readDefaultBranch } from './default-branch.js';
import { loadConfig, loadRepositoryList, type RepositoryList } from './load-repository.js';
import { madeByBot } from './push-bot-branch.js';
import type { RunMemoryGateway } from './run-memory-gateway.js';

/** What every step of one refresh works with: read once, at the head it builds on. */
export interface RefreshRun {
  /** The commands' context: its gateway is the run's memory. */
  readonly context: CommandContext;
  readonly memory: RunMemoryGateway;
  /** The gateway without the run's memory, for what must be read as it is now. */
  readonly fresh: GitHubGateway;
  /** The default branch's head everything is built on. */
  readonly tip: Head;
  readonly config: Config;
  readonly list: RepositoryList;
  /** The issue form at the head (`form-template`), when the repository has one. */
  readonly formFile: RepoFile | undefined;
  readonly pulls: readonly ListedPullRequest[];
}

/**
 * Reads what a refresh needs, each once: the configuration, every managed file and the issue
 * form at the head (the event's, or the default branch's as it is now), and the open pull
 * requests into the default branch. Four requests when the event names the head.
 */
export async function readRefresh(
  context: CommandContext,
  memory: RunMemoryGateway,
  fresh: GitHubGateway,
  tip: Head | undefined,
): Promise<RefreshRun> {
  const head = tip ?? (await readDefaultBranch(context));
  const config = await loadConfig(context, head.sha);
  const list = await loadRepositoryList(context, config, head.sha);
  const formFile = await context.gateway.readFile(config['form-template'], head.sha);
  const pulls = await context.gateway.listOpenPullRequests(context.repository.defaultBranch);
  return { context, memory, fresh, tip: head, config, list, formFile, pulls };
}

/** Where a bot branch stands once known: gone, people's, built on the head, or behind it. */
export type HeadStanding =
  | { readonly kind: 'gone' | 'human' | 'current' }
  | { readonly kind: 'behind'; readonly head: BranchState };

/**
 * Where a bot pull request's branch stands. A stamp may say "built on the head" (nothing to
 * write), but never vouches for a branch about to be rewritten or deleted: the pull request's
 * body can be edited by people, so before any write the branch itself is read and must end in
 * the bot's commit. A branch found behind is remembered with its pull request, so that the add
 * or sort run on it next neither reads the branch again nor tries to open a pull request it
 * knows is open.
 */
export async function resolveHead(run: RefreshRun, item: BotPullRequest): Promise<HeadStanding> {
  if (item.standing === 'current') return { kind: 'current' };
  const head = await run.fresh.getBranch(item.pull.headRef);
  if (!head) return { kind: 'gone' };
  const standing = branchStanding(
    { madeByBot: madeByBot(head), parents: head.parents },
    run.tip.sha,
  );
  if (standing !== 'behind') return { kind: standing };
  run.memory.rememberBranch(item.pull.headRef, head);
  // Rebuilt, the branch gets a new head, so the body's stamp is stale whatever it says: marked
  // so, the body reads as changed and is written again with the new stamp.
  run.memory.rememberOpenPullRequest({ ...item.pull, body: markStale(item.pull.body) });
  return { kind: 'behind', head };
}

/** A summary row for a pull request. */
export function row(
  pull: ListedPullRequest,
  subject: string,
  done: string,
  why: string,
): RefreshRow {
  return { number: pull.number, url: pull.url, subject, done, why };
}

/** The row for a branch that needs nothing, or that the refresh must not touch. */
export function standingRow(
  pull: ListedPullRequest,
  subject: string,
  standing: 'gone' | 'human' | 'current',
  tip: string,
): RefreshRow {
  const why = {
    gone: 'its branch no longer exists',
    human: 'its branch has commits made by people: never rewritten',
    current: `built on ${tip.slice(0, 7)}, the head of the default branch`,
  }[standing];
  return row(pull, subject, standing === 'current' ? 'up to date' : 'left alone', why);
}
