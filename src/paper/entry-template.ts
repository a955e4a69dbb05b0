// The entry template: how one paper is written as lines of the list (docs/design.md, "The entry
// format"). The default reproduces the corpus's format; a list in another format configures its
// own.

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
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

/** A run of literal text or a placeholder within one template line. */
export type TemplatePart =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'value'; readonly name: Placeholder };

/** A parsed template: its lines, each a sequence of parts. */
export interface EntryTemplate {
  readonly source: string;
  readonly lines: readonly (readonly TemplatePart[])[];
  /** What ends a line inside a multi-line value (notes), e.g. ` <Br>`. */
  readonly lineBreak: string;
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

const PLACEHOLDER = /\{([a-z]+)\}/g;

/**
 * Parses a template. Placeholders are `{name}` (see {@link PLACEHOLDERS}); everything else is
 * literal. Returns a message instead when the template cannot describe an entry.
 */
export function parseEntryTemplate(
  source: string,
  lineBreak: string = DEFAULT_LINE_BREAK,
): EntryTemplate | { readonly error: string } {
  const lines: TemplatePart[][] = [];
  const seen = new Set<string>();
  for (const raw of source.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n')) {
    const parts: TemplatePart[] = [];
    let at = 0;
    for (const match of raw.matchAll(PLACEHOLDER)) {
      const name = match[1] as string;
      if (!(PLACEHOLDERS as readonly string[]).includes(name)) {
        return {
          error: `unknown placeholder {${name}}; use one of ${PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}`,
        };
      }
      if (match.index > at) parts.push({ kind: 'text', text: raw.slice(at, match.index) });
      parts.push({ kind: 'value', name: name as Placeholder });
      seen.add(name);
      at = match.index + match[0].length;
    }
    if (at < raw.length) parts.push({ kind: 'text', text: raw.slice(at) });
    lines.push(parts);
  }
  if (!seen.has('title')) return { error: 'the template must place the {title}' };
  if (!seen.has('venue') && !seen.has('year')) {
    return {
      error: 'the template must place the {venue} or the {year}, so entries can be ordered',
    };
  }
  const first = lines[0]?.[0];
  if (first?.kind !== 'text' || first.text.trim() === '') {
    return {
      error:
        'the template must start with literal text (such as "- **") that marks where an entry begins',
    };
  }
  return { source, lines, lineBreak };
}

/** Parses a template known to be valid, such as the default. */
export function mustParseEntryTemplate(source: string, lineBreak?: string): EntryTemplate {
  const parsed = parseEntryTemplate(source, lineBreak);
  if ('error' in parsed) throw new Error(`invalid entry template: ${parsed.error}`);
  return parsed;
}
