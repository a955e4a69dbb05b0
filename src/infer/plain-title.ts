// A title written as plain text, not linked or set apart: `Deep Residual Learning. K. He, ...`,
// and `(Arxiv 24.02.01) Title [Paper](url)`, a venue in brackets before it.
import { balanced } from './brackets.js';
import { classifyText, isVenue, type Used } from './classify-text.js';
import { splitPlainTitle } from './title-split.js';

/** The skeleton of a plain text holding the title (`first`: the line's first piece), if it does. */
export function plainTextTitle(raw: string, first: boolean, used: Used): string | undefined {
  return (first ? venueThenTitle(raw, used) : undefined) ?? plainTitle(raw, first, used);
}

/**
 * A venue in brackets before a plain title: `(Arxiv 24.02.01) Title`, or after a bullet in
 * escaped brackets: `• \\[2016 IJCV\\] Title`.
 */
const LEAD_VENUE =
  /^([ \t]*(?:[•·][ \t]+)?(?:\\\[|[([]))([^()[\]\\\n]{2,40})((?:\\\]|[)\]])[ \t]+)(?=\S)/;

/** A venue its year opens: `2016 IJCV`. */
const YEAR_FIRST = /^(?:19|20)\d\d[ \t]+[A-Z][\w&+-]*$/;

/** `({venue}) {title}` of `(Arxiv 24.02.01) Title` (yyyujintang/Awesome-Mamba-Papers). */
function venueThenTitle(raw: string, used: Used): string | undefined {
  const lead = used.has('venue') ? null : LEAD_VENUE.exec(raw);
  if (!lead || !(isVenue(lead[2]!) || YEAR_FIRST.test(lead[2]!))) return undefined;
  // Taken before the title is looked for, so that the text after it does not take it too.
  used.add('venue');
  const title = plainTitle(raw.slice(lead[0].length), true, used);
  if (title === undefined) used.delete('venue');
  return title === undefined ? undefined : `${lead[1]}{venue}${lead[3]}${title}`;
}

/** Plain text: the title runs from the first word to a delimiter (`. `, ` - `, ` (`, ` [`). */
function plainTitle(raw: string, first: boolean, used: Used): string | undefined {
  const split = splitPlainTitle(raw);
  // A bare URL is no title (`- Paper: https://arxiv.org/abs/...` under a paper's name), nor
  // text closing a bracket it did not open (`Hugging Face]` of `- [Hugging Face] [Title](url)`).
  const odd =
    split !== undefined &&
    (/\b[a-z][a-z0-9+.-]*:\/\//i.test(split.title) || !balanced(split.title));
  if (!split || odd || !isTitleText(split.title)) return undefined;
  if (!first && split.title.split(/\s+/).length < 3) return undefined;
  used.add('title');
  return `${split.prefix}{title}${classifyText(split.rest, used)}`;
}

/** An arXiv id written out, perhaps in (escaped) brackets: `\\[arXiv:2206.07117\\]`. */
const ARXIV_LABEL = /^\\?\[?arxiv:\s*\d{4}\.\d{4,5}(?:v\d+)?\\?\]?$/i;

/** Whether a text reads like a title: several words, not a venue or a bare link word. */
export function isTitleText(text: string): boolean {
  const plain = text.replace(/[*_`"“”]/g, '').trim();
  if (plain.length < 4 || isVenue(plain) || ARXIV_LABEL.test(plain)) return false;
  // Words hold a letter or digit: `3D-GAN -` of `3D-GAN - [Title](url)` is one word.
  return (
    plain.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length >= 2 ||
    plain.length >= 12
  );
}
