// A GitHub REST API emulator for end-to-end tests and demos: a real HTTP server on 127.0.0.1
// that keeps repositories in memory and answers the endpoints paper-list-bot uses the way
// api.github.com does.
export {
  GitHubEmulator,
  startGitHubEmulator,
  type CommitOptions,
  type CreateCommentOptions,
  type CreateIssueOptions,
  type CreateRepoOptions,
  type FileContent,
  type MergePullRequestOptions,
  type OpenPullRequestOptions,
  type RepoName,
} from './emulator.js';
export { SECONDARY_RATE_LIMIT_MESSAGE } from './faults.js';
export { blobSha, EMPTY_TREE_SHA } from './git-objects.js';
export { DOCS_URL } from './http-errors.js';
export { EmulatorUsageError } from './repo.js';
export { MAX_BODY_BYTES } from './server.js';
export { CONTENT_INLINE_LIMIT, wrappedBase64 } from './serialize-git.js';
export type * from './types.js';
