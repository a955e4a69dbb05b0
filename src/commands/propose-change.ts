import type { FileChange, Head, PullRequest } from '../github/gateway.js';
import type { PullRequestText } from '../messages/pull-request-text.js';
import type { CommandContext } from './command-context.js';
import { openBotPullRequest, type OpenedPullRequest } from './open-bot-pull-request.js';
import { ownedByBot, pushBotBranch, type PushOutcome } from './push-bot-branch.js';

/** A change the bot proposes: one commit on its branch, and the pull request that carries it. */
export interface ChangeProposal {
  readonly branch: string;
  /** The commit the branch is built on. */
  readonly base: Head;
  readonly files: readonly FileChange[];
  /** The commit message. */
  readonly message: string;
  readonly pullRequest: PullRequestText;
  /** Labels for a new pull request. */
  readonly labels: readonly string[];
}

/** What proposing did: the branch is people's (left alone), or the pull request is up. */
export type ProposalOutcome =
  | { readonly kind: 'human'; readonly open: PullRequest | undefined }
  | { readonly kind: 'proposed'; readonly pushed: PushOutcome; readonly opened: OpenedPullRequest };

/**
 * Puts a proposal on GitHub, the one way add, sort and refresh do it: the commit on the bot's
 * branch (created, rebuilt on the base, or left when it already holds the change), then the pull
 * request opened or brought up to date. A branch people committed to is never touched.
 */
export async function proposeChange(
  context: CommandContext,
  proposal: ChangeProposal,
): Promise<ProposalOutcome> {
  const { branch, base, files, message, pullRequest, labels } = proposal;
  const pushed = await context.log.group(`Push ${branch}`, () =>
    pushBotBranch(context, { branch, base, files, message }),
  );
  if (pushed === 'human') {
    return { kind: 'human', open: await context.gateway.findOpenPullRequest(branch) };
  }
  const opened = await context.log.group('Open the pull request', () =>
    openBotPullRequest(context, branch, pullRequest, labels),
  );
  return { kind: 'proposed', pushed, opened };
}

/** What withdrawing did to the pull request and the branch. */
export interface WithdrawOutcome {
  readonly closed: boolean;
  readonly deleted: boolean;
  /** The branch exists and people committed to it: kept. */
  readonly kept: boolean;
}

/**
 * Takes a proposal back: closes its open pull request (its body gains `closingMarker` when
 * given, so a later run can tell why it was closed) and deletes the branch unless people
 * committed to it.
 */
export async function withdrawChange(
  context: CommandContext,
  options: {
    readonly branch: string;
    readonly baseSha: string;
    readonly pullRequest: PullRequest | undefined;
    readonly closingMarker?: string;
  },
): Promise<WithdrawOutcome> {
  const { gateway, log } = context;
  const { branch, pullRequest, closingMarker } = options;
  const closed = pullRequest?.state === 'open';
  if (pullRequest && closed) {
    const body = closingMarker ? { body: `${pullRequest.body}\n${closingMarker}` } : {};
    await gateway.updatePullRequest(pullRequest.number, { state: 'closed', ...body });
    log.info(`Closed #${pullRequest.number}.`);
  }
  const head = await gateway.getBranch(branch);
  if (!head) return { closed, deleted: false, kept: false };
  if (!ownedByBot(head, options.baseSha)) {
    log.warn(`${branch} has commits made by people: not deleting it.`);
    return { closed, deleted: false, kept: true };
  }
  await gateway.deleteBranch(branch);
  log.info(`Deleted ${branch}.`);
  return { closed, deleted: true, kept: false };
}
