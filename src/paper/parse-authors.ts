import { checkUrl } from './check-url.js';
import { LIST_MARKER, MARKDOWN_LINK, shorten } from './answer-text.js';
import { collapseSpaces } from './clean-text.js';
import type { Author } from './paper.js';

/** The most authors an entry lists; longer author lists end with `et al.`. */
export const MAX_AUTHORS = 500;
/** The longest author name accepted. */
export const MAX_AUTHOR_NAME = 200;

/** Authors read from the form, or what is wrong with them (messages that say how to fix it). */
export interface ParsedAuthors {
  readonly authors: Author[];
  readonly problems: string[];
}

/** What `Name (url)` may hold in its brackets: a URL, with or without its scheme. */
const PAREN_URL = /^(?:(?:https?:)?\/\/[^()\s]*|[a-z][a-z0-9+.-]*:[^()\s]*)$/i;

/** `Name <url>`: the name and the text in the last angle brackets, which end the item. */
export function angleLink(item: string): [name: string, url: string] | undefined {
  return trailingLink(item, '<', '>');
}

/** `Name (url)`: the name and the URL in the last round brackets, which end the item. */
export function parenLink(item: string): [name: string, url: string] | undefined {
  const link = trailingLink(item, '(', ')');
  const url = link?.[1].trim();
  return link && url !== undefined && PAREN_URL.test(url) ? [link[0], url] : undefined;
}

// Found from the end, not by a pattern: a pattern for "the name, then the bracketed link that
// ends the item" tries each opening bracket in turn (half a second on 30,000 crafted characters).
function trailingLink(item: string, open: string, close: string): [string, string] | undefined {
  if (!item.endsWith(close)) return undefined;
  const start = item.lastIndexOf(open, item.length - 2);
  const inside = item.slice(start + 1, -1);
  if (start === -1 || inside.includes(close)) return undefined;
  return [item.slice(0, start).trimEnd(), inside];
}

/**
 * Reads the authors answer: one author a line, or all on one line separated by commas (or
 * semicolons). Each is `Name`, `[Name](url)`, `Name <url>` or `Name (url)`; list markers such as
 * `- ` are tolerated.
 */
export function parseAuthors(answer: string): ParsedAuthors {
  const authors: Author[] = [];
  const problems: string[] = [];
  const items = answer
    .split('\n')
    .flatMap(splitOutsideBrackets)
    .map((item) =>
      collapseSpaces(item)
        .replace(LIST_MARKER, '')
        .replace(/^and\s+/i, ''),
    )
    .filter((item) => item !== '');
  if (items.length > MAX_AUTHORS) {
    return {
      authors: [],
      problems: [
        `lists ${items.length} authors; list at most ${MAX_AUTHORS} and end with "et al."`,
      ],
    };
  }
  items.forEach((item, index) => {
    const author = readAuthor(item);
    const where = `author ${index + 1} ("${shorten(item)}")`;
    if (typeof author === 'string') problems.push(`${where} ${author}`);
    else authors.push(author);
  });
  if (authors.length === 0 && problems.length === 0) problems.push('needs at least one author');
  return { authors, problems };
}

function readAuthor(item: string): Author | string {
  const markdown = MARKDOWN_LINK.exec(item);
  const link: [string, string] | undefined = markdown
    ? [markdown[1]!, markdown[2]!]
    : (angleLink(item) ?? parenLink(item));
  const name = collapseSpaces(link ? link[0] : item);
  if (/^(?:https?:\/\/|www\.)/i.test(name)) return 'is a link without a name: write "Name <url>"';
  if (name === '') return 'has a link but no name: write "Name <url>"';
  if (name.length > MAX_AUTHOR_NAME) return `is longer than ${MAX_AUTHOR_NAME} characters`;
  if (!link) return { name };
  const url = link[1].trim();
  const problem = checkUrl(url);
  if (problem) return `has a link that ${problem}`;
  return { name, url };
}

/** Splits at commas and semicolons that are not inside `[...]`, `(...)` or `<...>`. */
function splitOutsideBrackets(line: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of line) {
    if (char === '[' || char === '(' || char === '<') depth += 1;
    else if ((char === ']' || char === ')' || char === '>') && depth > 0) depth -= 1;
    if ((char === ',' || char === ';' || char === '，') && depth === 0) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts;
}
