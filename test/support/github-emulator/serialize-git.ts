// JSON shapes of git data: commits (git and REST flavours), refs, trees and contents.
import type { CommitObject, TreeEntry } from './git-objects.js';
import type { Repo } from './repo.js';
import { encodePath, nodeId, repoApiUrl, userJson } from './serialize-common.js';
import type { World } from './world.js';

/** GitHub returns `content: ''` and `encoding: 'none'` for files over 1 MB. */
export const CONTENT_INLINE_LIMIT = 1024 * 1024;

/** Base64 as GitHub sends it in contents: lines of 60 characters, each ending with `\n`. */
export function wrappedBase64(bytes: Buffer): string {
  return bytes.toString('base64').replace(/.{1,60}/g, '$&\n');
}

function verificationJson(commit: CommitObject): Record<string, unknown> {
  return {
    verified: commit.verified,
    reason: commit.reason,
    signature: commit.verified
      ? '-----BEGIN PGP SIGNATURE-----\n\nemulated\n-----END PGP SIGNATURE-----\n'
      : null,
    payload: commit.verified ? `tree ${commit.tree}\n` : null,
    verified_at: commit.verified ? commit.committer.date : null,
  };
}

function parentsJson(world: World, repo: Repo, commit: CommitObject, rest: boolean): object[] {
  return commit.parents.map((sha) => ({
    sha,
    url: repoApiUrl(world, repo, rest ? `/commits/${sha}` : `/git/commits/${sha}`),
    html_url: `${repo.htmlUrl}/commit/${sha}`,
  }));
}

/** A commit as the git data API shows it (`git-commit`). */
export function gitCommitJson(
  world: World,
  repo: Repo,
  commit: CommitObject,
): Record<string, unknown> {
  return {
    sha: commit.sha,
    node_id: nodeId('C', commit.sha),
    url: repoApiUrl(world, repo, `/git/commits/${commit.sha}`),
    html_url: `${repo.htmlUrl}/commit/${commit.sha}`,
    author: { ...commit.author },
    committer: { ...commit.committer },
    tree: { sha: commit.tree, url: repoApiUrl(world, repo, `/git/trees/${commit.tree}`) },
    message: commit.message,
    parents: parentsJson(world, repo, commit, false),
    verification: verificationJson(commit),
  };
}

/** What a commit changed against its first parent, as `files` of the commits API. */
function changedFiles(world: World, repo: Repo, commit: CommitObject): object[] {
  const parent = commit.parents[0];
  const before = parent ? repo.treeOf(parent) : new Map();
  const after = repo.treeOf(commit.sha);
  const files: object[] = [];
  for (const path of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const old = before.get(path);
    const now = after.get(path);
    if (old?.sha === now?.sha && old?.mode === now?.mode) continue;
    const status = !old ? 'added' : !now ? 'removed' : 'modified';
    const sha = (now ?? old)?.sha;
    const at = now ? commit.sha : (parent ?? commit.sha);
    files.push({
      sha,
      filename: path,
      status,
      blob_url: `${repo.htmlUrl}/blob/${at}/${encodePath(path)}`,
      raw_url: `${repo.htmlUrl}/raw/${at}/${encodePath(path)}`,
      contents_url: repoApiUrl(world, repo, `/contents/${encodePath(path)}?ref=${at}`),
    });
  }
  return files;
}

/** A commit as the repository commits API shows it (`commit`). */
export function commitJson(
  world: World,
  repo: Repo,
  commit: CommitObject,
): Record<string, unknown> {
  return {
    sha: commit.sha,
    node_id: nodeId('C', commit.sha),
    commit: {
      author: { ...commit.author },
      committer: { ...commit.committer },
      message: commit.message,
      tree: { sha: commit.tree, url: repoApiUrl(world, repo, `/git/trees/${commit.tree}`) },
      url: repoApiUrl(world, repo, `/git/commits/${commit.sha}`),
      comment_count: 0,
      verification: verificationJson(commit),
    },
    url: repoApiUrl(world, repo, `/commits/${commit.sha}`),
    html_url: `${repo.htmlUrl}/commit/${commit.sha}`,
    comments_url: repoApiUrl(world, repo, `/commits/${commit.sha}/comments`),
    author: commit.authorUser ? userJson(world, commit.authorUser) : null,
    committer: commit.committerUser ? userJson(world, commit.committerUser) : null,
    parents: parentsJson(world, repo, commit, true),
    files: changedFiles(world, repo, commit),
  };
}

/** A git reference (`git-ref`). */
export function refJson(
  world: World,
  repo: Repo,
  ref: string,
  sha: string,
): Record<string, unknown> {
  return {
    ref,
    node_id: nodeId('REF', `${repo.id}:${ref}`),
    url: repoApiUrl(world, repo, `/git/${encodePath(ref)}`),
    object: { sha, type: 'commit', url: repoApiUrl(world, repo, `/git/commits/${sha}`) },
  };
}

/** Entries of a tree as the trees API lists them, recursively when asked. */
export function treeEntriesJson(
  world: World,
  repo: Repo,
  treeSha: string,
  recursive: boolean,
  prefix = '',
): object[] {
  const out: object[] = [];
  for (const entry of repo.objects.treeEntries(treeSha) ?? []) {
    const path = `${prefix}${entry.name}`;
    const size = entry.type === 'blob' ? repo.objects.blob(entry.sha)?.length : undefined;
    out.push({
      path,
      mode: entry.mode,
      type: entry.type,
      sha: entry.sha,
      ...(size === undefined ? {} : { size }),
      url: repoApiUrl(
        world,
        repo,
        entry.type === 'tree' ? `/git/trees/${entry.sha}` : `/git/blobs/${entry.sha}`,
      ),
    });
    if (recursive && entry.type === 'tree') {
      out.push(...treeEntriesJson(world, repo, entry.sha, true, `${path}/`));
    }
  }
  return out;
}

/** A tree (`git-tree`). */
export function treeJson(
  world: World,
  repo: Repo,
  treeSha: string,
  recursive: boolean,
): Record<string, unknown> {
  return {
    sha: treeSha,
    url: repoApiUrl(world, repo, `/git/trees/${treeSha}`),
    tree: treeEntriesJson(world, repo, treeSha, recursive),
    truncated: false,
  };
}

/** Where the emulator serves a file's raw bytes (GitHub's `download_url`). */
export function downloadUrl(world: World, repo: Repo, ref: string, path: string): string {
  return world.apiUrl(
    `/_emulator/raw/${repo.owner.login}/${repo.name}/${encodeURIComponent(ref)}/${encodePath(path)}`,
  );
}

/**
 * A file or directory entry of the contents API; `withContent` adds `content` and `encoding`
 * (empty with encoding `none` over 1 MB).
 */
export function contentJson(
  world: World,
  repo: Repo,
  ref: string,
  path: string,
  entry: TreeEntry,
  withContent: boolean,
): Record<string, unknown> {
  const isDir = entry.type === 'tree';
  const bytes = entry.type === 'blob' ? repo.objects.blob(entry.sha) : undefined;
  const self = repoApiUrl(
    world,
    repo,
    `/contents/${encodePath(path)}?ref=${encodeURIComponent(ref)}`,
  );
  const git = repoApiUrl(
    world,
    repo,
    isDir ? `/git/trees/${entry.sha}` : `/git/blobs/${entry.sha}`,
  );
  const html = `${repo.htmlUrl}/${isDir ? 'tree' : 'blob'}/${ref}/${encodePath(path)}`;
  const json: Record<string, unknown> = {
    type: isDir
      ? 'dir'
      : entry.type === 'commit'
        ? 'submodule'
        : entry.mode === '120000'
          ? 'symlink'
          : 'file',
  };
  if (withContent && bytes) {
    const inline = bytes.length <= CONTENT_INLINE_LIMIT;
    json.encoding = inline ? 'base64' : 'none';
    json.size = bytes.length;
    json.name = path.split('/').pop() ?? path;
    json.path = path;
    json.content = inline ? wrappedBase64(bytes) : '';
  } else {
    json.size = bytes?.length ?? 0;
    json.name = path.split('/').pop() ?? path;
    json.path = path;
  }
  Object.assign(json, {
    sha: entry.sha,
    url: self,
    git_url: git,
    html_url: html,
    download_url: isDir || !bytes ? null : downloadUrl(world, repo, ref, path),
    _links: { self, git, html },
  });
  return json;
}
