/** An opening code-fence line: its marker character, marker length and info string. */
export interface CodeFence {
  readonly char: '`' | '~';
  readonly length: number;
  /** The text after the marker (a language such as `bibtex`), trimmed; may be empty. */
  readonly info: string;
}

const OPENING = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const CLOSING = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;

/**
 * Reads `line` as the opening line of a fenced code block (CommonMark: up to three spaces of
 * indentation, then at least three backticks or tildes), or returns `undefined` when it is not one.
 */
export function openingFence(line: string): CodeFence | undefined {
  const match = OPENING.exec(line);
  const marker = match?.[1];
  if (match === null || marker === undefined) return undefined;
  const info = (match[2] ?? '').trim();
  const char = marker.startsWith('`') ? '`' : '~';
  // A backtick fence's info string may not itself contain a backtick (that is inline code).
  if (char === '`' && info.includes('`')) return undefined;
  return { char, length: marker.length, info };
}

/**
 * Whether `line` closes `fence`: the same marker character, at least as long, and nothing after it
 * but whitespace.
 */
export function closesFence(line: string, fence: CodeFence): boolean {
  const marker = CLOSING.exec(line)?.[1];
  return marker !== undefined && marker.startsWith(fence.char) && marker.length >= fence.length;
}

/**
 * The index of the first line at or after `from` that closes `fence`, or `-1` when the fence is
 * never closed (CommonMark then runs the block to the end of the document; the issue parser instead
 * treats such an unclosed fence as plain text).
 */
export function findFenceClose(lines: readonly string[], from: number, fence: CodeFence): number {
  for (let index = from; index < lines.length; index += 1) {
    if (closesFence(lines[index] ?? '', fence)) return index;
  }
  return -1;
}
