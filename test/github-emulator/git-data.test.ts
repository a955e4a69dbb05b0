import { describe, expect, it } from 'vitest';
import { blobSha, EMPTY_TREE_SHA } from '../support/github-emulator/index.js';
import { OWNER, REPO, statusOf, useEmulator } from './helpers.js';

const ctx = useEmulator();

describe('git trees and commits', () => {
  it('builds a commit from a tree on a base tree; its files read back via contents at the new ref', async () => {
    const { data: head } = await ctx.octokit.repos.getCommit({
      owner: OWNER,
      repo: REPO,
      ref: 'main',
    });
    const tree = await ctx.octokit.git.createTree({
      owner: OWNER,
      repo: REPO,
      base_tree: head.commit.tree.sha,
      tree: [
        { path: 'README.md', mode: '100644', type: 'blob', content: '# Papers\r\n- 新しい 🎉\r\n' },
        { path: 'lists/new.md', mode: '100644', type: 'blob', content: 'new\n' },
        { path: 'docs/guide.md', mode: '100644', type: 'blob', sha: null },
      ],
    });
    expect(tree.status).toBe(201);
    expect(tree.data.tree.map((e) => [e.path, e.type])).toEqual([
      ['README.md', 'blob'],
      ['lists', 'tree'],
    ]);
    const commit = await ctx.octokit.git.createCommit({
      owner: OWNER,
      repo: REPO,
      message: 'Add paper',
      tree: tree.data.sha,
      parents: [head.sha],
    });
    expect(commit.status).toBe(201);
    expect(commit.data).toMatchObject({
      message: 'Add paper',
      tree: { sha: tree.data.sha },
      parents: [{ sha: head.sha }],
      verification: { verified: true },
    });
    await ctx.octokit.git.createRef({
      owner: OWNER,
      repo: REPO,
      ref: 'refs/heads/topic',
      sha: commit.data.sha,
    });

    const readme = await ctx.octokit.repos.getContent({
      owner: OWNER,
      repo: REPO,
      path: 'README.md',
      ref: 'topic',
    });
    const data = readme.data as { content: string; sha: string };
    expect(Buffer.from(data.content, 'base64').toString('utf8')).toBe(
      '# Papers\r\n- 新しい 🎉\r\n',
    );
    expect(data.sha).toBe(blobSha(Buffer.from('# Papers\r\n- 新しい 🎉\r\n')));
    expect(ctx.emu.listFiles(OWNER, REPO, 'topic')).toEqual(['README.md', 'lists/new.md']);
    expect(ctx.emu.listFiles(OWNER, REPO, 'main')).toEqual(['README.md', 'docs/guide.md']);

    const got = await ctx.octokit.git.getCommit({
      owner: OWNER,
      repo: REPO,
      commit_sha: commit.data.sha,
    });
    expect(got.data.sha).toBe(commit.data.sha);
    const rest = await ctx.octokit.repos.getCommit({ owner: OWNER, repo: REPO, ref: 'topic' });
    expect(rest.data.files?.map((f) => [f.filename, f.status])).toEqual([
      ['README.md', 'modified'],
      ['docs/guide.md', 'removed'],
      ['lists/new.md', 'added'],
    ]);
  });

  it('computes the tree and commit ids real git computes', async () => {
    const empty = await ctx.octokit.git.createTree({ owner: OWNER, repo: REPO, tree: [] });
    expect(empty.data.sha).toBe(EMPTY_TREE_SHA);
    // Expected ids from `git write-tree` and `git commit` on the same files, names and dates.
    const one = await ctx.octokit.git.createTree({
      owner: OWNER,
      repo: REPO,
      tree: [{ path: 'hello.txt', mode: '100644', type: 'blob', content: 'hello world\n' }],
    });
    expect(one.data.sha).toBe('68aba62e560c0ebc3396e8ae9335232cd93a3f60');
    const nested = await ctx.octokit.git.createTree({
      owner: OWNER,
      repo: REPO,
      base_tree: one.data.sha,
      tree: [
        { path: 'docs/guide.md', mode: '100644', type: 'blob', content: 'Guide\n' },
        { path: 'docs.md', mode: '100644', type: 'blob', content: 'x' },
        { path: 'lists/a', mode: '100644', type: 'blob', content: 'n' },
      ],
    });
    expect(nested.data.sha).toBe('48eca60d860f0ee806040efcebabc9f469fa4548');
    const person = { name: 'A', email: 'a@x', date: '2024-01-01T00:00:00Z' };
    const commit = await ctx.octokit.git.createCommit({
      owner: OWNER,
      repo: REPO,
      message: 'msg\n',
      tree: nested.data.sha,
      parents: [],
      author: person,
      committer: person,
    });
    expect(commit.data.sha).toBe('2d308a044f0208da23702230941d9fd5a79c1247');
  });

  it('gives two commits of the same tree and parent different shas', async () => {
    const { data: head } = await ctx.octokit.repos.getCommit({
      owner: OWNER,
      repo: REPO,
      ref: 'main',
    });
    const make = () =>
      ctx.octokit.git.createCommit({
        owner: OWNER,
        repo: REPO,
        message: 'same',
        tree: head.commit.tree.sha,
        parents: [head.sha],
      });
    const [a, b] = [await make(), await make()];
    expect(a.data.sha).not.toBe(b.data.sha);
  });

  it('marks commits with an explicit author and committer as unverified', async () => {
    const { data: head } = await ctx.octokit.repos.getCommit({
      owner: OWNER,
      repo: REPO,
      ref: 'main',
    });
    const { data } = await ctx.octokit.git.createCommit({
      owner: OWNER,
      repo: REPO,
      message: 'by hand',
      tree: head.commit.tree.sha,
      parents: [head.sha],
      author: { name: 'Ada', email: 'ada@example.com', date: '2024-05-01T10:00:00Z' },
    });
    expect(data.verification).toMatchObject({ verified: false, reason: 'unsigned' });
    expect(data.author).toEqual({
      name: 'Ada',
      email: 'ada@example.com',
      date: '2024-05-01T10:00:00Z',
    });
    expect(data.committer).toEqual(data.author);
    expect(ctx.emu.commitInfo(OWNER, REPO, data.sha).verified).toBe(false);
  });

  it('rejects unknown trees, parents, base trees and blobs with 422', async () => {
    const { data: head } = await ctx.octokit.repos.getCommit({
      owner: OWNER,
      repo: REPO,
      ref: 'main',
    });
    const unknown = 'b'.repeat(40);
    expect(
      await statusOf(
        ctx.octokit.git.createCommit({
          owner: OWNER,
          repo: REPO,
          message: 'm',
          tree: unknown,
          parents: [],
        }),
      ),
    ).toMatchObject({
      status: 422,
      message: 'Tree SHA does not exist',
    });
    expect(
      await statusOf(
        ctx.octokit.git.createCommit({
          owner: OWNER,
          repo: REPO,
          message: 'm',
          tree: head.commit.tree.sha,
          parents: [unknown],
        }),
      ),
    ).toMatchObject({
      status: 422,
      message: 'Parent SHA does not exist or is not a commit object',
    });
    expect(
      await statusOf(
        ctx.octokit.git.createTree({ owner: OWNER, repo: REPO, base_tree: unknown, tree: [] }),
      ),
    ).toMatchObject({
      status: 422,
      message: 'base_tree is not a valid tree oid',
    });
    expect(
      await statusOf(
        ctx.octokit.git.createTree({
          owner: OWNER,
          repo: REPO,
          tree: [{ path: 'a', mode: '100644', type: 'blob', sha: unknown }],
        }),
      ),
    ).toMatchObject({ status: 422, message: `tree.sha ${unknown} is not a valid blob` });
  });

  it('reads a tree recursively and blobs', async () => {
    const { data: head } = await ctx.octokit.repos.getCommit({
      owner: OWNER,
      repo: REPO,
      ref: 'main',
    });
    const { data } = await ctx.octokit.git.getTree({
      owner: OWNER,
      repo: REPO,
      tree_sha: head.commit.tree.sha,
      recursive: 'true',
    });
    expect(data.tree.map((e) => e.path)).toEqual(['README.md', 'docs', 'docs/guide.md']);
    const guide = data.tree.find((e) => e.path === 'docs/guide.md');
    const blob = await ctx.octokit.git.getBlob({
      owner: OWNER,
      repo: REPO,
      file_sha: guide?.sha ?? '',
    });
    expect(Buffer.from(blob.data.content, 'base64').toString()).toBe('Guide\n');
  });

  it('answers GET /commits/{ref} for branches and shas, 422 for unknown refs', async () => {
    const { data } = await ctx.octokit.repos.getCommit({ owner: OWNER, repo: REPO, ref: 'main' });
    expect(data.commit.message).toBe('Initial commit');
    expect(data.parents).toEqual([]);
    expect(data.html_url).toBe(`https://github.com/${OWNER}/${REPO}/commit/${data.sha}`);
    const bySha = await ctx.octokit.repos.getCommit({ owner: OWNER, repo: REPO, ref: data.sha });
    expect(bySha.data.sha).toBe(data.sha);
    const byShort = await ctx.octokit.repos.getCommit({
      owner: OWNER,
      repo: REPO,
      ref: data.sha.slice(0, 7),
    });
    expect(byShort.data.sha).toBe(data.sha);
    expect(
      await statusOf(ctx.octokit.repos.getCommit({ owner: OWNER, repo: REPO, ref: 'nope' })),
    ).toMatchObject({
      status: 422,
      message: 'No commit found for SHA: nope',
    });
  });
});
