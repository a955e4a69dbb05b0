// Badges on the lines under an entry's first: the code's stars and the paper on arXiv
// (showlab/Awesome-Video-Diffusion), which only some papers have.

/** A badge linking an arXiv paper: `[![arXiv](…/badge/arXiv-b31b1b.svg)](https://arxiv.org/abs/…)`. */
export const ARXIV_BADGE = /\]\(https?:\/\/arxiv\.org\/(?:abs|pdf)\/\d{4}\.\d{4,5}[^)]*\)$/;

/** A line under the first holding only a badge of the code's stars or of the paper on arXiv. */
const BADGE_LINE = /^[ \t]*\[?!\[[^\]\n]*\]\([^()\s]*\)(?:\]\([^()\s]*\))?[ \t]*$/;

/**
 * The lines of badges that show the code's stars or the paper on arXiv, as optional parts: a
 * paper without code, or not on arXiv, has none, and the form does not ask for them.
 */
export function optionalBadgeLines(source: string): string {
  return source
    .split('\n')
    .map((line, i) =>
      i > 0 && BADGE_LINE.test(line) && /\{(?:repo|arxiv)\}/.test(line) ? `{[${line}]}` : line,
    )
    .join('\n');
}
