// The README's pictures as HTML pages drawn like GitHub's: the filed issue, the pull request
// with its diff, and the bot's comment on each kind of submission. Pure: the same scenes give
// byte-identical HTML, which `npm run screenshots` renders with Chromium and
// test/docs/screenshots.test.ts hashes to catch pictures that no longer match the bot's texts.
import { createHash } from 'node:crypto';
import { compile, parse, postprocess, preprocess } from 'micromark';
import { gfm, gfmHtml, type HtmlExtension } from 'micromark-extension-gfm';
import type { CompileContext, Event, Options, Token } from 'micromark-util-types';
import { stripBuildStamps } from '../../src/messages/build-stamp.js';
import type { IssueScene, PullRequestScene, Scenes } from './scenarios.js';

/** The width every page is laid out at and captured with. */
export const PAGE_WIDTH = 900;

/** One picture: its file name under docs/images/, what it shows, and the HTML drawn. */
export interface Page {
  readonly file: string;
  readonly alt: string;
  readonly html: string;
}

/** The sha256 of a page's HTML, as recorded in docs/images/sources.json. */
export function htmlHash(html: string): string {
  return createHash('sha256').update(html, 'utf8').digest('hex');
}

/** The pages, in the order the README shows them. */
export function buildPages(scenes: Scenes): Page[] {
  const { valid, invalid, duplicate, pullRequest, bot } = scenes;
  return [
    {
      file: 'new-paper-issue.png',
      alt: `Issue #${valid.number}, filed with the New paper form`,
      html: issuePage(valid),
    },
    {
      file: 'pull-request.png',
      alt: `Pull request #${pullRequest.number} the bot opened for it, with the entry and the diff`,
      html: pullRequestPage(pullRequest, bot),
    },
    {
      file: 'comment-created.png',
      alt: 'The bot’s comment on the issue, linking the pull request',
      html: commentPage(valid, bot),
    },
    {
      file: 'comment-invalid.png',
      alt: 'The bot’s comment on an issue with answers to fix, field by field',
      html: commentPage(invalid, bot),
    },
    {
      file: 'comment-duplicate.png',
      alt: 'The bot’s comment on a paper the list already has',
      html: commentPage(duplicate, bot),
    },
  ];
}

// ── Markdown, rendered the way GitHub renders issues, pull requests and comments ──────────

/**
 * HTML that GitHub's sanitizer keeps and the bot's texts and the list use: these few tags,
 * without attributes, and plain text between them (`<details><summary>Markdown</summary>`).
 * Everything else stays escaped text (`allowDangerousHtml: false`).
 */
const KEPT_TAGS = /^(?:<\/?(?:br|sub|sup|details|summary)\s*\/?>|[^<>])*$/i;
/** One HTML comment, which GitHub does not show (the bot's hidden markers). */
const ONE_COMMENT = /^\s*<!--(?:(?!-->)[\s\S])*-->\s*$/;

function keepGitHubHtml(this: CompileContext, token: Token): undefined {
  const source = this.sliceSerialize(token);
  if (KEPT_TAGS.test(source) || ONE_COMMENT.test(source)) this.setData('ignoreEncode', true);
}

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    /** Text outside links and code, where GitHub links `#123` and `@login` ({@link gitHubText}). */
    paperListBotProse: 'paperListBotProse';
  }
}

const gitHubHtml: HtmlExtension = {
  enter: {
    htmlFlow(token) {
      this.lineEndingIfNeeded();
      keepGitHubHtml.call(this, token);
    },
    htmlText: keepGitHubHtml,
  },
  exit: {
    paperListBotProse(token) {
      this.raw(
        this.encode(this.sliceSerialize(token))
          .replace(/(^|[^\w&/])#(\d+)\b/g, '$1<a href="#">#$2</a>')
          .replace(
            /(^|[^\w`])@([a-z\d](?:[a-z\d-]{0,38}))\b/gi,
            '$1<a class="mention" href="#">@$2</a>',
          ),
      );
    },
  },
};

/**
 * What GitHub does to issue and comment text beyond Markdown: a line ending inside a paragraph
 * (outside code spans) is a line break, and `#123` and `@login` in prose are links.
 */
function gitHubText(events: Event[]): Event[] {
  let paragraphs = 0;
  let codeSpans = 0;
  let links = 0;
  for (const [kind, token] of events) {
    const step = kind === 'enter' ? 1 : -1;
    if (token.type === 'paragraph') paragraphs += step;
    else if (token.type === 'codeText') codeSpans += step;
    else if (['link', 'image', 'autolink', 'literalAutolink'].includes(token.type)) links += step;
    else if (kind === 'enter' && paragraphs > 0 && codeSpans === 0) {
      if (token.type === 'lineEnding') token.type = 'hardBreakTrailing';
      else if (token.type === 'data' && links === 0) token.type = 'paperListBotProse';
    }
  }
  return events;
}

/** Markdown to HTML as GitHub shows an issue body, a pull request body or a comment. */
export function renderComment(markdown: string): string {
  const options: Options = {
    allowDangerousHtml: false,
    extensions: [gfm()],
    htmlExtensions: [gfmHtml(), gitHubHtml],
  };
  const events = postprocess(
    parse(options)
      .document()
      .write(preprocess()(markdown, null, true)),
  );
  return compile(options)(gitHubText(events));
}

// ── The diff ──────────────────────────────────────────────────────────────────────────────

/** One row of a unified diff: a hunk header, or a line with its old and new numbers. */
export type DiffRow =
  | { readonly kind: 'hunk'; readonly text: string }
  | {
      readonly kind: 'context' | 'added' | 'deleted';
      readonly old?: number;
      readonly new?: number;
      readonly text: string;
    };

/** The rows of the one contiguous change between two texts, with `context` lines around it. */
export function diffRows(before: string, after: string, context = 3): DiffRow[] {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a.at(-1 - end) === b.at(-1 - end))
    end += 1;
  if (start === a.length && start === b.length) return [];
  const from = Math.max(0, start - context);
  const aTo = Math.min(a.length, a.length - end + context);
  const bTo = Math.min(b.length, b.length - end + context);
  const rows: DiffRow[] = [
    { kind: 'hunk', text: `@@ -${from + 1},${aTo - from} +${from + 1},${bTo - from} @@` },
  ];
  for (let i = from; i < start; i += 1)
    rows.push({ kind: 'context', old: i + 1, new: i + 1, text: a[i]! });
  for (let i = start; i < a.length - end; i += 1)
    rows.push({ kind: 'deleted', old: i + 1, text: a[i]! });
  for (let i = start; i < b.length - end; i += 1)
    rows.push({ kind: 'added', new: i + 1, text: b[i]! });
  for (let i = 0; i < bTo - (b.length - end); i += 1) {
    const ai = a.length - end + i;
    const bi = b.length - end + i;
    rows.push({ kind: 'context', old: ai + 1, new: bi + 1, text: b[bi]! });
  }
  return rows;
}

function diffTable(file: string, before: string, after: string): string {
  const rows = diffRows(before, after);
  const added = rows.filter((r) => r.kind === 'added').length;
  const deleted = rows.filter((r) => r.kind === 'deleted').length;
  const marker = { context: ' ', added: '+', deleted: '-' } as const;
  const body = rows
    .map((row) =>
      row.kind === 'hunk'
        ? `<tr class="hunk"><td class="num"></td><td class="num"></td><td class="code">${escapeHtml(row.text)}</td></tr>`
        : `<tr class="${row.kind}"><td class="num">${row.old ?? ''}</td><td class="num">${row.new ?? ''}</td><td class="code"><span class="marker">${marker[row.kind]}</span>${escapeHtml(row.text)}</td></tr>`,
    )
    .join('\n');
  return `<div class="file">
<div class="file-header"><span class="stat"><span class="plus">+${added}</span> <span class="minus">−${deleted}</span></span> ${escapeHtml(file)}</div>
<table class="diff">
${body}
</table>
</div>`;
}

// ── Pages ─────────────────────────────────────────────────────────────────────────────────

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Octicons (MIT, GitHub), 16 px. */
const ICONS = {
  issueOpened:
    '<path d="M8 9.5a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3Z"></path><path d="M8 0a8 8 0 1 1 0 16A8 8 0 0 1 8 0ZM1.5 8a6.5 6.5 0 1 0 13 0 6.5 6.5 0 0 0-13 0Z"></path>',
  pullRequest:
    '<path d="M1.5 3.25a2.25 2.25 0 1 1 3 2.122v5.256a2.251 2.251 0 1 1-1.5 0V5.372A2.25 2.25 0 0 1 1.5 3.25Zm5.677-.177L9.573.677A.25.25 0 0 1 10 .854V2.5h1A2.5 2.5 0 0 1 13.5 5v5.628a2.251 2.251 0 1 1-1.5 0V5a1 1 0 0 0-1-1h-1v1.646a.25.25 0 0 1-.427.177L7.177 3.427a.25.25 0 0 1 0-.354ZM3.75 2.5a.75.75 0 1 0 0 1.5.75.75 0 0 0 0-1.5Zm0 9.5a.75.75 0 1 0 0 1.5.75.75 0 0 0 0-1.5Zm8.25.75a.75.75 0 1 0 1.5 0 .75.75 0 0 0-1.5 0Z"></path>',
} as const;

const icon = (name: keyof typeof ICONS) =>
  `<svg class="octicon" viewBox="0 0 16 16" width="16" height="16" fill="currentColor" aria-hidden="true">${ICONS[name]}</svg>`;

/** A round avatar: the user's initial on a colour of their own, or the Actions mark for bots. */
function avatar(login: string): string {
  if (login.endsWith('[bot]')) {
    return '<div class="avatar bot-avatar"><svg viewBox="0 0 16 16" width="18" height="18" fill="#fff" aria-hidden="true"><path d="M5 3.5v9l7.5-4.5Z"></path></svg></div>';
  }
  let hue = 0;
  for (const char of login) hue = (hue * 31 + char.codePointAt(0)!) % 360;
  return `<div class="avatar" style="background:hsl(${hue} 55% 45%)">${escapeHtml(login.charAt(0).toUpperCase())}</div>`;
}

/** A login as GitHub prints it: bots without `[bot]`, with a `bot` badge. */
function who(login: string): string {
  return login.endsWith('[bot]')
    ? `<b>${escapeHtml(login.slice(0, -'[bot]'.length))}</b> <span class="badge">bot</span>`
    : `<b>${escapeHtml(login)}</b>`;
}

const LABEL_COLOURS: Readonly<Record<string, string>> = { 'new-paper': '#0e8a16' };

function label(name: string): string {
  return `<span class="label" style="background:${LABEL_COLOURS[name] ?? '#6e7781'}">${escapeHtml(name)}</span>`;
}

/** A timeline comment: avatar, header, rendered body. */
function timelineComment(login: string, verb: string, markdown: string): string {
  return `<div class="item">${avatar(login)}<div class="box">
<div class="box-header">${who(login)} <span class="muted">${verb}</span></div>
<div class="markdown-body">
${renderComment(markdown)}
</div>
</div></div>`;
}

function issueHeader(issue: IssueScene, size: 'large' | 'small'): string {
  return `<header class="${size}">
<h1>${escapeHtml(issue.title)} <span class="number">#${issue.number}</span></h1>
<div class="meta"><span class="state">${icon('issueOpened')} Open</span> ${who(issue.author)} <span class="muted">opened this issue</span> ${issue.labels.map(label).join(' ')}</div>
</header>`;
}

function issuePage(issue: IssueScene): string {
  return page(
    `Issue #${issue.number}`,
    `${issueHeader(issue, 'large')}
<div class="timeline">
${timelineComment(issue.author, 'opened this issue', issue.body)}
</div>`,
  );
}

function commentPage(issue: IssueScene, bot: string): string {
  return page(
    `Comment on issue #${issue.number}`,
    `${issueHeader(issue, 'small')}
<div class="timeline">
${timelineComment(bot, 'commented', issue.comment)}
</div>`,
  );
}

/**
 * A pull request's page. Its body's build stamp is left out: GitHub shows no HTML comment, and
 * the stamp names commits, whose ids change whenever the scenario's requests do.
 */
function pullRequestPage(pull: PullRequestScene, bot: string): string {
  return page(
    `Pull request #${pull.number}`,
    `<header class="large">
<h1>${escapeHtml(pull.title)} <span class="number">#${pull.number}</span></h1>
<div class="meta"><span class="state">${icon('pullRequest')} Open</span> ${who(bot)} <span class="muted">wants to merge 1 commit into</span> <span class="branch">${escapeHtml(pull.baseRef)}</span> <span class="muted">from</span> <span class="branch">${escapeHtml(pull.headRef)}</span></div>
</header>
<div class="timeline">
${timelineComment(bot, 'commented', stripBuildStamps(pull.body))}
</div>
<h2 class="files">Files changed <span class="counter">1</span></h2>
${diffTable(pull.file, pull.before, pull.after)}`,
  );
}

/** GitHub's light theme, reduced to what these pages use. */
const STYLE = `
* { box-sizing: border-box; }
html { background: #fff; }
body { margin: 0; width: ${PAGE_WIDTH}px; color: #1f2328; font-size: 14px; line-height: 1.5;
  font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif, "Noto Color Emoji"; }
.page { padding: 20px 24px 24px; }
a { color: #0969da; text-decoration: none; }
code, pre, .branch, .diff { font-family: ui-monospace, SFMono-Regular, "DejaVu Sans Mono", Menlo, Consolas, monospace; }
header { padding-bottom: 14px; margin-bottom: 16px; border-bottom: 1px solid #d0d7de; }
header h1 { margin: 0 0 8px; font-weight: 400; font-size: 26px; line-height: 1.25; overflow-wrap: anywhere; }
header.small h1 { font-size: 20px; }
header .number { color: #59636e; font-weight: 300; }
.meta { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; color: #1f2328; }
.muted { color: #59636e; }
.state { display: inline-flex; align-items: center; gap: 4px; padding: 4px 12px; border-radius: 2em;
  background: #1f883d; color: #fff; font-weight: 500; margin-right: 4px; }
.octicon { vertical-align: text-bottom; }
.badge { border: 1px solid #d0d7de; border-radius: 2em; padding: 0 7px; font-size: 12px; color: #59636e; }
.label { display: inline-block; padding: 0 8px; border-radius: 2em; font-size: 12px; font-weight: 500;
  line-height: 20px; color: #fff; }
.branch { padding: 1px 6px; border-radius: 6px; background: #ddf4ff; color: #0969da; font-size: 12px; }
.timeline .item { display: flex; gap: 16px; align-items: flex-start; }
.avatar { flex: none; width: 40px; height: 40px; border-radius: 50%; display: flex; align-items: center;
  justify-content: center; color: #fff; font-weight: 600; font-size: 18px; }
.bot-avatar { background: #2f81f7; }
.box { flex: 1; min-width: 0; border: 1px solid #d0d7de; border-radius: 6px; }
.box-header { padding: 8px 16px; background: #f6f8fa; border-bottom: 1px solid #d0d7de;
  border-radius: 6px 6px 0 0; }
.markdown-body { padding: 16px; overflow-wrap: anywhere; }
.markdown-body > :first-child { margin-top: 0; }
.markdown-body > :last-child { margin-bottom: 0; }
.markdown-body p, .markdown-body ul, .markdown-body ol, .markdown-body pre, .markdown-body details,
.markdown-body table { margin: 0 0 16px; }
.markdown-body h3 { font-size: 1.25em; font-weight: 600; line-height: 1.25; margin: 24px 0 16px; }
.markdown-body ul, .markdown-body ol { padding-left: 2em; }
.markdown-body li + li { margin-top: 0.25em; }
.markdown-body code { padding: 0.2em 0.4em; font-size: 85%; background: rgba(175, 184, 193, 0.2);
  border-radius: 6px; }
.markdown-body pre { padding: 16px; background: #f6f8fa; border-radius: 6px; font-size: 85%;
  white-space: pre-wrap; }
.markdown-body pre code { padding: 0; background: none; font-size: 100%; }
.markdown-body hr { height: 0.25em; padding: 0; margin: 24px 0; background: #d0d7de; border: 0; }
.markdown-body summary { cursor: pointer; }
.markdown-body sub { font-size: 12px; }
.markdown-body .mention { color: #1f2328; font-weight: 600; }
h2.files { font-size: 16px; font-weight: 600; margin: 24px 0 8px 56px; }
.counter { display: inline-block; min-width: 20px; padding: 0 6px; border-radius: 2em; background: rgba(208, 215, 222, 0.6);
  font-size: 12px; font-weight: 500; text-align: center; }
.file { margin-left: 56px; border: 1px solid #d0d7de; border-radius: 6px; overflow: hidden; }
.file-header { padding: 8px 16px; background: #f6f8fa; border-bottom: 1px solid #d0d7de;
  font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 12px; }
.stat { margin-right: 8px; font-weight: 600; }
.plus { color: #1a7f37; }
.minus { color: #d1242f; }
.diff { width: 100%; border-collapse: collapse; font-size: 12px; line-height: 20px; }
.diff td { vertical-align: top; }
.diff .num { width: 44px; padding: 0 8px; text-align: right; color: #59636e; user-select: none; }
.diff .code { position: relative; padding: 0 10px 0 24px; white-space: pre-wrap; overflow-wrap: anywhere; }
.diff .marker { position: absolute; left: 10px; }
.diff .hunk td { background: #ddf4ff; color: #59636e; }
.diff .added .num { background: #d1f8d9; }
.diff .added .code { background: #dafbe1; }
.diff .deleted .num { background: #ffcecb; }
.diff .deleted .code { background: #ffebe9; }
`;

/**
 * A whole page. The script records the content's height on the root element, which the
 * screenshot script reads (chromium --dump-dom) to size the window before the capture.
 */
function page(title: string, content: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<div class="page">
${content}
</div>
<script>addEventListener('load', () => document.documentElement.setAttribute('data-height', String(Math.ceil(document.querySelector('.page').getBoundingClientRect().bottom))));</script>
</body>
</html>
`;
}
