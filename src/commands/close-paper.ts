import type { CommandContext, CommandResult } from './command-context.js';
import { issueBranch, madeByBot } from './add-paper.js';
import { loadConfig } from './load-repository.js';

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
    await gateway.updatePullRequest(pullRequest.number, { state: 'closed' });
    log.info(`Closed #${pullRequest.number}.`);
  }
  if (state && madeByBot(state)) {
    await gateway.deleteBranch(branch);
    log.info(`Deleted ${branch}.`);
  } else if (state) {
    log.warn(`${branch} has commits made by people: not deleting it.`);
  }
  const message = `Issue #${issueNumber} was closed without merging${pullRequest ? ` #${pullRequest.number}` : ''}: closed the pull request and deleted ${branch}.`;
  return { result: 'closed', message, summary: message, ...pr };
}
