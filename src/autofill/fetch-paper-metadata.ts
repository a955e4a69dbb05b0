// Autofill from a paper link: what the link says, then each source in turn, each asked only
// when it can add something, within a budget of requests. A source that fails is recorded with
// its reason and the next one is tried; nothing here throws.

import { linkFacts, linkRecord, type LinkFacts } from '../metadata/link-facts.js';
import type { MetadataRecord } from '../metadata/paper-metadata.js';
import { fetchSource, type FetchSourceOptions } from './fetch-source.js';
import {
  arxivStep,
  dblpStep,
  doiStep,
  huggingFaceStep,
  openReviewStep,
  semanticScholarStep,
  type SourceStep,
} from './source-steps.js';
import type { RemoteSource, SourceUrls } from './source-urls.js';

/** What came of asking one source. `skipped` means the request budget was spent. */
export type AttemptOutcome = 'found' | 'not-found' | 'failed' | 'skipped';

/** One source asked (or left out for the budget): what was asked and what came of it. */
export interface SourceAttempt {
  readonly source: RemoteSource;
  readonly url: string;
  readonly outcome: AttemptOutcome;
  /** Why nothing was found or the source failed: `arXiv did not answer in 10 s`. */
  readonly reason?: string;
  /** Requests made (a retry counts). */
  readonly requests: number;
}

/** Everything learnt about a link, for the caller's field-by-field merge. */
export interface PaperMetadataResult {
  readonly link: string;
  readonly facts: LinkFacts;
  /** One per source that knew the paper, in the order asked (the link's own facts first). */
  readonly records: readonly MetadataRecord[];
  /** Every source asked, in order, so the caller can show what was tried. */
  readonly attempts: readonly SourceAttempt[];
  /** Requests made in all. */
  readonly requests: number;
}

/** Where the sources are and how to ask them; every knob but `urls` has a default. */
export interface FetchPaperMetadataOptions {
  readonly urls: SourceUrls;
  /** Passed to every request: timeout, sleep, fetch (tests inject small and fake ones). */
  readonly http?: Omit<FetchSourceOptions, 'maxAttempts'>;
  /** At most this many requests per paper, retries included (default 6). */
  readonly maxRequests?: number;
  /** Ask Hugging Face for a code link (default true). */
  readonly codeLink?: boolean;
}

/** The requests asked so far and the records and attempts gathered. */
class Session {
  readonly records: MetadataRecord[] = [];
  readonly attempts: SourceAttempt[] = [];
  requests = 0;

  constructor(private readonly options: FetchPaperMetadataOptions) {}

  /** Asks one source; returns its record when it has one. */
  async ask(step: SourceStep): Promise<MetadataRecord | undefined> {
    const left = (this.options.maxRequests ?? 6) - this.requests;
    const base = { source: step.source, url: step.url };
    if (left <= 0) {
      const reason = `not asked: the ${this.options.maxRequests ?? 6} requests allowed per paper are spent`;
      this.attempts.push({ ...base, outcome: 'skipped', reason, requests: 0 });
      return undefined;
    }
    const outcome = await fetchSource(step, {
      ...this.options.http,
      maxAttempts: left >= 2 ? 2 : 1,
    });
    this.requests += outcome.requests;
    const requests = outcome.requests;
    if (outcome.kind === 'failed') {
      this.attempts.push({ ...base, outcome: 'failed', reason: outcome.reason, requests });
      return undefined;
    }
    if (outcome.kind === 'not-found') {
      this.attempts.push({ ...base, outcome: 'not-found', reason: step.missing, requests });
      return undefined;
    }
    const parsed = step.parse(outcome.body);
    if (!parsed.found) {
      const kind = parsed.invalid ? 'failed' : 'not-found';
      this.attempts.push({ ...base, outcome: kind, reason: parsed.reason, requests });
      return undefined;
    }
    this.attempts.push({ ...base, outcome: 'found', requests });
    this.records.push(parsed.record);
    return parsed.record;
  }

  /** The first record's value of a field, in the order the sources were asked. */
  first<K extends 'title' | 'authors' | 'venue'>(field: K): MetadataRecord[K] | undefined {
    return this.records.find((record) => record[field] !== undefined)?.[field];
  }

  /** Whether some source named a venue that is not arXiv (the paper is published). */
  hasPublishedVenue(): boolean {
    return this.records.some(
      (record) => record.venue !== undefined && !/^arxiv\b/i.test(record.venue),
    );
  }
}

const DATACITE_ARXIV = /^10\.48550\/arxiv\./i;

/**
 * The DOI to ask doi.org: the link's, except arXiv's own DataCite DOI when arXiv answered (it
 * would say the same); else the DOI of the published version that arXiv announced.
 */
function doiToAsk(
  facts: LinkFacts,
  arxiv: MetadataRecord | undefined,
  arxivAnswered: boolean,
): string | undefined {
  if (facts.doi !== undefined && !(DATACITE_ARXIV.test(facts.doi) && arxivAnswered)) {
    return facts.doi;
  }
  return arxiv?.doi;
}

/**
 * Learns what it can about the paper at `link`, in this order: the link's own facts (no
 * request) → arXiv (for an arXiv id) → doi.org (for a DOI) → OpenReview (for a forum id) →
 * DBLP (only for a preprint with a title and authors, to find where it was published) →
 * Semantic Scholar (only when something is still missing, by arXiv id or DOI) → Hugging Face
 * (the code link, for an arXiv id). At most `maxRequests` (6) requests; sources past the budget
 * are listed as skipped. Returns each source's record and every attempt.
 */
export async function fetchPaperMetadata(
  link: string,
  options: FetchPaperMetadataOptions,
): Promise<PaperMetadataResult> {
  const { urls } = options;
  const facts = linkFacts(link);
  const session = new Session(options);
  const own = linkRecord(facts);
  if (own) session.records.push(own);

  const arxiv = facts.arxivId ? await session.ask(arxivStep(urls, facts.arxivId)) : undefined;
  const arxivAnswered = session.attempts.some(
    (a) => a.source === 'arxiv' && a.outcome !== 'failed',
  );
  const doi = doiToAsk(facts, arxiv, arxivAnswered);
  if (doi !== undefined) await session.ask(doiStep(urls, doi));
  if (facts.openReviewId) await session.ask(openReviewStep(urls, facts.openReviewId));

  const preprint = facts.arxivId !== undefined || /^arxiv\b/i.test(session.first('venue') ?? '');
  const [title, authors] = [session.first('title'), session.first('authors')];
  if (preprint && !session.hasPublishedVenue() && title && authors && authors.length > 0) {
    await session.ask(dblpStep(urls, { title, authors }));
  }

  const missing =
    !session.first('title') ||
    !session.first('authors')?.length ||
    !session.first('venue') ||
    (preprint && !session.hasPublishedVenue());
  const paperId = facts.arxivId ? `ARXIV:${facts.arxivId}` : doi ? `DOI:${doi}` : undefined;
  if (missing && paperId) await session.ask(semanticScholarStep(urls, paperId));

  const codeLink = options.codeLink ?? true;
  if (codeLink && facts.arxivId && !facts.arxivId.includes('/')) {
    await session.ask(huggingFaceStep(urls, facts.arxivId));
  }
  return {
    link,
    facts,
    records: session.records,
    attempts: session.attempts,
    requests: session.requests,
  };
}
