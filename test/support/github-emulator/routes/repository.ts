// The repository itself, its branches and collaborator permissions.
import { notFound } from '../http-errors.js';
import { json, type RepoRoute } from '../router.js';
import { repoApiUrl, repoJson, userJson } from '../serialize-common.js';
import { commitJson } from '../serialize-git.js';
import type { Permission } from '../types.js';

/** How GitHub reports each level: the legacy `permission` and the `role_name`. */
const REPORTED: Record<Permission, { permission: string; role: string }> = {
  admin: { permission: 'admin', role: 'admin' },
  maintain: { permission: 'write', role: 'maintain' },
  write: { permission: 'write', role: 'write' },
  triage: { permission: 'read', role: 'triage' },
  read: { permission: 'read', role: 'read' },
  none: { permission: 'none', role: 'none' },
};

const RANK: Permission[] = ['none', 'read', 'triage', 'write', 'maintain', 'admin'];

/** Routes of `GET /repos/{o}/{r}`, branches and collaborators. */
export const repositoryRoutes: readonly RepoRoute[] = [
  {
    method: 'GET',
    pattern: /^\/?$/,
    handle: ({ world, repo }) => json(200, repoJson(world, repo)),
  },
  {
    method: 'GET',
    pattern: /^\/branches\/(.+)$/,
    handle: ({ world, repo, params }) => {
      const name = params[0] ?? '';
      const sha = repo.branch(name);
      const commit = sha ? repo.objects.commit(sha) : undefined;
      if (!commit) throw notFound('Branch not found');
      return json(200, {
        name,
        commit: commitJson(world, repo, commit),
        _links: {
          self: repoApiUrl(world, repo, `/branches/${encodeURIComponent(name)}`),
          html: `${repo.htmlUrl}/tree/${name}`,
        },
        protected: false,
        protection: {
          enabled: false,
          required_status_checks: { enforcement_level: 'off', contexts: [], checks: [] },
        },
        protection_url: repoApiUrl(world, repo, `/branches/${encodeURIComponent(name)}/protection`),
      });
    },
  },
  {
    method: 'GET',
    pattern: /^\/collaborators\/([^/]+)\/permission$/,
    handle: ({ world, repo, params }) => {
      const login = params[0] ?? '';
      let level = repo.permissionOf(login);
      // Everyone can read a public repository.
      if (level === 'none' && !repo.isPrivate) level = 'read';
      const reported = REPORTED[level];
      const rank = RANK.indexOf(level);
      return json(200, {
        permission: reported.permission,
        role_name: reported.role,
        user: {
          ...userJson(world, world.user(login)),
          permissions: {
            admin: rank >= RANK.indexOf('admin'),
            maintain: rank >= RANK.indexOf('maintain'),
            push: rank >= RANK.indexOf('write'),
            triage: rank >= RANK.indexOf('triage'),
            pull: rank >= RANK.indexOf('read'),
          },
          role_name: reported.role,
        },
      });
    },
  },
];
