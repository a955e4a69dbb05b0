import type { GitHubGateway, IssueComment } from '../github/gateway.js';
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
}

/**
 * Leaves or updates the bot's ONE comment on an issue, found again by its hidden marker. A
 * comment the filer wrote is never taken for the bot's, even if it carries the marker.
 */
export async function upsertBotComment(
  gateway: GitHubGateway,
  issueNumber: number,
  body: string,
  options: UpsertCommentOptions,
): Promise<UpsertCommentResult> {
  if (!options.knownEmpty) {
    const comments = await gateway.listComments(issueNumber);
    const mine = comments.find(
      (c) => c.body.trimEnd().endsWith(COMMENT_MARKER) && c.author !== options.issueAuthor,
    );
    if (mine) {
      if (mine.body === body) return { comment: mine, action: 'unchanged' };
      return { comment: await gateway.updateComment(mine.id, body), action: 'updated' };
    }
  }
  return { comment: await gateway.createComment(issueNumber, body), action: 'created' };
}
