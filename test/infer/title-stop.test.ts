import { describe, expect, it } from 'vitest';
import { keepsStopAfterTitleMark } from '../../src/infer/title-stop.js';
import { readWithTemplate } from '../support/list-helpers.js';

const TEMPLATE = '{number}. [**{title}.**]({paper}) _{authors}._ {venue}.';

function keeps(entries: readonly string[], template = TEMPLATE): boolean {
  return keepsStopAfterTitleMark(
    readWithTemplate(template, `# Papers\n\n${entries.join('\n\n')}\n`),
  );
}

const entry = (n: number, title: string) =>
  `${n}. [**${title}**](https://arxiv.org/abs/2410.1874${n}) _Ann Lee, Bo Wu._ Arxiv 2024.`;

describe('keepsStopAfterTitleMark', () => {
  const plain = [entry(1, 'Extending Context Windows.'), entry(2, 'Long Context Scaling.')];

  it('holds where the entries whose title ends in "?" or "!" write the full stop after it', () => {
    // Xnhyacinth/Awesome-LLM-Long-Context-Modeling: `Fall Short?.**]`.
    expect(keeps([...plain, entry(3, 'Why Does It Fall Short?.')])).toBe(true);
    expect(keeps([...plain, entry(3, 'Why?.'), entry(4, 'Look Closer!.'), entry(5, 'How?')])).toBe(
      true,
    );
  });

  it('does not where as many leave it out, or no title ends in a mark', () => {
    expect(keeps([...plain, entry(3, 'Why?.'), entry(4, 'How?')])).toBe(false);
    expect(keeps([...plain, entry(3, 'Why Does It Fall Short?')])).toBe(false);
    expect(keeps(plain)).toBe(false);
  });

  it('does not where the template writes no full stop after the title', () => {
    const template = '{number}. [**{title}**]({paper}) _{authors}._ {venue}.';
    expect(keeps([...plain, entry(3, 'Why Does It Fall Short?.')], template)).toBe(false);
  });
});
