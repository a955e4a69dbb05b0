// The files a pull request changes (`GET /pulls/{n}/files`): the head compared with its merge
// base with the base branch, as GitHub's three-dot diff does, one entry per path with its
// status, blob sha, line counts and patch, paginated, at most 3000 files. Renames are found
// when the bytes are identical (GitHub also pairs similar files).
import type { TreeLeaf } from '../git-objects.js';
import { requirePull } from '../issue-ops.js';
import { diffLines } from '../line-diff.js';
import { paginate } from '../pagination.js';
import type { Repo } from '../repo.js';
import { json, type RepoRoute } from '../router.js';
import { encodePath, repoApiUrl } from '../serialize-common.js';
import type { World } from '../world.js';

/** GitHub lists at most this many files of a pull request. */
const MAX_FILES = 3000;

interface FileChange {
  readonly filename: string;
  readonly status: 'added' | 'removed' | 'modified' | 'renamed';
  readonly before?: TreeLeaf;
  readonly after?: TreeLeaf;
  readonly previous?: string;
}

/** The paths that differ between two commits, in path order; identical bytes moved are renames. */
function changedFiles(repo: Repo, from: string, to: string): FileChange[] {
  const old = repo.treeOf(from);
  const now = repo.treeOf(to);
  const paths = [...new Set([...old.keys(), ...now.keys()])].sort();
  const changes: FileChange[] = [];
  for (const filename of paths) {
    const before = old.get(filename);
    const after = now.get(filename);
    if (before?.sha === after?.sha && before?.mode === after?.mode) continue;
    if (!before) changes.push({ filename, status: 'added', after: after! });
    else if (!after) changes.push({ filename, status: 'removed', before });
    else changes.push({ filename, status: 'modified', before, after });
  }
  return pairRenames(changes);
}

/** Pairs each removed file with an added one holding the same bytes: a rename. */
function pairRenames(changes: readonly FileChange[]): FileChange[] {
  const added = changes.filter((c) => c.status === 'added');
  const pairs = new Map<FileChange, FileChange>();
  for (const gone of changes.filter((c) => c.status === 'removed')) {
    const same = added.find((a) => !pairs.has(a) && a.after!.sha === gone.before!.sha);
    if (same) pairs.set(same, gone);
  }
  const paired = new Set(pairs.values());
  return changes
    .filter((c) => !paired.has(c))
    .map((c) => {
      const gone = pairs.get(c);
      return gone ? { ...c, status: 'renamed', before: gone.before!, previous: gone.filename } : c;
    });
}

/** The text of a blob, or `undefined` for a submodule or binary bytes (no patch then). */
function blobText(repo: Repo, leaf: TreeLeaf | undefined): string | undefined {
  if (!leaf) return '';
  const bytes = leaf.type === 'blob' ? repo.objects.blob(leaf.sha) : undefined;
  return bytes && !bytes.includes(0) ? bytes.toString('utf8') : undefined;
}

function fileJson(world: World, repo: Repo, head: string, change: FileChange): object {
  const before = blobText(repo, change.before);
  const after = blobText(repo, change.after);
  const diff = before !== undefined && after !== undefined ? diffLines(before, after) : undefined;
  const path = encodePath(change.filename);
  const additions = diff?.additions ?? 0;
  const deletions = diff?.deletions ?? 0;
  return {
    sha: (change.after ?? change.before)!.sha,
    filename: change.filename,
    status: change.status,
    additions,
    deletions,
    changes: additions + deletions,
    blob_url: `${repo.htmlUrl}/blob/${head}/${path}`,
    raw_url: `${repo.htmlUrl}/raw/${head}/${path}`,
    contents_url: repoApiUrl(world, repo, `/contents/${path}?ref=${head}`),
    ...(diff && diff.patch !== '' ? { patch: diff.patch } : {}),
    ...(change.previous ? { previous_filename: change.previous } : {}),
  };
}

/** Routes of `/pulls/{n}/files`. */
export const pullFileRoutes: readonly RepoRoute[] = [
  {
    method: 'GET',
    pattern: /^\/pulls\/(\d+)\/files$/,
    handle: ({ world, repo, req, params }) => {
      const pull = requirePull(repo, params[0]).pull!;
      const base = repo.objects.mergeBase(pull.baseSha, pull.headSha) ?? pull.baseSha;
      const files = changedFiles(repo, base, pull.headSha).slice(0, MAX_FILES);
      const { page, headers } = paginate(world, req, files);
      return json(
        200,
        page.map((change) => fileJson(world, repo, pull.headSha, change)),
        headers,
      );
    },
  },
];
