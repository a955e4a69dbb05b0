// One emulated repository: its git objects and refs, its issues and pull requests (one number
// sequence, like GitHub), comments, labels and collaborators. Branch moves keep open pull
// requests in step, as GitHub does.
import { ObjectStore, type CommitObject, type FlatTree } from './git-objects.js';
import { TreeEditor } from './tree-edit.js';
import type { GitSignature, Permission, UserInfo } from './types.js';

/** The pull-request half of an issue record. */
export interface PullRecord {
  readonly id: number;
  headRef: string;
  /** Follows the head branch while the pull is open; frozen once it is closed. */
  headSha: string;
  baseRef: string;
  baseSha: string;
  draft: boolean;
  maintainerCanModify: boolean;
  merged: boolean;
  mergedAt: string | null;
  mergedBy: UserInfo | null;
  mergeCommitSha: string | null;
}

/** An issue, or a pull request when `pull` is set. */
export interface IssueRecord {
  readonly number: number;
  readonly id: number;
  title: string;
  body: string | null;
  readonly user: UserInfo;
  /** Label names, as the repository spells them. */
  labels: string[];
  state: 'open' | 'closed';
  stateReason: string | null;
  /** Fixed association, or `null` to derive it from the author's permission. */
  readonly authorAssociation: string | null;
  readonly createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  readonly pull?: PullRecord;
}

/** An issue or pull-request comment. */
export interface CommentRecord {
  readonly id: number;
  readonly issueNumber: number;
  body: string;
  readonly user: UserInfo;
  readonly authorAssociation: string | null;
  readonly createdAt: string;
  updatedAt: string;
}

/** A repository label. */
export interface LabelRecord {
  readonly id: number;
  readonly name: string;
  readonly color: string;
  readonly description: string | null;
}

/** What a repository needs from the emulator around it. */
export interface RepoContext {
  /** The emulator's clock, ISO 8601. */
  now(): string;
  /** A fresh id, unique across the emulator. */
  nextId(): number;
}

/** Everything of a commit but its tree and parents. */
export interface CommitMeta {
  readonly message: string;
  readonly author: GitSignature;
  readonly committer: GitSignature;
  readonly authorUser: UserInfo | null;
  readonly committerUser: UserInfo | null;
  readonly verified: boolean;
  readonly reason: string;
}

/** Thrown by control methods (not HTTP) on misuse. */
export class EmulatorUsageError extends Error {
  override readonly name = 'EmulatorUsageError';
}

/** One emulated repository. */
export class Repo {
  readonly objects = new ObjectStore();
  /** Full ref name (`refs/heads/main`) → commit sha. */
  readonly refs = new Map<string, string>();
  readonly issues = new Map<number, IssueRecord>();
  readonly comments = new Map<number, CommentRecord>();
  /** Lower-cased name → label. */
  readonly labels = new Map<string, LabelRecord>();
  /** Lower-cased login → explicit permission. */
  readonly collaborators = new Map<string, { login: string; permission: Permission }>();
  private nextNumber = 1;

  constructor(
    readonly ctx: RepoContext,
    readonly id: number,
    readonly owner: UserInfo,
    readonly name: string,
    readonly isPrivate: boolean,
    public defaultBranch: string,
  ) {}

  get fullName(): string {
    return `${this.owner.login}/${this.name}`;
  }

  get htmlUrl(): string {
    return `https://github.com/${this.fullName}`;
  }

  /** The head of a branch, or `undefined`. */
  branch(name: string): string | undefined {
    return this.refs.get(`refs/heads/${name}`);
  }

  /** Branch name → sha, sorted by name. */
  branches(): [string, string][] {
    return [...this.refs]
      .filter(([ref]) => ref.startsWith('refs/heads/'))
      .map(([ref, sha]): [string, string] => [ref.slice('refs/heads/'.length), sha])
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }

  /** Points a ref at a commit, moving open pull requests along. */
  setRef(ref: string, sha: string): void {
    this.refs.set(ref, sha);
    if (!ref.startsWith('refs/heads/')) return;
    const branch = ref.slice('refs/heads/'.length);
    const now = this.ctx.now();
    for (const issue of this.issues.values()) {
      const pull = issue.pull;
      if (!pull || issue.state !== 'open') continue;
      if (pull.headRef === branch && pull.headSha !== sha) {
        pull.headSha = sha;
        issue.updatedAt = now;
      }
      if (pull.baseRef === branch) pull.baseSha = sha;
    }
  }

  /** Deletes a ref; open pull requests from or into a deleted branch are closed, as on GitHub. */
  deleteRef(ref: string): boolean {
    if (!this.refs.delete(ref)) return false;
    if (!ref.startsWith('refs/heads/')) return true;
    const branch = ref.slice('refs/heads/'.length);
    const now = this.ctx.now();
    for (const issue of this.issues.values()) {
      const pull = issue.pull;
      if (!pull || issue.state !== 'open') continue;
      if (pull.headRef === branch || pull.baseRef === branch) {
        issue.state = 'closed';
        issue.closedAt = now;
        issue.updatedAt = now;
      }
    }
    return true;
  }

  /** A commit by branch name, `heads/<branch>`, tag, full sha or unique sha prefix. */
  resolve(ref: string): CommitObject | undefined {
    const candidates = [`refs/heads/${ref}`, `refs/tags/${ref}`, `refs/${ref}`, ref];
    for (const candidate of candidates) {
      const sha = this.refs.get(candidate);
      if (sha) return this.objects.commit(sha);
    }
    return this.objects.commitByPrefix(ref);
  }

  /** The tree of a commit. */
  treeOf(commitSha: string): FlatTree {
    const commit = this.objects.commit(commitSha);
    const tree = commit && this.objects.tree(commit.tree);
    if (!tree) throw new Error(`Emulator bug: no tree for commit ${commitSha}`);
    return tree;
  }

  /**
   * Commits file changes (bytes, or `null` to delete) on top of `parent` (none for a root
   * commit); does not move any ref.
   */
  commitChanges(
    parent: string | undefined,
    changes: ReadonlyMap<string, Buffer | null>,
    meta: CommitMeta,
  ): CommitObject {
    const editor = new TreeEditor(parent ? this.treeOf(parent) : new Map());
    for (const [path, bytes] of changes) {
      if (bytes === null) editor.remove(path);
      else {
        const old = editor.get(path);
        const mode = old?.type === 'blob' ? old.mode : '100644';
        editor.set(path, { mode, type: 'blob', sha: this.objects.putBlob(bytes) });
      }
    }
    const tree = this.objects.putTree(editor.result());
    return this.objects.putCommit({ ...meta, tree, parents: parent ? [parent] : [] });
  }

  /** The next issue/pull number, or `requested` when it is free. */
  allocateNumber(requested?: number): number {
    if (requested === undefined) return this.nextNumber++;
    if (!Number.isInteger(requested) || requested < 1 || this.issues.has(requested)) {
      throw new EmulatorUsageError(
        `Issue number ${requested} is taken or invalid in ${this.fullName}`,
      );
    }
    this.nextNumber = Math.max(this.nextNumber, requested + 1);
    return requested;
  }

  /** Comments of an issue, oldest first. */
  commentsOf(issueNumber: number): CommentRecord[] {
    return [...this.comments.values()]
      .filter((c) => c.issueNumber === issueNumber)
      .sort((a, b) => a.id - b.id);
  }

  /** The repository's label of that name (case-insensitive), created when missing. */
  ensureLabel(name: string): LabelRecord {
    const key = name.toLowerCase();
    let label = this.labels.get(key);
    if (!label) {
      label = { id: this.ctx.nextId(), name, color: 'ededed', description: null };
      this.labels.set(key, label);
    }
    return label;
  }

  /** The permission a login holds (the owner is admin; others as set, else none). */
  permissionOf(login: string): Permission {
    if (login.toLowerCase() === this.owner.login.toLowerCase()) return 'admin';
    return this.collaborators.get(login.toLowerCase())?.permission ?? 'none';
  }

  /** GitHub's author_association of a login in this repository. */
  associationOf(login: string): string {
    if (login.toLowerCase() === this.owner.login.toLowerCase()) return 'OWNER';
    return this.permissionOf(login) === 'none' ? 'NONE' : 'COLLABORATOR';
  }
}
