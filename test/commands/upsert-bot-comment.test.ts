// The bot's one comment when another run of the same event is under way: how long it gives the
// other run's comment to appear, asserted on the pauses it asks for (recorded, not waited).
import { describe, expect, it } from 'vitest';
import { upsertBotComment, WAITS_MS } from '../../src/commands/upsert-bot-comment.js';
import { COMMENT_MARKER } from '../../src/messages/issue-comment.js';
import { MemoryGateway } from '../support/memory-gateway.js';

const ISSUE = 7;
const body = (text: string) => `${text}\n\n${COMMENT_MARKER}`;
const options = { knownEmpty: false, issueAuthor: 'ada', anotherRun: true };

describe('upsertBotComment with another run under way', () => {
  it('looks again after 1, 2, 3 and 4 s, then writes its own comment', async () => {
    const gateway = new MemoryGateway({});
    const waits: number[] = [];
    const result = await upsertBotComment(gateway, ISSUE, body('mine'), {
      ...options,
      wait: async (ms) => {
        waits.push(ms);
      },
    });
    expect(WAITS_MS).toEqual([1000, 2000, 3000, 4000]);
    expect(waits).toEqual([1000, 2000, 3000, 4000]);
    expect(result.action).toBe('created');
    expect(gateway.comments.map((c) => c.body)).toEqual([body('mine')]);
  });

  it('stops waiting as soon as the other run’s comment appears, and updates it', async () => {
    const gateway = new MemoryGateway({});
    const waits: number[] = [];
    const result = await upsertBotComment(gateway, ISSUE, body('mine'), {
      ...options,
      wait: async (ms) => {
        waits.push(ms);
        // The other run comments during the second pause.
        if (waits.length === 2) await gateway.createComment(ISSUE, body('theirs'));
      },
    });
    expect(waits).toEqual([1000, 2000]);
    expect(result.action).toBe('updated');
    expect(gateway.comments.map((c) => c.body)).toEqual([body('mine')]);
  });

  it('does not wait when no other run is under way', async () => {
    const gateway = new MemoryGateway({});
    const waits: number[] = [];
    await upsertBotComment(gateway, ISSUE, body('mine'), {
      ...options,
      anotherRun: false,
      wait: async (ms) => {
        waits.push(ms);
      },
    });
    expect(waits).toEqual([]);
    expect(gateway.comments).toHaveLength(1);
  });
});
