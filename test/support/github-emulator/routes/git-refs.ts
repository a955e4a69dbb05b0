// Git references: get, list, create, update (fast-forward or forced) and delete.
import {
  asObject,
  notFound,
  optionalBoolean,
  requiredString,
  unprocessable,
} from '../http-errors.js';
import type { Repo } from '../repo.js';
import { json, type RepoRoute } from '../router.js';
import { repoApiUrl } from '../serialize-common.js';
import { refJson } from '../serialize-git.js';

/** Whether git would accept the ref name (the rules of `git check-ref-format`). */
function isValidRefName(ref: string): boolean {
  if (ref.endsWith('/') || ref.endsWith('.') || ref.includes('..') || ref.includes('@{'))
    return false;
  for (const ch of ref) {
    const code = ch.charCodeAt(0);
    if (code <= 0x20 || code === 0x7f || '~^:?*[\\'.includes(ch)) return false;
  }
  return ref
    .split('/')
    .every((part) => part !== '' && !part.startsWith('.') && !part.endsWith('.lock'));
}

/** Whether a new ref would clash with an existing one as file and directory (`a` vs `a/b`). */
function clashes(repo: Repo, ref: string): boolean {
  for (const existing of repo.refs.keys()) {
    if (existing.startsWith(`${ref}/`) || ref.startsWith(`${existing}/`)) return true;
  }
  return false;
}

function sortedRefs(repo: Repo, prefix: string): [string, string][] {
  return [...repo.refs]
    .filter(([ref]) => ref.startsWith(prefix))
    .sort(([a], [b]) => (a < b ? -1 : 1));
}

/** Routes of `/git/ref`, `/git/refs` and `/git/matching-refs`. */
export const gitRefRoutes: readonly RepoRoute[] = [
  {
    method: 'GET',
    pattern: /^\/git\/ref\/(.+)$/,
    handle: ({ world, repo, params }) => {
      const ref = `refs/${params[0]}`;
      const sha = repo.refs.get(ref);
      if (!sha) throw notFound();
      return json(200, refJson(world, repo, ref, sha));
    },
  },
  {
    method: 'GET',
    pattern: /^\/git\/matching-refs\/(.*)$/,
    handle: ({ world, repo, params }) =>
      json(
        200,
        sortedRefs(repo, `refs/${params[0]}`).map(([ref, sha]) => refJson(world, repo, ref, sha)),
      ),
  },
  {
    // The legacy form: an exact ref answers one object, a prefix answers an array.
    method: 'GET',
    pattern: /^\/git\/refs(?:\/(.*))?$/,
    handle: ({ world, repo, params }) => {
      const ref = params[0] ? `refs/${params[0]}` : 'refs/';
      const sha = repo.refs.get(ref);
      if (sha) return json(200, refJson(world, repo, ref, sha));
      const matches = sortedRefs(repo, ref.endsWith('/') ? ref : `${ref}/`);
      if (matches.length === 0) throw notFound();
      return json(
        200,
        matches.map(([r, s]) => refJson(world, repo, r, s)),
      );
    },
  },
  {
    method: 'POST',
    pattern: /^\/git\/refs\/?$/,
    handle: ({ world, repo, req }) => {
      const body = asObject(req.body);
      const ref = requiredString(body, 'ref');
      const sha = requiredString(body, 'sha');
      if (!ref.startsWith('refs/') || ref.split('/').length < 3) {
        throw unprocessable(
          'Reference name must contain at least three slash-separated components.',
        );
      }
      if (!isValidRefName(ref)) throw unprocessable(`${ref} is not a valid ref name.`);
      if (!repo.objects.commit(sha)) throw unprocessable('Object does not exist');
      if (repo.refs.has(ref)) throw unprocessable('Reference already exists');
      if (clashes(repo, ref)) throw unprocessable('Reference update failed');
      repo.setRef(ref, sha);
      return json(201, refJson(world, repo, ref, sha), {
        location: repoApiUrl(world, repo, `/git/${ref}`),
      });
    },
  },
  {
    method: 'PATCH',
    pattern: /^\/git\/refs\/(.+)$/,
    handle: ({ world, repo, req, params }) => {
      const body = asObject(req.body);
      const ref = `refs/${params[0]}`;
      const sha = requiredString(body, 'sha');
      const force = optionalBoolean(body, 'force') ?? false;
      const current = repo.refs.get(ref);
      if (!current) throw unprocessable('Reference does not exist');
      if (!repo.objects.commit(sha)) throw unprocessable('Object does not exist');
      if (!force && !repo.objects.isAncestor(current, sha)) {
        throw unprocessable('Update is not a fast forward');
      }
      repo.setRef(ref, sha);
      return json(200, refJson(world, repo, ref, sha));
    },
  },
  {
    method: 'DELETE',
    pattern: /^\/git\/refs\/(.+)$/,
    handle: ({ repo, params }) => {
      const ref = `refs/${params[0]}`;
      if (!repo.refs.has(ref)) throw unprocessable('Reference does not exist');
      if (ref === `refs/heads/${repo.defaultBranch}`)
        throw unprocessable('Reference update failed');
      repo.deleteRef(ref);
      return { status: 204 };
    },
  },
];
