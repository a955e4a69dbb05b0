import type { Config } from '../config/config.js';
import { DEFAULT_FORM } from '../form/default-form.js';
import type { FormField } from '../form/form-field.js';
import { parseIssueBody } from '../form/parse-issue-body.js';
import { readFormTemplate } from '../form/read-form-template.js';
import { BranchExistsError, type BranchState, type PullRequest } from '../github/gateway.js';
import {
  branchChangedComment,
  duplicateComment,
  invalidComment,
  notAllowedComment,
  proposedComment,
} from '../messages/issue-comment.js';
import { defuseMentions, quoteText } from '../messages/markdown-text.js';
import { additionPullRequest } from '../messages/pull-request-text.js';
import { planAddition, type InsertPlan } from '../plan/plan-addition.js';
import type { CommandContext, CommandResult } from './command-context.js';
import { isAllowed } from './is-allowed.js';
import { loadConfig, loadList } from './load-repository.js';
import { upsertBotComment } from './upsert-bot-comment.js';

/** The issue an `issues` event is about. */
export interface IssueInput {
  readonly number: number;
  readonly body: string;
  readonly author: { readonly login: string; readonly id: number };
  /** Comment count from the event payload. */
  readonly comments: number;
  readonly labels: readonly string[];
}

/** The trailer that marks the bot's own commits, so that it never overwrites people's. */
export const BOT_TRAILER = 'Generated-by: paper-list-bot';

/** The bot's branch for an issue. */
export function issueBranch(config: Config, issueNumber: number): string {
  return `${config['branch-prefix']}issue-${issueNumber}`;
}

/**
 * `issues` opened, edited, reopened (or just labelled with the form label): turns the issue into a
 * pull request on `<prefix>issue-<n>`, built from the default branch's head, and leaves or
 * updates one comment. Invalid or duplicate papers get the comment and no pull request.
 * Re-running the same event leaves the same state.
 */
export async function addPaper(
  context: CommandContext,
  issue: IssueInput,
  options: { readonly addedLabel?: string } = {},
): Promise<CommandResult> {
  const { gateway, repository, log } = context;
  const loaded = await log.group('Read the list', async () => {
    const base = await gateway.getBranch(repository.defaultBranch);
    if (!base) throw new Error(`the default branch ${repository.defaultBranch} does not exist`);
    log.info(`Default branch ${repository.defaultBranch} is at ${base.sha}.`);
    const config = await loadConfig(context, base.sha);
    return { base, config };
  });
  const { base, config } = loaded;
  const skip = (message: string): CommandResult => ({
    result: 'skipped',
    message,
    summary: message,
  });

  if (!issue.labels.includes(config['form-label'])) {
    return skip(
      `Issue #${issue.number} does not carry the "${config['form-label']}" label: nothing to do.`,
    );
  }
  if (options.addedLabel !== undefined && options.addedLabel !== config['form-label']) {
    return skip(`Issue #${issue.number} was labelled "${options.addedLabel}": nothing to do.`);
  }
  if (!(await isAllowed(context, config['allowed-authors'], issue.author.login))) {
    const { comment } = await upsertBotComment(
      gateway,
      issue.number,
      notAllowedComment(issue.author.login, config['allowed-authors']),
      {
        knownEmpty: issue.comments === 0,
        issueAuthor: issue.author.login,
      },
    );
    return {
      ...skip(
        `@${issue.author.login} may not add papers (allowed-authors: ${config['allowed-authors']}).`,
      ),
      commentUrl: comment.url,
    };
  }

  const { plan, files } = await log.group('Plan the entry', async () => {
    const repositoryList = await loadList(context, config, base.sha);
    const form = await chooseForm(context, config, base.sha, issue.body);
    const plan = planAddition({
      body: issue.body,
      form,
      list: repositoryList.list,
      format: repositoryList.format,
    });
    log.info(
      describePlan(
        plan.kind,
        plan.kind === 'insert' ? `${plan.section.name}, line ${plan.line}` : '',
      ),
    );
    return { plan, files: repositoryList.files };
  });
  const commentOptions = (knownEmpty: boolean) => ({ knownEmpty, issueAuthor: issue.author.login });

  if (plan.kind === 'invalid') {
    const { comment } = await upsertBotComment(
      gateway,
      issue.number,
      invalidComment(plan.problems),
      commentOptions(issue.comments === 0),
    );
    const message = `Issue #${issue.number} cannot be added yet: ${plan.problems.length} problem(s).`;
    return {
      result: 'invalid',
      message,
      summary: [
        `### ${message}`,
        '',
        ...plan.problems.map(
          (p) => `- **${quoteText(p.label, 80)}**: ${defuseMentions(p.message)}`,
        ),
        '',
        `[The comment](${comment.url})`,
      ].join('\n'),
      commentUrl: comment.url,
    };
  }
  if (plan.kind === 'duplicate') {
    const body = duplicateComment(plan, repository.url, repository.defaultBranch);
    const { comment } = await upsertBotComment(
      gateway,
      issue.number,
      body,
      commentOptions(issue.comments === 0),
    );
    const first = plan.where[0]!;
    const message = `“${plan.paper.title}” is already in ${plan.section.name} (${first.file.path}, line ${first.entry.line}): no pull request.`;
    return {
      result: 'duplicate',
      message,
      summary: `### ${quoteText(message, 400)}\n\n[The comment](${comment.url})`,
      commentUrl: comment.url,
    };
  }

  const branch = issueBranch(config, issue.number);
  const baseBlob = files.find((f) => f.path === plan.file.path)?.blobSha;
  const commit = {
    branch,
    base,
    files: [
      { path: plan.file.path, text: plan.text, ...(baseBlob ? { baseBlobSha: baseBlob } : {}) },
    ],
    message: commitMessage(plan, issue),
  };
  const pushed = await log.group(`Push ${branch}`, async () => {
    try {
      const sha = await gateway.createBranchWithCommit(commit);
      log.info(`Created ${branch} at ${sha}.`);
      return { outcome: 'created' as const };
    } catch (error) {
      if (!(error instanceof BranchExistsError)) throw error;
    }
    const existing = await gateway.getBranch(branch);
    if (existing && !madeByBot(existing)) return { outcome: 'human' as const };
    if (existing && existing.parents[0] === base.sha) {
      const current = await gateway.readFile(plan.file.path, existing.sha);
      if (current?.text === plan.text) {
        log.info(`${branch} already holds this entry on ${repository.defaultBranch}'s head.`);
        return { outcome: 'same' as const };
      }
    }
    const sha = existing
      ? await gateway.replaceBranchWithCommit(commit)
      : await gateway.createBranchWithCommit(commit);
    log.info(`Regenerated ${branch} from ${repository.defaultBranch} at ${sha}.`);
    return { outcome: 'regenerated' as const };
  });

  if (pushed.outcome === 'human') {
    const pullRequest = await gateway.findOpenPullRequest(branch);
    const { comment } = await upsertBotComment(
      gateway,
      issue.number,
      branchChangedComment(branch, pullRequest),
      commentOptions(false),
    );
    const message = `${branch} has commits made by people: left as it is.`;
    return {
      result: 'unchanged',
      message,
      summary: `### ${message}\n\n[The comment](${comment.url})`,
      commentUrl: comment.url,
      ...pr(pullRequest),
    };
  }

  const text = additionPullRequest(plan, {
    issueNumber: issue.number,
    issueAuthor: issue.author.login,
    repositoryUrl: repository.url,
    branch,
  });
  const {
    pullRequest,
    changed: prChanged,
    created,
  } = await log.group('Open the pull request', async () => {
    const opened = await gateway.openPullRequest({
      branch,
      base: repository.defaultBranch,
      title: text.title,
      body: text.body,
    });
    if (opened.created) {
      await gateway.addLabels(opened.pullRequest.number, config.labels);
      log.info(`Opened #${opened.pullRequest.number}: ${opened.pullRequest.url}`);
      return { pullRequest: opened.pullRequest, changed: true, created: true };
    }
    if (opened.pullRequest.title === text.title && opened.pullRequest.body === text.body) {
      return { pullRequest: opened.pullRequest, changed: false, created: false };
    }
    const updated = await gateway.updatePullRequest(opened.pullRequest.number, {
      title: text.title,
      body: text.body,
    });
    log.info(`Updated #${updated.number}.`);
    return { pullRequest: updated, changed: true, created: false };
  });

  const { comment } = await upsertBotComment(
    gateway,
    issue.number,
    proposedComment(plan, pullRequest),
    commentOptions(issue.comments === 0 && pushed.outcome === 'created'),
  );
  const result = created
    ? 'created'
    : pushed.outcome === 'same' && !prChanged
      ? 'unchanged'
      : 'updated';
  const message = `${result === 'created' ? 'Opened' : result === 'updated' ? 'Updated' : 'Unchanged:'} #${pullRequest.number}: “${plan.paper.title}” → ${plan.section.name} (${plan.file.path}, line ${plan.line}).`;
  return {
    result,
    message,
    summary: [
      `### ${quoteText(message, 400)}`,
      '',
      `- Pull request: [#${pullRequest.number}](${pullRequest.url})`,
      `- Branch: \`${branch}\`, built on \`${base.sha.slice(0, 7)}\``,
      `- Placement: ${quoteText(plan.placement, 300)}`,
      ...plan.alsoListed.map(
        (o) =>
          `- Also listed in ${quoteText(o.sectionName)} (${o.file.path}, line ${o.entry.line})`,
      ),
      `- [The comment](${comment.url})`,
    ].join('\n'),
    commentUrl: comment.url,
    ...pr(pullRequest),
  };
}

/**
 * The form to read the body with: the default one, or, when the body does not carry the
 * default labels (they were reworded), the repository's own template.
 */
async function chooseForm(
  context: CommandContext,
  config: Config,
  ref: string,
  body: string,
): Promise<readonly FormField[]> {
  const parsed = parseIssueBody(body, DEFAULT_FORM);
  if (DEFAULT_FORM.every((field) => parsed.present.has(field.id))) return DEFAULT_FORM;
  const file = await context.gateway.readFile(config['form-template'], ref);
  if (!file) return DEFAULT_FORM;
  const template = readFormTemplate(file.text);
  if ('error' in template) {
    context.log.warn(
      `${config['form-template']}: ${template.error}; reading the issue with the default labels.`,
    );
    return DEFAULT_FORM;
  }
  context.log.info(`Reading the issue with the labels of ${config['form-template']}.`);
  return template.fields;
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

/** Whether a branch head is one of the bot's commits (one parent, the bot's trailer). */
export function madeByBot(branch: BranchState): boolean {
  return (
    branch.parents.length === 1 &&
    branch.message.split('\n').some((line) => line.trim() === BOT_TRAILER)
  );
}

function pr(pullRequest: PullRequest | undefined): Pick<CommandResult, 'pullRequest'> {
  return pullRequest ? { pullRequest: { number: pullRequest.number, url: pullRequest.url } } : {};
}

function describePlan(kind: string, where: string): string {
  return kind === 'insert' ? `The entry goes to ${where}.` : `Outcome: ${kind}.`;
}
