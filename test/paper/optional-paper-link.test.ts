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
});
