import { describe, expect, it } from 'vitest';
import { learnTemplate } from '../../src/infer/learn-template.js';

const entry = (n: number) =>
  `- [A Paper Title Number ${n}](https://arxiv.org/abs/2301.0000${n}), Ann Lee, CVPR 2023`;
const LIST = `# Papers\n\n${[1, 2, 3, 4, 5, 6].map(entry).join('\n')}\n`;
const options = { excludeSections: [], lineBreak: ' <Br>' };

describe('learnTemplate', () => {
  it('learns the template the entries follow', () => {
    const learnt = learnTemplate([{ path: 'README.md', text: LIST }], options, false);
    expect(learnt.choice?.template).toBe('- [{title}]({paper}), {authors}, {venue}');
    expect(learnt.sample).toHaveLength(6);
  });

  it('stops at the sample when a known format reads every entry whole', () => {
    const asked: (readonly string[])[] = [];
    const knownReadsAll = (sample: readonly string[]) => (asked.push(sample), true);
    const learnt = learnTemplate(
      [{ path: 'README.md', text: LIST }],
      { ...options, knownReadsAll },
      false,
    );
    expect(learnt.choice).toBeUndefined();
    expect(asked).toEqual([learnt.sample]);
    expect(learnt.sample[0]).toBe(entry(1));
  });

  it('learns on when a table could hold the entries, whatever the known format reads', () => {
    const table = `${LIST}\n| Title | Venue |\n| --- | --- |\n| [A Paper](https://a.org) | CVPR 2023 |\n`;
    const knownReadsAll = () => true;
    const learnt = learnTemplate(
      [{ path: 'README.md', text: table }],
      { ...options, knownReadsAll },
      false,
    );
    expect(learnt.choice?.template).toBe('- [{title}]({paper}), {authors}, {venue}');
  });

  it('learns the format of entries that pad their lines with any number of blanks', () => {
    // HCPLab-SYSU/Embodied_AI_Paper_List: counted apart, each padding is rarer than a format
    // fewer entries have.
    const padded = [0, 1, 3, 5].map(
      (n) => `- [Padded Title ${n}](https://a.org/${n}), Ann Lee, CVPR 2023${' '.repeat(n)}`,
    );
    const plain = [1, 2].map((n) => `- Plain Title ${n}, Ann Lee`);
    const text = `# Papers\n\n${[...padded, ...plain].join('\n')}\n`;
    const learnt = learnTemplate([{ path: 'README.md', text }], options, false);
    expect(learnt.choice?.template).toBe('- [{title}]({paper}), {authors}, {venue}');
  });
});
