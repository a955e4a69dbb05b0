import type {
  EntryTemplate,
  LinkFormat,
  Placeholder,
  TemplateAtom,
  TemplatePart,
} from '../paper/entry-template.js';

/** The values of an entry that matched its whole template, as written (still escaped). */
export type EntryFields = Partial<Record<Placeholder, string>>;

/** A whole-entry pattern compiled from a template, and where each placeholder is captured. */
export interface EntryPattern {
  readonly pattern: RegExp;
  readonly groups: ReadonlyMap<Placeholder, number>;
}

/** Entries longer than this are not matched whole: the pattern's cost grows with the length. */
const MAX_ENTRY = 4000;

const LINE_END = '[ \\t]*(?:\\r\\n?|\\n)[ \\t]*';

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
    const source = partsSource(parts, template.links, capture);
    if (index === 0) return source;
    const hasValue = parts.some((p) => p.kind !== 'text');
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
    if (value !== undefined) fields[name] = value;
  }
  return fields;
}

type Capture = (name: Placeholder, body: string) => string;

function partsSource(parts: readonly TemplatePart[], links: LinkFormat, capture: Capture): string {
  let source = '';
  parts.forEach((part, i) => {
    if (part.kind === 'optional') {
      source += `(?:${atomsSource(part.parts, nextText(parts, i + 1), links, capture)})?`;
    } else {
      source += atomsSource([part], nextText(parts, i + 1), links, capture);
    }
  });
  return source;
}

function atomsSource(
  atoms: readonly TemplateAtom[],
  after: string,
  links: LinkFormat,
  capture: Capture,
): string {
  let source = '';
  atoms.forEach((atom, i) => {
    if (atom.kind === 'text') {
      const previous = atoms[i - 1];
      source += literalSource(atom.text, previous?.kind === 'value' || i === 0);
    } else {
      const next = atoms[i + 1];
      source += capture(
        atom.name,
        valueSource(atom.name, next?.kind === 'text' ? next.text : after, links),
      );
    }
  });
  return source;
}

/** The literal text that follows part `from` of a line, for the value before it to stop at. */
function nextText(parts: readonly TemplatePart[], from: number): string {
  const next = parts[from];
  if (next?.kind === 'text') return next.text;
  if (next?.kind === 'optional' && next.parts[0]?.kind === 'text') return next.parts[0].text;
  return '';
}

/**
 * Literal text: a run of spaces matches any run of spaces (at least one), and a "." right after a
 * value may be missing when the value ends in its own ".", "?" or "!" (a title ending in "?").
 */
export function literalSource(text: string, afterValue: boolean): string {
  const dot = afterValue && text.startsWith('.');
  const body = (dot ? text.slice(1) : text)
    .split(/([ \t]+)/)
    .map((piece) => (/^[ \t]+$/.test(piece) ? '[ \\t]+' : escapeRegExp(piece)))
    .join('');
  return dot ? `(?:\\.|(?<=[.?!]))${body}` : body;
}

function valueSource(name: Placeholder, after: string, links: LinkFormat): string {
  switch (name) {
    case 'year':
      return '(?:19|20)\\d\\d';
    case 'number':
      return '\\d{1,9}';
    case 'rating':
      return '[★☆]+';
    case 'paper':
      return '<?[^\\s<>()]+(?:\\([^\\s()]*\\)[^\\s<>()]*)*>?';
    case 'links':
      return linkListSource(links);
    case 'notes':
    case 'tail':
      return '[\\s\\S]*?';
    default:
      return oneLineValue(after);
  }
}

/** Text on one line, not running past the distinctive literal text that follows it (`**`, `](`). */
function oneLineValue(after: string): string {
  const any = '(?:\\\\.|[^\\\\\\n])';
  const stop = after.trimStart().slice(0, 2);
  if (stop.length < 2 || /^[.,;:\s]/.test(stop)) return `${any}+?`;
  return `(?:(?!${escapeRegExp(stop)})${any})+?`;
}

/** Zero or more links in the list's link format, with its separator between them. */
function linkListSource(links: LinkFormat): string {
  const item = links.item
    .split(/(\{label\}|\{url\})/)
    .map((piece) => {
      if (piece === '{label}') return '(?:\\\\.|[^\\\\\\n])+?';
      if (piece === '{url}') return '<?[^\\s<>()]+(?:\\([^\\s()]*\\)[^\\s<>()]*)*>?';
      return literalSource(piece, false);
    })
    .join('');
  const separator = literalSource(links.separator, false);
  return `(?:${item}(?:${separator}${item})*)?`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
