// The entry template: how one paper is written as lines of the list (docs/design.md, "The entry
// format"); the corpus's by default, else configured or inferred from the entries (src/infer).

import type { LinkImages } from './link-images.js';
import { optionalPaperLink } from './optional-paper-link.js';

/** Values a template can place. */
export const PLACEHOLDERS = [
  'title',
  'authors',
  'venue',
  'year',
  'links',
  'paper',
  'abbreviation',
  'rating',
  'notes',
  'tail',
  'number',
  'repo',
  'arxiv',
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

/** Literal text, or a placeholder (`{links:Data}` has a label: src/paper/link-labels.ts). */
export type TemplateAtom =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'value'; readonly name: Placeholder; readonly label?: string };

/**
 * A run of literal text, a placeholder, or an optional part (`{[ ... ]}`): text and placeholders
 * written only when every placeholder in it has a value, such as a short name some entries show.
 * An optional part of text alone goes with the optional part before it on its line: written when
 * that one is (the ` <br>` closing a cell that a star badge and its `<br>` open).
 */
export type TemplatePart =
  | TemplateAtom
  | {
      readonly kind: 'optional';
      readonly parts: readonly TemplateAtom[];
      /** What stands in the part's place when it is left out (`-` in a table cell), if anything. */
      readonly fallback?: string;
    };

/** How the `{links}` placeholder writes each link, and what stands between two links. */
export interface LinkFormat {
  /**
   * The item with `{label}` and `{url}`, e.g. ` [[{label}]({url})]` or `[{label}]({url})`, and
   * `{image}` for links shown as badges: `[![{label}]({image})]({url})`.
   */
  readonly item: string;
  readonly separator: string;
  /** The badge of each label, for an item placing `{image}` (src/paper/link-images.ts). */
  readonly images?: LinkImages;
}

/** What stands between authors: `, ` between most, and before the last (`, `, ` and `, `, and `). */
export interface AuthorFormat {
  readonly separator: string;
  readonly last: string;
}

/** A parsed template: its lines, each a sequence of parts. */
export interface EntryTemplate {
  readonly source: string;
  readonly lines: readonly (readonly TemplatePart[])[];
  /** What ends a line inside a multi-line value (notes), e.g. ` <Br>`. */
  readonly lineBreak: string;
  readonly links: LinkFormat;
  readonly authors: AuthorFormat;
  /**
   * Venues written without the emphasis the template puts around `{venue}` (`arXiv` where
   * conferences are `*ICCV*`), by name, as the list writes them.
   */
  readonly plainVenues?: readonly string[];
  /**
   * Whether venues are written without their year (`CVPR` under `## 2019`, or in a section named
   * `2019`): the list's venues never show one, so a new entry's is left out too.
   */
  readonly venuesYearless?: boolean;
  /**
   * Whether the text after the title keeps its leading `.` after a title's own `?` or `!`
   * (`Fall Short?.`): the list writes it so. Else the title's mark stands for it.
   */
  readonly stopAfterTitleMark?: boolean;
}

/**
 * The corpus's format: title, authors, venue and links, then abbreviation, rating and notes.
 *
 * ```
 * - **Run, Don't Walk: Chasing Higher FLOPS for Faster Neural Networks** <Br>
 * [Jierun Chen](https://jierunchen.github.io/), Shiu-hong Kao, Hao He <Br>
 * [CVPR 2023] [[Pytorch-Code](https://github.com/JierunChen/FasterNet)] <Br>
 * [**FasterNet**] [★☆] partial convolution + identity
 * ```
 */
export const DEFAULT_TEMPLATE = '- **{title}** <Br>\n{authors} <Br>\n[{venue}]{links} <Br>\n{tail}';

/** The default line break inside multi-line notes. */
export const DEFAULT_LINE_BREAK = ' <Br>';

/** The corpus's links: ` [[Code](url)]` each, nothing between them. */
export const DEFAULT_LINK_FORMAT: LinkFormat = { item: ' [[{label}]({url})]', separator: '' };

/** The corpus's authors: `A, B, C`. */
export const DEFAULT_AUTHOR_FORMAT: AuthorFormat = { separator: ', ', last: ', ' };

/** `{[` opens an optional part, `]}` closes it (`]|-}` with `-` in its absence); `{name}`. */
const TOKEN = /\{\[|\](?:\|([^{}\n]*))?\}|\{([a-z]+)(?::([^{}[\]\n]*))?\}/g;

/**
 * Parses a template. Placeholders are `{name}` (see {@link PLACEHOLDERS}), `{[`...`]}` marks an
 * optional part; everything else is literal. Returns a message instead when the template cannot
 * describe an entry.
 */
export function parseEntryTemplate(
  source: string,
  lineBreak: string = DEFAULT_LINE_BREAK,
  links: LinkFormat = DEFAULT_LINK_FORMAT,
  authors: AuthorFormat = DEFAULT_AUTHOR_FORMAT,
): EntryTemplate | { readonly error: string } {
  const lines: TemplatePart[][] = [];
  const seen = new Set<string>();
  for (const raw of source.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n')) {
    const parsed = parseLine(raw, seen);
    if ('error' in parsed) return parsed;
    lines.push(optionalPaperLink(parsed.parts));
  }
  const problem = templateProblem(lines, seen) ?? linkFormatProblem(links);
  return problem ? { error: problem } : { source, lines, lineBreak, links, authors };
}

const TEXT_ALONE =
  'an optional part "{[ ... ]}" must hold a placeholder, or follow on its line the optional part it goes with';

function parseLine(raw: string, seen: Set<string>): { parts: TemplatePart[] } | { error: string } {
  const parts: TemplatePart[] = [];
  let optional: TemplateAtom[] | undefined;
  let at = 0;
  const push = (atom: TemplateAtom) => (optional ?? parts).push(atom);
  for (const match of raw.matchAll(TOKEN)) {
    const token = match[0];
    const closes = token.startsWith(']');
    if (closes && !optional) continue;
    if (match.index > at) push({ kind: 'text', text: raw.slice(at, match.index) });
    at = match.index + token.length;
    if (token === '{[') {
      if (optional) return { error: 'optional parts "{[ ... ]}" cannot be nested' };
      optional = [];
    } else if (closes) {
      const follows = parts.some((p) => p.kind === 'optional');
      if (!optional!.some((p) => p.kind === 'value') && !follows) return { error: TEXT_ALONE };
      const fallback = match[1];
      parts.push({ kind: 'optional', parts: optional!, ...(fallback ? { fallback } : {}) });
      optional = undefined;
    } else {
      const atom = placeholder(match[2]!, match[3]);
      if ('error' in atom) return atom;
      push(atom);
      seen.add(atom.name);
    }
  }
  if (optional) return { error: 'an optional part "{[" is not closed with "]}"' };
  if (at < raw.length) parts.push({ kind: 'text', text: raw.slice(at) });
  return { parts };
}

/** The atom of a placeholder token (`{title}`, `{links:Data}`), or why it is none. */
function placeholder(
  name: string,
  label: string | undefined,
): Extract<TemplateAtom, { kind: 'value' }> | { error: string } {
  if (!(PLACEHOLDERS as readonly string[]).includes(name)) {
    const known = PLACEHOLDERS.map((p) => `{${p}}`).join(', ');
    return { error: `unknown placeholder {${name}}; use one of ${known}` };
  }
  const trimmed = label?.trim();
  if (label !== undefined && (name !== 'links' || !trimmed))
    return { error: `{${name}:${label}}: only {links} takes a label, as in {links:Data}` };
  return { kind: 'value', name: name as Placeholder, ...(trimmed ? { label: trimmed } : {}) };
}

function templateProblem(lines: TemplatePart[][], seen: Set<string>): string | undefined {
  if (!seen.has('title')) return 'the template must place the {title}';
  const [first, second] = lines[0] ?? [];
  const numbered = first?.kind === 'value' && first.name === 'number';
  const lead = numbered ? second : first;
  if (lead?.kind !== 'text' || lead.text.trim() === '') {
    return 'the template must start with literal text (such as "- **") that marks where an entry begins';
  }
  const misplaced = lines.some((parts, i) =>
    parts.some((p, j) => p.kind === 'value' && p.name === 'number' && (i > 0 || j > 0)),
  );
  if (misplaced) return 'the {number} can only start the template, as in "{number}. **{title}**"';
  return undefined;
}

function linkFormatProblem(links: LinkFormat): string | undefined {
  if (!links.item.includes('{url}')) return 'the link format must place the {url}';
  if (/\{(?!label\}|url\}|image\})[a-z]+\}/.test(links.item))
    return 'the link format may only place {label}, {url} and {image}';
  return undefined;
}

/** Every placeholder the template places, optional parts included. */
export function placedValues(template: EntryTemplate): Set<Placeholder> {
  return new Set(valueAtoms(template).map((atom) => atom.name));
}

/** Every placeholder of the template, in order, optional parts included. */
export function valueAtoms(template: EntryTemplate): Extract<TemplateAtom, { kind: 'value' }>[] {
  return templateAtoms(template).flatMap((atom) => (atom.kind === 'value' ? [atom] : []));
}

/** Every atom of a template, line by line, those inside optional parts included. */
export function templateAtoms(template: EntryTemplate): TemplateAtom[] {
  return template.lines.flatMap((parts) =>
    parts.flatMap((part) => (part.kind === 'optional' ? part.parts : [part])),
  );
}

/**
 * Values only the filer can give (no source fills them), which a template may show in every
 * entry: the form and the bot then require them.
 */
export const FILER_VALUES = ['abbreviation', 'rating', 'notes', 'repo', 'arxiv'] as const;

/** The placeholders every entry shows: those outside optional parts. */
export function requiredValues(template: EntryTemplate): Set<Placeholder> {
  const names = new Set<Placeholder>();
  for (const parts of template.lines) {
    for (const part of parts) if (part.kind === 'value') names.add(part.name);
  }
  return names;
}

/** Whether every entry starts with its short name (`* {abbreviation} - [{title}]({paper})`). */
export function leadsWithName(template: EntryTemplate): boolean {
  const first = template.lines[0]?.find(
    (part) => part.kind !== 'text' && !(part.kind === 'value' && part.name === 'number'),
  );
  return first?.kind === 'value' && first.name === 'abbreviation';
}

/** Whether entries are numbered (`{number}. ...`). */
export function isNumbered(template: EntryTemplate): boolean {
  const first = template.lines[0]?.[0];
  return first?.kind === 'value' && first.name === 'number';
}

/**
 * The level of the heading an entry opens with (`##### [{title}]` then field lines: entries that
 * are headings), or `undefined` for entries that are list items, rows or paragraphs.
 */
export function entryHeadingLevel(template: EntryTemplate): number | undefined {
  const first = template.lines[0]?.[0];
  if (first?.kind !== 'text') return undefined;
  const marks = /^[ \t]{0,3}(#{1,6})(?:[ \t]|$)/.exec(first.text);
  return marks ? marks[1]!.length : undefined;
}

/** Emphasis markers, longest first. */
const EMPHASIS = ['**', '__', '*', '_'];

/**
 * The emphasis marker enclosing the `{venue}` at `parts[i]` (`*{venue}*`), if it is one: what
 * `plainVenues` leaves out, and what the reader lets be missing.
 */
export function venueEmphasis(parts: readonly TemplatePart[], i: number): string | undefined {
  const atom = parts[i];
  if (atom?.kind !== 'value' || atom.name !== 'venue') return undefined;
  const before = parts[i - 1];
  const after = parts[i + 1];
  if (before?.kind !== 'text' || after?.kind !== 'text') return undefined;
  return EMPHASIS.find((m) => before.text.endsWith(m) && after.text.startsWith(m));
}

/** Whether entries are table rows (`| {title} | ... |`). */
export function isTableRow(template: EntryTemplate): boolean {
  const first = template.lines[0]?.[0];
  return first?.kind === 'text' && first.text.trimStart().startsWith('|');
}

/** Parses a template known to be valid, such as the default. */
export function mustParseEntryTemplate(
  source: string,
  lineBreak?: string,
  links?: LinkFormat,
  authors?: AuthorFormat,
): EntryTemplate {
  const parsed = parseEntryTemplate(source, lineBreak, links, authors);
  if ('error' in parsed) throw new Error(`invalid entry template: ${parsed.error}`);
  return parsed;
}
