/**
 * How the bot pauses: waiting out a rate limit, backing off before a retry, pacing writes,
 * giving another run's comment a moment. Every pause goes through one of these, so the action
 * waits for real while tests record the pauses asked for and skip them.
 */
export type Sleep = (ms: number) => Promise<void>;

/** Real time: resolves after `ms` milliseconds. */
export const realSleep: Sleep = (ms) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms);
  });
