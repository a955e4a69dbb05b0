import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FORM } from '../../src/form/default-form.js';
import { parseIssueBody } from '../../src/form/parse-issue-body.js';
import { readPaperList } from '../../src/list/read-paper-list.js';
import {
  applyAutofill,
  autofillReport,
  describeTried,
  listVenues,
  missingAfterAutofill,
  type TriedSource,
} from '../../src/plan/apply-autofill.js';
import { fillAnswers } from '../../src/plan/fill-answers.js';
import { renderIssueBody, requiring } from '../form/render-issue-body.js';
import { projectRoot } from '../support/project-root.js';
import { DEFAULT_FORMAT } from '../support/list-helpers.js';

const LINK = 'https://arxiv.org/abs/2301.99999';
const arxivMissing: TriedSource = {
  source: 'arxiv',
  outcome: 'not-found',
  reason: 'arXiv has no record 2301.99999',
};
const openReviewSlow: TriedSource = {
  source: 'openreview',
  outcome: 'failed',
  reason: 'OpenReview did not answer in 10 s',
};

describe('describeTried: what was tried for a field, from the attempts', () => {
  it('gives each failure’s reason, in the order asked', () => {
    expect(describeTried([arxivMissing, openReviewSlow], 'title')).toBe(
      'arXiv has no record 2301.99999; OpenReview did not answer in 10 s',
    );
  });

  it('says a source that knew the paper had no such field, and names a source left out', () => {
    const tried: TriedSource[] = [
      { source: 'openreview', outcome: 'found' },
      {
        source: 'huggingface',
        outcome: 'skipped',
        reason: 'not asked: the 6 requests allowed per paper are spent',
      },
    ];
    expect(describeTried(tried, 'venue')).toBe(
      'OpenReview gives no venue; Hugging Face not asked: the 6 requests allowed per paper are spent',
    );
  });

  it('says so when the link names nothing to ask', () => {
    expect(describeTried([], 'authors')).toBe('the link names no paper the bot can look up');
  });

  it('keeps a reason that quotes a source to one line of at most 160 characters', () => {
    const long = `arXiv refused 2301.99999: ${'x'.repeat(300)}\nsecond line`;
    const text = describeTried([{ source: 'arxiv', outcome: 'not-found', reason: long }], 'title');
    expect(text).not.toContain('\n');
    expect(text.length).toBeLessThanOrEqual(160);
    expect(text).toMatch(/^arXiv refused 2301\.99999: x+…$/);
  });
});

describe('missingAfterAutofill', () => {
  it('reports the field by its label with what was tried', () => {
    expect(missingAfterAutofill('title', 'Title', [arxivMissing, openReviewSlow])).toEqual({
      field: 'title',
      label: 'Title',
      message:
        '"Title" is required: fill it in, or give a paper link the bot can read (arXiv has no record 2301.99999; OpenReview did not answer in 10 s).',
    });
  });
});

describe('applyAutofill', () => {
  const record = {
    source: 'arxiv' as const,
    url: 'https://arxiv.org/abs/1706.03762',
    title: 'Attention Is All You Need',
    authors: ['Ashish Vaswani', 'Noam Shazeer'],
  };

  it('puts the filled answers in and drops the form’s problems of the fields filled', () => {
    const form = requiring(DEFAULT_FORM, ['title', 'authors', 'venue']);
    const parsed = parseIssueBody(renderIssueBody(form, { paper: LINK, section: 'S' }), form);
    expect(parsed.problems.map((p) => p.field)).toEqual(['title', 'authors', 'venue']);
    const fill = fillAnswers(parsed.answers, [record], []);
    const merged = applyAutofill(parsed, form, fill, [{ source: 'arxiv', outcome: 'found' }]);
    expect(merged.answers.get('title')).toBe('Attention Is All You Need');
    expect(merged.answers.get('authors')).toBe('Ashish Vaswani\nNoam Shazeer');
    expect(merged.problems).toEqual([
      {
        field: 'venue',
        label: 'Venue and year',
        message:
          '"Venue and year" is required: fill it in, or give a paper link the bot can read (arXiv gives no venue).',
      },
    ]);
    expect(merged.present).toBe(parsed.present);
  });

  it('reports every fillable field still empty, with the other problems in form order', () => {
    const form = requiring(DEFAULT_FORM, ['notes']);
    const parsed = parseIssueBody(renderIssueBody(form, { paper: LINK, section: 'S' }), form);
    const fill = fillAnswers(parsed.answers, [], []);
    const merged = applyAutofill(parsed, form, fill, [arxivMissing]);
    expect(merged.problems.map((p) => p.field)).toEqual(['title', 'authors', 'venue', 'notes']);
    expect(merged.problems[1]!.message).toBe(
      '"Authors" is required: fill it in, or give a paper link the bot can read (arXiv has no record 2301.99999).',
    );
  });

  it('asks only for the fields the list needs, and for the title always', () => {
    // DmitryRyumin's tables show neither authors nor venue.
    const parsed = parseIssueBody(
      renderIssueBody(DEFAULT_FORM, { paper: LINK, section: 'S' }),
      DEFAULT_FORM,
    );
    const fill = fillAnswers(parsed.answers, [], []);
    const merged = applyAutofill(parsed, DEFAULT_FORM, fill, [arxivMissing], {
      authors: false,
      venue: false,
    });
    expect(merged.problems.map((p) => p.field)).toEqual(['title']);
  });

  it('keeps the problem of a required field whose heading is missing: it says how to fix it', () => {
    const form = requiring(DEFAULT_FORM, ['title']);
    const body = renderIssueBody(form, { paper: LINK, section: 'S' }).replace('### Title', '');
    const parsed = parseIssueBody(body, form);
    const fill = fillAnswers(parsed.answers, [], []);
    const merged = applyAutofill(parsed, form, fill, [arxivMissing]);
    const title = merged.problems.filter((p) => p.field === 'title');
    expect(title).toEqual(parsed.problems.filter((p) => p.field === 'title'));
    expect(title[0]!.message).toMatch(/heading is missing/);
  });

  it('reports with the labels of the repository’s own form', () => {
    const form = DEFAULT_FORM.map((f) => (f.id === 'title' ? { ...f, label: 'Paper title' } : f));
    const parsed = parseIssueBody(renderIssueBody(form, { paper: LINK, section: 'S' }), form);
    const fill = fillAnswers(parsed.answers, [record], []);
    const merged = applyAutofill(parsed, form, fill, [arxivMissing]);
    expect(merged.problems.map((p) => p.label)).toEqual(['Venue and year']);
    expect(autofillReport(fill, form).filled.map((f) => [f.field, f.label])).toEqual([
      ['title', 'Paper title'],
      ['authors', 'Authors'],
    ]);
  });

  it('reports only the fields the list’s entries show, when told which', () => {
    const parsed = parseIssueBody(
      renderIssueBody(DEFAULT_FORM, { paper: LINK, section: 'S' }),
      DEFAULT_FORM,
    );
    const fill = fillAnswers(parsed.answers, [record], []);
    const shown = new Set(['title', 'section', 'paper']);
    expect(autofillReport(fill, DEFAULT_FORM, shown).filled.map((f) => f.field)).toEqual(['title']);
  });
});

describe('listVenues', () => {
  it('reads the venue of every entry of the list, as the list writes it', () => {
    const text = readFileSync(path.join(projectRoot(), 'examples/README.md'), 'utf8');
    const list = readPaperList([{ path: 'README.md', text }], DEFAULT_FORMAT);
    const venues = listVenues(list, DEFAULT_FORMAT.reader);
    expect(venues).toContain('NeurIPS 2020');
    expect(venues.length).toBe(8);
  });
});
