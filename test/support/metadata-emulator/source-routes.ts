// Route builders for each source's one endpoint, so a test's route table reads like the
// requests the bot makes.

import { SEMANTIC_SCHOLAR_FIELDS } from '../../../src/metadata/semantic-scholar-paper.js';
import type { Reply, Route } from './route-table.js';

type Answer = Reply | readonly Reply[];

/** arXiv `GET /api/query?id_list=<id>`. */
export function arxivQuery(arxivId: string, reply: Answer): Route {
  return { host: 'arxiv', path: '/api/query', query: { id_list: arxivId }, reply };
}

/** doi.org `GET /<doi>` (content negotiation). */
export function doiResolve(doi: string, reply: Answer): Route {
  return { host: 'doi', path: `/${doi}`, reply };
}

/** OpenReview API v2 `GET /notes?id=<forum>`. */
export function openReviewNote(forumId: string, reply: Answer): Route {
  return { host: 'openreview', path: '/notes', query: { id: forumId }, reply };
}

/** DBLP `GET /search/publ/api?q=<title>&format=json&h=10`. */
export function dblpSearch(title: string, reply: Answer): Route {
  return {
    host: 'dblp',
    path: '/search/publ/api',
    query: { q: title, format: 'json', h: '10' },
    reply,
  };
}

/** Semantic Scholar `GET /graph/v1/paper/<id>?fields=...`. */
export function semanticScholarPaper(paperId: string, reply: Answer): Route {
  return {
    host: 'semantic-scholar',
    path: `/graph/v1/paper/${paperId}`,
    query: { fields: SEMANTIC_SCHOLAR_FIELDS },
    reply,
  };
}

/** Hugging Face `GET /api/papers/<arXiv id>`. */
export function huggingFacePaper(arxivId: string, reply: Answer): Route {
  return { host: 'huggingface', path: `/api/papers/${arxivId}`, reply };
}
