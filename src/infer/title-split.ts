// Where a title ends in plain text (`Deep Residual Learning. K. He, ... CVPR 2016.`): read by
// hand, in one pass. The pattern it replaces,
//   ^([^\p{L}\p{N}“"]*)(.{8,}?)((?:\.\s|\s[-–—|]\s|\s\(|\s\[|,\s).*|\.?\s*)$   (flag u)
// took cubic time on crafted text (recheck: 13 s at 1,000 characters). The result is the same,
// with an HTML tag (`\s<(?=[A-Za-z/])`) ending a title too (a test checks it against the pattern on
// random texts).

/** The text before the title (quotes, dashes), the title, and what follows it. */
export interface TitleSplit {
  readonly prefix: string;
  readonly title: string;
  readonly rest: string;
}

/** Fewer characters than this are no title. */
const SHORTEST = 8;

const TITLE_START = /[\p{L}\p{N}“"]/u;
const BLANK = /\s/u;
const LINE_END = /[\n\r\u2028\u2029]/;

/**
 * The title of plain text: it starts at the first letter, digit or quote, runs at least
 * {@link SHORTEST} characters and ends at the first delimiter after them (`. `, ` - `, ` | `, ` (`,
 * ` [`, `, `, ` <br>`) followed by text to the end of the line, or where only a dot and blanks remain.
 * Text too short for that lends the title some of the characters before its first letter.
 */
export function splitPlainTitle(raw: string): TitleSplit | undefined {
  const cps = Array.from(raw);
  const ends = endings(cps);
  let first = 0;
  while (first < cps.length && !TITLE_START.test(cps[first]!)) first += 1;
  // From the first letter, the first place the title can end: before any line end.
  let stop = first;
  while (stop < cps.length && !LINE_END.test(cps[stop]!)) stop += 1;
  for (let end = first + SHORTEST; end <= stop; end += 1) {
    if (ends.at(end)) return split(cps, first, end);
  }
  // Else the latest place a title of the shortest length can end before that.
  for (let end = Math.min(first + SHORTEST, cps.length + 1) - 1; end >= SHORTEST; end -= 1) {
    const start = end - SHORTEST;
    if (cps.slice(start, end).some((c) => LINE_END.test(c))) continue;
    if (ends.at(end)) return split(cps, start, end);
  }
  return undefined;
}

function split(cps: readonly string[], start: number, end: number): TitleSplit {
  return {
    prefix: cps.slice(0, start).join(''),
    title: cps.slice(start, end).join(''),
    rest: cps.slice(end).join(''),
  };
}

/** Whether a title may end before the character at a position, each answered in constant time. */
function endings(cps: readonly string[]): { at(end: number): boolean } {
  const blank = (i: number) => i < cps.length && BLANK.test(cps[i]!);
  let lastLineEnd = -1;
  cps.forEach((c, i) => {
    if (LINE_END.test(c)) lastLineEnd = i;
  });
  let blanksFrom = cps.length;
  while (blanksFrom > 0 && blank(blanksFrom - 1)) blanksFrom -= 1;
  const delimiter = (i: number): number => {
    const c = cps[i];
    const next = cps[i + 1];
    if ((c === '.' || c === ',') && blank(i + 1)) return 2;
    if (!blank(i)) return 0;
    if (next === '(' || next === '[') return 2;
    // An HTML tag after the title in a cell (`Title <br> <sub>*Authors*</sub>`).
    if (next === '<' && /[A-Za-z/]/.test(cps[i + 2] ?? '')) return 2;
    return next !== undefined && '-–—|'.includes(next) && blank(i + 2) ? 3 : 0;
  };
  return {
    at(end) {
      const length = delimiter(end);
      // A delimiter, then the rest of the line with no line end in it.
      if (length > 0 && lastLineEnd < end + length) return true;
      // Or nothing but a dot and blanks.
      return end >= blanksFrom || (cps[end] === '.' && end + 1 >= blanksFrom);
    },
  };
}
