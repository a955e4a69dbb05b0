import type { Config } from '../config/config.js';
import type { BranchState, RepoFile } from '../github/gateway.js';
import { describeMove } from '../messages/describe-move.js';
import { quoteText } from '../messages/markdown-text.js';
import { sortPullRequest } from '../messages/pull-request-text.js';
import { planSort, type SortPlan } from '../plan/plan-sort.js';
import { sortBranch } from './bot-branches.js';
import type { CommandContext, CommandResult } from './command-context.js';
import { readDefaultBranch } from './default-branch.js';
import { loadConfig, loadRepositoryList } from './load-repository.js';
import { proposeChange, withdrawChange } from './propose-change.js';
import { BOT_TRAILER } from './push-bot-branch.js';

/** The list read at the default branch's head, and its re-sort planned. */
interface SortState {
  readonly base: BranchState;
  readonly config: Config;
  readonly plan: SortPlan;
  readonly files: readonly RepoFile[];
}

/**
 * `workflow_dispatch`: re-sorts every managed file. Something to move: push `<prefix>sort`
 * from the default branch's head and open (or update) one pull request that says what moved
 * per section. Nothing to move: no pull request, and the summary says so; an open re-sort pull
 * request from an earlier run is closed, as there is nothing left for it to do.
 */
export async function sortList(context: CommandContext): Promise<CommandResult> {
  const state = await context.log.group('Read and sort the list', async () => {
    const base = await readDefaultBranch(context);
    const config = await loadConfig(context, base.sha);
    const { list, format, files } = await loadRepositoryList(context, config, base.sha);
    return { base, config, plan: planSort(list, format), files };
  });
  return state.plan.files.length === 0
    ? closeStaleSort(context, state)
    : proposeSort(context, state);
}

/** Everything is in order: a re-sort pull request from an earlier run has nothing left to do. */
async function closeStaleSort(context: CommandContext, state: SortState): Promise<CommandResult> {
  const message = `Every section is in order (${state.config.order}): no pull request.`;
  const branch = sortBranch(state.config);
  const stale = await context.gateway.findOpenPullRequest(branch);
  if (!stale) return { result: 'unchanged', message, summary: `### ${message}` };
  await withdrawChange(context, { branch, baseSha: state.base.sha, pullRequest: stale });
  const closed = `${message} Closed #${stale.number} from an earlier run, which is no longer needed.`;
  return {
    result: 'closed',
    message: closed,
    summary: `### ${closed}`,
    pullRequest: { number: stale.number, url: stale.url },
  };
}

/** Pushes the sorted files on `<prefix>sort` and opens or updates its pull request. */
async function proposeSort(context: CommandContext, state: SortState): Promise<CommandResult> {
  const { base, config, plan, files } = state;
  const branch = sortBranch(config);
  const entries = movedEntries(plan);
  const outcome = await proposeChange(context, {
    branch,
    base,
    files: plan.files.map((f) => {
      const baseBlobSha = files.find((r) => r.path === f.file.path)?.blobSha;
      return { path: f.file.path, text: f.text, ...(baseBlobSha ? { baseBlobSha } : {}) };
    }),
    message: `Re-sort the paper list (${entries} moved)\n\n${BOT_TRAILER}`,
    pullRequest: sortPullRequest(plan),
    labels: config.labels,
  });
  if (outcome.kind === 'human') {
    const message = `${branch} has commits made by people: left as it is.`;
    return {
      result: 'unchanged',
      message,
      summary: `### ${message}\n\nDelete the branch (or merge its pull request) and run again.`,
      ...(outcome.open
        ? { pullRequest: { number: outcome.open.number, url: outcome.open.url } }
        : {}),
    };
  }
  const { pullRequest, created } = outcome.opened;
  const message = `${created ? 'Opened' : 'Updated'} #${pullRequest.number}: ${entries} moved.`;
  return {
    result: 'sorted',
    message,
    summary: sortSummary(message, plan, pullRequest),
    pullRequest: { number: pullRequest.number, url: pullRequest.url },
  };
}

/** `3 entries`: how many entries the plan moves. */
function movedEntries(plan: SortPlan): string {
  const moved = plan.files.flatMap((f) => f.sections).reduce((n, s) => n + s.moved.length, 0);
  return `${moved} ${moved === 1 ? 'entry' : 'entries'}`;
}

/** The job summary of a re-sort: what moved, per section, and the pull request. */
function sortSummary(
  message: string,
  plan: SortPlan,
  pullRequest: { readonly number: number; readonly url: string },
): string {
  const perSection = plan.files.flatMap((f) =>
    f.sections.map(
      (s) =>
        `- **${quoteText(s.name)}** (\`${f.file.path}\`): ${s.moved.map((m) => quoteText(describeMove(m), 300)).join('; ')}`,
    ),
  );
  return [
    `### ${message}`,
    '',
    ...perSection,
    '',
    `[#${pullRequest.number}](${pullRequest.url})`,
  ].join('\n');
}
