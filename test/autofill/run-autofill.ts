// Runs the autofill orchestrator against the metadata emulator, with no real waiting, and
// checks what every scenario must hold: no unexpected request, at most 6 per paper.

import { afterEach, expect } from 'vitest';
import {
  fetchPaperMetadata,
  type FetchPaperMetadataOptions,
  type PaperMetadataResult,
} from '../../src/autofill/fetch-paper-metadata.js';
import { MetadataEmulator, type Route } from '../support/metadata-emulator/index.js';

let emulator: MetadataEmulator | undefined;

/** The emulator of the running test (for its URLs). */
export function currentEmulator(): MetadataEmulator | undefined {
  return emulator;
}

afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

/** What a run returns: the result, the waits the sleep was asked for, requests served. */
export interface Run {
  readonly result: PaperMetadataResult;
  readonly waits: readonly number[];
  readonly served: number;
}

/** Runs the orchestrator for `link` against an emulator with `routes`, with no real waiting. */
export async function run(
  link: string,
  routes: readonly Route[],
  options: Partial<FetchPaperMetadataOptions> = {},
): Promise<Run> {
  emulator = new MetadataEmulator(routes);
  await emulator.start();
  const waits: number[] = [];
  const sleep = (ms: number) => (waits.push(ms), Promise.resolve());
  const result = await fetchPaperMetadata(link, {
    urls: emulator.urls,
    ...options,
    http: { sleep, timeoutMs: 500, ...options.http },
  });
  // Every request was one the test expected, and no paper costs more than 6.
  expect(emulator.unmatched()).toEqual([]);
  expect(emulator.requests().length).toBeLessThanOrEqual(6);
  return { result, waits, served: emulator.requests().length };
}

/** The attempts as `source outcome: reason` lines, easy to read in a failure. */
export function tried(result: PaperMetadataResult): string[] {
  return result.attempts.map(
    (a) => `${a.source} ${a.outcome}${a.reason ? `: ${a.reason}` : ''} (${a.requests})`,
  );
}

/** Semantic Scholar's 404, in the shape it answers (see semantic-scholar/not-found.json). */
export const notFoundJson = (id: string) => ({
  status: 404,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ error: `Paper with id ${id} not found` }),
});
/** The title of arXiv 1706.03762, which several scenarios search DBLP for. */
export const ATTENTION = 'Attention Is All You Need';
