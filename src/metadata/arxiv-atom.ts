// arXiv's answer to `GET /api/query?id_list=<id>`: an Atom feed with one entry per paper, an
// empty feed for an unknown id, and an `Error` entry (answered with 200 by the classic API,
// 400 by the current one) for an id it refuses.

import { parseXml, XmlElement, XmlError } from '@rgrove/parse-xml';
import { arxivIdFacts } from './link-facts.js';
import { found, invalidAnswer, notFound, titleFields, type ParseResult } from './paper-metadata.js';
import { collapseSpaces } from '../paper/clean-text.js';

/** The element's name without a namespace prefix: `arxiv:doi` → `doi`. */
function localName(element: XmlElement): string {
  return element.name.slice(element.name.indexOf(':') + 1);
}

function childElements(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter(
    (child): child is XmlElement => child instanceof XmlElement && localName(child) === name,
  );
}

function childText(element: XmlElement, name: string): string | undefined {
  const child = childElements(element, name)[0];
  return child === undefined ? undefined : collapseSpaces(child.text);
}

/** The arXiv id of an entry's `<id>` (`http://arxiv.org/abs/2301.00808v2` → `2301.00808`). */
function entryArxivId(entry: XmlElement): string | undefined {
  const id = childText(entry, 'id') ?? '';
  return /\/abs\/(.+?)(?:v\d+)?$/.exec(id)?.[1];
}

/**
 * The entry for `arxivId` (the feed holds one when asked for one id). A feed about other
 * papers has none: its first entry is not taken for the paper asked about.
 */
function pickEntry(entries: readonly XmlElement[], arxivId: string): XmlElement | undefined {
  const wanted = arxivId.replace(/v\d+$/, '');
  return entries.find((entry) => entryArxivId(entry) === wanted);
}

/** A DOI as registries issue them (`10.<registrant>/<suffix>`), without dot segments. */
const DOI = /^10\.\d{4,9}\/\S+$/;

/** The DOI an entry names, when it is one (it is sent to doi.org next). */
function publishedDoi(text: string | undefined): string | undefined {
  const doi = text?.trim();
  if (!doi || !DOI.test(doi) || doi.split('/').some((part) => part === '..' || part === '.'))
    return undefined;
  return doi;
}

function isErrorEntry(entry: XmlElement): boolean {
  return (childText(entry, 'id') ?? '').includes('/api/errors');
}

/**
 * Reads arXiv's Atom answer for one id into a record: the title (hard-wrapped lines joined,
 * spaces collapsed; TeX kept and flagged), the authors, `arXiv YYMM` and the year from the id,
 * the abstract page, and the DOI of the published version when arXiv names one.
 *
 * An empty feed is "not found" (`arXiv has no record 2301.99999`); so is arXiv's `Error`
 * entry, whose summary is the reason arXiv gives. An answer that is not XML, or not a feed,
 * is "invalid".
 */
export function parseArxivAtom(xml: string, arxivId: string): ParseResult {
  let root: XmlElement | null;
  try {
    root = parseXml(xml).root;
  } catch (error) {
    const detail = error instanceof XmlError ? `line ${error.line}: ${error.message}` : 'not XML';
    return invalidAnswer('arxiv', detail);
  }
  if (!root || localName(root) !== 'feed') return invalidAnswer('arxiv', 'not an Atom feed');
  const entries = childElements(root, 'entry');
  const error = entries.find(isErrorEntry);
  if (error) {
    const summary = childText(error, 'summary');
    return notFound(`arXiv refused ${arxivId}${summary ? `: ${summary}` : ''}`);
  }
  const entry = pickEntry(entries, arxivId);
  if (!entry) return notFound(`arXiv has no record ${arxivId}`);
  const id = entryArxivId(entry) ?? arxivId;
  const facts = arxivIdFacts(id);
  const authors = childElements(entry, 'author')
    .map((author) => childText(author, 'name') ?? '')
    .filter((name) => name !== '');
  const published = /^(\d{4})-/.exec(childText(entry, 'published') ?? '')?.[1];
  return found({
    source: 'arxiv',
    url: `https://arxiv.org/abs/${id}`,
    ...titleFields(childText(entry, 'title')),
    authors,
    venue: facts?.venue,
    year: facts?.year ?? (published === undefined ? undefined : Number(published)),
    doi: publishedDoi(childText(entry, 'doi')),
  });
}
