import type { ListedPullRequest } from '../github/gateway.js';
import { CLOSED_WITH_ISSUE_MARKER } from '../messages/pull-request-text.js';
import type { RefreshRow } from '../messages/refresh-text.js';
import type { BotPullRequest } from '../plan/plan-refresh.js';
import { addPaper } from './add-paper.js';
import type { CommandResult } from './command-context.js';
import { reviseForRefresh, type Withdrawal } from './decide-refresh.js';
import { withdrawChange } from './propose-change.js';
import { resolveHead, row, standingRow, type RefreshRun } from './refresh-state.js';
import { ClosedMeanwhileError } from './run-memory-gateway.js';

/** Why a pull request was taken back, for the summary. */
const WITHDRAWN: Record<Withdrawal, string> = {
  'already-listed': 'the paper is already in its section on the default branch',
  'no-longer-fits':
    'the issue no longer fits the list (its section); editing the issue opens a new one',
};

/**
 * Brings the pull request of one issue up to date with the default branch's head, as an edit of
 * the issue would: the issue is read again as it is now and added again on the head through
 * `addPaper` (one commit on the head, the branch moved to it, the pull request's text and the
 * issue's comment rewritten only when they change). A paper the default branch now has in its
 * section, and an issue whose section the list lost, get their comment and the pull request is
 * closed (marked, so that the next edit of the issue opens a new one). A branch people
 * committed to is never touched. A pull request merged or closed while the refresh ran is left
 * as it is, and that is no failure.
 */
export async function refreshIssuePull(
  run: RefreshRun,
  item: BotPullRequest & { readonly target: { readonly kind: 'issue'; readonly issue: number } },
): Promise<RefreshRow> {
  const { pull } = item;
  const subject = `issue #${item.target.issue}`;
  const standing = await resolveHead(run, item);
  if (standing.kind !== 'behind') return standingRow(pull, subject, standing.kind, run.tip.sha);
  const issue = await run.fresh.getIssue(item.target.issue);
  if (!issue || issue.isPullRequest)
    return row(pull, subject, 'left alone', 'the issue does not exist');
  if (issue.state === 'closed')
    return row(pull, subject, 'left alone', 'the issue was closed meanwhile (merged or withdrawn)');
  let withdraw: Withdrawal | undefined;
  let result: CommandResult;
  try {
    result = await addPaper(run.context, issue, {
      baseSha: run.tip.sha,
      revise: (decision, facts) => {
        const revision = reviseForRefresh(decision, facts, pull.number);
        withdraw = revision.withdraw;
        return revision.decision;
      },
    });
  } catch (error) {
    return closedMeanwhile(run, pull, subject, error);
  }
  if (withdraw) {
    await withdrawChange(run.context, {
      branch: pull.headRef,
      baseSha: run.tip.sha,
      pullRequest: pull,
      closingMarker: CLOSED_WITH_ISSUE_MARKER,
    });
    return row(pull, subject, 'closed', WITHDRAWN[withdraw]);
  }
  return resultRow(pull, subject, result, run.tip.sha);
}

/** The row for what the add did on the head. */
function resultRow(
  pull: ListedPullRequest,
  subject: string,
  result: CommandResult,
  tip: string,
): RefreshRow {
  if (result.result === 'updated')
    return row(pull, subject, 'rebuilt', `was behind; now one commit on ${tip.slice(0, 7)}`);
  if (result.result === 'unchanged' && result.pullRequest?.number === pull.number)
    return row(pull, subject, 'up to date', result.message);
  return row(pull, subject, 'left alone', result.message);
}

/**
 * After a failed rebuild: when the pull request was merged or closed meanwhile (the branch's
 * update refused because a merge deleted it, or the pull request came back closed), it is
 * left so, and a rebuilt commit that went onto the branch of a merged pull request is taken
 * off again by deleting the branch, as GitHub does after a merge. Anything else is a failure.
 */
export async function closedMeanwhile(
  run: RefreshRun,
  pull: ListedPullRequest,
  subject: string,
  error: unknown,
): Promise<RefreshRow> {
  const now =
    error instanceof ClosedMeanwhileError
      ? error.pullRequest
      : await run.fresh.findPullRequest(pull.headRef);
  if (!now || now.number !== pull.number || now.state === 'open') throw error;
  if (error instanceof ClosedMeanwhileError) {
    // The update went through before the refresh saw the merge: put the text back.
    await run.fresh.updatePullRequest(pull.number, { title: pull.title, body: pull.body });
    if (now.merged) await run.fresh.deleteBranch(pull.headRef);
  }
  const what = now.merged ? 'merged' : 'closed';
  run.context.log.info(`#${pull.number} was ${what} while the refresh ran: left ${what}.`);
  return row(pull, subject, `left ${what}`, `it was ${what} while the refresh ran`);
}
