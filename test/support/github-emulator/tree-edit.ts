// Edits of a flat tree (path → leaf), with git's rule that a path is either a file or a
// directory: writing `a/b` replaces a file `a`, writing `a` replaces a directory `a/`.
import type { FlatTree, TreeLeaf } from './git-objects.js';

/** Whether a path is acceptable in a tree: no empty, `.`, `..` or `.git` components. */
export function isValidPath(path: string): boolean {
  if (path === '') return false;
  return path
    .split('/')
    .every((part) => part !== '' && part !== '.' && part !== '..' && part !== '.git');
}

/** A mutable copy of a tree. */
export class TreeEditor {
  private readonly leaves: Map<string, TreeLeaf>;

  constructor(base: FlatTree = new Map()) {
    this.leaves = new Map(base);
  }

  /** Writes a file (or submodule) at `path`. */
  set(path: string, leaf: TreeLeaf): void {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) this.leaves.delete(parts.slice(0, i).join('/'));
    this.removeUnder(path);
    this.leaves.set(path, leaf);
  }

  /** Removes the file at `path`, or the whole directory `path/`. */
  remove(path: string): void {
    this.leaves.delete(path);
    this.removeUnder(path);
  }

  /** Replaces whatever is at `path` by the content of `subtree`. */
  setSubtree(path: string, subtree: FlatTree): void {
    this.remove(path);
    for (const [sub, leaf] of subtree) this.set(`${path}/${sub}`, leaf);
  }

  /** Whether a file or a directory exists at `path`. */
  has(path: string): boolean {
    if (this.leaves.has(path)) return true;
    const prefix = `${path}/`;
    for (const key of this.leaves.keys()) if (key.startsWith(prefix)) return true;
    return false;
  }

  get(path: string): TreeLeaf | undefined {
    return this.leaves.get(path);
  }

  result(): FlatTree {
    return new Map(this.leaves);
  }

  private removeUnder(path: string): void {
    const prefix = `${path}/`;
    for (const key of [...this.leaves.keys()]) if (key.startsWith(prefix)) this.leaves.delete(key);
  }
}
