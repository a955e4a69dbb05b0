// `add` with autofill, in-process: the metadata sources are the loopback emulator, named by the
// environment the tool is given (as `src/cli.ts` gives it `process.env`).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import {
  ATTENTION_AUTHORS,
  ATTENTION_LINK,
  ATTENTION_TITLE,
  MetadataEmulator,
  arxivQuery,
  attentionRoutes,
  huggingFacePaper,
  linkOnlyIssue,
  semanticScholarPaper,
  type Route,
} from '../support/metadata-emulator/index.js';
import { projectRoot } from '../support/project-root.js';

const root = projectRoot();
const scratch = mkdtempSync(path.join(tmpdir(), 'paper-list-cli-autofill-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let emulator: MetadataEmulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

/** A copy of the example list with the shipped form, and an issue body next to it. */
function workspace(body: string, config?: string): { dir: string; issue: string } {
  const dir = mkdtempSync(path.join(scratch, 'list-'));
  cpSync(path.join(root, 'examples/README.md'), path.join(dir, 'README.md'));
  mkdirSync(path.join(dir, '.github/ISSUE_TEMPLATE'), { recursive: true });
  cpSync(
    path.join(root, 'examples/ISSUE_TEMPLATE/new-paper.yml'),
    path.join(dir, '.github/ISSUE_TEMPLATE/new-paper.yml'),
  );
  if (config !== undefined) writeFileSync(path.join(dir, '.github/paper-list.yml'), config);
  writeFileSync(path.join(dir, 'issue.md'), body);
  return { dir, issue: path.join(dir, 'issue.md') };
}

/** Runs `add` with the emulator's URLs in the environment, collecting what it prints. */
async function add(routes: readonly Route[], args: string[], body: string, config?: string) {
  emulator = new MetadataEmulator(routes);
  const env = await emulator.start();
  const { dir, issue } = workspace(body, config);
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['add', '--issue-body', issue, '--dir', dir, ...args], {
    cwd: dir,
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    readStdin: async () => '',
    env: { ...env, PATH: process.env.PATH },
  });
  // Every request was one the test expected, and no paper costs more than 6.
  expect(emulator.unmatched()).toEqual([]);
  expect(emulator.requests().length).toBeLessThanOrEqual(6);
  const list = readFileSync(path.join(dir, 'README.md'), 'utf8');
  return { code, out, err, list, requests: emulator.requests() };
}

const ENTRY = [
  `- **${ATTENTION_TITLE}** <Br>`,
  `${ATTENTION_AUTHORS.join(', ')} <Br>`,
  // The list's format ends the third line with its line break even when no fourth follows.
  `[NeurIPS 2017] [[Paper](${ATTENTION_LINK})] [[Code](https://github.com/tensorflow/tensor2tensor)] <Br>`,
].join('\n');

describe('paper-list-bot add, filling the answers from the paper link', () => {
  it('fills the title, authors, venue and code link of an issue with only the link', async () => {
    const run = await add(attentionRoutes(), [], linkOnlyIssue('Efficient Networks'));
    expect(run.code, run.err.join('\n')).toBe(0);
    expect(run.list).toContain(`\n\n${ENTRY}\n\n- **Distilling the Knowledge`);
    expect(run.out[0]).toMatch(/^added: "Attention Is All You Need" to Efficient Networks/);
    expect(run.out).toContain(`filled: Title: ${ATTENTION_TITLE} (from ${ATTENTION_LINK})`);
    expect(run.out).toContain(
      'filled: Venue and year: NeurIPS 2017 (from https://dblp.org/rec/conf/nips/VaswaniSPUJGKP17)',
    );
    expect(run.err).toEqual([
      "autofill: Asked the paper link's sources (3 requests): arXiv found it, DBLP found it, Hugging Face found it. Filled Title, Authors, Venue and year, Other links.",
    ]);
    expect(run.requests.map((r) => r.host)).toEqual(['arxiv', 'dblp', 'huggingface']);
    // No credential of any kind goes to a metadata source.
    for (const request of run.requests) {
      expect(Object.keys(request.headers)).not.toContain('authorization');
      expect(Object.keys(request.headers)).not.toContain('cookie');
    }
  });

  it('with --offline asks nothing and reports the empty fields as without autofill', async () => {
    const run = await add(attentionRoutes(), ['--offline'], linkOnlyIssue('Efficient Networks'));
    expect(run.code).toBe(1);
    expect(run.requests).toEqual([]);
    expect(run.err).toEqual([
      'Title: "Title" is required: fill it in by editing the issue.',
      'Authors: "Authors" is required: list at least one author.',
      'Venue and year: "Venue and year" is required: fill it in by editing the issue.',
    ]);
    expect(run.list).toBe(readFileSync(path.join(root, 'examples/README.md'), 'utf8'));
  });

  it('follows "autofill: off" in the configuration', async () => {
    const run = await add(
      attentionRoutes(),
      [],
      linkOnlyIssue('Efficient Networks'),
      'autofill: off\n',
    );
    expect(run.code).toBe(1);
    expect(run.requests).toEqual([]);
  });

  it('says, field by field, what was tried when no source knows the paper', async () => {
    const id = '2301.99999';
    const routes = [
      arxivQuery(id, { fixture: 'arxiv/empty-feed.xml' }),
      semanticScholarPaper(`ARXIV:${id}`, {
        status: 404,
        body: JSON.stringify({ error: `Paper with id ARXIV:${id} not found` }),
      }),
      huggingFacePaper(id, { status: 404, fixture: 'huggingface/not-found.json' }),
    ];
    const run = await add(
      routes,
      [],
      linkOnlyIssue('Efficient Networks', `https://arxiv.org/abs/${id}`),
    );
    expect(run.code).toBe(1);
    const tried = `arXiv has no record ${id}; Semantic Scholar has no record ARXIV:${id}; Hugging Face has no page for ${id}`;
    expect(run.err.slice(1)).toEqual([
      `Title: "Title" is required: fill it in, or give a paper link the bot can read (${tried}).`,
      `Authors: "Authors" is required: fill it in, or give a paper link the bot can read (${tried}).`,
    ]);
    expect(run.requests).toHaveLength(3);
  });

  it('names a bad source URL in the environment as a usage error', async () => {
    const { dir, issue } = workspace(linkOnlyIssue('Efficient Networks'));
    const err: string[] = [];
    const code = await runCli(['add', '--issue-body', issue, '--dir', dir], {
      cwd: dir,
      out: () => {},
      err: (line) => err.push(line),
      readStdin: async () => '',
      env: { PAPER_LIST_BOT_ARXIV_URL: 'ftp://mirror.example' },
    });
    expect(code).toBe(2);
    expect(err).toEqual([
      'paper-list-bot: PAPER_LIST_BOT_ARXIV_URL must be an http(s) URL; "ftp://mirror.example" uses ftp:',
    ]);
  });
});
