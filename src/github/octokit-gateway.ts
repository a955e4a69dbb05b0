import { isUtf8 } from 'node:buffer';
import {
  type BranchState,
  type CommitRequest,
  type GitHubGateway,
  type IssueComment,
  type LabelSpec,
  type Permission,
  type PullRequest,
  type PullRequestFile,
  type RepoFile,
  type OpenPullRequestOptions,
} from './gateway.js';
import type { GitHubClient } from './octokit-client.js';
import { CommitWriter, type RepoRef } from './octokit-commits.js';
import { listOpenPulls, readIssueNow } from './octokit-listings.js';
import { isFile, isPermission, toComment, toPullRequest } from './octokit-shapes.js';
import { errorText, hasStatus, isServerError } from './request-errors.js';

export type { RepoRef } from './octokit-commits.js';

/** The real gateway: each operation in as few REST calls as GitHub allows. */
export class OctokitGateway implements GitHubGateway {
  private readonly commits: CommitWriter;

  constructor(
    private readonly octokit: GitHubClient,
    private readonly repository: RepoRef,
  ) {
    this.commits = new CommitWriter(octokit, repository);
  }

  async getBranch(branch: string): Promise<BranchState | undefined> {
    try {
      const { data } = await this.octokit.rest.repos.getCommit({
        ...this.repository,
        ref: `heads/${branch}`,
      });
      return {
        sha: data.sha,
        treeSha: data.commit.tree.sha,
        parents: data.parents.map((p) => p.sha),
        message: data.commit.message,
      };
    } catch (error) {
      if (hasStatus(error, 404, 422)) return undefined;
      throw error;
    }
  }

  async readFile(path: string, ref: string): Promise<RepoFile | undefined> {
    let data: unknown;
    try {
      ({ data } = await this.octokit.rest.repos.getContent({ ...this.repository, path, ref }));
    } catch (error) {
      if (hasStatus(error, 404)) return undefined;
      throw error;
    }
    if (Array.isArray(data) || !isFile(data)) throw new Error(`${path} is not a file`);
    let bytes: Buffer;
    if (data.encoding === 'base64' && (data.content !== '' || data.size === 0)) {
      bytes = Buffer.from(data.content, 'base64');
    } else {
      // Over 1 MB the contents API leaves the content out; the raw media type has it.
      const raw = await this.octokit.rest.repos.getContent({
        ...this.repository,
        path,
        ref,
        mediaType: { format: 'raw' },
      });
      bytes =
        typeof raw.data === 'string'
          ? Buffer.from(raw.data, 'utf8')
          : Buffer.from(raw.data as unknown as ArrayBuffer);
    }
    // Invalid bytes would be replaced on decoding, and the file could not be written back.
    if (!isUtf8(bytes))
      throw new Error(`${path} is not valid UTF-8; paper-list-bot only edits UTF-8 files`);
    return { path, text: bytes.toString('utf8'), blobSha: data.sha };
  }

  async createBranchWithCommit(request: CommitRequest): Promise<string> {
    const [only] = request.files;
    if (request.files.length !== 1 || !only) {
      const commit = await this.commits.commitTree(request);
      await this.commits.createRef(request.branch, commit);
      return commit;
    }
    // One file: create the branch at the base, then commit through the contents API (two calls).
    await this.commits.createRef(request.branch, request.base.sha);
    try {
      return await this.commits.putFile(request, only.path, only.text, only.baseBlobSha);
    } catch (error) {
      if (!hasStatus(error, 409)) return this.abandonBranch(request, error);
      // The file changed on the branch since it was read (a concurrent run): read it again and
      // retry once, or stop if it already holds the text.
      const current = await this.readFile(only.path, request.branch);
      const head = await this.getBranch(request.branch);
      if (current?.text === only.text && head) return head.sha;
      try {
        return await this.commits.putFile(request, only.path, only.text, current?.blobSha);
      } catch (again) {
        return this.abandonBranch(request, again);
      }
    }
  }

  /** Deletes a branch this run created and nothing else moved, then rethrows: no empty branch is left. */
  private async abandonBranch(request: CommitRequest, error: unknown): Promise<never> {
    const head = await this.getBranch(request.branch).catch(() => undefined);
    if (head?.sha === request.base.sha)
      await this.deleteBranch(request.branch).catch(() => undefined);
    throw error;
  }

  async replaceBranchWithCommit(request: CommitRequest): Promise<string> {
    const commit = await this.commits.commitTree(request);
    await this.commits.moveRef(request.branch, commit);
    return commit;
  }

  async deleteBranch(branch: string): Promise<void> {
    try {
      await this.octokit.rest.git.deleteRef({ ...this.repository, ref: `heads/${branch}` });
    } catch (error) {
      if (!hasStatus(error, 404, 422)) throw error;
    }
  }

  async findOpenPullRequest(branch: string): Promise<PullRequest | undefined> {
    const { data } = await this.octokit.rest.pulls.list({
      ...this.repository,
      head: `${this.repository.owner}:${branch}`,
      state: 'open',
      per_page: 10,
    });
    const pull = data[0];
    return pull && toPullRequest(pull);
  }

  async findPullRequest(branch: string): Promise<PullRequest | undefined> {
    const { data } = await this.octokit.rest.pulls.list({
      ...this.repository,
      head: `${this.repository.owner}:${branch}`,
      state: 'all',
      sort: 'created',
      direction: 'desc',
      per_page: 10,
    });
    const pull = data[0];
    return pull && toPullRequest(pull);
  }

  async openPullRequest(
    options: OpenPullRequestOptions,
  ): Promise<{ pullRequest: PullRequest; created: boolean }> {
    try {
      const { data } = await this.octokit.rest.pulls.create({
        ...this.repository,
        head: options.branch,
        base: options.base,
        title: options.title,
        body: options.body,
        maintainer_can_modify: true,
      });
      return { pullRequest: toPullRequest(data), created: true };
    } catch (error) {
      if (!hasStatus(error, 422) || !/already exists/i.test(errorText(error))) throw error;
      const existing = await this.findOpenPullRequest(options.branch);
      if (!existing) throw error;
      return { pullRequest: existing, created: false };
    }
  }

  async updatePullRequest(
    number: number,
    changes: { title?: string; body?: string; state?: 'open' | 'closed' },
  ): Promise<PullRequest> {
    const { data } = await this.octokit.rest.pulls.update({
      ...this.repository,
      pull_number: number,
      ...changes,
    });
    return toPullRequest(data);
  }

  listOpenPullRequests(base: string) {
    return listOpenPulls(this.octokit, this.repository, base);
  }

  getIssue(issueNumber: number) {
    return readIssueNow(this.octokit, this.repository, issueNumber);
  }

  async mergeBase(base: string, head: string): Promise<string> {
    const { data } = await this.octokit.rest.repos.compareCommitsWithBasehead({
      ...this.repository,
      basehead: `${base}...${head}`,
      per_page: 1,
    });
    return data.merge_base_commit.sha;
  }

  async listPullRequestFiles(number: number): Promise<PullRequestFile[]> {
    const files = await this.octokit.paginate(this.octokit.rest.pulls.listFiles, {
      ...this.repository,
      pull_number: number,
      per_page: 100,
    });
    return files.map((file) => ({
      path: file.filename,
      status: file.status,
      ...(file.previous_filename ? { previousPath: file.previous_filename } : {}),
    }));
  }

  async addLabels(issueNumber: number, labels: readonly string[]): Promise<void> {
    if (labels.length === 0) return;
    await this.octokit.rest.issues.addLabels({
      ...this.repository,
      issue_number: issueNumber,
      labels: [...labels],
    });
  }

  async createLabel(label: LabelSpec): Promise<'created' | 'exists'> {
    try {
      await this.octokit.rest.issues.createLabel({ ...this.repository, ...label });
      return 'created';
    } catch (error) {
      if (hasStatus(error, 422) && /already_exists|already exists/i.test(errorText(error))) {
        return 'exists';
      }
      throw error;
    }
  }

  async listComments(issueNumber: number): Promise<IssueComment[]> {
    const comments = await this.octokit.paginate(this.octokit.rest.issues.listComments, {
      ...this.repository,
      issue_number: issueNumber,
      per_page: 100,
    });
    return comments.map(toComment);
  }

  async createComment(issueNumber: number, body: string): Promise<IssueComment> {
    // Not retried blindly: a 5xx may come after GitHub stored the comment, and a second POST
    // would leave two. Look first, then post again once.
    const post = async () => {
      const { data } = await this.octokit.rest.issues.createComment({
        ...this.repository,
        issue_number: issueNumber,
        body,
        request: { retries: 0 },
      });
      return toComment(data);
    };
    try {
      return await post();
    } catch (error) {
      if (!isServerError(error)) throw error;
      const stored = (await this.listComments(issueNumber)).find((c) => c.body === body);
      return stored ?? (await post());
    }
  }

  async updateComment(commentId: number, body: string): Promise<IssueComment> {
    const { data } = await this.octokit.rest.issues.updateComment({
      ...this.repository,
      comment_id: commentId,
      body,
    });
    return toComment(data);
  }

  async deleteComment(commentId: number): Promise<void> {
    try {
      await this.octokit.rest.issues.deleteComment({ ...this.repository, comment_id: commentId });
    } catch (error) {
      if (!hasStatus(error, 404)) throw error;
    }
  }

  async getPermission(login: string): Promise<Permission> {
    try {
      const { data } = await this.octokit.rest.repos.getCollaboratorPermissionLevel({
        ...this.repository,
        username: login,
      });
      const role = (data as { role_name?: string }).role_name ?? data.permission;
      return isPermission(role) ? role : isPermission(data.permission) ? data.permission : 'none';
    } catch (error) {
      if (hasStatus(error, 404)) return 'none';
      throw error;
    }
  }
}
