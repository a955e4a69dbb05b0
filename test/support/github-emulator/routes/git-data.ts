// Git data: blobs, trees and commits, created and read by sha.
import { apiCommitMeta } from '../commit-meta.js';
import {
  asObject,
  missingField,
  notFound,
  optionalArray,
  optionalString,
  requiredString,
  unprocessable,
  type Body,
} from '../http-errors.js';
import type { Repo } from '../repo.js';
import { json, type RepoRoute } from '../router.js';
import { nodeId, repoApiUrl } from '../serialize-common.js';
import { gitCommitJson, treeJson, wrappedBase64 } from '../serialize-git.js';
import { isValidPath, TreeEditor } from '../tree-edit.js';

const MODES = new Set(['100644', '100755', '040000', '160000', '120000']);

/** Applies one entry of `POST /git/trees` to the tree being built. */
function applyTreeEntry(repo: Repo, editor: TreeEditor, value: unknown): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw unprocessable(`Invalid request.\n\n${JSON.stringify(value)} is not an object.`);
  }
  const entry = value as Body;
  const path = requiredString(entry, 'path');
  const mode = requiredString(entry, 'mode');
  if (!MODES.has(mode))
    throw unprocessable(
      `Invalid request.\n\nFor 'properties/mode', "${mode}" is not a valid mode.`,
    );
  if (!isValidPath(path)) throw unprocessable('tree.path contains a malformed path component');
  const type =
    optionalString(entry, 'type') ??
    (mode === '040000' ? 'tree' : mode === '160000' ? 'commit' : 'blob');
  const content = optionalString(entry, 'content');
  const hasSha = 'sha' in entry;
  if (content !== undefined && hasSha) {
    throw unprocessable(
      'Must supply either tree.sha or tree.content. Request will be rejected if both are present.',
    );
  }
  if (content !== undefined) {
    if (type !== 'blob')
      throw unprocessable(`tree.content can only be used with blobs, not ${type}`);
    editor.set(path, {
      mode,
      type: 'blob',
      sha: repo.objects.putBlob(Buffer.from(content, 'utf8')),
    });
    return;
  }
  if (!hasSha) throw unprocessable('Must supply either tree.sha or tree.content.');
  const sha = entry.sha;
  if (sha === null) {
    editor.remove(path);
    return;
  }
  if (typeof sha !== 'string')
    throw unprocessable(`tree.sha ${JSON.stringify(sha)} is not a valid ${type}`);
  if (type === 'tree') {
    const subtree = repo.objects.tree(sha);
    if (!subtree) throw unprocessable(`tree.sha ${sha} is not a valid tree`);
    editor.setSubtree(path, subtree);
  } else if (type === 'commit') {
    editor.set(path, { mode: '160000', type: 'commit', sha });
  } else {
    if (!repo.objects.blob(sha)) throw unprocessable(`tree.sha ${sha} is not a valid blob`);
    editor.set(path, { mode, type: 'blob', sha });
  }
}

/** Routes of `/git/blobs`, `/git/trees` and `/git/commits`. */
export const gitDataRoutes: readonly RepoRoute[] = [
  {
    method: 'GET',
    pattern: /^\/git\/blobs\/([^/]+)$/,
    handle: ({ world, repo, params }) => {
      const sha = params[0] ?? '';
      const bytes = repo.objects.blob(sha);
      if (!bytes) throw notFound();
      return json(200, {
        sha,
        node_id: nodeId('B', sha),
        size: bytes.length,
        url: repoApiUrl(world, repo, `/git/blobs/${sha}`),
        content: wrappedBase64(bytes),
        encoding: 'base64',
      });
    },
  },
  {
    method: 'POST',
    pattern: /^\/git\/blobs\/?$/,
    handle: ({ world, repo, req }) => {
      const body = asObject(req.body);
      const content = requiredString(body, 'content');
      const encoding = optionalString(body, 'encoding') ?? 'utf-8';
      if (encoding !== 'utf-8' && encoding !== 'base64') {
        throw unprocessable(`encoding must be "utf-8" or "base64", not "${encoding}"`);
      }
      const sha = repo.objects.putBlob(
        Buffer.from(content, encoding === 'base64' ? 'base64' : 'utf8'),
      );
      return json(201, { sha, url: repoApiUrl(world, repo, `/git/blobs/${sha}`) });
    },
  },
  {
    method: 'GET',
    pattern: /^\/git\/trees\/(.+)$/,
    handle: ({ world, repo, req, params }) => {
      const ref = params[0] ?? '';
      const sha = repo.objects.tree(ref) ? ref : repo.resolve(ref)?.tree;
      if (!sha) throw notFound();
      return json(200, treeJson(world, repo, sha, req.query.has('recursive')));
    },
  },
  {
    method: 'POST',
    pattern: /^\/git\/trees\/?$/,
    handle: ({ world, repo, req }) => {
      const body = asObject(req.body);
      const entries = optionalArray(body, 'tree');
      if (!entries) throw missingField('tree');
      const baseSha = optionalString(body, 'base_tree');
      const base = baseSha === undefined ? new Map() : repo.objects.tree(baseSha);
      if (!base) throw unprocessable('base_tree is not a valid tree oid');
      const editor = new TreeEditor(base);
      for (const entry of entries) applyTreeEntry(repo, editor, entry);
      const sha = repo.objects.putTree(editor.result());
      return json(201, treeJson(world, repo, sha, false), {
        location: repoApiUrl(world, repo, `/git/trees/${sha}`),
      });
    },
  },
  {
    method: 'GET',
    pattern: /^\/git\/commits\/([^/]+)$/,
    handle: ({ world, repo, params }) => {
      const commit = repo.objects.commit(params[0] ?? '');
      if (!commit) throw notFound();
      return json(200, gitCommitJson(world, repo, commit));
    },
  },
  {
    method: 'POST',
    pattern: /^\/git\/commits\/?$/,
    handle: ({ world, repo, req }) => {
      const body = asObject(req.body);
      const message = requiredString(body, 'message');
      const tree = requiredString(body, 'tree');
      const parents = optionalArray(body, 'parents') ?? [];
      if (!repo.objects.tree(tree)) throw unprocessable('Tree SHA does not exist');
      for (const parent of parents) {
        if (typeof parent !== 'string' || !repo.objects.commit(parent)) {
          throw unprocessable('Parent SHA does not exist or is not a commit object');
        }
      }
      const meta = apiCommitMeta(world, body, message, 'author');
      const commit = repo.objects.putCommit({ ...meta, tree, parents: parents as string[] });
      return json(201, gitCommitJson(world, repo, commit), {
        location: repoApiUrl(world, repo, `/git/commits/${commit.sha}`),
      });
    },
  },
];
