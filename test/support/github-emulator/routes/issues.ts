// Issues: get, create, update (title, body, state, labels) and their labels.
import {
  asObject,
  checkBodyLength,
  missingField,
  notFound,
  optionalString,
  requiredString,
} from '../http-errors.js';
import { addLabels, labelNames, requireIssue, setIssueState } from '../issue-ops.js';
import type { IssueRecord } from '../repo.js';
import { json, type RepoRoute } from '../router.js';
import { labelJson, repoApiUrl } from '../serialize-common.js';
import { issueJson } from '../serialize-issues.js';

const BODY_TOO_LONG = {
  resource: 'Issue',
  code: 'custom',
  field: 'body',
  message: 'body is too long (maximum is 65536 characters)',
};

/** Routes of `/issues` and `/issues/{n}/labels`. */
export const issueRoutes: readonly RepoRoute[] = [
  {
    method: 'GET',
    pattern: /^\/issues\/(\d+)$/,
    handle: ({ world, repo, params }) =>
      json(200, issueJson(world, repo, requireIssue(repo, params[0]))),
  },
  {
    method: 'POST',
    pattern: /^\/issues\/?$/,
    handle: ({ world, repo, req }) => {
      const body = asObject(req.body);
      const title = requiredString(body, 'title');
      const text = optionalString(body, 'body');
      checkBodyLength(text, BODY_TOO_LONG);
      const now = world.now();
      const issue: IssueRecord = {
        number: repo.allocateNumber(),
        id: world.nextId(),
        title,
        body: text ?? null,
        user: world.bot,
        labels: [],
        state: 'open',
        stateReason: null,
        authorAssociation: null,
        createdAt: now,
        updatedAt: now,
        closedAt: null,
      };
      if (body.labels !== undefined) addLabels(repo, issue, labelNames(body.labels));
      repo.issues.set(issue.number, issue);
      return json(201, issueJson(world, repo, issue), {
        location: repoApiUrl(world, repo, `/issues/${issue.number}`),
      });
    },
  },
  {
    method: 'PATCH',
    pattern: /^\/issues\/(\d+)$/,
    handle: ({ world, repo, req, params }) => {
      const issue = requireIssue(repo, params[0]);
      const body = asObject(req.body);
      const title = optionalString(body, 'title');
      const text = body.body === null ? null : optionalString(body, 'body');
      const state = optionalString(body, 'state');
      const reason = optionalString(body, 'state_reason');
      const labels = body.labels === undefined ? undefined : labelNames(body.labels);
      checkBodyLength(text ?? undefined, BODY_TOO_LONG);
      const now = world.now();
      if (state !== undefined) setIssueState(repo, issue, state, reason, now);
      if (title !== undefined) issue.title = title;
      if (text !== undefined) issue.body = text;
      if (labels !== undefined) {
        issue.labels = [];
        addLabels(repo, issue, labels);
      }
      issue.updatedAt = now;
      return json(200, issueJson(world, repo, issue));
    },
  },
  {
    method: 'GET',
    pattern: /^\/issues\/(\d+)\/labels$/,
    handle: ({ world, repo, params }) =>
      json(
        200,
        requireIssue(repo, params[0]).labels.map((name) => labelJson(world, repo, name)),
      ),
  },
  {
    // Adds labels; the body is `{ labels: [...] }` or a bare array, of names or `{ name }`.
    method: 'POST',
    pattern: /^\/issues\/(\d+)\/labels$/,
    handle: ({ world, repo, req, params }) => {
      const issue = requireIssue(repo, params[0]);
      const raw = Array.isArray(req.body) ? req.body : asObject(req.body).labels;
      if (raw === undefined) throw missingField('labels');
      addLabels(repo, issue, labelNames(raw));
      issue.updatedAt = world.now();
      return json(
        200,
        issue.labels.map((name) => labelJson(world, repo, name)),
      );
    },
  },
  {
    method: 'PUT',
    pattern: /^\/issues\/(\d+)\/labels$/,
    handle: ({ world, repo, req, params }) => {
      const issue = requireIssue(repo, params[0]);
      const raw = Array.isArray(req.body) ? req.body : (asObject(req.body).labels ?? []);
      const names = labelNames(raw);
      issue.labels = [];
      addLabels(repo, issue, names);
      issue.updatedAt = world.now();
      return json(
        200,
        issue.labels.map((name) => labelJson(world, repo, name)),
      );
    },
  },
  {
    method: 'DELETE',
    pattern: /^\/issues\/(\d+)\/labels$/,
    handle: ({ world, repo, params }) => {
      const issue = requireIssue(repo, params[0]);
      issue.labels = [];
      issue.updatedAt = world.now();
      return { status: 204 };
    },
  },
  {
    method: 'DELETE',
    pattern: /^\/issues\/(\d+)\/labels\/(.+)$/,
    handle: ({ world, repo, params }) => {
      const issue = requireIssue(repo, params[0]);
      const name = (params[1] ?? '').toLowerCase();
      const index = issue.labels.findIndex((l) => l.toLowerCase() === name);
      if (index < 0) throw notFound('Label does not exist');
      issue.labels.splice(index, 1);
      issue.updatedAt = world.now();
      return json(
        200,
        issue.labels.map((label) => labelJson(world, repo, label)),
      );
    },
  },
];
