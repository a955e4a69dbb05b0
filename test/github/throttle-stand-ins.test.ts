// The stand-ins for plugin-throttling's Bottleneck limiters keep the contract the plugin relies
// on: jobs run with their arguments, and a failed job runs again when the plugin's `failed`
// handler answers with a delay. The rate-limit tests of octokit-client.test.ts run them against
// the emulator, through the plugin.
import { describe, expect, it } from 'vitest';
import { directGroup, directRetryLimiter } from '../../src/github/throttle-stand-ins.js';

describe('directGroup', () => {
  it('runs every job at once, with the arguments it was scheduled with', async () => {
    const job = (a: number, b: number) => Promise.resolve(a + b);
    await expect(directGroup.key('client').schedule({}, job, 1, 2)).resolves.toBe(3);
  });
});

describe('directRetryLimiter', () => {
  /** A job failing `failures` times before it answers, and the attempts it saw. */
  function flaky(failures: number) {
    const attempts: string[] = [];
    const job = async (what: string) => {
      attempts.push(what);
      if (attempts.length <= failures) throw new Error(`failure ${attempts.length}`);
      return `done: ${what}`;
    };
    return { job, attempts };
  }

  it('runs a job once and gives its result', async () => {
    const limiter = directRetryLimiter(async () => {});
    const { job, attempts } = flaky(0);
    await expect(limiter.schedule(job, 'read')).resolves.toBe('done: read');
    expect(attempts).toEqual(['read']);
  });

  it('lets a failure through when the failed handler answers nothing, or when there is none', async () => {
    const limiter = directRetryLimiter(async () => {});
    await expect(limiter.schedule(flaky(1).job, 'read')).rejects.toThrow('failure 1');
    limiter.on('failed', () => undefined);
    await expect(limiter.schedule(flaky(1).job, 'read')).rejects.toThrow('failure 1');
  });

  it('runs the job again after the delay the handler answers, telling it the arguments and count', async () => {
    const waits: number[] = [];
    const limiter = directRetryLimiter(async (ms) => {
      waits.push(ms);
    });
    const told: { args: unknown[]; retryCount: number }[] = [];
    limiter.on('failed', (_error, info) => {
      told.push(info);
      return info.retryCount === 0 ? 0 : 250;
    });
    const { job, attempts } = flaky(2);
    await expect(limiter.schedule(job, 'write')).resolves.toBe('done: write');
    expect(attempts).toEqual(['write', 'write', 'write']);
    expect(told).toEqual([
      { args: ['write'], retryCount: 0 },
      { args: ['write'], retryCount: 1 },
    ]);
    // A delay of 0 retries at once; a delay is waited through the client's sleep.
    expect(waits).toEqual([250]);
  });

  it('ignores handlers of other events', async () => {
    const limiter = directRetryLimiter(async () => {});
    limiter.on('retry', () => 0);
    await expect(limiter.schedule(flaky(1).job, 'read')).rejects.toThrow('failure 1');
  });
});
