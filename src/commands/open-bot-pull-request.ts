import type { PullRequest } from '../github/gateway.js';
import type { PullRequestText } from '../messages/pull-request-text.js';
import type { CommandContext } from './command-context.js';

/** The bot's pull request after {@link openBotPullRequest}. */
export interface OpenedPullRequest {
  readonly pullRequest: PullRequest;
  readonly created: boolean;
  /** Whether the title or body changed (always true when created). */
  readonly changed: boolean;
}

/**
 * Opens the bot's pull request from `branch`, or adopts the one already open (a re-run, an
 * edit, a race) and brings its title and body up to date. New pull requests get the
 * configured labels.
 */
export async function openBotPullRequest(
  context: CommandContext,
  branch: string,
  text: PullRequestText,
  labels: readonly string[],
): Promise<OpenedPullRequest> {
  const { gateway, repository, log } = context;
  const opened = await gateway.openPullRequest({
    branch,
    base: repository.defaultBranch,
    title: text.title,
    body: text.body,
  });
  if (opened.created) {
    await gateway.addLabels(opened.pullRequest.number, labels);
    log.info(`Opened #${opened.pullRequest.number}: ${opened.pullRequest.url}`);
    return { pullRequest: opened.pullRequest, created: true, changed: true };
  }
  if (opened.pullRequest.title === text.title && opened.pullRequest.body === text.body) {
    log.info(`#${opened.pullRequest.number} is up to date.`);
    return { pullRequest: opened.pullRequest, created: false, changed: false };
  }
  const updated = await gateway.updatePullRequest(opened.pullRequest.number, {
    title: text.title,
    body: text.body,
  });
  log.info(`Updated #${updated.number}.`);
  return { pullRequest: updated, created: false, changed: true };
}
