import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { blobSha, CONTENT_INLINE_LIMIT } from '../support/github-emulator/index.js';
import { api, OWNER, REPO, repoPath, statusOf, useEmulator } from './helpers.js';

const ctx = useEmulator();

/** What `git hash-object` prints for these bytes. */
function gitBlobSha(bytes: Buffer): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

describe('GET /contents', () => {
  it('returns a file with its git blob sha and base64 wrapped at 60 characters', async () => {
    const text = `${'x'.repeat(100)}\n`;
    ctx.emu.commit({
      owner: OWNER,
      name: REPO,
      branch: 'main',
      files: { 'long.txt': text },
      message: 'long',
    });
    const { data } = await ctx.octokit.repos.getContent({
      owner: OWNER,
      repo: REPO,
      path: 'long.txt',
    });
    if (Array.isArray(data) || data.type !== 'file') throw new Error('expected a file');
    const expected = Buffer.from(text).toString('base64');
    expect(data.encoding).toBe('base64');
    expect(data.content).toBe(
      `${expected.slice(0, 60)}\n${expected.slice(60, 120)}\n${expected.slice(120)}\n`,
    );
    expect(data.sha).toBe(gitBlobSha(Buffer.from(text)));
    expect(data.size).toBe(101);
    expect(data.name).toBe('long.txt');
    expect(data.path).toBe('long.txt');
    expect(data.html_url).toBe(`https://github.com/${OWNER}/${REPO}/blob/main/long.txt`);
  });

  it('knows the blob sha git gives well-known content', () => {
    expect(blobSha(Buffer.from('hello world\n'))).toBe('3b18e512dba79e4c8300dd08aeb37f8e728b8dad');
    expect(blobSha(Buffer.alloc(0))).toBe('e69de29bb2d1d6434b8b29ae775ad8c2e48c5391');
  });

  it('round-trips UTF-8 (CJK, emoji) and CRLF bytes exactly through PUT and GET', async () => {
    const text = '# 論文リスト 📚\r\n\r\n- 深層学習 🤖 (2021)\r\n- naïve café\r\nno final newline';
    const bytes = Buffer.from(text, 'utf8');
    const { data: put } = await ctx.octokit.repos.createOrUpdateFileContents({
      owner: OWNER,
      repo: REPO,
      path: 'lists/日本語.md',
      message: 'Add list',
      content: bytes.toString('base64'),
    });
    expect(put.content?.sha).toBe(gitBlobSha(bytes));
    expect(put.content?.path).toBe('lists/日本語.md');
    const { data } = await ctx.octokit.repos.getContent({
      owner: OWNER,
      repo: REPO,
      path: 'lists/日本語.md',
    });
    if (Array.isArray(data) || data.type !== 'file') throw new Error('expected a file');
    const decoded = Buffer.from(data.content, 'base64');
    expect(decoded.equals(bytes)).toBe(true);
    expect(ctx.emu.readFileBytes(OWNER, REPO, 'main', 'lists/日本語.md')?.equals(bytes)).toBe(true);
    expect(ctx.emu.readFile(OWNER, REPO, 'main', 'lists/日本語.md')).toBe(text);
  });

  it('reads at a branch or a sha, and 404s for missing files and refs', async () => {
    const sha = ctx.emu.commit({
      owner: OWNER,
      name: REPO,
      branch: 'feature/x',
      files: { 'README.md': 'changed\n' },
      message: 'change',
    });
    const atBranch = await ctx.octokit.repos.getContent({
      owner: OWNER,
      repo: REPO,
      path: 'README.md',
      ref: 'feature/x',
    });
    const atSha = await ctx.octokit.repos.getContent({
      owner: OWNER,
      repo: REPO,
      path: 'README.md',
      ref: sha,
    });
    const atMain = await ctx.octokit.repos.getContent({
      owner: OWNER,
      repo: REPO,
      path: 'README.md',
    });
    const text = (r: typeof atMain): string => {
      if (Array.isArray(r.data) || r.data.type !== 'file') throw new Error('expected a file');
      return Buffer.from(r.data.content, 'base64').toString('utf8');
    };
    expect(text(atBranch)).toBe('changed\n');
    expect(text(atSha)).toBe('changed\n');
    expect(text(atMain)).toContain('# Papers');
    const missing = await statusOf(
      ctx.octokit.repos.getContent({ owner: OWNER, repo: REPO, path: 'nope.md' }),
    );
    expect(missing).toMatchObject({ status: 404, message: 'Not Found' });
    const badRef = await statusOf(
      ctx.octokit.repos.getContent({ owner: OWNER, repo: REPO, path: 'README.md', ref: 'nope' }),
    );
    expect(badRef.status).toBe(404);
  });

  it('lists a directory', async () => {
    const { data } = await ctx.octokit.repos.getContent({ owner: OWNER, repo: REPO, path: 'docs' });
    expect(Array.isArray(data)).toBe(true);
    expect(
      (data as { name: string; type: string; path: string }[]).map((e) => [e.name, e.type, e.path]),
    ).toEqual([['guide.md', 'file', 'docs/guide.md']]);
    const root = await ctx.octokit.repos.getContent({ owner: OWNER, repo: REPO, path: '' });
    expect((root.data as { name: string; type: string }[]).map((e) => [e.name, e.type])).toEqual([
      ['README.md', 'file'],
      ['docs', 'dir'],
    ]);
  });

  it('leaves out the content of files over 1 MB, but serves them raw', async () => {
    const big = Buffer.alloc(CONTENT_INLINE_LIMIT + 10, 'a');
    big.write('ü\r\n', 0, 'utf8');
    ctx.emu.commit({
      owner: OWNER,
      name: REPO,
      branch: 'main',
      files: { 'big.md': big },
      message: 'big',
    });
    const { data } = await ctx.octokit.repos.getContent({
      owner: OWNER,
      repo: REPO,
      path: 'big.md',
    });
    expect(data).toMatchObject({
      type: 'file',
      encoding: 'none',
      content: '',
      size: big.length,
      sha: gitBlobSha(big),
    });

    const raw = await api(ctx.emu, `${repoPath}/contents/big.md`, {
      headers: { accept: 'application/vnd.github.raw+json' },
    });
    expect(raw.status).toBe(200);
    expect(raw.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(Buffer.from(await raw.arrayBuffer()).equals(big)).toBe(true);

    // Octokit's mediaType.format sends `application/vnd.github.v3.raw`.
    const viaOctokit = await ctx.octokit.repos.getContent({
      owner: OWNER,
      repo: REPO,
      path: 'README.md',
      mediaType: { format: 'raw' },
    });
    expect(viaOctokit.data as unknown).toBe('# Papers\n\n- [A](https://a.example) (2020)\n');
  });

  it('serves download_url without a token', async () => {
    const { data } = await ctx.octokit.repos.getContent({
      owner: OWNER,
      repo: REPO,
      path: 'docs/guide.md',
    });
    const url = (data as { download_url: string }).download_url;
    expect(url.startsWith(ctx.emu.url)).toBe(true);
    const res = await fetch(url);
    expect(await res.text()).toBe('Guide\n');
  });
});

describe('PUT /contents', () => {
  it('creates (201) and updates (200) a file, one commit each, on the default branch', async () => {
    const before = ctx.emu.state(OWNER, REPO).branches.main;
    const created = await ctx.octokit.repos.createOrUpdateFileContents({
      owner: OWNER,
      repo: REPO,
      path: 'new.md',
      message: 'Create new.md',
      content: Buffer.from('one\n').toString('base64'),
    });
    expect(created.status).toBe(201);
    expect(created.data.commit.message).toBe('Create new.md');
    expect(created.data.commit.verification?.verified).toBe(true);
    const info = ctx.emu.commitInfo(OWNER, REPO, created.data.commit.sha ?? '');
    expect(info.parents).toEqual([before]);
    expect(info.author.name).toBe('github-actions[bot]');

    const updated = await ctx.octokit.repos.createOrUpdateFileContents({
      owner: OWNER,
      repo: REPO,
      path: 'new.md',
      message: 'Update new.md',
      content: Buffer.from('two\n').toString('base64'),
      sha: created.data.content?.sha ?? '',
    });
    expect(updated.status).toBe(200);
    expect(ctx.emu.state(OWNER, REPO).branches.main).toBe(updated.data.commit.sha);
    expect(ctx.emu.readFile(OWNER, REPO, 'main', 'new.md')).toBe('two\n');
  });

  it('answers 422 when the file exists and no sha is given', async () => {
    const result = await statusOf(
      ctx.octokit.repos.createOrUpdateFileContents({
        owner: OWNER,
        repo: REPO,
        path: 'README.md',
        message: 'overwrite',
        content: Buffer.from('x').toString('base64'),
      }),
    );
    expect(result.status).toBe(422);
    expect(result.message).toBe('Invalid request.\n\n"sha" wasn\'t supplied.');
  });

  it('answers 409 when the sha is not the current blob', async () => {
    const stale = blobSha(Buffer.from('stale'));
    const result = await statusOf(
      ctx.octokit.repos.createOrUpdateFileContents({
        owner: OWNER,
        repo: REPO,
        path: 'README.md',
        message: 'overwrite',
        content: Buffer.from('x').toString('base64'),
        sha: stale,
      }),
    );
    expect(result.status).toBe(409);
    expect(result.message).toBe(`README.md does not match ${stale}`);
    expect(result.data).toMatchObject({ documentation_url: 'https://docs.github.com/rest' });
  });

  it('answers 404 for a missing branch and 422 for bad base64', async () => {
    const missing = await statusOf(
      ctx.octokit.repos.createOrUpdateFileContents({
        owner: OWNER,
        repo: REPO,
        path: 'x.md',
        message: 'x',
        content: 'eA==',
        branch: 'nope',
      }),
    );
    expect(missing).toMatchObject({ status: 404, message: 'Branch nope not found' });
    const bad = await statusOf(
      ctx.octokit.repos.createOrUpdateFileContents({
        owner: OWNER,
        repo: REPO,
        path: 'x.md',
        message: 'x',
        content: '@@',
      }),
    );
    expect(bad.status).toBe(422);
  });

  it('writes to another branch and keeps the default branch as it was', async () => {
    const main = ctx.emu.state(OWNER, REPO).branches.main ?? '';
    await ctx.octokit.git.createRef({
      owner: OWNER,
      repo: REPO,
      ref: 'refs/heads/paper-list-bot/issue-1',
      sha: main,
    });
    const { data: file } = await ctx.octokit.repos.getContent({
      owner: OWNER,
      repo: REPO,
      path: 'README.md',
    });
    await ctx.octokit.repos.createOrUpdateFileContents({
      owner: OWNER,
      repo: REPO,
      path: 'README.md',
      message: 'Add paper',
      content: Buffer.from('# Papers\n').toString('base64'),
      sha: (file as { sha: string }).sha,
      branch: 'paper-list-bot/issue-1',
    });
    expect(ctx.emu.state(OWNER, REPO).branches.main).toBe(main);
    expect(ctx.emu.readFile(OWNER, REPO, 'paper-list-bot/issue-1', 'README.md')).toBe('# Papers\n');
  });

  it('marks commits with an explicit author as unverified', async () => {
    const { data } = await ctx.octokit.repos.createOrUpdateFileContents({
      owner: OWNER,
      repo: REPO,
      path: 'a.md',
      message: 'a',
      content: 'YQ==',
      author: { name: 'Ada', email: 'ada@example.com' },
    });
    expect(data.commit.verification?.verified).toBe(false);
    expect(data.commit.author).toMatchObject({ name: 'Ada', email: 'ada@example.com' });
  });

  it('deletes a file with DELETE /contents', async () => {
    const { data } = await ctx.octokit.repos.getContent({
      owner: OWNER,
      repo: REPO,
      path: 'docs/guide.md',
    });
    await ctx.octokit.repos.deleteFile({
      owner: OWNER,
      repo: REPO,
      path: 'docs/guide.md',
      message: 'rm',
      sha: (data as { sha: string }).sha,
    });
    expect(ctx.emu.listFiles(OWNER, REPO, 'main')).toEqual(['README.md']);
  });
});
