// The repository commits API: one commit by ref, and the history of a ref.
import { unprocessable } from '../http-errors.js';
import type { CommitObject } from '../git-objects.js';
import { paginate } from '../pagination.js';
import type { Repo } from '../repo.js';
import { json, type RepoRoute } from '../router.js';
import { commitJson } from '../serialize-git.js';

/** Commits reachable from `head`, newest committer date first (ties: walk order). */
function history(repo: Repo, head: string): CommitObject[] {
  const commits = [...repo.objects.ancestors(head)]
    .map((sha) => repo.objects.commit(sha))
    .filter((c): c is CommitObject => c !== undefined);
  return commits.sort((a, b) => Date.parse(b.committer.date) - Date.parse(a.committer.date));
}

/** Whether a commit changed `path` (a file or anything under a directory) against its first parent. */
function touches(repo: Repo, commit: CommitObject, path: string): boolean {
  const parent = commit.parents[0];
  const before = parent ? repo.treeOf(parent) : new Map();
  const after = repo.treeOf(commit.sha);
  const inPath = (p: string): boolean => p === path || p.startsWith(`${path}/`);
  for (const p of new Set([...before.keys(), ...after.keys()])) {
    if (inPath(p) && before.get(p)?.sha !== after.get(p)?.sha) return true;
  }
  return false;
}

/** Routes of `/commits`. */
export const commitRoutes: readonly RepoRoute[] = [
  {
    method: 'GET',
    pattern: /^\/commits\/?$/,
    handle: ({ world, repo, req }) => {
      const ref = req.query.get('sha') ?? repo.defaultBranch;
      const head = repo.resolve(ref);
      if (!head) throw unprocessable(`No commit found for SHA: ${ref}`);
      const path = req.query.get('path')?.replace(/^\/+|\/+$/g, '');
      const commits = history(repo, head.sha).filter((c) => !path || touches(repo, c, path));
      const { page, headers } = paginate(world, req, commits);
      return json(
        200,
        page.map((c) => ({ ...commitJson(world, repo, c), files: undefined })),
        headers,
      );
    },
  },
  {
    method: 'GET',
    pattern: /^\/commits\/(.+)$/,
    handle: ({ world, repo, params }) => {
      const ref = params[0] ?? '';
      const commit = repo.resolve(ref);
      if (!commit) throw unprocessable(`No commit found for SHA: ${ref}`);
      return json(200, commitJson(world, repo, commit));
    },
  },
];
