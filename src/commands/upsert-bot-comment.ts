import type { GitHubGateway, IssueComment } from '../github/gateway.js';
import { realSleep, type Sleep } from '../github/sleep.js';
import { COMMENT_MARKER } from '../messages/issue-comment.js';

/** What happened to the bot's one comment on an issue. */
export interface UpsertCommentResult {
  readonly comment: IssueComment;
  readonly action: 'created' | 'updated' | 'unchanged';
}

/** Options for {@link upsertBotComment}. */
export interface UpsertCommentOptions {
  /** The issue is known to have no comments (the event said so and this run is the first). */
  readonly knownEmpty: boolean;
  /** The issue's author, whose comments are never taken for the bot's. */
  readonly issueAuthor: string;
  /**
   * Another run of the same event is under way (it created the branch first): give its
   * comment a moment to appear before writing one, so that the two runs share one comment.
   */
  readonly anotherRun?: boolean;
  /**
   * How to wait between looks for the other run's comment (default: real time; the action
   * passes its run's sleep, which tests record and skip).
   */
  readonly wait?: Sleep | undefined;
}

/** The pauses before each new look for the other run's comment: 10 s in all. */
export const WAITS_MS: readonly number[] = [1000, 2000, 3000, 4000];

/**
 * Leaves or updates the bot's ONE comment on an issue, found again by its hidden marker. A
 * comment the filer wrote is never taken for the bot's, even if it carries the marker. After
 * writing a new comment it looks once more: if a concurrent run wrote one too, the oldest is
 * kept and the others deleted, so the issue ends with exactly one.
 */
export async function upsertBotComment(
  gateway: GitHubGateway,
  issueNumber: number,
  body: string,
  options: UpsertCommentOptions,
): Promise<UpsertCommentResult> {
  if (options.knownEmpty) {
    return { comment: await gateway.createComment(issueNumber, body), action: 'created' };
  }
  const isMine = (c: IssueComment) =>
    c.body.trimEnd().endsWith(COMMENT_MARKER) && c.author !== options.issueAuthor;
  let mine = (await gateway.listComments(issueNumber)).find(isMine);
  const wait = options.wait ?? realSleep;
  for (const ms of options.anotherRun && !mine ? WAITS_MS : []) {
    await wait(ms);
    mine = (await gateway.listComments(issueNumber)).find(isMine);
    if (mine) break;
  }
  if (mine) {
    if (mine.body === body) return { comment: mine, action: 'unchanged' };
    return { comment: await gateway.updateComment(mine.id, body), action: 'updated' };
  }
  const created = await gateway.createComment(issueNumber, body);
  const all = (await gateway.listComments(issueNumber)).filter(isMine).sort((a, b) => a.id - b.id);
  const [oldest, ...extra] = all;
  if (!oldest || extra.length === 0) return { comment: created, action: 'created' };
  for (const comment of extra) await gateway.deleteComment(comment.id);
  if (oldest.id === created.id || oldest.body === body)
    return { comment: oldest, action: 'created' };
  return { comment: await gateway.updateComment(oldest.id, body), action: 'updated' };
}
