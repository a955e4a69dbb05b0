import {
  isTableRow,
  venueEmphasis,
  type EntryTemplate,
  type LinkFormat,
  type Placeholder,
  type TemplateAtom,
  type TemplatePart,
} from '../paper/entry-template.js';
import { LINE_END_SOURCE, withoutTrailingBlanks } from './text-lines.js';
import { escapedLead } from './escaped-lead.js';
import { lineWithoutTrailingBlanks, optionalUnindented, unindented } from './line-ends.js';

/** The values of an entry that matched its whole template, as written (still escaped). */
export type EntryFields = Partial<Record<Placeholder, string>>;

/** A whole-entry pattern compiled from a template, and where each placeholder is captured. */
export interface EntryPattern {
  readonly pattern: RegExp;
  readonly groups: ReadonlyMap<Placeholder, number>;
}

/** Entries longer than this are not matched whole: the pattern's cost grows with the length. */
const MAX_ENTRY = 4000;
const LINE_END = `[ \\t]*${LINE_END_SOURCE}[ \\t]*`;

/**
 * Compiles a template into one anchored pattern that an entry written with it matches whole
 * (docs/design.md, "Reading entries"): literal text matches itself with any run of spaces
 * flexible, a template line whose values are all empty may be missing (the formatter leaves it
 * out), an optional part may be missing, and a "." after a value may be missing (a title ending
 * in "?" keeps no "."). A value ends where the literal text after it begins.
 */
export function compileEntryPattern(template: EntryTemplate): EntryPattern {
  const groups = new Map<Placeholder, number>();
  let count = 0;
  const capture = (name: Placeholder, body: string): string => {
    if (groups.has(name)) return `(?:${body})`;
    count += 1;
    groups.set(name, count);
    return `(${body})`;
  };
  const lines = template.lines.map((parts, index) => {
    const context = { links: template.links, capture, cells: isTableRow(template) };
    const source = partsSource(
      lineWithoutTrailingBlanks(index === 0 ? unindented(parts) : optionalUnindented(parts)),
      context,
    );
    if (index === 0) return `${escapedLead(template)}${source}`;
    const hasValue = parts.some((p) => p.kind !== 'text');
    // A blank line between two of the template's lines may be missing, as blanks may.
    if (source === '') return `(?:${LINE_END})?`;
    return hasValue ? `(?:${LINE_END}${source})?` : `${LINE_END}${source}`;
  });
  return { pattern: new RegExp(`^[ \\t]*${lines.join('')}[ \\t]*$`, 'i'), groups };
}

/** Reads an entry's values with a compiled pattern, or `undefined` when it does not match. */
export function matchEntry(compiled: EntryPattern, entryText: string): EntryFields | undefined {
  if (entryText.length > MAX_ENTRY) return undefined;
  const match = compiled.pattern.exec(entryText);
  if (!match) return undefined;
  const fields: EntryFields = {};
  for (const [name, index] of compiled.groups) {
    const value = match[index];
    // Spaces before the literal text that follows belong to neither.
    if (value !== undefined) fields[name] = withoutTrailingBlanks(value);
  }
  return fields;
}

export type Capture = (name: Placeholder, body: string) => string;

/** What compiling one template needs throughout. */
interface Context {
  readonly links: LinkFormat;
  readonly capture: Capture;
  /** Entries are table rows: a value never holds an unescaped `|`. */
  readonly cells: boolean;
}

export function partsSource(parts: readonly TemplatePart[], context: Context, end = ''): string {
  let source = '';
  parts.forEach((part, i) => {
    const after = i + 1 < parts.length ? nextText(parts, i + 1) : end;
    const previous = parts[i - 1];
    const afterTitle = previous?.kind === 'value' && previous.name === 'title';
    if (part.kind === 'optional') {
      const inner = atomsSource(part.parts, after, context, afterTitle);
      // The fallback first: a bare placeholder would otherwise read the `-` as its value.
      const fallback = part.fallback === undefined ? '' : `${literalSource(part.fallback, false)}|`;
      source += `(?:${fallback}${inner})?`;
    } else if (part.kind === 'text') {
      source += textSource(parts, i, afterTitle);
    } else {
      source += valueCapture(parts, i, after, context);
    }
  });
  return source;
}

function atomsSource(
  atoms: readonly TemplateAtom[],
  after: string,
  context: Context,
  afterTitle: boolean,
): string {
  let source = '';
  atoms.forEach((atom, i) => {
    if (atom.kind === 'text') {
      const previous = atoms[i - 1];
      const title = previous ? previous.kind === 'value' && previous.name === 'title' : afterTitle;
      source += textSource(atoms, i, title);
    } else {
      const next = atoms[i + 1];
      source += valueCapture(atoms, i, next?.kind === 'text' ? next.text : after, context);
    }
  });
  return source;
}

/** The value at `items[i]` captured, stopping at the literal text `followed` that comes after it. */
function valueCapture(
  items: readonly TemplatePart[],
  i: number,
  followed: string,
  context: Context,
): string {
  const atom = items[i] as Extract<TemplateAtom, { kind: 'value' }>;
  const body = valueSource(atom.name, followed, context);
  const marker = venueEmphasis(items, i);
  return context.capture(atom.name, marker ? venueSource(body, marker) : body);
}

/**
 * The literal text at `items[i]`; where it holds the emphasis enclosing a venue, the marker may
 * be missing, as lists write `arXiv` plain where conferences are `*ICCV*` (`plainVenues`).
 */
function textSource(items: readonly TemplatePart[], i: number, afterTitle: boolean): string {
  const text = (items[i] as { text: string }).text;
  const lead = venueEmphasis(items, i - 1) ?? '';
  const trail = venueEmphasis(items, i + 1) ?? '';
  if (!lead && !trail) return literalSource(text, afterTitle);
  const body = text.slice(lead.length, text.length - trail.length);
  const optional = (marker: string) => (marker ? `(?:${escapeRegExp(marker)})?` : '');
  const middle = body === '' ? '' : literalSource(body, afterTitle && lead === '');
  return `${optional(lead)}${middle}${optional(trail)}`;
}

/**
 * A venue whose enclosing emphasis may be missing: any venue inside the marker, as before, else a
 * plain one (`arXiv`), which holds no marker and no `. ` or `, ` (so it never swallows the end of
 * the authors before it: `Ben Y. Zhao. *CVPR*`). Either way the marker closes what it opened.
 */
function venueSource(body: string, marker: string): string {
  const m = escapeRegExp(marker);
  const plain = '(?:(?![.,][ \\t])[^*_\\n|\\\\])+?';
  return `(?:(?<=${m})${body}(?=${m})|(?<!${m})${plain}(?!${m}))`;
}

/** The literal text that follows part `from` of a line, for the value before it to stop at. */
function nextText(parts: readonly TemplatePart[], from: number): string {
  const next = parts[from];
  if (next?.kind === 'text') return next.text;
  if (next?.kind === 'optional' && next.parts[0]?.kind === 'text') return next.parts[0].text;
  return '';
}

/**
 * Literal text: a run of spaces matches any run of spaces (at least one), and a "." right after the
 * title may be missing when the title ends in its own ".", "?" or "!".
 */
export function literalSource(text: string, afterTitle: boolean): string {
  const dot = afterTitle && text.startsWith('.');
  // Table cells are padded, or not, as the row's writer liked: spaces around a pipe are optional.
  const body = (dot ? text.slice(1) : text)
    .replace(/[ \t]*\|[ \t]*/g, '|')
    .split(/([ \t]+|\n)/)
    .map((piece) => {
      if (piece === '\n') return '[ \\t]*\\r?\\n';
      if (/^[ \t]+$/.test(piece)) return '[ \\t]+';
      return escapeRegExp(piece).replaceAll('\\|', '[ \\t]*\\|[ \\t]*');
    })
    .join('');
  return dot ? `(?:\\.|(?<=[.?!]))${body}` : body;
}

function valueSource(name: Placeholder, after: string, context: Context): string {
  switch (name) {
    case 'year':
      return '(?:19|20)\\d\\d';
    case 'number':
      return '\\d{1,9}';
    case 'rating':
      return '[★☆]+';
    case 'arxiv':
      return '\\d{4}\\.\\d{4,5}(?:v\\d+)?|[a-z-]+(?:\\.[a-z]{2})?\\/\\d{7}';
    case 'repo':
      return '[\\w.-]+/[\\w.-]+?';
    case 'paper':
      return '<?[^\\s<>()]+(?:\\([^\\s()]*\\)[^\\s<>()]*)*>?';
    case 'links':
      return linkListSource(context.links);
    case 'notes':
    case 'tail': // A table row's notes stay in their cell.
      return context.cells ? '(?:\\\\.|[^\\\\\\n|])*?' : '[\\s\\S]*?';
    case 'title':
      // A title holds no Markdown link (`](`): one swallowing the links after it is no title.
      return oneLineValue(after, context.cells, ['](']);
    default:
      return oneLineValue(after, context.cells);
  }
}

/** Text on one line, not running past the distinctive literal text that follows it (`**`, `](`). */
function oneLineValue(after: string, cells: boolean, never: readonly string[] = []): string {
  const any = cells ? '(?:\\\\.|[^\\\\\\n|])' : '(?:\\\\.|[^\\\\\\n])';
  const stop = after.trimStart().slice(0, 2);
  const stops = stop.length < 2 || /^[.,;:\s]/.test(stop) ? never : [stop, ...never];
  if (stops.length === 0) return `${any}+?`;
  return `(?:(?!${[...new Set(stops)].map(escapeRegExp).join('|')})${any})+?`;
}

/** Zero or more links in the list's link format, with its separator between them. */
function linkListSource(links: LinkFormat): string {
  const item = (format: string) => {
    const pieces = format.split(/(\{label\}|\{url\}|\{image\})/);
    return pieces
      .map((piece, i) => {
        // A label never holds the text that closes it (`](`): one way to read a run of links.
        // A label that could took exponential time on a crafted run of them.
        if (piece === '{label}') return oneLineValue(pieces[i + 1] ?? '', false);
        if (piece === '{url}') return '<?[^\\s<>()]+(?:\\([^\\s()]*\\)[^\\s<>()]*)*>?';
        // A badge's image: an address, as the list's own badges are.
        if (piece === '{image}') return '[^\\s<>()]+';
        return literalSource(piece, false);
      })
      .join('');
  };
  const separator = literalSource(links.separator, false);
  // The first link's own leading space may be missing: after a space or in a cell it is not
  // written; and so may its line break, where the links open their line (no paper link before).
  const ownLine = /^[ \t]*\r?\n/.test(links.item);
  const first = ownLine
    ? `(?:[ \\t]*\\r?\\n)?[ \\t]*${item(links.item.replace(/^[ \t]*\r?\n[ \t]*/, ''))}`
    : `[ \\t]*${item(links.item.replace(/^[ \t]+/, ''))}`;
  return `(?:${first}(?:${separator}${item(links.item)})*)?`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
