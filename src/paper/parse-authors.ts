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

const ANGLE_LINK = /^(.*?)\s*<([^>]*)>$/;
const PAREN_LINK = /^(.*?)\s*\(\s*((?:https?:)?\/\/[^)\s]*|[a-z][a-z0-9+.-]*:[^)\s]*)\s*\)$/i;

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
  const link = MARKDOWN_LINK.exec(item) ?? ANGLE_LINK.exec(item) ?? PAREN_LINK.exec(item);
  const name = collapseSpaces(link ? link[1]! : item);
  if (/^(?:https?:\/\/|www\.)/i.test(name)) return 'is a link without a name: write "Name <url>"';
  if (name === '') return 'has a link but no name: write "Name <url>"';
  if (name.length > MAX_AUTHOR_NAME) return `is longer than ${MAX_AUTHOR_NAME} characters`;
  if (!link) return { name };
  const url = link[2]!.trim();
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
