// Issue and pull-request comments: list (paginated), create, get, update and delete.
import { asObject, checkBodyLength, notFound, requiredString } from '../http-errors.js';
import { requireIssue } from '../issue-ops.js';
import { paginate } from '../pagination.js';
import type { CommentRecord, Repo } from '../repo.js';
import { json, type RepoRoute } from '../router.js';
import { repoApiUrl } from '../serialize-common.js';
import { commentJson } from '../serialize-issues.js';

const BODY_TOO_LONG = {
  resource: 'IssueComment',
  code: 'unprocessable',
  field: 'data',
  message: 'Body is too long (maximum is 65536 characters)',
};

function requireComment(repo: Repo, id: string | undefined): CommentRecord {
  const comment = repo.comments.get(Number(id));
  if (!comment) throw notFound();
  return comment;
}

/** Routes of `/issues/{n}/comments` and `/issues/comments/{id}`. */
export const commentRoutes: readonly RepoRoute[] = [
  {
    method: 'GET',
    pattern: /^\/issues\/(\d+)\/comments$/,
    handle: ({ world, repo, req, params }) => {
      const issue = requireIssue(repo, params[0]);
      const { page, headers } = paginate(world, req, repo.commentsOf(issue.number));
      return json(
        200,
        page.map((c) => commentJson(world, repo, c)),
        headers,
      );
    },
  },
  {
    method: 'POST',
    pattern: /^\/issues\/(\d+)\/comments$/,
    handle: ({ world, repo, req, params }) => {
      const issue = requireIssue(repo, params[0]);
      const body = requiredString(asObject(req.body), 'body');
      checkBodyLength(body, BODY_TOO_LONG);
      const now = world.now();
      const comment: CommentRecord = {
        id: world.nextId(),
        issueNumber: issue.number,
        body,
        user: world.bot,
        authorAssociation: null,
        createdAt: now,
        updatedAt: now,
      };
      repo.comments.set(comment.id, comment);
      issue.updatedAt = now;
      return json(201, commentJson(world, repo, comment), {
        location: repoApiUrl(world, repo, `/issues/comments/${comment.id}`),
      });
    },
  },
  {
    method: 'GET',
    pattern: /^\/issues\/comments\/(\d+)$/,
    handle: ({ world, repo, params }) =>
      json(200, commentJson(world, repo, requireComment(repo, params[0]))),
  },
  {
    method: 'PATCH',
    pattern: /^\/issues\/comments\/(\d+)$/,
    handle: ({ world, repo, req, params }) => {
      const comment = requireComment(repo, params[0]);
      const body = requiredString(asObject(req.body), 'body');
      checkBodyLength(body, BODY_TOO_LONG);
      comment.body = body;
      comment.updatedAt = world.now();
      return json(200, commentJson(world, repo, comment));
    },
  },
  {
    method: 'DELETE',
    pattern: /^\/issues\/comments\/(\d+)$/,
    handle: ({ repo, params }) => {
      const comment = requireComment(repo, params[0]);
      repo.comments.delete(comment.id);
      return { status: 204 };
    },
  },
];
