// Content-addressed git objects with real git object ids: blobs, trees and commits hash exactly
// as `git hash-object` would, so a blob sha matches what GitHub reports for the same bytes.
import { createHash } from 'node:crypto';
import type { GitSignature, UserInfo } from './types.js';

/** The id of git's empty tree. */
export const EMPTY_TREE_SHA = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

/** A file (or submodule) in a tree, by full path in a {@link FlatTree}. */
export interface TreeLeaf {
  /** `100644`, `100755`, `120000` (symlink) or `160000` (submodule). */
  readonly mode: string;
  readonly type: 'blob' | 'commit';
  readonly sha: string;
}

/** A whole tree as path → leaf; directories are implied by the paths. */
export type FlatTree = ReadonlyMap<string, TreeLeaf>;

/** One entry of a tree object, as the trees API lists it. */
export interface TreeEntry {
  readonly name: string;
  /** API notation: `040000` for trees. */
  readonly mode: string;
  readonly type: 'blob' | 'tree' | 'commit';
  readonly sha: string;
}

/** A stored commit. */
export interface CommitObject {
  readonly sha: string;
  readonly tree: string;
  readonly parents: readonly string[];
  readonly message: string;
  readonly author: GitSignature;
  readonly committer: GitSignature;
  /** GitHub accounts behind the author and committer, when known. */
  readonly authorUser: UserInfo | null;
  readonly committerUser: UserInfo | null;
  readonly verified: boolean;
  readonly reason: string;
}

interface TreeRecord {
  readonly flat: FlatTree;
  readonly entries: readonly TreeEntry[];
}

interface DirNode {
  readonly dirs: Map<string, DirNode>;
  readonly leaves: Map<string, TreeLeaf>;
}

function gitHash(type: string, content: Buffer): string {
  return createHash('sha1').update(`${type} ${content.length}\0`).update(content).digest('hex');
}

/** The git blob id of some bytes: sha1("blob <len>\0" + bytes). */
export function blobSha(bytes: Buffer): string {
  return gitHash('blob', bytes);
}

/** Seconds since the epoch of an ISO date, for the commit object. */
function unixSeconds(date: string): number {
  const ms = Date.parse(date);
  return Number.isNaN(ms) ? 0 : Math.floor(ms / 1000);
}

/** The objects of one repository. */
export class ObjectStore {
  private readonly blobs = new Map<string, Buffer>();
  private readonly trees = new Map<string, TreeRecord>();
  private readonly commits = new Map<string, CommitObject>();

  constructor() {
    this.trees.set(EMPTY_TREE_SHA, { flat: new Map(), entries: [] });
  }

  /** Stores bytes as a blob and returns its id. */
  putBlob(bytes: Buffer): string {
    const sha = blobSha(bytes);
    if (!this.blobs.has(sha)) this.blobs.set(sha, Buffer.from(bytes));
    return sha;
  }

  blob(sha: string): Buffer | undefined {
    return this.blobs.get(sha);
  }

  /** Stores a tree (and every subtree) and returns the root tree id. */
  putTree(flat: FlatTree): string {
    const root: DirNode = { dirs: new Map(), leaves: new Map() };
    for (const [path, leaf] of flat) {
      const parts = path.split('/');
      const name = parts.pop() as string;
      let node = root;
      for (const part of parts) {
        let next = node.dirs.get(part);
        if (!next) {
          next = { dirs: new Map(), leaves: new Map() };
          node.dirs.set(part, next);
        }
        node = next;
      }
      node.leaves.set(name, leaf);
    }
    return this.hashDir(root).sha;
  }

  private hashDir(node: DirNode): { sha: string; flat: Map<string, TreeLeaf> } {
    const flat = new Map<string, TreeLeaf>();
    const items: { key: Buffer; entry: TreeEntry; gitMode: string }[] = [];
    for (const [name, child] of node.dirs) {
      const sub = this.hashDir(child);
      for (const [path, leaf] of sub.flat) flat.set(`${name}/${path}`, leaf);
      items.push({
        key: Buffer.from(`${name}/`),
        entry: { name, mode: '040000', type: 'tree', sha: sub.sha },
        gitMode: '40000',
      });
    }
    for (const [name, leaf] of node.leaves) {
      flat.set(name, leaf);
      items.push({
        key: Buffer.from(name),
        entry: { name, mode: leaf.mode, type: leaf.type, sha: leaf.sha },
        gitMode: leaf.mode,
      });
    }
    // Git orders entries by name, comparing a tree's name as if it ended with '/'.
    items.sort((a, b) => Buffer.compare(a.key, b.key));
    const content = Buffer.concat(
      items.flatMap(({ entry, gitMode }) => [
        Buffer.from(`${gitMode} ${entry.name}\0`),
        Buffer.from(entry.sha, 'hex'),
      ]),
    );
    const sha = gitHash('tree', content);
    if (!this.trees.has(sha)) this.trees.set(sha, { flat, entries: items.map((i) => i.entry) });
    return { sha, flat };
  }

  /** A tree as path → leaf, or `undefined` for an unknown id. */
  tree(sha: string): FlatTree | undefined {
    return this.trees.get(sha)?.flat;
  }

  /** The direct entries of a tree, or `undefined` for an unknown id. */
  treeEntries(sha: string): readonly TreeEntry[] | undefined {
    return this.trees.get(sha)?.entries;
  }

  /** The entry at `path` under a tree; the root itself for an empty path. */
  lookup(treeSha: string, path: string): TreeEntry | undefined {
    if (!this.trees.has(treeSha)) return undefined;
    let current: TreeEntry = { name: '', mode: '040000', type: 'tree', sha: treeSha };
    if (path === '') return current;
    for (const part of path.split('/')) {
      if (current.type !== 'tree') return undefined;
      const next = this.trees.get(current.sha)?.entries.find((e) => e.name === part);
      if (!next) return undefined;
      current = next;
    }
    return current;
  }

  /** Stores a commit, computing its id from the git commit object. */
  putCommit(input: Omit<CommitObject, 'sha'>): CommitObject {
    const sig = (s: GitSignature): string => `${s.name} <${s.email}> ${unixSeconds(s.date)} +0000`;
    const text = [
      `tree ${input.tree}`,
      ...input.parents.map((p) => `parent ${p}`),
      `author ${sig(input.author)}`,
      `committer ${sig(input.committer)}`,
      '',
      input.message,
    ].join('\n');
    const sha = gitHash('commit', Buffer.from(text, 'utf8'));
    const existing = this.commits.get(sha);
    if (existing) return existing;
    const commit: CommitObject = { ...input, parents: [...input.parents], sha };
    this.commits.set(sha, commit);
    return commit;
  }

  commit(sha: string): CommitObject | undefined {
    return this.commits.get(sha);
  }

  /** The commit whose id starts with `prefix` (at least 7 hex digits), when unique. */
  commitByPrefix(prefix: string): CommitObject | undefined {
    const lower = prefix.toLowerCase();
    if (!/^[0-9a-f]{7,40}$/.test(lower)) return undefined;
    const exact = this.commits.get(lower);
    if (exact) return exact;
    let found: CommitObject | undefined;
    for (const [sha, commit] of this.commits) {
      if (!sha.startsWith(lower)) continue;
      if (found) return undefined;
      found = commit;
    }
    return found;
  }

  /** Whether any object (blob, tree or commit) has this id. */
  has(sha: string): boolean {
    return this.blobs.has(sha) || this.trees.has(sha) || this.commits.has(sha);
  }

  /** Every commit reachable from `sha`, itself included. */
  ancestors(sha: string): Set<string> {
    const seen = new Set<string>();
    const queue = [sha];
    for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(...(this.commits.get(next)?.parents ?? []));
    }
    return seen;
  }

  /** Whether `ancestor` is reachable from `descendant` (a commit is its own ancestor). */
  isAncestor(ancestor: string, descendant: string): boolean {
    return this.ancestors(descendant).has(ancestor);
  }

  /** The nearest common ancestor of two commits (breadth first from `b`). */
  mergeBase(a: string, b: string): string | undefined {
    const ofA = this.ancestors(a);
    const seen = new Set<string>();
    const queue = [b];
    for (let i = 0; i < queue.length; i++) {
      const sha = queue[i] as string;
      if (ofA.has(sha)) return sha;
      if (seen.has(sha)) continue;
      seen.add(sha);
      queue.push(...(this.commits.get(sha)?.parents ?? []));
    }
    return undefined;
  }
}
