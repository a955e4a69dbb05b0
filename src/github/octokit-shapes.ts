// Conversions of the REST API's answers into the gateway's types.
import type { IssueComment, Permission, PullRequest } from './gateway.js';

const PERMISSIONS: readonly string[] = ['admin', 'maintain', 'write', 'triage', 'read', 'none'];

export function isPermission(value: unknown): value is Permission {
  return typeof value === 'string' && PERMISSIONS.includes(value);
}

export function isFile(
  data: unknown,
): data is { type: 'file'; encoding: string; content: string; sha: string; size: number } {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'file';
}

export interface PullLike {
  number: number;
  html_url: string;
  state: string;
  merged_at: string | null;
  title: string;
  body: string | null;
  head: { ref: string };
}

export function toPullRequest(pull: PullLike): PullRequest {
  return {
    number: pull.number,
    url: pull.html_url,
    state: pull.state === 'closed' ? 'closed' : 'open',
    merged: pull.merged_at !== null && pull.merged_at !== undefined,
    title: pull.title,
    body: pull.body ?? '',
    headRef: pull.head.ref,
  };
}

export function toComment(comment: {
  id: number;
  html_url: string;
  body?: string | undefined;
  user: { login: string } | null;
}): IssueComment {
  return {
    id: comment.id,
    url: comment.html_url,
    body: comment.body ?? '',
    author: comment.user?.login ?? '',
  };
}
