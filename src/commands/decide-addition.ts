// The decisions of `addPaper`, as data: pure functions of what was read, tested without a
// gateway. The command reads, calls these, and carries out what they return.
import type { Config } from '../config/config.js';
import type { Head, Issue, PullRequest, RepoFile } from '../github/gateway.js';
import {
  duplicateComment,
  invalidComment,
  maintainerClosedComment,
  notAllowedComment,
} from '../messages/issue-comment.js';
import { defuseMentions } from '../messages/markdown-text.js';
import { additionPullRequest, CLOSED_WITH_ISSUE_MARKER } from '../messages/pull-request-text.js';
import { shorten } from '../paper/answer-text.js';
import type { AdditionPlan, InsertPlan } from '../plan/plan-addition.js';
import { issueBranch } from './bot-branches.js';
import type { RepositoryContext, ResultKind } from './command-context.js';
import type { ChangeProposal } from './propose-change.js';
import { BOT_TRAILER } from './push-bot-branch.js';

/** The issue an addition is about: an `issues` event's, or one a refresh read again. */
export type IssueInput = Issue;

/** Whether the issue is the bot's business, and whether it still needs the form's label. */
export type IntakeDecision =
  | { readonly kind: 'skip'; readonly message: string }
  | { readonly kind: 'take'; readonly applyLabel: boolean };

/**
 * An issue is taken when it carries the form's label or is shaped like the form (then the bot
 * labels it); a `labeled` event for another label is no reason to act.
 */
export function decideIntake(
  issue: IssueInput,
  config: Config,
  isSubmission: boolean,
  addedLabel: string | undefined,
): IntakeDecision {
  const formLabel = config['form-label'];
  // GitHub compares label names case-insensitively.
  const isFormLabel = (label: string) => label.toLowerCase() === formLabel.toLowerCase();
  if (addedLabel !== undefined && !isFormLabel(addedLabel)) {
    return {
      kind: 'skip',
      message: `Issue #${issue.number} was labelled "${addedLabel}": nothing to do.`,
    };
  }
  const labelled = issue.labels.some(isFormLabel);
  if (labelled || isSubmission) return { kind: 'take', applyLabel: !labelled };
  return {
    kind: 'skip',
    message: `Issue #${issue.number} neither carries the "${formLabel}" label nor holds the headings of the form's required fields and paper fields (title, authors, venue, section, paper link): not a paper submission, nothing to do.`,
  };
}

/** What was read to decide an addition. */
export interface AdditionFacts {
  readonly issue: IssueInput;
  readonly repository: RepositoryContext;
  readonly config: Config;
  readonly base: Head;
  /** Whether the filer may add papers (`allowed-authors`). */
  readonly allowed: boolean;
  /** The plan, when the filer is allowed. */
  readonly plan?: AdditionPlan;
  readonly files: readonly RepoFile[];
  /** The latest pull request of the issue's branch, when a closed one is to be respected. */
  readonly latest?: PullRequest;
}

/** Reply on the issue only, or propose the entry through the issue's branch and pull request. */
export type AdditionDecision =
  | {
      readonly kind: 'reply';
      readonly result: ResultKind;
      readonly message: string;
      readonly comment: string;
      readonly pullRequest?: PullRequest;
    }
  | { readonly kind: 'propose'; readonly plan: InsertPlan; readonly proposal: ChangeProposal };

/**
 * Decides what an addition does: tell a filer who may not add papers, list the problems of an
 * invalid submission (naming the pull request that still holds the previous version), say
 * where a duplicate is, respect a pull request a maintainer closed, or propose the entry.
 */
export function decideAddition(facts: AdditionFacts): AdditionDecision {
  const { issue, repository, config, plan, latest } = facts;
  if (!facts.allowed || !plan) {
    const policy = config['allowed-authors'];
    const message = `@${issue.author.login} may not add papers (allowed-authors: ${policy}).`;
    return {
      kind: 'reply',
      result: 'skipped',
      message,
      comment: notAllowedComment(issue.author.login, policy),
    };
  }
  const open = latest?.state === 'open' ? latest : undefined;
  if (plan.kind === 'invalid') {
    const message = `Issue #${issue.number} cannot be added yet: ${plan.problems.length} problem(s).`;
    return {
      kind: 'reply',
      result: 'invalid',
      message,
      comment: invalidComment(plan.problems, open),
    };
  }
  if (plan.kind === 'duplicate') {
    const first = plan.where[0]!;
    const message = `“${plan.paper.title}” is already in ${plan.section.name} (${first.file.path}, line ${first.entry.line}): no pull request.`;
    const comment = duplicateComment(plan, repository.url, repository.defaultBranch);
    return { kind: 'reply', result: 'duplicate', message, comment };
  }
  if (latest && closedByMaintainer(latest)) {
    const message = `A maintainer closed #${latest.number}: not opening another pull request.`;
    return {
      kind: 'reply',
      result: 'unchanged',
      message,
      comment: maintainerClosedComment(latest),
      pullRequest: latest,
    };
  }
  return { kind: 'propose', plan, proposal: additionProposal(facts, plan) };
}

/** Closed, not merged, and not by the bot (which marks the pull requests it closes). */
function closedByMaintainer(pullRequest: PullRequest): boolean {
  return (
    pullRequest.state === 'closed' &&
    !pullRequest.merged &&
    !pullRequest.body.includes(CLOSED_WITH_ISSUE_MARKER)
  );
}

/** The entry's commit on `<prefix>issue-<n>` and its pull request. */
function additionProposal(facts: AdditionFacts, plan: InsertPlan): ChangeProposal {
  const { issue, repository, config, base, files } = facts;
  const branch = issueBranch(config, issue.number);
  const baseBlobSha = files.find((f) => f.path === plan.file.path)?.blobSha;
  return {
    branch,
    base,
    files: [{ path: plan.file.path, text: plan.text, ...(baseBlobSha ? { baseBlobSha } : {}) }],
    message: commitMessage(plan, issue),
    pullRequest: additionPullRequest(plan, {
      issueNumber: issue.number,
      issueAuthor: issue.author.login,
      repositoryUrl: repository.url,
      branch,
    }),
    labels: config.labels,
  };
}

/** The commit message: names the paper and the issue, credits the filer. */
export function commitMessage(plan: InsertPlan, issue: IssueInput): string {
  const { login, id } = issue.author;
  return [
    defuseMentions(
      `Add “${shorten(plan.paper.title, 60)}” to ${plan.section.name} (#${issue.number})`,
    ),
    '',
    `Proposed in #${issue.number} by @${login}.`,
    '',
    `Co-authored-by: ${login} <${id}+${login}@users.noreply.github.com>`,
    BOT_TRAILER,
  ].join('\n');
}
