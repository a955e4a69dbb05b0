import type { Config } from '../config/config.js';
import { readIssue, type IssueForm, type ReadIssueResult } from '../form/read-issue.js';
import type { Head, PullRequest } from '../github/gateway.js';
import { branchChangedComment, proposedComment } from '../messages/issue-comment.js';
import { quoteText } from '../messages/markdown-text.js';
import { planAddition } from '../plan/plan-addition.js';
import { autofillIssue } from './autofill-issue.js';
import { issueBranch } from './bot-branches.js';
import type { CommandContext, CommandResult, ResultKind } from './command-context.js';
import {
  decideAddition,
  decideIntake,
  type AdditionDecision,
  type AdditionFacts,
  type IssueInput,
} from './decide-addition.js';
import { isAllowed } from './is-allowed.js';
import { applyFormLabel, baseCommit, loadIssueForm } from './issue-intake.js';
import { loadConfig, loadRepositoryList } from './load-repository.js';
import { proposeChange } from './propose-change.js';
import { upsertBotComment } from './upsert-bot-comment.js';

export type { IssueInput } from './decide-addition.js';

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
  /**
   * Whether the issue's comment count is current (default true). False for events that may
   * have waited behind a run that commented, so the bot looks for its comment before writing.
   */
  readonly commentCountIsCurrent?: boolean;
  /**
   * Lets a caller that runs the add for another reason (a refresh) reword or change the
   * decision before it is carried out; by default the decision stands.
   */
  readonly revise?: (decision: AdditionDecision, facts: AdditionFacts) => AdditionDecision;
}

/** What the configuration step read. */
interface Intake {
  readonly base: Head;
  readonly config: Config;
  readonly form: IssueForm;
  readonly read: ReadIssueResult;
}

/**
 * `issues` opened, edited, reopened (or labelled with the form label later): turns the issue
 * into a pull request on `<prefix>issue-<n>` and leaves or updates one comment. Invalid or
 * duplicate papers get the comment and no pull request. Reads what it needs, lets
 * `decideIntake` and `decideAddition` decide, and carries the decision out. Re-running the same
 * event leaves the same state.
 */
export async function addPaper(
  context: CommandContext,
  issue: IssueInput,
  options: AddPaperOptions = {},
): Promise<CommandResult> {
  if (issue.state === 'closed') return skipped(`Issue #${issue.number} is closed: nothing to do.`);
  const intake = await context.log.group('Read the configuration', async (): Promise<Intake> => {
    const base = await baseCommit(context, options.baseSha);
    const config = await loadConfig(context, base.sha);
    const form = await loadIssueForm(context, config, base.sha);
    return { base, config, form, read: readIssue(issue.body, form) };
  });
  const taken = decideIntake(issue, intake.config, intake.read.isSubmission, options.addedLabel);
  if (taken.kind === 'skip') return skipped(taken.message);
  if (taken.applyLabel) await applyFormLabel(context, issue.number, intake.config['form-label']);
  const facts = await context.log.group('Plan the entry', () =>
    gatherFacts(context, issue, intake, options),
  );
  // The count in the payload is as of the event: an opened issue's, on a first attempt, is
  // current; any later event may have been queued behind a run that commented since.
  const knownEmpty = issue.comments === 0 && options.commentCountIsCurrent !== false;
  const decision = decideAddition(facts);
  return carryOut(context, issue, facts, options.revise?.(decision, facts) ?? decision, knownEmpty);
}

/** Whether the filer may add papers, the plan against the list, and the branch's latest PR. */
async function gatherFacts(
  context: CommandContext,
  issue: IssueInput,
  intake: Intake,
  options: AddPaperOptions,
): Promise<AdditionFacts> {
  const { base, config, form, read } = intake;
  const known = { issue, repository: context.repository, config, base, files: [] };
  if (!(await isAllowed(context, config['allowed-authors'], issue.author.login)))
    return { ...known, allowed: false };
  const { list, format, files } = await loadRepositoryList(context, config, base.sha);
  const { parsed, report } = await autofillIssue(context, {
    parsed: read.parsed,
    form: form.fields,
    mode: config.autofill,
    list,
    format,
  });
  const plan = planAddition({
    body: issue.body,
    form: form.fields,
    parsed,
    list,
    format,
    ...(report ? { autofill: report } : {}),
  });
  context.log.info(
    plan.kind === 'insert'
      ? `The entry goes to ${plan.section.name}, line ${plan.line}, ${plan.placement}.`
      : `Outcome: ${plan.kind}.`,
  );
  // An edit may have made a proposed paper invalid: its pull request is named in the comment.
  const wantsLatest =
    options.respectClosedPullRequest || (plan.kind === 'invalid' && issue.comments > 0);
  const latest = wantsLatest
    ? await context.gateway.findPullRequest(issueBranch(config, issue.number))
    : undefined;
  return { ...known, allowed: true, plan, files, ...(latest ? { latest } : {}) };
}

/** Carries a decision out: the comment alone, or the branch, the pull request and the comment. */
async function carryOut(
  context: CommandContext,
  issue: IssueInput,
  facts: AdditionFacts,
  decision: AdditionDecision,
  knownEmpty: boolean,
): Promise<CommandResult> {
  const comment = (body: string, knownEmpty: boolean, anotherRun = false) =>
    upsertBotComment(context.gateway, issue.number, body, {
      knownEmpty,
      issueAuthor: issue.author.login,
      anotherRun,
      wait: context.wait,
    });
  if (decision.kind === 'reply') {
    const { comment: posted } = await comment(decision.comment, knownEmpty);
    return finish(decision.result, decision.message, posted.url, decision.pullRequest);
  }
  const { plan, proposal } = decision;
  const outcome = await proposeChange(context, proposal);
  if (outcome.kind === 'human') {
    const message = `${proposal.branch} has commits made by people: left as it is.`;
    const { comment: posted } = await comment(
      branchChangedComment(proposal.branch, outcome.open),
      knownEmpty,
    );
    return finish('unchanged', message, posted.url, outcome.open);
  }
  const { pushed, opened } = outcome;
  const { pullRequest } = opened;
  const { comment: posted } = await comment(
    proposedComment(plan, pullRequest),
    knownEmpty && pushed === 'created',
    pushed === 'raced',
  );
  const result = opened.created
    ? 'created'
    : pushed === 'same' && !opened.changed
      ? 'unchanged'
      : 'updated';
  const verb = { created: 'Opened', updated: 'Updated', unchanged: 'Unchanged:' }[result];
  const message = `${verb} #${pullRequest.number}: “${plan.paper.title}” → ${plan.section.name} (${plan.file.path}, line ${plan.line}).`;
  return finish(result, message, posted.url, pullRequest, [
    `- Branch: \`${proposal.branch}\`, built on \`${facts.base.sha.slice(0, 7)}\``,
    `- Placement: ${quoteText(plan.placement, 300)}`,
    ...plan.alsoListed.map(
      (o) => `- Also listed in ${quoteText(o.sectionName)} (${o.file.path}, line ${o.entry.line})`,
    ),
  ]);
}

function skipped(message: string): CommandResult {
  return { result: 'skipped', message, summary: message };
}

/** A result with its job summary: the message, the pull request, details and the comment. */
function finish(
  result: ResultKind,
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
