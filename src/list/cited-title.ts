// Titles of papers a list cites as text where it otherwise links them (rguo12/awesome-causality-
// algorithms): the reader's last resort for an entry's title.

/**
 * A paper cited as text where the list otherwise links it: `Buesing, Lars, ... "Woulda, Coulda,
 * Shoulda: Counterfactually-Guided Policy Search." arXiv preprint (2018).` Quoted text, its own
 * final dot left out.
 */
const QUOTED = /["“]([^"“”\n]+?)\.?["”]/g;

/** An author cited by initials and name: `P. Spirtes`, `K.-R. Müller`. */
const CITED_AUTHOR = String.raw`(?:[A-Z]\.[ -]?){1,3}[A-Z][\p{L}'’-]+`;

/**
 * A paper cited as text without quotes, at the start of the line or of a table cell: its authors
 * by initials and names, then its title up to the dot before the next sentence (`P. Spirtes,
 * C. Glymour, and R. Scheines. Causation, Prediction, and Search. The MIT Press, …`). No dot
 * inside: a title that cannot be told from the rest is not guessed.
 */
const AFTER_AUTHORS = new RegExp(
  String.raw`(?:^|\|)[ \t]*${CITED_AUTHOR}(?:(?:,? and |, )${CITED_AUTHOR})*\.[ \t]+([^.|\n]+?)\.[ \t]+[A-Z]`,
  'u',
);

/**
 * The title of a paper cited as text on the line: the first quoted text of three words or more,
 * else the title after the authors. The patterns hold no nested repetition (the word count is
 * checked apart): a long line costs linear time, where counting words in the pattern took
 * exponential time on an unclosed quote (`"` and thirty words: seconds).
 */
export function citedTitle(line: string): string | undefined {
  for (const match of line.matchAll(QUOTED)) if (isThreeWords(match[1]!)) return match[1];
  const after = AFTER_AUTHORS.exec(line)?.[1];
  return after !== undefined && isThreeWords(after) ? after : undefined;
}

function isThreeWords(text: string): boolean {
  return text.trim().split(/\s+/).length >= 3;
}

/** Authors before a quoted title: text without quotes ending in `.` or `,`, then the quote. */
const CITATION_LEAD = /^([^"“”\n]*?[.,])[ \t]+["“]/;

/**
 * The title of a citation written where the list puts a title (a linked citation:
 * `[Saito, Yuta. "Offline Recommender Learning." arXiv preprint (2019).](url)`): the quoted text
 * after the authors, up to the quote its own final `.` or `,` closes, so a title that quotes
 * another (`"Discussion of "The Blessings of Multiple Causes" by Wang and Blei."`) is read whole.
 */
export function titleOfCitation(text: string): string | undefined {
  const lead = CITATION_LEAD.exec(text);
  if (!lead || !/\S[ \t]+\S/.test(lead[1]!)) return undefined;
  const rest = text.slice(lead[0].length);
  const close = /([?!]?)[.,]["”]|([?!])["”]/.exec(rest) ?? /["”]/.exec(rest);
  if (!close) return undefined;
  const title = rest.slice(0, close.index) + (close[1] ?? close[2] ?? '');
  return isThreeWords(title) ? title : undefined;
}
