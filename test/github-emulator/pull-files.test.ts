import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { blobSha } from '../support/github-emulator/index.js';
import { INITIAL_FILES, OWNER, REPO, api, repoPath, statusOf, useEmulator } from './helpers.js';

const ctx = useEmulator();
const BRANCH = 'add-papers';
const README = INITIAL_FILES['README.md'];

/** A person's pull request from BRANCH, after one commit of `files` on it. */
function personPull(files: Record<string, string | null>) {
  ctx.emu.commit({ owner: OWNER, name: REPO, branch: BRANCH, files, message: 'Edit' });
  return ctx.emu.openPullRequest({
    owner: OWNER,
    name: REPO,
    head: BRANCH,
    title: 'Add papers',
    user: { login: 'grace', id: 77 },
  });
}

function listFiles(number: number) {
  return ctx.octokit.paginate(ctx.octokit.pulls.listFiles, {
    owner: OWNER,
    repo: REPO,
    pull_number: number,
    per_page: 100,
  });
}

/** `git diff` of two texts, hunks only: what GitHub shows as a file's `patch`. */
function gitPatch(before: string, after: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'emulator-diff-'));
  try {
    writeFileSync(path.join(dir, 'a'), before);
    writeFileSync(path.join(dir, 'b'), after);
    let out = '';
    try {
      execFileSync('git', ['diff', '--no-index', '--no-color', 'a', 'b'], { cwd: dir });
    } catch (error) {
      out = String((error as { stdout: Buffer }).stdout);
    }
    return out.slice(out.indexOf('@@')).replace(/\n$/, '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('GET /pulls/{n}/files', () => {
  it("lists a person's changes like GitHub: status, sha, counts, patch, previous name", async () => {
    const readme = `${README}- [B](https://b.example) (2021)\n`;
    const pull = personPull({
      'README.md': readme,
      'new.md': 'New\n',
      'docs/guide.md': null,
      'guide.md': INITIAL_FILES['docs/guide.md'],
    });
    expect(pull).toMatchObject({ user: { login: 'grace' }, headRef: BRANCH, baseRef: 'main' });
    const files = await listFiles(pull.number);
    expect(files.map((f) => [f.filename, f.status, f.previous_filename])).toEqual([
      ['README.md', 'modified', undefined],
      ['guide.md', 'renamed', 'docs/guide.md'],
      ['new.md', 'added', undefined],
    ]);
    expect(files[0]).toMatchObject({
      sha: blobSha(Buffer.from(readme)),
      additions: 1,
      deletions: 0,
      changes: 1,
      patch: gitPatch(README, readme),
      blob_url: `https://github.com/${OWNER}/${REPO}/blob/${pull.headSha}/README.md`,
    });
    expect(files[1]).toMatchObject({ additions: 0, deletions: 0, changes: 0 });
    expect(files[1]!.patch).toBeUndefined();
    expect(files[2]).toMatchObject({ additions: 1, patch: '@@ -0,0 +1 @@\n+New' });
  });

  it('writes patches that git would: hunks, context and a missing final newline', async () => {
    const before = Array.from({ length: 30 }, (_, i) => `line ${i + 1}`).join('\n');
    ctx.emu.commit({
      owner: OWNER,
      name: REPO,
      branch: 'main',
      files: { 'a.md': before },
      message: 'a',
    });
    const after = before.replace('line 2\n', 'line 2\nnew\n').replace('line 20', 'changed') + '\n';
    const pull = personPull({ 'a.md': after });
    const [file] = await listFiles(pull.number);
    expect(file!.patch).toBe(gitPatch(before, after));
    expect(file).toMatchObject({ additions: 3, deletions: 2, changes: 5 });
  });

  it('compares with the merge base: later commits on the base are not the pull request’s', async () => {
    const pull = personPull({ 'new.md': 'New\n' });
    ctx.emu.commit({
      owner: OWNER,
      name: REPO,
      branch: 'main',
      files: { 'main.md': 'x\n' },
      message: 'm',
    });
    expect((await listFiles(pull.number)).map((f) => f.filename)).toEqual(['new.md']);
  });

  it('pages 30 files at a time by default, with a Link header', async () => {
    const files = Object.fromEntries(Array.from({ length: 35 }, (_, i) => [`f${i}.md`, `${i}\n`]));
    const pull = personPull(files);
    const first = await api(ctx.emu, `${repoPath}/pulls/${pull.number}/files`);
    expect(((await first.json()) as unknown[]).length).toBe(30);
    expect(first.headers.get('link')).toContain('rel="next"');
    expect(await listFiles(pull.number)).toHaveLength(35);
  });

  it('answers 404 for an issue or an unknown number', async () => {
    const issue = ctx.emu.createIssue({
      owner: OWNER,
      name: REPO,
      title: 'x',
      body: null,
      user: { login: 'grace', id: 77 },
    });
    const status = (n: number) =>
      statusOf(ctx.octokit.pulls.listFiles({ owner: OWNER, repo: REPO, pull_number: n }));
    expect((await status(issue.number)).status).toBe(404);
    expect((await status(99)).status).toBe(404);
  });
});
