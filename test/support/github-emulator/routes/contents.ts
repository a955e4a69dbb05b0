// The contents API: read a file or directory at a ref (JSON or raw), create, update and
// delete one file per commit, with GitHub's blob-sha concurrency check.
import { apiCommitMeta } from '../commit-meta.js';
import {
  asObject,
  httpError,
  missingField,
  notFound,
  optionalString,
  requiredString,
  unprocessable,
} from '../http-errors.js';
import type { Repo } from '../repo.js';
import { json, type ApiRequest, type ApiResponse, type RepoRoute } from '../router.js';
import { contentJson, gitCommitJson } from '../serialize-git.js';
import { isValidPath } from '../tree-edit.js';
import type { World } from '../world.js';

/** `Accept` values that ask for the raw bytes (`application/vnd.github.raw`, `.v3.raw`, `+json`). */
const RAW_ACCEPT = /application\/vnd\.github(?:\.v3)?\.raw/i;

/** Base64 as GitHub accepts it (line breaks allowed, padding required). */
function decodeBase64(text: string): Buffer | undefined {
  const compact = text.replace(/[\r\n]/g, '');
  if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) return undefined;
  return Buffer.from(compact, 'base64');
}

function rawResponse(bytes: Buffer): ApiResponse {
  return {
    status: 200,
    raw: bytes,
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      'x-github-media-type': 'github.v3; param=raw',
    },
  };
}

/** The branch a write goes to, and its head (`undefined` only for the first commit of an empty repository). */
function targetBranch(
  repo: Repo,
  requested: string | undefined,
): { branch: string; head: string | undefined } {
  const branch = requested ?? repo.defaultBranch;
  const head = repo.branch(branch);
  if (!head && !(repo.refs.size === 0 && branch === repo.defaultBranch)) {
    throw notFound(`Branch ${branch} not found`);
  }
  return { branch, head };
}

function filePath(param: string | undefined): string {
  const path = (param ?? '').replace(/^\/+|\/+$/g, '');
  if (!isValidPath(path)) throw unprocessable('path contains a malformed path component');
  return path;
}

/**
 * Serves `download_url`s: `/_emulator/raw/{owner}/{repo}/{ref}/{path}` (no token needed, like a
 * public raw URL).
 */
export function serveRawDownload(world: World, req: ApiRequest): ApiResponse {
  const match = /^\/_emulator\/raw\/([^/]+)\/([^/]+)\/([^/]+)\/(.+)$/.exec(req.rawPath);
  const [owner, name, ref, path] = (match?.slice(1) ?? []).map((p) => decodeURIComponent(p ?? ''));
  const repo = owner && name ? world.repo(owner, name) : undefined;
  const commit = ref ? repo?.resolve(ref) : undefined;
  const entry = repo && commit && path ? repo.objects.lookup(commit.tree, path) : undefined;
  const bytes = entry?.type === 'blob' ? repo?.objects.blob(entry.sha) : undefined;
  if (!bytes) throw notFound();
  return rawResponse(bytes);
}

/** Routes of `/contents`. */
export const contentRoutes: readonly RepoRoute[] = [
  {
    method: 'GET',
    pattern: /^\/contents(?:\/(.*))?$/,
    handle: ({ world, repo, req, params }) => {
      const path = (params[0] ?? '').replace(/^\/+|\/+$/g, '');
      if (repo.refs.size === 0) throw notFound('This repository is empty.');
      const ref = req.query.get('ref') || repo.defaultBranch;
      const commit = repo.resolve(ref);
      if (!commit) throw notFound(`No commit found for the ref ${ref}`);
      const entry = repo.objects.lookup(commit.tree, path);
      if (!entry) throw notFound();
      if (entry.type === 'tree') {
        const children = repo.objects.treeEntries(entry.sha) ?? [];
        return json(
          200,
          children.map((child) =>
            contentJson(
              world,
              repo,
              ref,
              path ? `${path}/${child.name}` : child.name,
              child,
              false,
            ),
          ),
        );
      }
      const bytes = entry.type === 'blob' ? repo.objects.blob(entry.sha) : undefined;
      if (bytes && RAW_ACCEPT.test(String(req.headers.accept ?? ''))) return rawResponse(bytes);
      return json(200, contentJson(world, repo, ref, path, entry, true));
    },
  },
  {
    method: 'PUT',
    pattern: /^\/contents\/(.+)$/,
    handle: ({ world, repo, req, params }) => {
      const body = asObject(req.body);
      const path = filePath(params[0]);
      const message = requiredString(body, 'message');
      const content = requiredString(body, 'content');
      const sha = optionalString(body, 'sha');
      const bytes = decodeBase64(content);
      if (!bytes) throw unprocessable('content is not valid Base64');
      const { branch, head } = targetBranch(repo, optionalString(body, 'branch'));
      const existing = head ? repo.treeOf(head).get(path) : undefined;
      if (existing) {
        if (sha === undefined) throw missingField('sha');
        if (sha !== existing.sha) throw httpError(409, `${path} does not match ${sha}`);
      }
      const meta = apiCommitMeta(world, body, message, 'token');
      const commit = repo.commitChanges(head, new Map([[path, bytes]]), meta);
      repo.setRef(`refs/heads/${branch}`, commit.sha);
      const entry = repo.objects.lookup(commit.tree, path);
      if (!entry) throw new Error(`Emulator bug: ${path} missing after commit`);
      return json(existing ? 200 : 201, {
        content: contentJson(world, repo, branch, path, entry, false),
        commit: gitCommitJson(world, repo, commit),
      });
    },
  },
  {
    method: 'DELETE',
    pattern: /^\/contents\/(.+)$/,
    handle: ({ world, repo, req, params }) => {
      const body = asObject(req.body);
      const path = filePath(params[0]);
      const message = requiredString(body, 'message');
      const sha = requiredString(body, 'sha');
      const { branch, head } = targetBranch(repo, optionalString(body, 'branch'));
      const existing = head ? repo.treeOf(head).get(path) : undefined;
      if (!head || !existing) throw notFound();
      if (sha !== existing.sha) throw httpError(409, `${path} does not match ${sha}`);
      const meta = apiCommitMeta(world, body, message, 'token');
      const commit = repo.commitChanges(head, new Map([[path, null]]), meta);
      repo.setRef(`refs/heads/${branch}`, commit.sha);
      return json(200, { content: null, commit: gitCommitJson(world, repo, commit) });
    },
  },
];
