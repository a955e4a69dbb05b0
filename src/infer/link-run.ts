// Runs of links in an entry's skeleton: `[[Paper]](url) [[Code]](url)` becomes
// `[[Paper]]({paper}){links}` with the link item format the list writes (` [[{label}]]({url})`).

import type { Used } from './classify-text.js';
import type { Piece } from './line-pieces.js';
import { isBlank } from '../list/text-lines.js';

const LINK_WORD =
  /^(?:pdf|paper|papers|arxiv|link|url|abs|html|doi|openreview|acl|code|github|project|page|website|blog|video|slides?|poster|demo|data(?:set)?|model|weights|hf|hugging ?face|bib(?:tex)?|supp|talk|youtube|colab|tweet|\d+)$/i;
const PAPER_WORD =
  /^(?:pdf|paper(?: ?link)?|arxiv|link|url|abs|html|doi|openreview|acl|publication)$/i;

/** The link item format of a line holding one link and nothing else (`  [[code]](url)`). */
export function linkLine(line: string): string | undefined {
  const match = /^([ \t]*)(\[?)\[([^[\]\n]+|\[[^[\]\n]+\])\]\(([^()\s]+)\)(\]?)[ \t]*$/.exec(line);
  if (!match || !isLinkLabel(match[3]!)) return undefined;
  return `${match[1]}${match[2]}[${labelForm(match[3]!)}]({url})${match[5]}`;
}

interface LinkRun {
  readonly source: string;
  readonly linkItem?: string;
  /** Index of the run's last link. */
  readonly last: number;
  /** How many characters of the text after the run the run already wrote (a closing `]`). */
  readonly takes: number;
  /** The text before the run without what the first link's format already writes. */
  before(source: string): string;
}

/** A run of links from piece `from`: the paper's link first when it has one, then `{links}`. */
export function linkRun(
  pieces: readonly Piece[],
  from: number,
  used: Used,
  written: string,
): LinkRun {
  const links: { label: string; open: string; close: string }[] = [];
  const separators: string[] = [];
  let last = from;
  for (let i = from; i < pieces.length; i += 2) {
    const piece = pieces[i]!;
    if (piece.kind !== 'link') break;
    const previous = pieces[i - 1];
    const open = previous?.kind === 'text' && previous.raw.endsWith('[') ? '[' : '';
    // Links in their own brackets (`][[blog in Chinese](url)]`), or whose labels are set alike
    // (`` [`[pdf]`](url) [`[official code - caffe]`](url) ``), are plainly a run.
    const prior = links[links.length - 1];
    const sameForm =
      prior !== undefined &&
      labelForm(prior.label) !== '{label}' &&
      labelForm(prior.label) === labelForm(piece.label);
    const inRun = prior !== undefined && prior.open === open && (open === '[' || sameForm);
    if (!(isLinkLabel(piece.label) || (inRun && isRunLabel(piece.label)))) break;
    const next = pieces[i + 1];
    const close = next?.kind === 'text' && next.raw.startsWith(']') && open ? ']' : '';
    links.push({ label: piece.label, open, close });
    last = i;
    const between = next?.kind === 'text' ? next.raw.slice(close.length) : undefined;
    // What stands between two links: nothing after the last one tells the separator.
    if (between === undefined || pieces[i + 2]?.kind !== 'link') break;
    if (!/^[ \t]*(?:[|,;/·][ \t]*)?\[?$/.test(between)) break;
    separators.push(between.replace(/\[$/, ''));
  }
  const first = links[0]!;
  const paper = !used.has('paper') && PAPER_WORD.test(bare(first.label));
  const others = paper ? links.slice(1) : links;
  // One link alone shows its separator by what stands before it (` | [code](...)`); right
  // after an opening bracket (`([github](...))`), none.
  const before = written.slice(0, written.length - first.open.length);
  const lead = /[([]$/.test(before) ? '' : trailingSeparator(before) || ' ';
  const separator = separators[0] ?? (paper ? ' ' : lead);
  const item = others[0]
    ? `${separator}${others[0].open}[${labelForm(others[0].label)}]({url})${others[0].close}`
    : undefined;
  used.add('links');
  if (paper) used.add('paper');
  const source = `${paper ? `[${first.label}]({paper})${first.close}` : ''}{links}`;
  return {
    source,
    ...(item ? { linkItem: item } : {}),
    last,
    takes: links[links.length - 1]!.close.length,
    before: (text) =>
      paper ? text : withoutTrailingSeparator(text.slice(0, text.length - first.open.length)),
  };
}

/**
 * The label's form in the link format: `[[{label}]]` when the list brackets its labels (`[\\[{label}\\]]`
 * when it escapes the brackets), and ``[`{label}`]`` when it sets them in code or emphasis.
 */
function labelForm(label: string): string {
  // Brackets escaped inside the label: `[\\[PDF\\]](url)`.
  const escaped = /^\\\[([^[\]\\`*_]+)\\\]$/.exec(label);
  if (escaped) return '\\[{label}\\]';
  // Brackets set in code: `` [`[pdf]`](url) ``.
  if (/^`\[[^[\]`*_]+\]`$/.test(label)) return '`[{label}]`';
  const wrapped = /^(\[|`|\*\*|__|\*|_)(.+?)(\]|`|\*\*|__|\*|_)$/s.exec(label);
  if (!wrapped) return '{label}';
  const [, open, inner, close] = wrapped;
  const pairs = open === '[' ? close === ']' : open === close;
  return pairs && !/[`*_[\]]/.test(inner!) ? `${open}{label}${close}` : '{label}';
}

/**
 * A label of a few words that follows other links of its run (`][[blog in Chinese](url)]`): a link
 * of the run, not a title, which never comes after the links. A filer labels links freely. Bare
 * labels (`[a](url) [Some Words](url)`) are not so plainly links.
 */
function isRunLabel(label: string): boolean {
  const text = bare(label);
  return text.length <= 40 && text.split(/\s+/).length <= 5;
}

/** Whether a label names the kind of link (`pdf`, `Code`, `Project`), not what it links. */
export function isLinkWord(label: string): boolean {
  return LINK_WORD.test(bare(label));
}

function bare(label: string): string {
  // Emphasis and code first: `` `[pdf]` `` is the label `pdf` in brackets set in code.
  return label
    .replace(/[*_`]/g, '')
    .replace(/^\\?\[|\\?\]$/g, '')
    .trim();
}

export function isLinkLabel(label: string): boolean {
  // A qualifier in parentheses says whose the link is: `Pytorch(official)`, `Code (soon)`.
  const text = bare(label).replace(/(?<=\S)\s*\([^()]*\)$/, '');
  return LINK_WORD.test(text) || (text.split(/\s+/).length <= 2 && text.length <= 16);
}

/** Blanks around one separator (`|`, `,`, `;`, `/`, `·`) or none. */
const SEPARATORS = '|,;/·';

/**
 * What ends `text` of blanks and at most one separator between them: ` | ` of `Title | `. Read
 * from the end: a pattern searching for it took quadratic time on a long run of blanks.
 */
function trailingSeparator(text: string): string {
  let start = text.length;
  while (isBlank(text[start - 1])) start -= 1;
  if (start > 0 && SEPARATORS.includes(text[start - 1]!)) {
    start -= 1;
    while (isBlank(text[start - 1])) start -= 1;
  }
  return text.slice(start);
}

function withoutTrailingSeparator(text: string): string {
  return text.slice(0, text.length - trailingSeparator(text).length);
}
