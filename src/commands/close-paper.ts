import { CLOSED_WITH_ISSUE_MARKER } from '../messages/pull-request-text.js';
import { issueBranch } from './bot-branches.js';
import type { CommandContext, CommandResult } from './command-context.js';
import { readDefaultBranch } from './default-branch.js';
import { loadConfig } from './load-repository.js';
import { withdrawChange, type WithdrawOutcome } from './propose-change.js';

/**
 * `issues` closed: when the bot's pull request for the issue was not merged, close it and
 * delete its branch. A merged pull request (which closed the issue) is left alone, and so is a
 * branch that people have committed to.
 */
export async function closePaper(
  context: CommandContext,
  issueNumber: number,
): Promise<CommandResult> {
  const base = await readDefaultBranch(context);
  const config = await loadConfig(context, base.sha);
  const branch = issueBranch(config, issueNumber);
  const pullRequest = await context.gateway.findPullRequest(branch);
  const pr = pullRequest
    ? { pullRequest: { number: pullRequest.number, url: pullRequest.url } }
    : {};
  if (pullRequest?.merged) {
    const message = `#${pullRequest.number} was merged: nothing to close.`;
    return { result: 'unchanged', message, summary: message, ...pr };
  }
  // Marked, so that reopening the issue later opens a fresh pull request.
  const withdrawn = await withdrawChange(context, {
    branch,
    baseSha: base.sha,
    pullRequest,
    closingMarker: CLOSED_WITH_ISSUE_MARKER,
  });
  if (!pullRequest && !withdrawn.deleted && !withdrawn.kept) {
    const message = `Issue #${issueNumber} has no bot pull request or branch: nothing to close.`;
    return { result: 'skipped', message, summary: message };
  }
  const message = closedMessage(issueNumber, branch, pullRequest?.number, withdrawn);
  return { result: 'closed', message, summary: message, ...pr };
}

/** What closing the issue did, in one line. */
function closedMessage(
  issueNumber: number,
  branch: string,
  pullNumber: number | undefined,
  withdrawn: WithdrawOutcome,
): string {
  const pull = withdrawn.closed ? `closed #${pullNumber}` : 'no open pull request';
  const kept = withdrawn.kept ? `; kept ${branch}, which people committed to` : '';
  return `Issue #${issueNumber} was closed without merging: ${pull}${withdrawn.deleted ? ` and deleted ${branch}` : kept}.`;
}
