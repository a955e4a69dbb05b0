// The template one entry would have been written with: its values replaced by placeholders,
// everything else literal. Inference counts these skeletons over a list and keeps the most common
// (src/infer/merge-skeletons.ts).

import { classifyText, isNameList, isVenue, YEAR, type Used } from './classify-text.js';
import { isLinkLabel, linkLine, linkRun } from './link-run.js';
import {
  arxivIdLink,
  fieldLine,
  nameBeforeTitle,
  venueLink,
  withArxivId,
} from './labelled-values.js';
import { starBadgeTemplate } from '../paper/github-repo.js';
import { linePieces, withInlineEmphasis, type Piece } from './line-pieces.js';
import { splitCells } from '../list/table-cells.js';
import { isTitleText, plainTextTitle } from './plain-title.js';
import { citedTitle } from '../list/cited-title.js';
import { headingTitle, LINKED } from './heading-title.js';
import { ARXIV_BADGE, optionalBadgeLines } from './badge-lines.js';

/** An entry's skeleton, and how it writes its links when it has several. */
export interface Skeleton {
  /** Template source, lines joined by `\n`. */
  readonly source: string;
  /** The link item format (` [[{label}]({url})]`) when the entry shows links other than the paper's. */
  readonly linkItem?: string;
}

const MARKER = /^([ \t]*)(?:([-*+])|(\d{1,9})([.)]))([ \t]+)/;

/** The skeleton of an entry given as its lines (without line ends). */
export function entrySkeleton(lines: readonly string[]): Skeleton {
  const used: Used = new Set();
  let linkItem: string | undefined;
  const out: string[] = [];
  // An entry that is a heading names its paper there; the lines under it may repeat the title.
  const heading = headingLine(lines[0] ?? '', used);
  if (heading) {
    linkItem = heading.linkItem;
    out.push(heading.source);
  }
  lines.forEach((line, index) => {
    if (heading && index === 0) return;
    // A line of links under a line ending in links continues them: one link a line.
    const own = linkLine(line);
    if (index > 0 && own && out[out.length - 1]?.endsWith('{links}')) {
      linkItem ??= `\n${own}`;
      return;
    }
    let prefix = '';
    let content = line;
    if (index === 0) {
      const marker = MARKER.exec(line);
      if (marker) {
        prefix = marker[2]
          ? `${marker[1]}${marker[2]}${marker[5]}`
          : `{number}${marker[4]}${marker[5]}`;
        if (marker[3]) used.add('number');
        content = line.slice(marker[0].length);
      }
    } else {
      const marker = /^[ \t]*(?:[-*+][ \t]+)?/.exec(line)![0];
      prefix = marker;
      content = line.slice(marker.length);
      if (heading?.title && content.startsWith(heading.title)) {
        prefix += '{title}';
        content = content.slice(heading.title.length);
      }
    }
    const field = index > 0 ? fieldLine(content, used) : undefined;
    if (field !== undefined) {
      out.push(prefix + field);
      return;
    }
    const pieces = linePieces(content);
    const written = lineSkeleton(
      index === 0 ? withInlineEmphasis(pieces) : pieces,
      used,
      index === 0,
    );
    linkItem ??= written.linkItem;
    out.push(prefix + written.source);
  });
  const source = optionalBadgeLines(withArxivId(out.join('\n'), lines));
  return { source, ...(linkItem ? { linkItem } : {}) };
}

/**
 * The template's first line for an entry that is a heading: `##### [{title}]` for a heading
 * naming its paper, else, for one holding the paper's links (`##### • [\\[arXiv:…\\]](url) Title.
 * [\\[PDF\\]](url)`), its text read as a line after its marks. `title` is the heading's title text.
 */
function headingLine(
  line: string,
  used: Used,
): { source: string; title?: string; linkItem?: string } | undefined {
  const heading = headingTitle(line);
  if (!heading) return undefined;
  if (!LINKED.test(heading.title)) {
    used.add('title');
    return heading;
  }
  const marks = /^[ \t]{0,3}#{1,6}[ \t]+/.exec(line)![0];
  const written = lineSkeleton(
    withInlineEmphasis(linePieces(line.slice(marks.length))),
    used,
    true,
  );
  return {
    source: marks + written.source,
    ...(written.linkItem ? { linkItem: written.linkItem } : {}),
  };
}

/** The skeleton of one table cell, or of one cell-sized piece of text. */
export function cellSkeleton(cell: string): Skeleton {
  // A table names its short-name column in the header (src/infer/learn-columns.ts).
  const result = lineSkeleton(linePieces(cell.trim()), new Set(['abbreviation']), true);
  return { source: result.source, ...(result.linkItem ? { linkItem: result.linkItem } : {}) };
}

/** The skeleton of one table row, cell by cell (spaces around cells collapsed). */
export function rowSkeleton(row: string): Skeleton {
  const used: Used = new Set();
  let linkItem: string | undefined;
  const cells = splitCells(row);
  const written = cells.map((cell) => {
    const result = lineSkeleton(linePieces(cell.trim()), used, true);
    linkItem ??= result.linkItem;
    return result.source;
  });
  const lead = row.trimStart().startsWith('|') ? '| ' : '';
  const trail = row.trimEnd().endsWith('|') ? ' |' : '';
  return { source: `${lead}${written.join(' | ')}${trail}`, ...(linkItem ? { linkItem } : {}) };
}

interface LineResult {
  source: string;
  linkItem?: string;
}

function lineSkeleton(given: readonly Piece[], used: Used, titleLine: boolean): LineResult {
  const pieces = [...given];
  let source = '';
  let linkItem: string | undefined;
  for (let i = 0; i < pieces.length; i += 1) {
    const piece = pieces[i]!;
    const linked = venueLink(piece, used) ?? arxivIdLink(piece, used);
    if (linked !== undefined) {
      source += linked;
      continue;
    }
    const named = i === 0 && titleLine ? nameBeforeTitle(piece, pieces[1], used) : undefined;
    if (named !== undefined) {
      source += named;
      continue;
    }
    if (piece.kind === 'link' && isLinkLabel(piece.label) && !used.has('links')) {
      const run = linkRun(pieces, i, used, source);
      source = run.before(source) + run.source;
      linkItem ??= run.linkItem;
      i = run.last;
      const next = pieces[i + 1];
      if (run.takes > 0 && next?.kind === 'text') {
        pieces[i + 1] = { kind: 'text', raw: next.raw.slice(run.takes) };
      }
      continue;
    }
    const venue = wrappedVenueBeforeYear(piece, pieces[i + 1], used);
    if (venue) {
      source += venue.source;
      pieces[i + 1] = { kind: 'text', raw: venue.rest };
      continue;
    }
    const title = !used.has('title') && titleLine ? titleOf(piece, i === 0, used) : undefined;
    if (title !== undefined) {
      source += title;
      continue;
    }
    source += valueOf(piece, used);
  }
  return { source, ...(linkItem ? { linkItem } : {}) };
}

/** The piece as a title, when it looks like one. */
function titleOf(piece: Piece, first: boolean, used: Used): string | undefined {
  if (piece.kind === 'link' && isTitleText(piece.label)) {
    used.add('title').add('paper');
    // A paper cited as text ends with its citation's own dot, not one the list puts after titles.
    const cited = citedTitle(piece.label) !== undefined;
    return `[${cited ? '{title}' : wrapTitle(piece.label)}]({paper})`;
  }
  if (piece.kind === 'wrapped') {
    const inner = linePieces(piece.inner);
    const only = inner.length === 1 ? inner[0] : undefined;
    if (only?.kind === 'link' && isTitleText(only.label)) {
      used.add('title').add('paper');
      return `${piece.open}[${wrapTitle(only.label)}]({paper})${piece.close}`;
    }
    if (piece.open !== '`' && isTitleText(piece.inner) && !isNameList(piece.inner)) {
      used.add('title');
      return `${piece.open}${venueInTitle(piece.inner, used) ?? wrapTitle(piece.inner)}${piece.close}`;
    }
  }
  if (piece.kind === 'text' && !isNameList(piece.raw)) {
    return plainTextTitle(piece.raw, first, used);
  }
  return undefined;
}

/** `**TidyBot**` or `**[RT-2]**` before the title: the paper's short name. */
function shortName(piece: Piece, used: Used): string | undefined {
  if (piece.kind !== 'wrapped' || used.has('title') || used.has('abbreviation')) return undefined;
  if (piece.open === '`' || piece.open === '"' || piece.open === '“') return undefined;
  const inner = /^(\[?)([^[\]\s]+(?: [^[\]\s]+)?)(\]?)$/.exec(piece.inner);
  if (!inner || inner[2]!.length > 30 || isVenue(inner[2]!)) return undefined;
  used.add('abbreviation');
  return `${piece.open}${inner[1]}{abbreviation}${inner[3]}${piece.close}`;
}

/** `*CVPR*, 2019`: a venue's name in emphasis, then its year. */
function wrappedVenueBeforeYear(
  piece: Piece,
  next: Piece | undefined,
  used: Used,
): { source: string; rest: string } | undefined {
  if (piece.kind !== 'wrapped' || next?.kind !== 'text' || used.has('venue') || used.has('year'))
    return undefined;
  const year = /^(,?\s+)((?:19|20)\d\d)(?!\d)/.exec(next.raw);
  if (!year || !/^(?:arxiv|[A-Z][\w&+-]*(?:\s+[A-Z][\w&+-]*){0,2})$/i.test(piece.inner))
    return undefined;
  used.add('venue').add('year');
  return {
    source: `${piece.open}{venue}${piece.close}${year[1]}{year}`,
    rest: next.raw.slice(year[0].length),
  };
}

/** A value other than the title: a short name, authors, venue or year in emphasis, code or text. */
function valueOf(piece: Piece, used: Used): string {
  const short = shortName(piece, used);
  if (short !== undefined) return short;
  const stars =
    piece.kind === 'badge' && !used.has('repo') ? starBadgeTemplate(piece.raw) : undefined;
  if (stars !== undefined) {
    used.add('repo');
    return stars;
  }
  if (piece.kind === 'text') return classifyText(piece.raw, used);
  if (piece.kind === 'wrapped') {
    const inner = piece.inner.replace(/[.,]$/, '');
    const end = piece.inner.slice(inner.length);
    if (!used.has('authors') && isNameList(inner)) {
      used.add('authors');
      return `${piece.open}{authors}${end}${piece.close}`;
    }
    // A venue, or a year set apart: `` `2016` `` beside `` `Airbnb` `` (eugeneyan/applied-ml).
    const dated = used.has('venue') || used.has('year');
    const year = !used.has('year') && YEAR.test(inner);
    const named = !dated && isVenue(inner) ? 'venue' : year ? 'year' : '';
    if (named) {
      used.add(named);
      return `${piece.open}{${named}}${end}${piece.close}`;
    }
    // A venue in brackets of its own in the emphasis: `**[ESANN' 15]**`.
    const boxed = /^\[([^[\]]+)\]$/.exec(inner);
    if (boxed && !dated && isVenue(boxed[1]!)) {
      used.add('venue');
      return `${piece.open}[{venue}]${end}${piece.close}`;
    }
  }
  // A badge linking the paper on arXiv stays as it is: its id becomes `{arxiv}` (withArxivId).
  if (used.has('notes') || (piece.kind === 'badge' && ARXIV_BADGE.test(piece.raw)))
    return piece.raw;
  used.add('notes');
  return piece.kind === 'wrapped' ? `${piece.open}{notes}${piece.close}` : '{notes}';
}

/** `**Title (AAAI 2022)**` → `{title} ({venue})`: the venue the emphasis holds after the title. */
function venueInTitle(inner: string, used: Used): string | undefined {
  const venued = /^(.*\S)( \()([^()]+)(\)\.?)$/s.exec(inner);
  if (!venued || used.has('venue') || !isVenue(venued[3]!) || !isTitleText(venued[1]!))
    return undefined;
  used.add('venue');
  return `{title}${venued[2]}{venue}${venued[4]}`;
}

/** `**Title.**` → `**{title}.**`: emphasis and a final "." (or ";") stay literal. */
function wrapTitle(label: string): string {
  const match = /^([*_]*)(.*?)([.;]?)([*_]*)$/s.exec(label)!;
  return `${match[1]}{title}${match[3]}${match[4]}`;
}
