import type { Head } from '../github/gateway.js';
import type { CommandContext, CommandResult } from './command-context.js';
import { refreshPullRequests } from './refresh-pull-requests.js';
import { RunMemoryGateway } from './run-memory-gateway.js';
import { sortList } from './sort-list.js';

/** How a refresh run starts. */
export interface RefreshStart {
  /**
   * The default branch's head the event names (a push's `after`, with its tree), to build on
   * without reading the branch; absent, the branch is read.
   */
  readonly tip?: Head;
  /** Re-sort the list first (`workflow_dispatch`). */
  readonly sortFirst: boolean;
}

/**
 * A run that keeps the bot's pull requests in step with the default branch: `push` to it and
 * `schedule` refresh them; `workflow_dispatch` re-sorts the list, then refreshes. Both share
 * one memory of what the run read, so the list is read once.
 */
export async function runRefresh(
  context: CommandContext,
  start: RefreshStart,
): Promise<CommandResult> {
  const memory = new RunMemoryGateway(context.gateway, context.repository.defaultBranch);
  if (start.tip?.treeSha) memory.rememberTree(start.tip.sha, start.tip.treeSha);
  const remembering: CommandContext = { ...context, gateway: memory };
  const sorted = start.sortFirst ? await sortList(remembering) : undefined;
  const refreshed = await refreshPullRequests(remembering, {
    fresh: context.gateway,
    memory,
    ...(start.tip ? { tip: start.tip } : {}),
  });
  return sorted ? afterSort(sorted, refreshed) : refreshed;
}

/**
 * A re-sort followed by a refresh, as one result: the re-sort's, unless it left everything as
 * it was and the refresh did not; both summaries; the pull requests the refresh wrote to.
 */
function afterSort(sorted: CommandResult, refreshed: CommandResult): CommandResult {
  const refreshedFirst = sorted.result === 'unchanged' && refreshed.result !== 'unchanged';
  const lead = refreshedFirst ? refreshed : sorted;
  const pullRequest = sorted.pullRequest ?? refreshed.pullRequest;
  return {
    result: lead.result,
    message: `${sorted.message} ${refreshed.message}`,
    summary: `${sorted.summary}\n\n${refreshed.summary}`,
    refreshed: refreshed.refreshed ?? [],
    ...(pullRequest ? { pullRequest } : {}),
    ...(refreshed.failure ? { failure: refreshed.failure } : {}),
  };
}
