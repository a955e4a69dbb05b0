// Pull requests: list (with GitHub's filters), get, create (with GitHub's validation), update
// and merge.
import {
  asObject,
  checkBodyLength,
  httpError,
  notFound,
  optionalBoolean,
  optionalString,
  requiredString,
  unprocessable,
  validationFailed,
} from '../http-errors.js';
import { duplicateOpenPull, requirePull, setIssueState } from '../issue-ops.js';
import { mergePull } from '../merge.js';
import { openPull } from '../open-pull.js';
import { paginate } from '../pagination.js';
import type { IssueRecord, Repo } from '../repo.js';
import { json, type RepoRoute } from '../router.js';
import { repoApiUrl } from '../serialize-common.js';
import { pullJson } from '../serialize-issues.js';

const BODY_TOO_LONG = {
  resource: 'PullRequest',
  code: 'custom',
  field: 'body',
  message: 'body is too long (maximum is 65536 characters)',
};

/** The branch of a `head` (`branch` or `owner:branch`); `undefined` for another owner (forks are not emulated). */
function headBranch(repo: Repo, head: string): string | undefined {
  const colon = head.indexOf(':');
  if (colon < 0) return head;
  return head.slice(0, colon).toLowerCase() === repo.owner.login.toLowerCase()
    ? head.slice(colon + 1)
    : undefined;
}

function sortPulls(pulls: IssueRecord[], sort: string, direction: string | null): IssueRecord[] {
  const key = (issue: IssueRecord): number => {
    if (sort === 'updated') return Date.parse(issue.updatedAt) * 1e6 + issue.number;
    return issue.number;
  };
  const desc = direction ? direction === 'desc' : sort === 'created';
  return pulls.sort((a, b) => (desc ? key(b) - key(a) : key(a) - key(b)));
}

/** Routes of `/pulls`. */
export const pullRoutes: readonly RepoRoute[] = [
  {
    method: 'GET',
    pattern: /^\/pulls\/?$/,
    handle: ({ world, repo, req }) => {
      const state = req.query.get('state') ?? 'open';
      const head = req.query.get('head');
      const base = req.query.get('base');
      let pulls = [...repo.issues.values()].filter((i) => i.pull);
      if (state !== 'all') pulls = pulls.filter((i) => i.state === state);
      // Like GitHub, `head` filters only in the `owner:branch` form; a bare branch is ignored.
      if (head?.includes(':')) {
        const branch = headBranch(repo, head);
        pulls = pulls.filter((i) => branch !== undefined && i.pull?.headRef === branch);
      }
      if (base) pulls = pulls.filter((i) => i.pull?.baseRef === base);
      const sorted = sortPulls(
        pulls,
        req.query.get('sort') ?? 'created',
        req.query.get('direction'),
      );
      const { page, headers } = paginate(world, req, sorted);
      return json(
        200,
        page.map((issue) => pullJson(world, repo, issue, false)),
        headers,
      );
    },
  },
  {
    method: 'GET',
    pattern: /^\/pulls\/(\d+)$/,
    handle: ({ world, repo, params }) =>
      json(200, pullJson(world, repo, requirePull(repo, params[0]), true)),
  },
  {
    method: 'POST',
    pattern: /^\/pulls\/?$/,
    handle: ({ world, repo, req }) => {
      const body = asObject(req.body);
      const title = requiredString(body, 'title');
      const head = requiredString(body, 'head');
      const base = requiredString(body, 'base');
      const text = optionalString(body, 'body');
      const draft = optionalBoolean(body, 'draft') ?? false;
      const maintainerCanModify = optionalBoolean(body, 'maintainer_can_modify') ?? true;
      checkBodyLength(text, BODY_TOO_LONG);
      const branch = headBranch(repo, head);
      const headSha = branch === undefined ? undefined : repo.branch(branch);
      const baseSha = repo.branch(base);
      const invalid: object[] = [];
      if (!baseSha) invalid.push({ resource: 'PullRequest', field: 'base', code: 'invalid' });
      if (!headSha) invalid.push({ resource: 'PullRequest', field: 'head', code: 'invalid' });
      if (invalid.length > 0 || !headSha || !baseSha || branch === undefined)
        throw validationFailed(...invalid);
      if (duplicateOpenPull(repo, branch, base)) {
        throw validationFailed({
          resource: 'PullRequest',
          code: 'custom',
          message: `A pull request already exists for ${repo.owner.login}:${branch}.`,
        });
      }
      if (repo.objects.isAncestor(headSha, baseSha)) {
        throw validationFailed({
          resource: 'PullRequest',
          code: 'custom',
          message: `No commits between ${base} and ${head}`,
        });
      }
      const issue = openPull(world, repo, {
        head: branch,
        headSha,
        base,
        baseSha,
        title,
        body: text ?? null,
        user: world.bot,
        draft,
        maintainerCanModify,
      });
      return json(201, pullJson(world, repo, issue, true), {
        location: repoApiUrl(world, repo, `/pulls/${issue.number}`),
      });
    },
  },
  {
    method: 'PATCH',
    pattern: /^\/pulls\/(\d+)$/,
    handle: ({ world, repo, req, params }) => {
      const issue = requirePull(repo, params[0]);
      const pull = issue.pull;
      if (!pull) throw notFound();
      const body = asObject(req.body);
      const title = optionalString(body, 'title');
      const text = body.body === null ? null : optionalString(body, 'body');
      const state = optionalString(body, 'state');
      const base = optionalString(body, 'base');
      const maintainerCanModify = optionalBoolean(body, 'maintainer_can_modify');
      checkBodyLength(text ?? undefined, BODY_TOO_LONG);
      if (base !== undefined) {
        const baseSha = repo.branch(base);
        if (!baseSha)
          throw validationFailed({ resource: 'PullRequest', field: 'base', code: 'invalid' });
        pull.baseRef = base;
        pull.baseSha = baseSha;
      }
      const now = world.now();
      if (state !== undefined) setIssueState(repo, issue, state, undefined, now);
      if (title !== undefined) issue.title = title;
      if (text !== undefined) issue.body = text;
      if (maintainerCanModify !== undefined) pull.maintainerCanModify = maintainerCanModify;
      issue.updatedAt = now;
      return json(200, pullJson(world, repo, issue, true));
    },
  },
  {
    method: 'GET',
    pattern: /^\/pulls\/(\d+)\/merge$/,
    handle: ({ repo, params }) => {
      if (!requirePull(repo, params[0]).pull?.merged) throw notFound();
      return { status: 204 };
    },
  },
  {
    method: 'PUT',
    pattern: /^\/pulls\/(\d+)\/merge$/,
    handle: ({ world, repo, req, params }) => {
      const issue = requirePull(repo, params[0]);
      const body = asObject(req.body);
      const method = optionalString(body, 'merge_method') ?? 'merge';
      if (method !== 'merge' && method !== 'squash' && method !== 'rebase') {
        throw unprocessable(
          `Invalid request.\n\nFor 'properties/merge_method', "${method}" is not a valid merge method.`,
        );
      }
      const sha = optionalString(body, 'sha');
      if (issue.state !== 'open') throw httpError(405, 'Pull Request is not mergeable');
      if (sha !== undefined && sha !== issue.pull?.headSha) {
        throw httpError(409, 'Head branch was modified. Review and try the merge again.');
      }
      const title = optionalString(body, 'commit_title');
      const message = optionalString(body, 'commit_message');
      const commit = mergePull(repo, issue, {
        method,
        mergedBy: world.bot,
        now: world.now(),
        ...(title === undefined ? {} : { title }),
        ...(message === undefined ? {} : { message }),
      });
      if (!commit) throw httpError(405, 'Pull Request is not mergeable');
      return json(200, {
        sha: commit.sha,
        merged: true,
        message: 'Pull Request successfully merged',
      });
    },
  },
];
