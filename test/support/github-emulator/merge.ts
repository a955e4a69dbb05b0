// Merging a pull request: a file-level three-way merge of the head into the base branch, and
// the merge (or squash) commit GitHub makes for it.
import { closeLinkedIssues } from './closing-keywords.js';
import type { CommitObject, FlatTree, TreeLeaf } from './git-objects.js';
import type { IssueRecord, Repo } from './repo.js';
import type { GitSignature, UserInfo } from './types.js';
import { WEB_FLOW } from './world.js';

function sameLeaf(a: TreeLeaf | undefined, b: TreeLeaf | undefined): boolean {
  return a?.sha === b?.sha && a?.mode === b?.mode;
}

/**
 * The tree of merging `head` into `base`, path by path against their merge base; `undefined`
 * when both sides changed a path differently (a conflict).
 */
export function mergeTrees(repo: Repo, base: string, head: string): FlatTree | undefined {
  const mergeBase = repo.objects.mergeBase(base, head);
  if (mergeBase === head) return repo.treeOf(base);
  if (mergeBase === base) return repo.treeOf(head);
  const ours = repo.treeOf(base);
  const theirs = repo.treeOf(head);
  const ancestor: FlatTree = mergeBase ? repo.treeOf(mergeBase) : new Map();
  const merged = new Map<string, TreeLeaf>();
  for (const path of new Set([...ours.keys(), ...theirs.keys(), ...ancestor.keys()])) {
    const o = ours.get(path);
    const t = theirs.get(path);
    const a = ancestor.get(path);
    let pick: TreeLeaf | undefined;
    if (sameLeaf(t, a) || sameLeaf(o, t)) pick = o;
    else if (sameLeaf(o, a)) pick = t;
    else return undefined;
    if (pick) merged.set(path, pick);
  }
  // A file on one side where the other side has a directory is a conflict as well.
  for (const path of merged.keys()) {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) {
      if (merged.has(parts.slice(0, i).join('/'))) return undefined;
    }
  }
  return merged;
}

/** Whether the pull request's head merges cleanly into its base branch. */
export function isMergeable(repo: Repo, issue: IssueRecord): boolean {
  const pull = issue.pull;
  const base = pull && repo.branch(pull.baseRef);
  if (!pull || !base) return false;
  return mergeTrees(repo, base, pull.headSha) !== undefined;
}

/** How to merge a pull request. */
export interface MergeOptions {
  readonly method: 'merge' | 'squash' | 'rebase';
  readonly mergedBy: UserInfo;
  readonly title?: string;
  readonly message?: string;
  readonly now: string;
}

/**
 * Merges an open pull request: commits the merged tree on the base branch (a two-parent merge
 * commit, or one parent for squash and rebase), signed by GitHub, marks the pull merged and
 * closed, and closes the issues its body links with a closing keyword (`Closes #n`).
 * `undefined` on a conflict or a missing base branch.
 */
export function mergePull(
  repo: Repo,
  issue: IssueRecord,
  options: MergeOptions,
): CommitObject | undefined {
  const pull = issue.pull;
  const base = pull && repo.branch(pull.baseRef);
  if (!pull || !base) return undefined;
  const tree = mergeTrees(repo, base, pull.headSha);
  if (!tree) return undefined;
  const title =
    options.title ??
    (options.method === 'merge'
      ? `Merge pull request #${issue.number} from ${repo.owner.login}/${pull.headRef}`
      : `${issue.title} (#${issue.number})`);
  const body = options.message ?? (options.method === 'merge' ? issue.title : '');
  const author: GitSignature = {
    name: options.mergedBy.login,
    email: `${options.mergedBy.id}+${options.mergedBy.login}@users.noreply.github.com`,
    date: options.now,
  };
  const commit = repo.objects.putCommit({
    tree: repo.objects.putTree(tree),
    parents: options.method === 'merge' ? [base, pull.headSha] : [base],
    message: body ? `${title}\n\n${body}` : title,
    author,
    committer: { name: 'GitHub', email: 'noreply@github.com', date: options.now },
    authorUser: options.mergedBy,
    committerUser: WEB_FLOW,
    verified: true,
    reason: 'valid',
  });
  repo.setRef(`refs/heads/${pull.baseRef}`, commit.sha);
  pull.merged = true;
  pull.mergedAt = options.now;
  pull.mergedBy = options.mergedBy;
  pull.mergeCommitSha = commit.sha;
  issue.state = 'closed';
  issue.closedAt = options.now;
  issue.updatedAt = options.now;
  closeLinkedIssues(repo, issue, options.now);
  return commit;
}
