import * as core from '@actions/core';
import { readEvent, type ActionEvent } from './action/event.js';
import { readInputs } from './action/inputs.js';
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

/**
 * The action: reads the inputs and the event once, runs the command the event calls for, and
 * reports the result as outputs and a job summary. The only place that catches errors and
 * fails the step.
 */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    // The token is never printed; the runner already masks the secrets it is made from.
    const inputs = readInputs((name) => core.getInput(name));
    const event = await readEvent(env);
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
    const result = await dispatch(event, context);
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

/** Chooses the command for an event; anything else is skipped with a reason. */
async function dispatch(event: ActionEvent, context: CommandContext): Promise<CommandResult> {
  const skipped = (message: string): CommandResult => ({
    result: 'skipped',
    message,
    summary: message,
  });
  if (event.name === 'workflow_dispatch') return sortList(context);
  if (event.name !== 'issues' || !event.issue) {
    return skipped(
      `paper-list-bot runs on issues and workflow_dispatch events, not ${event.name || 'this event'}.`,
    );
  }
  if (event.issue.isPullRequest) return skipped('Pull requests are not papers.');
  switch (event.action) {
    case 'opened':
    case 'reopened':
      return addPaper(context, event.issue);
    case 'edited':
      return addPaper(context, event.issue, { respectClosedPullRequest: true });
    case 'labeled':
      return addPaper(context, event.issue, {
        respectClosedPullRequest: true,
        ...(event.label !== undefined ? { addedLabel: event.label } : {}),
      });
    case 'closed':
      return closePaper(context, event.issue.number);
    default:
      return skipped(`Nothing to do for issues ${event.action ?? ''} events.`);
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
