import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { autofillSubmission } from '../../src/autofill/autofill-submission.js';
import { DEFAULT_FORM } from '../../src/form/default-form.js';
import { parseIssueBody } from '../../src/form/parse-issue-body.js';
import { readPaperList } from '../../src/list/read-paper-list.js';
import type { AutofillMode } from '../../src/plan/fill-answers.js';
import { renderIssueBody } from '../form/render-issue-body.js';
import { DEFAULT_FORMAT } from '../support/list-helpers.js';
import {
  ATTENTION_AUTHORS,
  ATTENTION_LINK,
  ATTENTION_TITLE,
  MetadataEmulator,
  attentionRoutes,
} from '../support/metadata-emulator/index.js';
import { projectRoot } from '../support/project-root.js';

const text = readFileSync(path.join(projectRoot(), 'examples/README.md'), 'utf8');
const list = readPaperList([{ path: 'README.md', text }], DEFAULT_FORMAT);

let emulator: MetadataEmulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

async function fill(answers: Record<string, string>, mode: AutofillMode, online = true) {
  emulator = new MetadataEmulator(attentionRoutes());
  await emulator.start();
  const parsed = parseIssueBody(renderIssueBody(DEFAULT_FORM, answers), DEFAULT_FORM);
  const done = await autofillSubmission({
    parsed,
    form: DEFAULT_FORM,
    mode,
    list,
    format: DEFAULT_FORMAT,
    access: online ? { urls: emulator.urls, http: { timeoutMs: 500 } } : undefined,
  });
  expect(emulator.unmatched()).toEqual([]);
  return { parsed, done, requests: emulator.requests().length };
}

const FULL = {
  paper: ATTENTION_LINK,
  title: ATTENTION_TITLE,
  authors: ATTENTION_AUTHORS.join('\n'),
  venue: 'ICML 2017',
  section: 'Efficient Networks',
};

describe('autofillSubmission', () => {
  it('with verify, asks even when every field is answered, and reports what differs', async () => {
    const { parsed, done, requests } = await fill(FULL, 'verify');
    expect(requests).toBe(3);
    expect(done.parsed.answers.get('venue')).toBe('ICML 2017');
    expect(done.fetched?.report.filled.map((f) => f.field)).toEqual(['links']);
    expect(done.fetched?.report.differences).toEqual([
      {
        field: 'venue',
        label: 'Venue and year',
        given: 'ICML 2017',
        fetched: 'NeurIPS 2017',
        source: 'dblp',
        url: 'https://dblp.org/rec/conf/nips/VaswaniSPUJGKP17',
      },
    ]);
    expect(done.parsed.problems).toEqual(parsed.problems);
  });

  it('with fill-missing, asks nothing when every field is answered', async () => {
    const { parsed, done, requests } = await fill(FULL, 'fill-missing');
    expect(requests).toBe(0);
    expect(done).toEqual({ parsed });
  });

  it.each([
    ['without access to the sources (--offline)', ATTENTION_LINK, false],
    ['for a link validation refuses', 'javascript:alert(1)', true],
    ['for a link with a direction override', `${ATTENTION_LINK}\u202e`, true],
    ['without a link', '', true],
  ])('asks nothing %s', async (_what, paper, online) => {
    const { parsed, done, requests } = await fill(
      { paper, section: 'Efficient Networks' },
      'fill-missing',
      online,
    );
    expect(requests).toBe(0);
    expect(done).toEqual({ parsed });
  });
});
