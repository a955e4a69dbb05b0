// How each source is asked and how its answer is read: the request (URL, media type) and the
// pure parser from src/metadata that turns the body into a record.

import { parseArxivAtom } from '../metadata/arxiv-atom.js';
import { parseCslJson } from '../metadata/csl-json.js';
import { parseDblpSearch } from '../metadata/dblp-search.js';
import type { WantedPaper } from '../metadata/paper-match.js';
import { parseHuggingFacePaper } from '../metadata/huggingface-paper.js';
import { parseOpenReviewNotes } from '../metadata/openreview-note.js';
import { invalidAnswer, type ParseResult } from '../metadata/paper-metadata.js';
import {
  parseSemanticScholarPaper,
  SEMANTIC_SCHOLAR_FIELDS,
} from '../metadata/semantic-scholar-paper.js';
import type { SourceRequest } from './fetch-source.js';
import type { RemoteSource, SourceUrls } from './source-urls.js';

/** A request and how to read its answer. */
export interface SourceStep extends SourceRequest {
  /** The reason when the source answers 404: `arXiv has no record 2301.99999`. */
  readonly missing: string;
  readonly parse: (body: string) => ParseResult;
}

/** An id in a URL path: each segment encoded, `/` and `:` kept (DOIs, `ARXIV:` ids). */
function pathId(id: string): string {
  return id
    .split('/')
    .map((part) => encodeURIComponent(part).replace(/%3A/gi, ':'))
    .join('/');
}

function json(source: RemoteSource, read: (value: unknown) => ParseResult) {
  return (body: string): ParseResult => {
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch {
      return invalidAnswer(source, 'not JSON');
    }
    return read(value);
  };
}

/** arXiv's export API, one id. */
export function arxivStep(urls: SourceUrls, arxivId: string): SourceStep {
  return {
    source: 'arxiv',
    url: `${urls.arxiv}/api/query?id_list=${encodeURIComponent(arxivId)}`,
    accept: 'application/atom+xml',
    okStatuses: [400],
    missing: `arXiv has no record ${arxivId}`,
    parse: (body) => parseArxivAtom(body, arxivId),
  };
}

/** doi.org content negotiation for CSL-JSON (Crossref and DataCite both answer it). */
export function doiStep(urls: SourceUrls, doi: string): SourceStep {
  return {
    source: 'doi',
    url: `${urls.doi}/${pathId(doi)}`,
    accept: 'application/vnd.citationstyles.csl+json',
    missing: `doi.org has no record of the DOI ${doi}`,
    parse: json('doi', (value) => parseCslJson(value, doi)),
  };
}

/** OpenReview API v2, the submission note of one forum. */
export function openReviewStep(urls: SourceUrls, forumId: string): SourceStep {
  return {
    source: 'openreview',
    url: `${urls.openreview}/notes?id=${encodeURIComponent(forumId)}`,
    accept: 'application/json',
    missing: `OpenReview has no note ${forumId}`,
    parse: json('openreview', (value) => parseOpenReviewNotes(value, forumId)),
  };
}

/**
 * DBLP's publication search, by title (TeX math dollars dropped: DBLP writes `ωTest` where
 * arXiv writes `$ω$Test`); a hit must also share an author.
 */
export function dblpStep(urls: SourceUrls, wanted: WantedPaper): SourceStep {
  const query = encodeURIComponent(wanted.title.replace(/\$/g, ''));
  return {
    source: 'dblp',
    url: `${urls.dblp}/search/publ/api?q=${query}&format=json&h=10`,
    accept: 'application/json',
    missing: `DBLP has no record of "${wanted.title}"`,
    parse: json('dblp', (value) => parseDblpSearch(value, wanted)),
  };
}

/** Semantic Scholar's paper record, by `ARXIV:<id>` or `DOI:<doi>`. */
export function semanticScholarStep(urls: SourceUrls, paperId: string): SourceStep {
  return {
    source: 'semantic-scholar',
    url: `${urls['semantic-scholar']}/graph/v1/paper/${pathId(paperId)}?fields=${SEMANTIC_SCHOLAR_FIELDS}`,
    accept: 'application/json',
    missing: `Semantic Scholar has no record ${paperId}`,
    parse: json('semantic-scholar', (value) => parseSemanticScholarPaper(value, paperId)),
  };
}

/** Hugging Face's paper page, for its code link. */
export function huggingFaceStep(urls: SourceUrls, arxivId: string): SourceStep {
  return {
    source: 'huggingface',
    url: `${urls.huggingface}/api/papers/${encodeURIComponent(arxivId)}`,
    accept: 'application/json',
    missing: `Hugging Face has no page for ${arxivId}`,
    parse: json('huggingface', (value) => parseHuggingFacePaper(value, arxivId)),
  };
}
