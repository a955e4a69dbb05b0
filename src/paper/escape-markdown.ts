// Escaping for untrusted text placed inside a list entry. Everything the filer wrote is shown as
// written: no emphasis, link, HTML tag, math or table cell can come out of it, and no line can
// start a new block (list item, heading, quote, fence) that would break out of the entry.

/** Characters that are Markdown syntax wherever they stand. */
const ALWAYS = /[\\`*[\]<~|$]/g;
/** `_` opens or closes emphasis only at a word boundary; inside `snake_case` it is text. */
const LONE_UNDERSCORE = /(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;
/** `&copy;` and `&#169;` are character references; a bare `&` is text. */
const ENTITY = /&(?=#?[0-9A-Za-z]+;)/g;
/** What turns a line into a block other than a paragraph continuation. */
const BLOCK_START = /^(?:[#>+=-]|\d{1,9}(?=[.)]))/;

/**
 * A bare http(s) URL in text, as GFM finds them: not glued to a letter before it (a digit or
 * `_` before is fine). Trailing punctuation is trimmed off separately.
 */
const BARE_URL = /(?<![A-Za-z])https?:\/\/[^\s<>]+/gi;
/** `www.` starts a GFM autolink too; escaping its dot keeps it text, as written. */
const WWW = /(www)\./gi;
const TRAILING_PUNCTUATION = /[.,;:!?'"*_~]+$/;

/**
 * Escapes plain text for use inside one line of an entry, so that it renders as exactly the
 * given text. Line breaks are not expected here; callers split lines first.
 *
 * Bare http(s) URLs become `<url>` autolinks: they stay clickable, and no escape ends up
 * inside them (GFM would link `https://x/\~a` with the backslash).
 */
export function escapeInline(text: string): string {
  let escaped = '';
  let at = 0;
  for (const match of text.matchAll(BARE_URL)) {
    const url = trimUrl(match[0]);
    escaped += escapeText(text.slice(at, match.index)) + `<${url}>`;
    at = match.index + url.length;
  }
  return escaped + escapeText(text.slice(at));
}

function escapeText(text: string): string {
  return text
    .replace(ALWAYS, (c) => `\\${c}`)
    .replace(LONE_UNDERSCORE, '\\_')
    .replace(ENTITY, '\\&')
    .replace(WWW, '$1\\.');
}

/** Drops trailing punctuation and a closing parenthesis that the URL did not open. */
function trimUrl(url: string): string {
  let trimmed = url.replace(TRAILING_PUNCTUATION, '');
  while (trimmed.endsWith(')') && count(trimmed, '(') < count(trimmed, ')')) {
    trimmed = trimmed.slice(0, -1).replace(TRAILING_PUNCTUATION, '');
  }
  return trimmed;
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

/**
 * Escapes plain text that begins a line of an entry (a notes line): as {@link escapeInline}, and
 * the first character too when it would start a heading, list item, quote or setext underline.
 */
export function escapeLineStart(text: string): string {
  return escapeBlockStart(escapeInline(text));
}

/**
 * Escapes the first character of already escaped text that will begin a line, when it would
 * start a heading, list item, quote or setext underline there.
 */
export function escapeBlockStart(escaped: string): string {
  const start = BLOCK_START.exec(escaped);
  if (!start) return escaped;
  // For an ordered-list marker (`1)`, `2.`) escape the punctuation after the digits.
  const at = /^\d/.test(escaped) ? start[0].length : 0;
  return `${escaped.slice(0, at)}\\${escaped.slice(at)}`;
}

/** Characters that would end or break a link destination `(url)`. */
const URL_UNSAFE = /[\s()<>"`\\\p{Cc}]/gu;

/**
 * Makes an already validated absolute URL safe as a Markdown link destination, changing nothing
 * else: only characters that would end the destination are percent-encoded.
 */
export function escapeUrl(url: string): string {
  return url.replace(URL_UNSAFE, (c) =>
    Array.from(
      new TextEncoder().encode(c),
      (b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
    ).join(''),
  );
}
