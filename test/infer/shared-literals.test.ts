import { describe, expect, it } from 'vitest';
import { countWhole, unsharedLiterals } from '../../src/infer/shared-literals.js';
import { mustParseEntryTemplate } from '../../src/paper/entry-template.js';
import { formatWith } from '../support/list-helpers.js';

const template = (source: string) => mustParseEntryTemplate(source);

const ENTRIES = [
  '- Deep Residual Learning. [[pdf]](https://a) Accepted at a main conference.',
  '- Attention Is All You Need. [[pdf]](https://b) Accepted at a main conference.',
  '- Stochastic Search. [[pdf]](https://c) Expected Utility of the Search.',
];

describe('unsharedLiterals', () => {
  it('finds no literal text most entries share, nor short literals seen once', () => {
    const shared = '- {title}. [[pdf]]({paper}) Accepted at a main conference.';
    expect(unsharedLiterals(template(shared), ENTRIES)).toEqual([]);
    expect(unsharedLiterals(template('- {title}. [[pdf]]({paper}) Oral.'), ENTRIES)).toEqual([]);
  });

  it('finds words only one entry holds, in a part of its own or not', () => {
    const own = '- {title}. [[pdf]]({paper}) Expected Utility of the Search.';
    expect(unsharedLiterals(template(own), ENTRIES)).toEqual(['Expected Utility of the Search.']);
    const optional = '- {title}.{[ Expected Utility of {notes}]}';
    expect(unsharedLiterals(template(optional), ENTRIES)).toEqual(['Expected Utility of']);
  });
});

describe('countWhole', () => {
  it('counts entries read whole that hold the words their template writes into every entry', () => {
    // The second line is read as missing where its value is: each entry matches either template.
    const entries = [
      '- Deep Residual Learning. [[pdf]](https://a)',
      '- Attention Is All You Need. [[pdf]](https://b)',
      '- Stochastic Search. [[pdf]](https://c)\n  Expected Utility of the search',
    ];
    const shared = formatWith({ template: '- {title}. [[pdf]]({paper})\n  {notes}' });
    expect(countWhole(shared, entries)).toBe(3);
    const own = formatWith({
      template: '- {title}. [[pdf]]({paper})\n  Expected Utility of {notes}',
    });
    expect(entries.every((e) => own.reader.fields(e) !== undefined)).toBe(true);
    expect(countWhole(own, entries)).toBe(1);
  });
});
