import * as core from '@actions/core';
import {
  readEvent,
  type ActionEvent,
  type DispatchEvent,
  type IssuesEvent,
} from './action/event.js';
import { readInputs, type ActionInputs } from './action/inputs.js';
import { addPaper } from './commands/add-paper.js';
import { closePaper } from './commands/close-paper.js';
import type { CommandContext, CommandResult, Logger } from './commands/command-context.js';
import { sortList } from './commands/sort-list.js';
import { createGitHubClient } from './github/octokit-client.js';
import { OctokitGateway } from './github/octokit-gateway.js';

/** The Actions log: groups per phase, warnings as annotations. */
const actionsLog: Logger = {
  info: (message) => core.info(message),
  warn: (message) => core.warning(message),
  group: (name, phase) => core.group(name, phase),
};

/** How long after an issue was opened a `labeled` event counts as the form's own label. */
const OPENING_LABEL_SECONDS = 10;

/**
 * The action: reads the inputs and the event once, runs the command the event calls for, and
 * reports the result as outputs and a job summary. The only place that catches errors and
 * fails the step. An event the bot has nothing to do for is skipped before any API call.
 */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    // The token is never printed; the runner already masks the secrets it is made from.
    const inputs = readInputs((name) => core.getInput(name));
    const event = await readEvent(env);
    const reason = skipReason(event);
    const result =
      event.kind === 'other' || reason !== undefined
        ? { result: 'skipped' as const, message: reason ?? '', summary: reason ?? '' }
        : await dispatch(event, inputs, env);
    core.info(result.message);
    core.setOutput('result', result.result);
    core.setOutput(
      'pull-request-number',
      result.pullRequest ? String(result.pullRequest.number) : '',
    );
    core.setOutput('pull-request-url', result.pullRequest?.url ?? '');
    if (env.GITHUB_STEP_SUMMARY)
      await core.summary.addRaw(`## paper-list-bot\n\n${result.summary}\n`).write();
  } catch (error) {
    core.setFailed(getErrorMessage(error));
  }
}

/** Why the event needs no work at all, or `undefined` when a command must look at it. */
export function skipReason(event: ActionEvent): string | undefined {
  if (event.kind === 'other') {
    return `paper-list-bot runs on issues and workflow_dispatch events, not ${event.name || 'this event'}.`;
  }
  if (event.kind === 'workflow_dispatch') return undefined;
  const { issue, action } = event;
  if (issue.isPullRequest) return 'Pull requests are not papers.';
  if (!['opened', 'reopened', 'edited', 'labeled', 'closed'].includes(action))
    return `Nothing to do for issues ${action} events.`;
  if (action === 'labeled' && labelledAtOpening(event)) {
    return `Issue #${issue.number} got the label "${event.label ?? ''}" when it was opened: the run for "opened" handles it.`;
  }
  return undefined;
}

/**
 * Whether a `labeled` event came with the issue's creation (an issue form applies its labels
 * then, and GitHub sends `opened` and `labeled` together) rather than from a later labelling.
 */
function labelledAtOpening(event: IssuesEvent): boolean {
  const opened = Date.parse(event.issue.createdAt);
  const changed = Date.parse(event.issue.updatedAt);
  return changed - opened <= OPENING_LABEL_SECONDS * 1000;
}

/** Runs the command for an event that {@link skipReason} let through. */
async function dispatch(
  event: IssuesEvent | DispatchEvent,
  inputs: ActionInputs,
  env: NodeJS.ProcessEnv,
): Promise<CommandResult> {
  const client = createGitHubClient({
    token: inputs.token,
    baseUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    warn: (message) => core.warning(message),
  });
  const context: CommandContext = {
    gateway: new OctokitGateway(client, {
      owner: event.repository.owner,
      repo: event.repository.repo,
    }),
    repository: event.repository,
    configPath: inputs.configPath,
    log: actionsLog,
  };
  if (event.kind === 'workflow_dispatch') return sortList(context);
  const { issue, action } = event;
  const base = event.sha !== undefined ? { baseSha: event.sha } : {};
  switch (action) {
    case 'closed':
      return closePaper(context, issue.number);
    case 'edited':
      return addPaper(context, issue, { respectClosedPullRequest: true, ...base });
    case 'labeled':
      return addPaper(context, issue, {
        respectClosedPullRequest: true,
        ...(event.label !== undefined ? { addedLabel: event.label } : {}),
        ...base,
      });
    default:
      return addPaper(context, issue, base);
  }
}

/**
 * The message of anything thrown, so a non-Error throw never passes as success. A GitHub API
 * error says which request failed and how, never the request's headers.
 */
export function getErrorMessage(error: unknown): string {
  const request = (
    error as { status?: unknown; request?: { method?: string; url?: string } } | null
  )?.request;
  const status = (error as { status?: unknown } | null)?.status;
  if (error instanceof Error && typeof status === 'number' && request?.method && request.url) {
    const path = request.url.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/\?.*$/, '');
    return `GitHub answered ${status} (${error.message.replace(/ - https:\/\/docs\.github\.com\S*/, '')}) to ${request.method} ${decodeURIComponent(path)}`;
  }
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : JSON.stringify(error);
}
