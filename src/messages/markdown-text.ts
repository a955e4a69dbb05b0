import type { MatchReason } from '../list/find-paper.js';
import { shorten } from '../paper/answer-text.js';
import { escapeInline } from '../paper/escape-markdown.js';

/**
 * Untrusted text (a title, a section name) for a comment or pull request body: Markdown
 * escaped, and `@mentions` defused with a word joiner so that quoting an issue never pings
 * anyone. At most `max` characters.
 */
export function quoteText(text: string, max = 200): string {
  return defuseMentions(escapeInline(shorten(text, max).replace(/\s+/g, ' ')));
}

/** `@name` → `@⁠name`: GitHub does not link or notify a mention broken by U+2060. */
export function defuseMentions(text: string): string {
  return text.replace(/@(?=[A-Za-z0-9])/g, '@\u2060');
}

/**
 * A fenced code block around text that may itself contain backtick fences: the fence is one
 * backtick longer than the longest run inside.
 */
export function codeBlock(text: string, language = ''): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${language}\n${text}\n${fence}`;
}

/** The link to a line of a file on GitHub. */
export function blobLink(repositoryUrl: string, ref: string, path: string, line?: number): string {
  const encodedPath = path.split('/').map(encodeURIComponent).join('/');
  return `${repositoryUrl}/blob/${encodeURIComponent(ref).replace(/%2F/g, '/')}/${encodedPath}${line ? `#L${line}` : ''}`;
}

/** Why an entry was taken for the same paper, for people: `same arXiv id`. */
export function describeReason(reason: MatchReason): string {
  const what = { title: 'title', url: 'paper URL', arxiv: 'arXiv id', doi: 'DOI' }[reason];
  return `same ${what}`;
}
