import type { CommitRequest } from './gateway.js';
import { BranchExistsError } from './gateway.js';
import type { GitHubClient } from './octokit-client.js';
import { errorText, hasStatus } from './request-errors.js';

/** Owner and name of a repository. */
export interface RepoRef {
  readonly owner: string;
  readonly repo: string;
}

/**
 * Writes commits and branches through the REST API: the contents API for one file (the commit
 * GitHub signs), the Git data API for several, refs created and moved.
 */
export class CommitWriter {
  constructor(
    private readonly octokit: GitHubClient,
    private readonly repository: RepoRef,
  ) {}

  /** Commits one file's text on a branch through the contents API. */
  async putFile(
    request: CommitRequest,
    path: string,
    text: string,
    blobSha: string | undefined,
  ): Promise<string> {
    const { data } = await this.octokit.rest.repos.createOrUpdateFileContents({
      ...this.repository,
      path,
      message: request.message,
      content: Buffer.from(text, 'utf8').toString('base64'),
      branch: request.branch,
      ...(blobSha ? { sha: blobSha } : {}),
    });
    return data.commit.sha!;
  }

  /** A tree on the base's tree holding the files, and a commit of it on the base: two calls. */
  async commitTree(request: CommitRequest): Promise<string> {
    const { data: tree } = await this.octokit.rest.git.createTree({
      ...this.repository,
      base_tree: request.base.treeSha ?? (await this.treeOf(request.base.sha)),
      tree: request.files.map((file) => ({
        path: file.path,
        mode: '100644',
        type: 'blob',
        content: file.text,
      })),
    });
    // No author or committer: GitHub then signs the commit, so it shows as verified.
    const { data: commit } = await this.octokit.rest.git.createCommit({
      ...this.repository,
      message: request.message,
      tree: tree.sha,
      parents: [request.base.sha],
    });
    return commit.sha;
  }

  /** The tree of a commit. */
  private async treeOf(sha: string): Promise<string> {
    const { data } = await this.octokit.rest.git.getCommit({ ...this.repository, commit_sha: sha });
    return data.tree.sha;
  }

  /** Creates a branch at a commit; {@link BranchExistsError} when it exists. */
  async createRef(branch: string, sha: string): Promise<void> {
    try {
      await this.octokit.rest.git.createRef({
        ...this.repository,
        ref: `refs/heads/${branch}`,
        sha,
      });
    } catch (error) {
      if (hasStatus(error, 422) && /already exists/i.test(errorText(error))) {
        throw new BranchExistsError(`branch ${branch} already exists`);
      }
      throw error;
    }
  }

  /** Moves a branch to a commit, whatever it pointed at. */
  async moveRef(branch: string, sha: string): Promise<void> {
    await this.octokit.rest.git.updateRef({
      ...this.repository,
      ref: `heads/${branch}`,
      sha,
      force: true,
    });
  }
}
