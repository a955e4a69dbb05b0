import { describe, expect, it } from 'vitest';
import { mustParseEntryTemplate } from '../../src/paper/entry-template.js';

const firstLine = (source: string) => mustParseEntryTemplate(source).lines[0];

describe('a link to the paper with a label of its own', () => {
  it('is an optional part, whatever brackets its label is written in', () => {
    for (const link of ['[[pdf]]', '[pdf]', '[\\[PDF\\]]']) {
      expect(firstLine(`- {title}. ${link}({paper}){links}`)).toEqual([
        { kind: 'text', text: '- ' },
        { kind: 'value', name: 'title' },
        { kind: 'text', text: '.' },
        {
          kind: 'optional',
          parts: [
            { kind: 'text', text: ` ${link}(` },
            { kind: 'value', name: 'paper' },
            { kind: 'text', text: ')' },
          ],
        },
        { kind: 'value', name: 'links' },
      ]);
    }
  });

  it('is not when it links the title', () => {
    expect(firstLine('- [{title}]({paper})')).toEqual([
      { kind: 'text', text: '- [' },
      { kind: 'value', name: 'title' },
      { kind: 'text', text: '](' },
      { kind: 'value', name: 'paper' },
      { kind: 'text', text: ')' },
    ]);
  });

  it('leaves the indent of the line it opens outside, as a template learnt with it so has it', () => {
    // yassouali/awesome-semi-supervised-learning: `  [[pdf]](url)` opens the entry's second line.
    // Inside the part, a paper without a link lost the line's indent: the same list was read as
    // two formats, before and after one such paper was filed.
    const parsed = mustParseEntryTemplate('- {title}.\n  [[pdf]]({paper}){links}').lines[1];
    expect(parsed).toEqual(
      mustParseEntryTemplate('- {title}.\n  {[[[pdf]]({paper})]}{links}').lines[1],
    );
    expect(parsed?.[0]).toEqual({ kind: 'text', text: '  ' });
  });
});
