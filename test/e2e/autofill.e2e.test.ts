// End to end: an issue that gives little more than the paper link, through the action, against
// the GitHub API emulator and the metadata emulator (both on loopback; a request either does not
// expect fails the test). The metadata sources' base URLs reach the run as the runner's
// environment, as a workflow's `env:` would set them.
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ATTENTION_AUTHORS,
  ATTENTION_LINK,
  ATTENTION_TITLE,
  MetadataEmulator,
  attentionRoutes,
  linkOnlyIssue,
} from '../support/metadata-emulator/index.js';
import { SOURCE_URL_VARIABLES } from '../../src/autofill/source-urls.js';
import {
  BRANCH,
  botComments,
  everythingVisible,
  expectOneProposal,
  startScenario,
  TOKEN,
  type Scenario,
} from './scenario.js';

const SECTION = 'Efficient Networks';
const ENTRY = [
  `- **${ATTENTION_TITLE}** <Br>`,
  `${ATTENTION_AUTHORS.join(', ')} <Br>`,
  `[NeurIPS 2017] [[Paper](${ATTENTION_LINK})] [[Code](https://github.com/tensorflow/tensor2tensor)] <Br>`,
].join('\n');

let scenario: Scenario | undefined;
let metadata: MetadataEmulator | undefined;
afterEach(async () => {
  await scenario?.close();
  await metadata?.close();
  scenario = metadata = undefined;
});

/** Both emulators, the metadata one answering for arXiv 1706.03762. */
async function start(spawn = false): Promise<{ s: Scenario; m: MetadataEmulator }> {
  const m = (metadata = new MetadataEmulator(attentionRoutes()));
  const env = await m.start();
  const s = (scenario = await startScenario({}, { spawn, env }));
  return { s, m };
}

/** Files the issue, runs `opened` on it and checks what every run must hold. */
async function openIssue(s: Scenario, m: MetadataEmulator, body: string) {
  const issue = s.fileIssue({ body, title: '[Paper]: ' });
  s.emulator.resetRequests();
  const run = await s.issueEvent('opened', issue);
  expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0);
  // GitHub: the add's 7 REST calls at most. The sources: only expected requests, 6 at most.
  expect(s.emulator.requests.length).toBeLessThanOrEqual(7);
  expect(m.unmatched()).toEqual([]);
  expect(m.requests().length).toBeLessThanOrEqual(6);
  // The token goes to GitHub only: no metadata request carries it, or any credential.
  for (const request of m.requests()) {
    expect(JSON.stringify(request.headers)).not.toContain(TOKEN);
    expect(Object.keys(request.headers)).not.toContain('authorization');
  }
  expect(everythingVisible(run, s)).not.toContain(TOKEN);
  return run;
}

/** The lines the branch adds to the list. */
function entryOnBranch(s: Scenario): string {
  const text = s.read(BRANCH, 'README.md')!;
  const start = text.indexOf(`- **${ATTENTION_TITLE}**`);
  return text.slice(start, text.indexOf('\n\n', start));
}

describe('an issue with only the paper link and the section', () => {
  it('gets a pull request whose entry has the record’s title, authors and venue', async () => {
    const { s, m } = await start();
    const run = await openIssue(s, m, linkOnlyIssue(SECTION));
    expect(run.outputs.result).toBe('created');
    expectOneProposal(s);
    expect(entryOnBranch(s)).toBe(ENTRY);
    expect(m.requests().map((r) => r.host)).toEqual(['arxiv', 'dblp', 'huggingface']);

    const pull = s.state().pulls[0]!;
    expect(pull.title).toBe(`Add “${ATTENTION_TITLE}” to ${SECTION}`);
    expect(pull.body).toContain(
      [
        '### From the paper link',
        '',
        'The issue left these fields empty; the bot filled them from the paper link. Check them before merging.',
        '',
        '| Field | Value | Source |',
        '| --- | --- | --- |',
        `| Title | ${ATTENTION_TITLE} | [arXiv](${ATTENTION_LINK}) |`,
        `| Authors | ${ATTENTION_AUTHORS.join(', ')} | [arXiv](${ATTENTION_LINK}) |`,
        '| Venue and year | NeurIPS 2017 | [DBLP](https://dblp.org/rec/conf/nips/VaswaniSPUJGKP17) |',
        '| Other links | Code: <https://github.com/tensorflow/tensor2tensor> | [Hugging Face](https://huggingface.co/papers/1706.03762) |',
      ].join('\n'),
    );
    const [comment] = botComments(s);
    expect(comment!.body).toContain(
      'I filled **Title**, **Authors**, **Venue and year** and **Other links** from the paper link',
    );
    expect(run.stdout).toContain(
      "Asked the paper link's sources (3 requests): arXiv found it, DBLP found it, Hugging Face found it.",
    );
  });

  it('keeps the contributor’s own title and shows the fetched one in the pull request', async () => {
    const { s, m } = await start();
    const own = 'Transformers: Attention Only';
    const run = await openIssue(s, m, linkOnlyIssue(SECTION, ATTENTION_LINK, own));
    expect(run.outputs.result).toBe('created');
    const text = s.read(BRANCH, 'README.md')!;
    expect(text).not.toContain(`- **${ATTENTION_TITLE}**`);
    expect(text).toContain(
      `- **${own}** <Br>\n${ATTENTION_AUTHORS.join(', ')} <Br>\n[NeurIPS 2017]`,
    );

    const pull = s.state().pulls[0]!;
    expect(pull.body).toContain(
      [
        'The sources disagree with these answers; the answers were kept.',
        '',
        '| Field | Answer | Fetched | Source |',
        '| --- | --- | --- | --- |',
        `| Title | ${own} | ${ATTENTION_TITLE} | [arXiv](${ATTENTION_LINK}) |`,
      ].join('\n'),
    );
    expect(pull.body).not.toMatch(/^\| Title \| Attention/m);
    expect(botComments(s)[0]!.body).toContain(
      "The paper link's sources give another **Title**; I kept your answer",
    );
  });
});

describe('when the sources cannot be reached', () => {
  it('does not fail the run: each empty field is reported with what was tried', async () => {
    // A port nothing listens on: every request is refused at once, as without network.
    const port = await closedPort();
    const env = Object.fromEntries(
      Object.entries(SOURCE_URL_VARIABLES).map(([source, { variable }]) => [
        variable,
        `http://127.0.0.1:${port}/${source}`,
      ]),
    );
    const s = (scenario = await startScenario({}, { env }));
    const issue = s.fileIssue({ body: linkOnlyIssue(SECTION) });
    s.emulator.resetRequests();
    const run = await s.issueEvent('opened', issue);
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.result).toBe('invalid');
    expect(s.emulator.requests.length).toBeLessThanOrEqual(7);
    expect(s.state().pulls).toHaveLength(0);
    // arXiv failing, its DataCite DOI is asked of doi.org.
    const tried = ['arXiv', 'doi.org', 'Semantic Scholar', 'Hugging Face']
      .map((name) => `could not reach ${name} (ECONNREFUSED)`)
      .join('; ');
    const body = botComments(s)[0]!.body;
    expect(body).toContain(
      `- **Title**: "Title" is required: fill it in, or give a paper link the bot can read (${tried}).`,
    );
    expect(body).toContain(`- **Authors**: "Authors" is required: fill it in, or give`);
    // The link itself names the month: arXiv 1706 fills the venue without a request.
    expect(body).not.toContain('**Venue and year**');
  });
});

describe('the committed bundle', () => {
  it('fills an issue with only the link, as the runner runs it', async () => {
    const { s, m } = await start(true);
    const run = await openIssue(s, m, linkOnlyIssue(SECTION));
    expect(run.outputs.result).toBe('created');
    expect(entryOnBranch(s)).toBe(ENTRY);
    expect(m.requests().map((r) => r.headers['user-agent'])).toEqual(
      Array(3).fill('paper-list-bot (+https://github.com/OWNER/paper-list-bot)'),
    );
  });
});

/** A loopback port that was free a moment ago and has nothing listening on it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
