import { CLOSED_WITH_ISSUE_MARKER } from '../messages/pull-request-text.js';
import { issueBranch } from './bot-branches.js';
import type { CommandContext, CommandResult } from './command-context.js';
import { loadConfig } from './load-repository.js';
import { ownedByBot } from './push-bot-branch.js';

/**
 * `issues` closed: when the bot's pull request for the issue was not merged, close it and
 * delete its branch. A merged pull request (which closed the issue) is left alone, and so is a
 * branch that people have committed to.
 */
export async function closePaper(
  context: CommandContext,
  issueNumber: number,
): Promise<CommandResult> {
  const { gateway, repository, log } = context;
  const base = await gateway.getBranch(repository.defaultBranch);
  if (!base) throw new Error(`the default branch ${repository.defaultBranch} does not exist`);
  const config = await loadConfig(context, base.sha);
  const branch = issueBranch(config, issueNumber);
  const pullRequest = await gateway.findPullRequest(branch);
  const pr = pullRequest
    ? { pullRequest: { number: pullRequest.number, url: pullRequest.url } }
    : {};

  if (pullRequest?.merged) {
    const message = `#${pullRequest.number} was merged: nothing to close.`;
    return { result: 'unchanged', message, summary: message, ...pr };
  }
  const state = await gateway.getBranch(branch);
  if (!pullRequest && !state) {
    const message = `Issue #${issueNumber} has no bot pull request or branch: nothing to close.`;
    return { result: 'skipped', message, summary: message };
  }
  if (pullRequest?.state === 'open') {
    // Marked, so that reopening the issue later opens a fresh pull request.
    await gateway.updatePullRequest(pullRequest.number, {
      state: 'closed',
      body: `${pullRequest.body}\n${CLOSED_WITH_ISSUE_MARKER}`,
    });
    log.info(`Closed #${pullRequest.number}.`);
  }
  let deleted = false;
  if (state && ownedByBot(state, base.sha)) {
    await gateway.deleteBranch(branch);
    deleted = true;
    log.info(`Deleted ${branch}.`);
  } else if (state) {
    log.warn(`${branch} has commits made by people: not deleting it.`);
  }
  const message = `Issue #${issueNumber} was closed without merging: ${
    pullRequest?.state === 'open' ? `closed #${pullRequest.number}` : 'no open pull request'
  }${deleted ? ` and deleted ${branch}` : state ? `; kept ${branch}, which people committed to` : ''}.`;
  return { result: 'closed', message, summary: message, ...pr };
}
