// The refresh's decisions, as data: pure functions of what was read, like decide-addition.ts.
import { alreadyListedComment, noLongerFitsComment } from '../messages/refresh-text.js';
import type { AdditionDecision, AdditionFacts } from './decide-addition.js';

/** Why a refresh takes a pull request back. */
export type Withdrawal =
  /** The paper reached its section on the default branch some other way. */
  | 'already-listed'
  /** The list changed so that the issue no longer fits it (its section was renamed or removed). */
  | 'no-longer-fits';

/** The add's decision as a refresh carries it out, and whether the pull request is taken back. */
export interface RefreshRevision {
  readonly decision: AdditionDecision;
  readonly withdraw?: Withdrawal;
}

/**
 * What a refresh makes of the add's decision for an issue whose pull request is open. Building
 * the entry again is the add's own decision. A paper that is now in its section on the default
 * branch, and an issue whose section the list no longer has, get a comment saying so and their
 * pull request is taken back (the add alone would only comment and leave it open). Any other
 * reply (answers the filer edited into problems, a filer no longer allowed) stands as the add
 * words it, and the pull request keeps its last valid version.
 */
export function reviseForRefresh(
  decision: AdditionDecision,
  facts: AdditionFacts,
  pullNumber: number,
): RefreshRevision {
  const { plan, repository } = facts;
  if (decision.kind !== 'reply' || !plan || plan.kind === 'insert') return { decision };
  if (plan.kind === 'duplicate') {
    const first = plan.where[0]!;
    return {
      withdraw: 'already-listed',
      decision: {
        ...decision,
        message: `“${plan.paper.title}” is now in ${plan.section.name} on ${repository.defaultBranch} (${first.file.path}, line ${first.entry.line}): closing #${pullNumber}.`,
        comment: alreadyListedComment(plan, pullNumber, repository.url, repository.defaultBranch),
      },
    };
  }
  if (!plan.problems.some((problem) => problem.field === 'section')) return { decision };
  return {
    withdraw: 'no-longer-fits',
    decision: {
      ...decision,
      message: `Issue #${facts.issue.number} no longer fits the list (its section): closing #${pullNumber}.`,
      comment: noLongerFitsComment(plan.problems, pullNumber),
    },
  };
}
