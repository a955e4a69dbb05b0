import { describe, expect, it } from 'vitest';
import type { ListedPullRequest } from '../../src/github/gateway.js';
import { formatBuildStamp } from '../../src/messages/build-stamp.js';
import { botTarget, branchStanding, planRefresh } from '../../src/plan/plan-refresh.js';

const TIP = 'a'.repeat(40);
const OLD = 'b'.repeat(40);
const sha = (n: number) => n.toString(16).padStart(40, 'c');

/** A bot pull request whose body carries a stamp (or none). */
function listed(
  number: number,
  headRef: string,
  stamp: { base: string; head: string } | undefined,
  extra: Partial<ListedPullRequest> = {},
): ListedPullRequest {
  const headSha = extra.headSha ?? stamp?.head ?? sha(number);
  return {
    number,
    url: `https://github.com/o/r/pull/${number}`,
    state: 'open',
    merged: false,
    title: `#${number}`,
    body: `Closes #1\n\n<!-- paper-list-bot:pull-request -->${stamp ? `\n${formatBuildStamp(stamp)}` : ''}`,
    headRef,
    baseRef: 'main',
    headSha,
    fromThisRepository: true,
    createdAt: `2024-01-01T00:00:${String(number).padStart(2, '0')}Z`,
    ...extra,
  };
}

const plan = (pulls: ListedPullRequest[], limit = 50) =>
  planRefresh({ pulls, prefix: 'paper-list-bot/', defaultBranch: 'main', tip: TIP, limit });

describe('planRefresh', () => {
  it('sorts the bot pull requests by their stamps, oldest first, and ignores the others', () => {
    const current = listed(5, 'paper-list-bot/issue-4', { base: TIP, head: sha(5) });
    const behind = listed(3, 'paper-list-bot/issue-2', { base: OLD, head: sha(3) });
    const unstamped = listed(7, 'paper-list-bot/issue-6', undefined);
    const moved = listed(
      9,
      'paper-list-bot/issue-8',
      { base: OLD, head: sha(9) },
      { headSha: sha(99) },
    );
    const result = plan([
      moved,
      current,
      unstamped,
      behind,
      listed(10, 'feature/x', undefined),
      listed(11, 'paper-list-bot/issue-12', undefined, { baseRef: 'develop' }),
      listed(12, 'paper-list-bot/issue-13', undefined, { fromThisRepository: false }),
    ]);
    expect(result.current.map((p) => p.pull.number)).toEqual([5]);
    expect(result.work.map((p) => [p.pull.number, p.standing])).toEqual([
      [3, 'behind'],
      [7, 'unknown'],
      [9, 'unknown'],
    ]);
    expect(result.work[0]!.build).toEqual({ base: OLD, head: sha(3) });
    expect(result.work[0]!.target).toEqual({ kind: 'issue', issue: 2 });
    expect(result.deferred).toEqual([]);
    expect(result.sort).toBeUndefined();
  });

  it('leaves the pull requests over the limit to the next run', () => {
    const pulls = [1, 2, 3, 4].map((n) => listed(n, `paper-list-bot/issue-${n + 10}`, undefined));
    const result = plan(pulls, 3);
    expect(result.work.map((p) => p.pull.number)).toEqual([1, 2, 3]);
    expect(result.deferred.map((p) => p.pull.number)).toEqual([4]);
  });

  it('finds the re-sort and the form pull requests', () => {
    const result = plan([
      listed(1, 'paper-list-bot/sort', { base: OLD, head: sha(1) }),
      listed(2, 'paper-list-bot/form', { base: TIP, head: sha(2) }),
    ]);
    expect(result.sort).toMatchObject({ standing: 'behind', target: { kind: 'sort' } });
    expect(result.form).toMatchObject({ standing: 'current', target: { kind: 'form' } });
    expect(result.work).toEqual([]);
  });
});

describe('botTarget', () => {
  it('reads the bot branches and nothing else', () => {
    expect(botTarget('bot/issue-12', 'bot/')).toEqual({ kind: 'issue', issue: 12 });
    expect(botTarget('bot/sort', 'bot/')).toEqual({ kind: 'sort' });
    expect(botTarget('bot/form', 'bot/')).toEqual({ kind: 'form' });
    for (const ref of [
      'bot/issue-012',
      'bot/issue-',
      'bot/issue-1x',
      'other/issue-1',
      'bot/sorted',
    ])
      expect(botTarget(ref, 'bot/')).toBeUndefined();
  });
});

describe('branchStanding', () => {
  it('is people’s unless the head is the bot’s commit, and current on the tip', () => {
    expect(branchStanding({ madeByBot: false, parents: [TIP] }, TIP)).toBe('human');
    expect(branchStanding({ madeByBot: true, parents: [TIP] }, TIP)).toBe('current');
    expect(branchStanding({ madeByBot: true, parents: [OLD] }, TIP)).toBe('behind');
  });
});
