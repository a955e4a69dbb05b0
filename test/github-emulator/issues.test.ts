import { describe, expect, it } from 'vitest';
import { api, OWNER, REPO, repoPath, statusOf, useEmulator } from './helpers.js';

const ctx = useEmulator();
const alice = { login: 'alice', id: 101 };

function seedIssue() {
  return ctx.emu.createIssue({
    owner: OWNER,
    name: REPO,
    title: 'New paper: X',
    body: '### Title\n\nX',
    user: alice,
    labels: ['new-paper'],
  });
}

describe('issues', () => {
  it('gets an issue as GitHub shows it', async () => {
    const seeded = seedIssue();
    const { data } = await ctx.octokit.issues.get({
      owner: OWNER,
      repo: REPO,
      issue_number: seeded.number,
    });
    expect(data).toMatchObject({
      number: 1,
      title: 'New paper: X',
      body: '### Title\n\nX',
      state: 'open',
      user: { login: 'alice', id: 101, type: 'User' },
      labels: [{ name: 'new-paper' }],
      comments: 0,
      html_url: `https://github.com/${OWNER}/${REPO}/issues/1`,
      author_association: 'NONE',
    });
    expect(data.pull_request).toBeUndefined();
    expect(
      await statusOf(ctx.octokit.issues.get({ owner: OWNER, repo: REPO, issue_number: 99 })),
    ).toMatchObject({ status: 404 });
  });

  it('derives author_association from the permission unless given', async () => {
    ctx.emu.setCollaboratorPermission({
      owner: OWNER,
      name: REPO,
      login: 'alice',
      permission: 'triage',
    });
    const seeded = seedIssue();
    expect(seeded.authorAssociation).toBe('COLLABORATOR');
    const fixed = ctx.emu.createIssue({
      owner: OWNER,
      name: REPO,
      number: 40,
      title: 't',
      body: null,
      user: alice,
      authorAssociation: 'MEMBER',
    });
    expect(fixed).toMatchObject({ number: 40, authorAssociation: 'MEMBER' });
    expect(
      ctx.emu.createIssue({ owner: OWNER, name: REPO, title: 't', body: null, user: alice }).number,
    ).toBe(41);
  });

  it('updates state, title, body and labels', async () => {
    seedIssue();
    const { data } = await ctx.octokit.issues.update({
      owner: OWNER,
      repo: REPO,
      issue_number: 1,
      state: 'closed',
      state_reason: 'not_planned',
      labels: ['duplicate'],
      title: 'T',
    });
    expect(data).toMatchObject({
      state: 'closed',
      state_reason: 'not_planned',
      title: 'T',
      labels: [{ name: 'duplicate' }],
    });
    expect(ctx.emu.state(OWNER, REPO).issues[0]).toMatchObject({
      state: 'closed',
      labels: ['duplicate'],
    });
    expect(ctx.emu.state(OWNER, REPO).labels).toEqual(['new-paper', 'duplicate']);
    const invalid = await statusOf(
      ctx.octokit.issues.update({
        owner: OWNER,
        repo: REPO,
        issue_number: 1,
        state: 'merged' as 'open',
      }),
    );
    expect(invalid.status).toBe(422);
  });

  it('adds labels without duplicates (case-insensitive) and removes one', async () => {
    seedIssue();
    const { data } = await ctx.octokit.issues.addLabels({
      owner: OWNER,
      repo: REPO,
      issue_number: 1,
      labels: ['New-Paper', 'needs-review'],
    });
    expect(data.map((l) => l.name)).toEqual(['new-paper', 'needs-review']);
    await ctx.octokit.issues.removeLabel({
      owner: OWNER,
      repo: REPO,
      issue_number: 1,
      name: 'needs-review',
    });
    expect(ctx.emu.state(OWNER, REPO).issues[0]?.labels).toEqual(['new-paper']);
    const missing = await statusOf(
      ctx.octokit.issues.removeLabel({ owner: OWNER, repo: REPO, issue_number: 1, name: 'nope' }),
    );
    expect(missing).toMatchObject({ status: 404, message: 'Label does not exist' });
  });
});

describe('issue comments', () => {
  it('creates, updates and deletes comments as the bot', async () => {
    seedIssue();
    const created = await ctx.octokit.issues.createComment({
      owner: OWNER,
      repo: REPO,
      issue_number: 1,
      body: 'Working on it',
    });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({
      body: 'Working on it',
      user: { login: 'github-actions[bot]', type: 'Bot' },
      html_url: `https://github.com/${OWNER}/${REPO}/issues/1#issuecomment-${created.data.id}`,
    });
    const updated = await ctx.octokit.issues.updateComment({
      owner: OWNER,
      repo: REPO,
      comment_id: created.data.id,
      body: 'Done',
    });
    expect(updated.data.body).toBe('Done');
    expect(ctx.emu.state(OWNER, REPO).comments).toMatchObject([
      { issueNumber: 1, id: created.data.id, body: 'Done', user: { login: 'github-actions[bot]' } },
    ]);
    expect(ctx.emu.state(OWNER, REPO).issues[0]?.comments).toBe(1);
    const deleted = await ctx.octokit.issues.deleteComment({
      owner: OWNER,
      repo: REPO,
      comment_id: created.data.id,
    });
    expect(deleted.status).toBe(204);
    expect(ctx.emu.state(OWNER, REPO).comments).toEqual([]);
    const gone = await statusOf(
      ctx.octokit.issues.updateComment({
        owner: OWNER,
        repo: REPO,
        comment_id: created.data.id,
        body: 'x',
      }),
    );
    expect(gone.status).toBe(404);
  });

  it('paginates 150 comments, oldest first, with GitHub Link headers', async () => {
    seedIssue();
    for (let i = 0; i < 150; i++) {
      ctx.emu.createComment({
        owner: OWNER,
        name: REPO,
        issueNumber: 1,
        body: `comment ${i}`,
        user: alice,
      });
    }
    ctx.emu.resetRequests();
    const all = await ctx.octokit.paginate(ctx.octokit.issues.listComments, {
      owner: OWNER,
      repo: REPO,
      issue_number: 1,
    });
    expect(all.map((c) => c.body)).toEqual(Array.from({ length: 150 }, (_, i) => `comment ${i}`));
    expect(ctx.emu.requests.map((r) => r.query.page ?? '1')).toEqual(['1', '2', '3', '4', '5']);

    const fullPages = await ctx.octokit.paginate(ctx.octokit.issues.listComments, {
      owner: OWNER,
      repo: REPO,
      issue_number: 1,
      per_page: 100,
    });
    expect(fullPages).toHaveLength(150);

    const first = await api(ctx.emu, `${repoPath}/issues/1/comments`);
    const base = `${ctx.emu.url}${repoPath}/issues/1/comments`;
    expect(first.headers.get('link')).toBe(
      `<${base}?page=2>; rel="next", <${base}?page=5>; rel="last"`,
    );
    const middle = await api(ctx.emu, `${repoPath}/issues/1/comments?per_page=50&page=2`);
    expect(middle.headers.get('link')).toBe(
      `<${base}?per_page=50&page=1>; rel="prev", <${base}?per_page=50&page=3>; rel="next", ` +
        `<${base}?per_page=50&page=3>; rel="last", <${base}?per_page=50&page=1>; rel="first"`,
    );
    const capped = await api(ctx.emu, `${repoPath}/issues/1/comments?per_page=500`);
    expect(((await capped.json()) as unknown[]).length).toBe(100);
  });

  it('rejects comment bodies over 65536 characters', async () => {
    seedIssue();
    const result = await statusOf(
      ctx.octokit.issues.createComment({
        owner: OWNER,
        repo: REPO,
        issue_number: 1,
        body: 'x'.repeat(65537),
      }),
    );
    expect(result.status).toBe(422);
  });
});
