// The bench's generated lists, read with no configuration as `npm run bench` runs them: the new
// paper goes where the bench expects it. Timing is the bench's; what it checks is tested here,
// so that a change of inference that moves the new paper fails `npm test`, not only the bench.
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config.js';
import { DEFAULT_FORM } from '../../src/form/default-form.js';
import { resolveList } from '../../src/infer/resolve-format.js';
import { planAddition } from '../../src/plan/plan-addition.js';
// @ts-expect-error: the bench's generators are plain JavaScript modules.
import { BENCH_FORMATS, generateFormatList } from '../../scripts/bench/formats.mjs';
// @ts-expect-error: the bench's generators are plain JavaScript modules.
import { expectedInsertion, generateList, NEW_PAPER } from '../../scripts/bench/generate.mjs';

interface BenchList {
  readonly text: string;
  readonly offset: number;
}

function benchLists(count: number): [string, BenchList][] {
  const home = generateList(count) as { text: string };
  return [
    ['corpus format', { text: home.text, offset: expectedInsertion(home).offset as number }],
    ...(BENCH_FORMATS as string[]).map((format): [string, BenchList] => {
      const list = generateFormatList(format, count) as {
        text: string;
        expected: { offset: number };
      };
      return [format, { text: list.text, offset: list.expected.offset }];
    }),
  ];
}

describe('the bench’s lists with no configuration', () => {
  it.each(benchLists(10_000))('%s: the new paper goes where the bench expects it', (_f, list) => {
    const { format, list: read } = resolveList(defaultConfig(), [
      { path: 'README.md', text: list.text },
    ]);
    const plan = planAddition({
      body: NEW_PAPER.issueBody as string,
      form: DEFAULT_FORM,
      list: read,
      format,
    });
    if (plan.kind !== 'insert') throw new Error(JSON.stringify(plan));
    // Offsets in bytes, as the bench compares files.
    const before = Buffer.from(list.text);
    const after = Buffer.from(plan.text);
    const grown = after.length - before.length;
    expect(after.subarray(0, list.offset).equals(before.subarray(0, list.offset))).toBe(true);
    expect(after.subarray(list.offset + grown).equals(before.subarray(list.offset))).toBe(true);
    expect(after.subarray(list.offset, list.offset + grown).toString()).toContain('Quokka Layers');
  });
});
