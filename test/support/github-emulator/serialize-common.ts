// JSON shapes shared by many endpoints: accounts, repositories, labels, and URL helpers.
import type { Repo } from './repo.js';
import type { UserInfo } from './types.js';
import type { World } from './world.js';

/** Percent-encodes each segment of a path, keeping the slashes. */
export function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** The API URL of a path under a repository: `<base>/repos/<owner>/<name><path>`. */
export function repoApiUrl(world: World, repo: Repo, path = ''): string {
  return world.apiUrl(`/repos/${repo.owner.login}/${repo.name}${path}`);
}

/** A node id in GitHub's style (opaque, stable). */
export function nodeId(kind: string, id: number | string): string {
  return `${kind}_${Buffer.from(String(id)).toString('base64url')}`;
}

/** An account, as GitHub embeds it (`simple-user`). */
export function userJson(world: World, user: UserInfo): Record<string, unknown> {
  const html =
    user.type === 'Bot'
      ? `https://github.com/apps/${user.login.replace(/\[bot\]$/, '')}`
      : `https://github.com/${user.login}`;
  return {
    login: user.login,
    id: user.id,
    node_id: nodeId(user.type === 'Bot' ? 'BOT' : 'U', user.id),
    avatar_url: `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
    gravatar_id: '',
    url: world.apiUrl(`/users/${encodeURIComponent(user.login)}`),
    html_url: html,
    type: user.type,
    user_view_type: 'public',
    site_admin: false,
  };
}

/** A repository (`full-repository`, trimmed to what matters here). */
export function repoJson(world: World, repo: Repo): Record<string, unknown> {
  return {
    id: repo.id,
    node_id: nodeId('R', repo.id),
    name: repo.name,
    full_name: repo.fullName,
    private: repo.isPrivate,
    owner: userJson(world, repo.owner),
    html_url: repo.htmlUrl,
    description: null,
    fork: false,
    url: repoApiUrl(world, repo),
    archived: false,
    disabled: false,
    visibility: repo.isPrivate ? 'private' : 'public',
    default_branch: repo.defaultBranch,
    has_issues: true,
    permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
  };
}

/** A label of the repository, by name (created on first use, like GitHub). */
export function labelJson(world: World, repo: Repo, name: string): Record<string, unknown> {
  const label = repo.ensureLabel(name);
  return {
    id: label.id,
    node_id: nodeId('LA', label.id),
    url: repoApiUrl(world, repo, `/labels/${encodeURIComponent(label.name)}`),
    name: label.name,
    color: label.color,
    default: false,
    description: label.description,
  };
}
