// Splits one line of an entry into the inline pieces that carry its values: links, emphasis,
// code, quotes and plain text. A small tokenizer, not a Markdown parser: inference only needs to
// see where a title, a venue or a run of links stands.

/** One inline piece of a line, with its exact text. */
export type Piece =
  | { readonly kind: 'link'; readonly raw: string; readonly label: string; readonly url: string }
  | { readonly kind: 'badge'; readonly raw: string }
  | {
      readonly kind: 'wrapped';
      readonly raw: string;
      /** The marker on each side: `**`, `__`, `*`, `_`, `` ` ``, `"`, `“`/`”`. */
      readonly open: string;
      readonly close: string;
      readonly inner: string;
    }
  | { readonly kind: 'text'; readonly raw: string };

const URL = '[^()\\s]*(?:\\([^()\\s]*\\)[^()\\s]*)*';
const LABEL = '(?:[^\\[\\]\\n]|\\[[^\\[\\]\\n]*\\])*';
const PIECE = new RegExp(
  [
    // A badge: an image, or a link around an image.
    `\\[!\\[[^\\]\\n]*\\]\\(${URL}\\)\\]\\(${URL}\\)`,
    `!\\[[^\\]\\n]*\\]\\(${URL}\\)`,
    `\\[(${LABEL})\\]\\((${URL})\\)`,
    '\\*\\*(?=\\S)(.+?)\\*\\*',
    '__(?=\\S)(.+?)__',
    '\\*(?=[^*\\s])([^*]+?)\\*',
    '(?<![\\w])_(?=[^_\\s])([^_]+?)_(?![\\w])',
    '`([^`]+)`',
    '"([^"\\n]+)"',
    '“([^”\\n]+)”',
  ].join('|'),
  'g',
);

/** The pieces of `line`, in order; their raws joined give the line back. */
export function linePieces(line: string): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  for (const match of line.matchAll(PIECE)) {
    if (match.index > at) pieces.push({ kind: 'text', raw: line.slice(at, match.index) });
    pieces.push(pieceOf(match));
    at = match.index + match[0].length;
  }
  if (at < line.length) pieces.push({ kind: 'text', raw: line.slice(at) });
  return pieces;
}

function pieceOf(match: RegExpExecArray): Piece {
  const raw = match[0];
  if (raw.startsWith('!') || raw.startsWith('[![')) return { kind: 'badge', raw };
  if (match[1] !== undefined) return { kind: 'link', raw, label: match[1], url: match[2]! };
  const [open, close] = markers(raw);
  return {
    kind: 'wrapped',
    raw,
    open,
    close,
    inner: raw.slice(open.length, raw.length - close.length),
  };
}

function markers(raw: string): [string, string] {
  if (raw.startsWith('**') || raw.startsWith('__')) return [raw.slice(0, 2), raw.slice(0, 2)];
  if (raw.startsWith('“')) return ['“', '”'];
  return [raw[0]!, raw[0]!];
}

/**
 * The pieces with emphasis in the middle of plain text joined into it: a title that sets some of
 * its words in bold (`Improving **3D Content Creation** with Synthetic Data`, `for **Robots**, `)
 * is one title. Only emphasis after a word: `**Title** Authors` keeps its bold title.
 */
export function withInlineEmphasis(pieces: readonly Piece[]): Piece[] {
  const out: Piece[] = [];
  for (let i = 0; i < pieces.length; i += 1) {
    const piece = pieces[i]!;
    const before = out[out.length - 1];
    const after = pieces[i + 1];
    const inline =
      piece.kind === 'wrapped' &&
      /^[*_]/.test(piece.open) &&
      before?.kind === 'text' &&
      after?.kind === 'text' &&
      /[\p{L}\p{N}][ \t]$/u.test(before.raw) &&
      /^(?:[ \t][\p{L}\p{N}]|[,;:.][ \t])/u.test(after.raw);
    if (inline) {
      out[out.length - 1] = { kind: 'text', raw: before.raw + piece.raw + after.raw };
      i += 1;
    } else out.push(piece);
  }
  return out;
}
