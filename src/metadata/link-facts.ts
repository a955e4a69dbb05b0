// What a paper link tells without a request: the identifiers the sources are asked with, and
// for proceedings sites (CVF, NeurIPS, ACL Anthology) the venue and year themselves.

import { canonicalVenue } from './venue-names.js';
import type { MetadataRecord } from './paper-metadata.js';

/** The facts a link gives away. Every field is optional: most links give one or two. */
export interface LinkFacts {
  /** The link as given. */
  readonly link: string;
  /** Without version: `2301.00808`, `hep-th/9901001`. */
  readonly arxivId?: string;
  /** As written; an arXiv link gives its DataCite DOI `10.48550/arXiv.<id>`. */
  readonly doi?: string;
  /** The forum (submission) id of an OpenReview link. */
  readonly openReviewId?: string;
  /** An ACL Anthology id: `2023.acl-long.12`, `P19-1001`. */
  readonly aclId?: string;
  /** In the list's spelling: `CVPR 2023`, `arXiv 2301`. */
  readonly venue?: string;
  readonly year?: number;
}

type Facts = Omit<LinkFacts, 'link'>;

/** One kind of link: the hosts it lives on and how its facts are read. */
interface LinkRule {
  readonly name: string;
  readonly host: RegExp;
  readonly read: (url: URL) => Facts | undefined;
}

const NEW_ARXIV = /^(\d{2})(\d{2})\.\d{4,5}$/;
const OLD_ARXIV = /^([a-z-]+(?:\.[A-Za-z]{2})?)\/(\d{2})(\d{2})\d{3}$/i;
const ARXIV_PATH = /^\/(?:abs|pdf|html|format)\/(.+?)(?:v\d+)?(?:\.pdf)?\/?$/;

/** The year of a two-digit arXiv year; arXiv opened in August 1991. */
function arxivYear(yy: string): number {
  return Number(yy) >= 91 ? 1900 + Number(yy) : 2000 + Number(yy);
}

/**
 * The facts of an arXiv id (without version): the DataCite DOI and, when the month is real,
 * `arXiv YYMM` and the year. Exported for the sources, which meet ids outside links.
 */
export function arxivIdFacts(id: string): Facts | undefined {
  const fresh = NEW_ARXIV.exec(id);
  const old = fresh ? undefined : OLD_ARXIV.exec(id);
  const yymm = fresh ? [fresh[1]!, fresh[2]!] : old ? [old[2]!, old[3]!] : undefined;
  if (!yymm) return undefined;
  const [yy, mm] = yymm as [string, string];
  // An old-style id is the archive and the number; a subject class (`math.GT/`) is not part of it.
  const arxivId = old ? `${old[1]!.split('.')[0]!.toLowerCase()}/${id.split('/')[1]}` : id;
  const dated = Number(mm) >= 1 && Number(mm) <= 12;
  return {
    arxivId,
    doi: `10.48550/arXiv.${arxivId}`,
    ...(dated ? { venue: `arXiv ${yy}${mm}`, year: arxivYear(yy) } : {}),
  };
}

function readArxiv(url: URL): Facts | undefined {
  const id = ARXIV_PATH.exec(decodeURIComponent(url.pathname))?.[1];
  return id === undefined ? undefined : arxivIdFacts(id);
}

const DATACITE_ARXIV = /^10\.48550\/arxiv\.(.+)$/i;

function readDoi(url: URL): Facts | undefined {
  const doi = decodeURIComponent(url.pathname.slice(1)).replace(/[.)/]+$/, '');
  if (!/^10\.\d{4,9}\/\S+$/.test(doi)) return undefined;
  const arxiv = DATACITE_ARXIV.exec(doi)?.[1];
  const facts = arxiv === undefined ? undefined : arxivIdFacts(arxiv);
  return facts ? { ...facts, doi } : { doi };
}

function readOpenReview(url: URL): Facts | undefined {
  if (!/^\/(?:forum|pdf|attachment)\/?$/.test(url.pathname)) return undefined;
  const id = url.searchParams.get('id');
  return id && /^[\w-]+$/.test(id) ? { openReviewId: id } : undefined;
}

const CVF_PATH = /^\/content[/_]([A-Za-z]+?)(W?)_?((?:19|20)\d\d)(W|_workshops)?(?:[/_]|$)/i;

function readCvf(url: URL): Facts | undefined {
  const match = CVF_PATH.exec(url.pathname);
  if (!match) return undefined;
  const conference = canonicalVenue(match[1]!) ?? match[1]!.toUpperCase();
  const workshop = match[2] !== '' || match[4] !== undefined ? 'W' : '';
  const year = Number(match[3]);
  return { venue: `${conference}${workshop} ${year}`, year };
}

const NEURIPS_PATH = /^\/paper(?:_files\/paper)?\/((?:19|20)\d\d)\//;

function readNeurips(url: URL): Facts | undefined {
  const year = NEURIPS_PATH.exec(url.pathname)?.[1];
  return year === undefined ? undefined : { venue: `NeurIPS ${year}`, year: Number(year) };
}

/** ACL Anthology venue codes, in new-style ids (`2023.acl-long.12`) and old ones (`P19-1001`). */
const ACL_VENUES: Readonly<Record<string, string>> = {
  acl: 'ACL',
  emnlp: 'EMNLP',
  naacl: 'NAACL',
  eacl: 'EACL',
  aacl: 'AACL',
  coling: 'COLING',
  conll: 'CoNLL',
  tacl: 'TACL',
  cl: 'CL',
  lrec: 'LREC',
  ijcnlp: 'IJCNLP',
  semeval: 'SemEval',
};
const ACL_LETTERS: Readonly<Record<string, string>> = {
  P: 'ACL',
  N: 'NAACL',
  D: 'EMNLP',
  E: 'EACL',
  C: 'COLING',
  K: 'CoNLL',
  Q: 'TACL',
  J: 'CL',
  L: 'LREC',
  S: 'SemEval',
};
const NEW_ACL_ID = /^((?:19|20)\d\d)\.([a-z0-9]+)(?:-([a-z0-9]+))?\.\d+$/;
const OLD_ACL_ID = /^([A-Z])(\d{2})-\d{4}$/;

/** The facts of an ACL Anthology id: the venue (when its code is known) and the year. */
export function aclIdFacts(aclId: string): Facts | undefined {
  const fresh = NEW_ACL_ID.exec(aclId);
  if (fresh) {
    const year = Number(fresh[1]);
    const [code, track] = [fresh[2]!, fresh[3]];
    const name =
      code === 'findings' && track !== undefined && ACL_VENUES[track]
        ? `Findings of ${ACL_VENUES[track]}`
        : ACL_VENUES[code];
    return { aclId, year, ...(name ? { venue: `${name} ${year}` } : {}) };
  }
  const old = OLD_ACL_ID.exec(aclId);
  if (!old) return undefined;
  const year = Number(old[2]) >= 60 ? 1900 + Number(old[2]) : 2000 + Number(old[2]);
  const name = ACL_LETTERS[old[1]!];
  return { aclId, year, ...(name ? { venue: `${name} ${year}` } : {}) };
}

function readAcl(url: URL): Facts | undefined {
  const id = /^\/(?:anthology\/)?([^/]+?)(?:\.pdf|\.bib)?\/?$/.exec(url.pathname)?.[1];
  return id === undefined ? undefined : aclIdFacts(id);
}

/** The kinds of links read, by host. */
const RULES: readonly LinkRule[] = [
  { name: 'arXiv', host: /^(?:www\.|export\.)?arxiv\.org$/, read: readArxiv },
  { name: 'DOI', host: /^(?:www\.|dx\.)?doi\.org$/, read: readDoi },
  { name: 'OpenReview', host: /^(?:www\.)?openreview\.net$/, read: readOpenReview },
  { name: 'CVF open access', host: /^openaccess\.thecvf\.com$/, read: readCvf },
  {
    name: 'NeurIPS proceedings',
    host: /^(?:proceedings\.neurips\.cc|papers\.nips\.cc|papers\.neurips\.cc)$/,
    read: readNeurips,
  },
  { name: 'ACL Anthology', host: /^(?:www\.)?(?:aclanthology\.org|aclweb\.org)$/, read: readAcl },
];

/**
 * Reads what a paper link gives away without asking anyone: arXiv ids (abs, pdf and html
 * links, any version, old-style ids) with `arXiv YYMM`, DOIs (doi.org links; arXiv's DataCite
 * DOI `10.48550/arXiv.<id>` both ways), OpenReview forum ids, and the venue and year of CVF
 * open-access, NeurIPS proceedings and ACL Anthology links. Anything else gives no facts.
 */
export function linkFacts(link: string): LinkFacts {
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    return { link };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { link };
  const host = url.hostname.toLowerCase();
  for (const rule of RULES) {
    if (!rule.host.test(host)) continue;
    const facts = rule.read(url);
    if (facts) return { link, ...facts };
  }
  return { link };
}

/** The record of the link's own facts (source `link`), or `undefined` when it gives no venue. */
export function linkRecord(facts: LinkFacts): MetadataRecord | undefined {
  if (facts.venue === undefined && facts.year === undefined) return undefined;
  return {
    source: 'link',
    url: facts.link,
    ...(facts.venue !== undefined ? { venue: facts.venue } : {}),
    ...(facts.year !== undefined ? { year: facts.year } : {}),
  };
}
