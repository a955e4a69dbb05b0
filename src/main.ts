import { readEvent, type ActionEvent, type IssuesEvent, type OtherEvent } from './action/event.js';
import { actionsIO, type ActionIO } from './action/action-io.js';
import { getErrorMessage } from './action/error-message.js';
import { readInputs, type ActionInputs } from './action/inputs.js';
import { isRefreshEvent, pushSkipReason, refreshFor } from './action/refresh-events.js';
import { readSourceUrls } from './autofill/source-urls.js';
import { addPaper } from './commands/add-paper.js';
import { closePaper } from './commands/close-paper.js';
import type { CommandContext, CommandResult, Logger } from './commands/command-context.js';
import { reviewPullRequest } from './commands/review-pull-request.js';
import { StampingGateway } from './commands/stamping-gateway.js';
import { createGitHubClient, type GitHubClientOptions } from './github/octokit-client.js';
import { OctokitGateway } from './github/octokit-gateway.js';
import type { Sleep } from './github/sleep.js';

/** The `pull_request` actions that change what a pull request proposes: each is reviewed. */
const REVIEWED_ACTIONS = ['opened', 'synchronize', 'reopened', 'edited'];

/** How long after an issue was opened a `labeled` event counts as the form's own label. */
const OPENING_LABEL_SECONDS = 10;

/** The GitHub client's tuning a run may set: pacing, retries, back-off, its clock. */
export type ClientTuning = Pick<
  GitHubClientOptions,
  'pacing' | 'retries' | 'retryBaseMs' | 'maxWaitSeconds' | 'now'
>;

/**
 * What a run works with, each the runner's by default: `dist/index.js` calls `run()`, tests
 * pass their own, so that runs can share one process without sharing its environment.
 */
export interface RunOptions {
  /** The runner's variables: GITHUB_EVENT_NAME, GITHUB_EVENT_PATH, GITHUB_REPOSITORY, ... */
  readonly env?: NodeJS.ProcessEnv;
  /** Inputs, outputs, job summary, log and failure (default: @actions/core). */
  readonly io?: ActionIO;
  /** The GitHub client's tuning (default: no pacing, retries after 1, 4 and 9 s). */
  readonly client?: ClientTuning;
  /** How every pause of the run is made (default: real time; tests record them). */
  readonly sleep?: Sleep;
}

/** What {@link dispatch} hands the command and its GitHub client besides the event. */
interface Runtime {
  readonly log: Logger;
  readonly client: ClientTuning;
  readonly sleep: Sleep | undefined;
}

/**
 * The action: reads the inputs and the event once, runs the command the event calls for, and
 * reports the result as outputs and a job summary. The only place that catches errors and
 * fails the step. An event the bot has nothing to do for is skipped before any API call.
 */
export async function run(options: RunOptions = {}): Promise<void> {
  const { env = process.env, io = actionsIO } = options;
  try {
    // The token is never printed; the runner already masks the secrets it is made from.
    const inputs = readInputs((name) => io.getInput(name));
    const event = await readEvent(env);
    const reason = skipReason(event);
    // Warnings go to the log as they come, and to the job summary at the end.
    const warnings: string[] = [];
    const log = {
      ...io.log,
      warn: (message: string) => (warnings.push(message), io.log.warn(message)),
    };
    const runtime: Runtime = { log, client: options.client ?? {}, sleep: options.sleep };
    const result =
      event.kind === 'other' || reason !== undefined
        ? { result: 'skipped' as const, message: reason ?? '', summary: reason ?? '' }
        : await dispatch(event, inputs, env, runtime);
    io.log.info(result.message);
    io.setOutput('result', result.result);
    io.setOutput(
      'pull-request-number',
      result.pullRequest ? String(result.pullRequest.number) : '',
    );
    io.setOutput('pull-request-url', result.pullRequest?.url ?? '');
    if (result.refreshed) io.setOutput('refreshed-pull-requests', result.refreshed.join(','));
    await io.appendSummary(`## paper-list-bot\n\n${result.summary}\n${warningsSection(warnings)}`);
    reportProblems(result, io);
  } catch (error) {
    io.setFailed(getErrorMessage(error));
  }
}

/** The run's warnings as a section of the job summary; empty when there were none. */
function warningsSection(warnings: readonly string[]): string {
  if (warnings.length === 0) return '';
  return `\n### Warnings\n\n${warnings.map((w) => `- ${w.replace(/\n/g, ' ')}`).join('\n')}\n`;
}

/** Why the event needs no work at all, or `undefined` when a command must look at it. */
export function skipReason(event: ActionEvent): string | undefined {
  if (event.kind === 'other') {
    return `paper-list-bot runs on issues, pull_request, push, schedule and workflow_dispatch events, not ${event.name || 'this event'}.`;
  }
  if (event.kind === 'push') return pushSkipReason(event);
  if (event.kind === 'workflow_dispatch' || event.kind === 'schedule') return undefined;
  if (event.kind === 'pull_request') {
    return REVIEWED_ACTIONS.includes(event.action)
      ? undefined
      : `Nothing to do for pull_request ${event.action} events.`;
  }
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
  event: Exclude<ActionEvent, OtherEvent>,
  inputs: ActionInputs,
  env: NodeJS.ProcessEnv,
  runtime: Runtime,
): Promise<CommandResult> {
  const client = createGitHubClient({
    ...runtime.client,
    // A refresh writes to many pull requests in a row: GitHub's pace for bulk writes.
    pacing: runtime.client.pacing ?? isRefreshEvent(event),
    sleep: runtime.sleep,
    token: inputs.token,
    baseUrl: inputs.apiUrl ?? env.GITHUB_API_URL ?? 'https://api.github.com',
    warn: (message) => runtime.log.warn(message),
  });
  const context: CommandContext = {
    gateway: new StampingGateway(
      new OctokitGateway(client, { owner: event.repository.owner, repo: event.repository.repo }),
    ),
    repository: event.repository,
    configPath: inputs.configPath,
    log: runtime.log,
    wait: runtime.sleep,
    // Autofill's sources, from the run's environment (PAPER_LIST_BOT_*_URL); no token goes there.
    metadata: {
      urls: readSourceUrls(env),
      ...(runtime.sleep ? { http: { sleep: runtime.sleep } } : {}),
    },
  };
  if (isRefreshEvent(event)) return refreshFor(event, context);
  if (event.kind === 'pull_request') return reviewPullRequest(context, event.pullRequest);
  const { issue, action } = event;
  // A re-run keeps the first attempt's GITHUB_SHA and payload, both older than the bot's
  // branch and comment may be by then: read the head and look for the comment instead.
  const firstAttempt = (env.GITHUB_RUN_ATTEMPT ?? '1') === '1';
  const base = event.sha !== undefined && firstAttempt ? { baseSha: event.sha } : {};
  const commentCountIsCurrent = action === 'opened' && firstAttempt;
  switch (action) {
    case 'closed':
      return closePaper(context, issue.number);
    case 'edited':
      return addPaper(context, issue, {
        respectClosedPullRequest: true,
        commentCountIsCurrent,
        ...base,
      });
    case 'labeled':
      return addPaper(context, issue, {
        respectClosedPullRequest: true,
        commentCountIsCurrent,
        ...(event.label !== undefined ? { addedLabel: event.label } : {}),
        ...base,
      });
    default:
      return addPaper(context, issue, { commentCountIsCurrent, ...base });
  }
}

/** A review's problems as error annotations on their lines, then a failed step. */
function reportProblems(result: CommandResult, io: ActionIO): void {
  // The I/O escapes the message and the properties; titles are fixed words.
  for (const note of result.annotations ?? []) io.annotate(note);
  if (result.failure) io.setFailed(result.failure);
}
