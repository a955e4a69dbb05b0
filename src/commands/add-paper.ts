import type { Config } from '../config/config.js';
import { chooseIssueForm, readIssue } from '../form/read-issue.js';
import type { Head, PullRequest } from '../github/gateway.js';
import {
  branchChangedComment,
  duplicateComment,
  invalidComment,
  maintainerClosedComment,
  notAllowedComment,
  proposedComment,
} from '../messages/issue-comment.js';
import { defuseMentions, quoteText } from '../messages/markdown-text.js';
import { additionPullRequest, CLOSED_WITH_ISSUE_MARKER } from '../messages/pull-request-text.js';
import { planAddition, type InsertPlan } from '../plan/plan-addition.js';
import { issueBranch } from './bot-branches.js';
import type { CommandContext, CommandResult } from './command-context.js';
import { isAllowed } from './is-allowed.js';
import { loadConfig, loadRepositoryList } from './load-repository.js';
import { openBotPullRequest } from './open-bot-pull-request.js';
import { BOT_TRAILER, pushBotBranch } from './push-bot-branch.js';
import { upsertBotComment, type UpsertCommentOptions } from './upsert-bot-comment.js';

/** The issue an `issues` event is about. */
export interface IssueInput {
  readonly number: number;
  readonly body: string;
  readonly author: { readonly login: string; readonly id: number };
  /** Comment count from the event payload. */
  readonly comments: number;
  readonly labels: readonly string[];
  readonly state: 'open' | 'closed';
}

/** How the event reached the command. */
export interface AddPaperOptions {
  /** For `labeled` events: the label just added; other labels are no reason to act. */
  readonly addedLabel?: string;
  /**
   * Whether a pull request a maintainer closed should be respected (edits, labels) or a new
   * one opened (a reopened issue asks for it).
   */
  readonly respectClosedPullRequest?: boolean;
  /** The default branch's head named by the event (`GITHUB_SHA`), to build on without a call. */
  readonly baseSha?: string;
}

/** The colour of the form label when the bot creates it. */
const FORM_LABEL_COLOR = '0e8a16';

/**
 * `issues` opened, edited, reopened (or just labelled with the form label): turns the issue
 * into a pull request on `<prefix>issue-<n>`, built from the default branch's head, and leaves
 * or updates one comment. Invalid or duplicate papers get the comment and no pull request.
 * Re-running the same event leaves the same state.
 */
export async function addPaper(
  context: CommandContext,
  issue: IssueInput,
  options: AddPaperOptions = {},
): Promise<CommandResult> {
  const { gateway, repository, log } = context;
  const skip = (message: string): CommandResult => ({
    result: 'skipped',
    message,
    summary: message,
  });
  if (issue.state === 'closed') return skip(`Issue #${issue.number} is closed: nothing to do.`);

  const { base, config, form } = await log.group('Read the configuration', async () => {
    const base = await baseCommit(context, options.baseSha);
    const config = await loadConfig(context, base.sha);
    return { base, config, form: await loadIssueForm(context, config, base.sha) };
  });
  const read = readIssue(issue.body, form);
  const formLabel = config['form-label'];
  const labelled = issue.labels.includes(formLabel);
  if (options.addedLabel !== undefined && options.addedLabel !== formLabel) {
    return skip(`Issue #${issue.number} was labelled "${options.addedLabel}": nothing to do.`);
  }
  if (!labelled && !read.isSubmission) {
    return skip(
      `Issue #${issue.number} neither carries the "${formLabel}" label nor holds the headings of the form's required fields: not a paper submission, nothing to do.`,
    );
  }
  if (!labelled) await applyFormLabel(context, issue.number, formLabel);
  const commentOptions = (knownEmpty: boolean, anotherRun = false): UpsertCommentOptions => ({
    knownEmpty,
    issueAuthor: issue.author.login,
    anotherRun,
    wait: context.wait,
  });
  const reply = async (
    result: CommandResult['result'],
    message: string,
    body: string,
    pullRequest?: PullRequest,
  ) => {
    const { comment } = await upsertBotComment(
      gateway,
      issue.number,
      body,
      commentOptions(issue.comments === 0),
    );
    return finish(result, message, comment.url, pullRequest);
  };

  if (!(await isAllowed(context, config['allowed-authors'], issue.author.login))) {
    const message = `@${issue.author.login} may not add papers (allowed-authors: ${config['allowed-authors']}).`;
    return reply(
      'skipped',
      message,
      notAllowedComment(issue.author.login, config['allowed-authors']),
    );
  }

  const { plan, files } = await log.group('Plan the entry', async () => {
    const { list, format, files } = await loadRepositoryList(context, config, base.sha);
    const plan = planAddition({
      body: issue.body,
      form: form.fields,
      parsed: read.parsed,
      list,
      format,
    });
    log.info(
      plan.kind === 'insert'
        ? `The entry goes to ${plan.section.name}, line ${plan.line}, ${plan.placement}.`
        : `Outcome: ${plan.kind}.`,
    );
    return { plan, files };
  });
  if (plan.kind === 'invalid') {
    return reply(
      'invalid',
      `Issue #${issue.number} cannot be added yet: ${plan.problems.length} problem(s).`,
      invalidComment(plan.problems),
    );
  }
  if (plan.kind === 'duplicate') {
    const first = plan.where[0]!;
    const message = `“${plan.paper.title}” is already in ${plan.section.name} (${first.file.path}, line ${first.entry.line}): no pull request.`;
    return reply(
      'duplicate',
      message,
      duplicateComment(plan, repository.url, repository.defaultBranch),
    );
  }

  const branch = issueBranch(config, issue.number);
  if (options.respectClosedPullRequest) {
    const latest = await gateway.findPullRequest(branch);
    if (
      latest?.state === 'closed' &&
      !latest.merged &&
      !latest.body.includes(CLOSED_WITH_ISSUE_MARKER)
    ) {
      const message = `A maintainer closed #${latest.number}: not opening another pull request.`;
      return reply('unchanged', message, maintainerClosedComment(latest), latest);
    }
  }

  const baseBlobSha = files.find((f) => f.path === plan.file.path)?.blobSha;
  const pushed = await log.group(`Push ${branch}`, () =>
    pushBotBranch(context, {
      branch,
      base,
      files: [{ path: plan.file.path, text: plan.text, ...(baseBlobSha ? { baseBlobSha } : {}) }],
      message: commitMessage(plan, issue),
    }),
  );
  if (pushed === 'human') {
    const open = await gateway.findOpenPullRequest(branch);
    return reply(
      'unchanged',
      `${branch} has commits made by people: left as it is.`,
      branchChangedComment(branch, open),
      open,
    );
  }

  const text = additionPullRequest(plan, {
    issueNumber: issue.number,
    issueAuthor: issue.author.login,
    repositoryUrl: repository.url,
    branch,
  });
  const opened = await log.group('Open the pull request', () =>
    openBotPullRequest(context, branch, text, config.labels),
  );
  const { pullRequest } = opened;
  const { comment } = await upsertBotComment(
    gateway,
    issue.number,
    proposedComment(plan, pullRequest),
    commentOptions(issue.comments === 0 && pushed === 'created', pushed === 'raced'),
  );
  const result = opened.created
    ? 'created'
    : pushed === 'same' && !opened.changed
      ? 'unchanged'
      : 'updated';
  const verb = { created: 'Opened', updated: 'Updated', unchanged: 'Unchanged:' }[result];
  const message = `${verb} #${pullRequest.number}: “${plan.paper.title}” → ${plan.section.name} (${plan.file.path}, line ${plan.line}).`;
  return finish(result, message, comment.url, pullRequest, [
    `- Branch: \`${branch}\`, built on \`${base.sha.slice(0, 7)}\``,
    `- Placement: ${quoteText(plan.placement, 300)}`,
    ...plan.alsoListed.map(
      (o) => `- Also listed in ${quoteText(o.sectionName)} (${o.file.path}, line ${o.entry.line})`,
    ),
  ]);
}

/** A result with its job summary: the message, the pull request, details and the comment. */
function finish(
  result: CommandResult['result'],
  message: string,
  commentUrl: string,
  pullRequest?: PullRequest,
  details: readonly string[] = [],
): CommandResult {
  return {
    result,
    message,
    summary: [
      `### ${quoteText(message, 400)}`,
      '',
      ...(pullRequest ? [`- Pull request: [#${pullRequest.number}](${pullRequest.url})`] : []),
      ...details,
      `- [The comment on the issue](${commentUrl})`,
    ].join('\n'),
    commentUrl,
    ...(pullRequest ? { pullRequest: { number: pullRequest.number, url: pullRequest.url } } : {}),
  };
}

/**
 * The commit the bot builds on: the default branch's head as the event saw it (`GITHUB_SHA` of
 * an `issues` event), which saves a call, or as it is now.
 */
async function baseCommit(context: CommandContext, eventSha: string | undefined): Promise<Head> {
  const { gateway, repository, log } = context;
  if (eventSha !== undefined) {
    log.info(`Building on ${eventSha}, the head of ${repository.defaultBranch} for this event.`);
    return { sha: eventSha };
  }
  const head = await gateway.getBranch(repository.defaultBranch);
  if (!head) throw new Error(`the default branch ${repository.defaultBranch} does not exist`);
  log.info(`Default branch ${repository.defaultBranch} is at ${head.sha}.`);
  return head;
}

/** The repository's issue form at a ref (the built-in form when there is none). */
async function loadIssueForm(context: CommandContext, config: Config, ref: string) {
  const path = config['form-template'];
  const file = await context.gateway.readFile(path, ref);
  const form = chooseIssueForm(file && { path, text: file.text });
  if (form.warning) context.log.warn(form.warning);
  else context.log.info(`Reading the issue with ${form.path ?? 'the built-in form'}.`);
  return form;
}

/**
 * Labels a submission that arrived without the form's label (GitHub only applies a form's
 * labels that already exist), creating the label first so maintainers can filter by it.
 */
async function applyFormLabel(context: CommandContext, issueNumber: number, name: string) {
  const created = await context.gateway.createLabel({
    name,
    color: FORM_LABEL_COLOR,
    description: 'A paper proposed with the New paper form',
  });
  await context.gateway.addLabels(issueNumber, [name]);
  context.log.info(
    `Labelled #${issueNumber} "${name}"${created === 'created' ? ' (label created)' : ''}.`,
  );
}

/** The commit message: names the paper and the issue, credits the filer. */
function commitMessage(plan: InsertPlan, issue: IssueInput): string {
  const title =
    plan.paper.title.length > 60 ? `${plan.paper.title.slice(0, 59)}…` : plan.paper.title;
  const { login, id } = issue.author;
  return [
    defuseMentions(`Add “${title}” to ${plan.section.name} (#${issue.number})`),
    '',
    `Proposed in #${issue.number} by @${login}.`,
    '',
    `Co-authored-by: ${login} <${id}+${login}@users.noreply.github.com>`,
    BOT_TRAILER,
  ].join('\n');
}
