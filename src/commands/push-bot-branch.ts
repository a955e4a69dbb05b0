import { BranchExistsError, type BranchState, type CommitRequest } from '../github/gateway.js';
import type { CommandContext } from './command-context.js';

/** The trailer that marks the bot's own commits, so that it never overwrites people's. */
export const BOT_TRAILER = 'Generated-by: paper-list-bot';

/** What pushing the bot's branch did. */
export type PushOutcome =
  /** The branch was new: created with the commit. */
  | 'created'
  /** The branch already held exactly these files on the base: nothing written. */
  | 'same'
  /** The branch was rebuilt on the base with the files, replacing the bot's older commit. */
  | 'regenerated'
  /** The branch had just been created by another run of the same event: taken over. */
  | 'raced'
  /** The branch has commits people made: left alone. */
  | 'human';

/** Whether a branch head is one of the bot's commits (one parent, the bot's trailer). */
export function madeByBot(branch: BranchState): boolean {
  return (
    branch.parents.length === 1 &&
    branch.message.split('\n').some((line) => line.trim() === BOT_TRAILER)
  );
}

/**
 * Whether the bot may rewrite or delete a branch: its head is the bot's commit, or the branch
 * still points at the base (it has no commits of its own, e.g. another run just created it).
 */
export function ownedByBot(branch: BranchState, baseSha: string): boolean {
  return madeByBot(branch) || branch.sha === baseSha;
}

/**
 * Puts the commit on the bot's branch: creates the branch, or, when it exists (a re-run, an
 * edit, a race with another run), rebuilds it on the base in one ref update, unless it already
 * holds the same files on the same base. A branch with commits the bot did not make is never
 * touched.
 */
export async function pushBotBranch(
  context: CommandContext,
  commit: CommitRequest,
): Promise<PushOutcome> {
  const { gateway, log } = context;
  try {
    const sha = await gateway.createBranchWithCommit(commit);
    log.info(`Created ${commit.branch} at ${sha}.`);
    return 'created';
  } catch (error) {
    if (!(error instanceof BranchExistsError)) throw error;
  }
  const existing = await gateway.getBranch(commit.branch);
  if (!existing) {
    // Deleted between the two calls: create it after all.
    await gateway.createBranchWithCommit(commit);
    return 'created';
  }
  if (!ownedByBot(existing, commit.base.sha)) {
    log.warn(`${commit.branch} has commits made by people: leaving it as it is.`);
    return 'human';
  }
  // A branch still at the base has no commits of its own: another run just created it.
  const empty = existing.sha === commit.base.sha;
  if (!empty && existing.parents[0] === commit.base.sha) {
    const current = await Promise.all(
      commit.files.map((f) => gateway.readFile(f.path, existing.sha)),
    );
    if (current.every((file, i) => file?.text === commit.files[i]!.text)) {
      log.info(`${commit.branch} already holds this change on the base.`);
      return 'same';
    }
  }
  const sha = await gateway.replaceBranchWithCommit(commit);
  log.info(`Rebuilt ${commit.branch} on ${commit.base.sha.slice(0, 7)} at ${sha}.`);
  return empty ? 'raced' : 'regenerated';
}
