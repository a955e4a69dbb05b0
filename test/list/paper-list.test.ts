import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayHeading, findSection, foldName, namePaperList } from '../../src/list/paper-list.js';
import { corpusFile, corpusFiles, REFERENCE } from '../support/corpus.js';
import { DEFAULT_FORMAT, read } from '../support/list-helpers.js';

const options = { excludeSections: DEFAULT_FORMAT.excludeSections };

describe('namePaperList', () => {
  it('offers the reference README’s sections, not its table of contents', () => {
    const list = namePaperList([read(corpusFile(`${REFERENCE}/README.md`).text)], options);
    expect(list.sections.map((s) => s.name)).toEqual([
      'Network',
      'Training Tricks',
      'General',
      'Optimization',
      'Theory',
      'Pruning',
    ]);
  });

  it('skips free-text sections and offers empty ones', () => {
    const list = namePaperList(
      [read(corpusFile(`${REFERENCE}/quantization.md`).text, 'quantization.md')],
      options,
    );
    expect(list.sections.map((s) => s.name)).toEqual(['PTQ', 'QAT', 'Inference', 'Survey']);
    const empty = namePaperList([read('# A\n\n# B\ntext\n# C\n## C1\n- **x** <Br>\n')], options);
    expect(empty.sections.map((s) => s.name)).toEqual(['A', 'C1']);
  });

  it('names a file without headings after the file', () => {
    const gan = read(corpusFile(`${REFERENCE}/GAN.md`).text, 'GAN.md');
    expect(namePaperList([gan], options).sections.map((s) => s.name)).toEqual(['GAN']);
  });

  it('qualifies names with the file only where needed when several files are managed', () => {
    const files = ['README.md', 'GAN.md', 'Transformer.md', 'quantization.md'].map((f) =>
      read(corpusFile(`${REFERENCE}/${f}`).text, f),
    );
    const names = namePaperList(files, options).sections.map((s) => s.name);
    expect(names).toEqual([
      'Network',
      'Training Tricks',
      'README › General',
      'Optimization',
      'Theory',
      'Pruning',
      'GAN',
      'Transformer › General',
      'Low Level',
      'PTQ',
      'QAT',
      'Inference',
      'Survey',
    ]);
  });

  it('qualifies repeated headings of one file with their parent', () => {
    const list = read(
      '# Papers\n## Vision\n### Generation\n- **a** <Br>\n## Audio\n### Generation\n- **b** <Br>\n',
    );
    expect(namePaperList([list], options).sections.map((s) => s.name)).toEqual([
      'Vision › Generation',
      'Audio › Generation',
    ]);
  });

  it('gives every corpus file unique names', () => {
    for (const file of corpusFiles()) {
      const names = namePaperList([read(file.text, file.file)], options).sections.map((s) =>
        s.name.toLowerCase(),
      );
      expect(new Set(names).size, file.name).toBe(names.length);
    }
  });

  it('shows headings as people read them', () => {
    expect(
      displayHeading('Awesome-LLM [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)'),
    ).toBe('Awesome-LLM');
    expect(displayHeading('**Bold** and [link](https://x) <sup>1</sup>')).toBe('Bold and link 1');
    expect(displayHeading('Training Tricks\t')).toBe('Training Tricks');
  });
});

describe('findSection', () => {
  const files = ['README.md', 'GAN.md', 'Transformer.md'].map((f) =>
    read(corpusFile(`${REFERENCE}/${f}`).text, f),
  );
  const list = namePaperList(files, options);

  it('matches exactly after trimming and case folding', () => {
    expect(findSection(list, '  network ')?.name).toBe('Network');
    expect(findSection(list, 'TRAINING TRICKS')?.name).toBe('Training Tricks');
    expect(findSection(list, 'Netw')).toBeUndefined();
  });

  it('accepts the file-qualified forms and ">" for "›"', () => {
    expect(findSection(list, 'Transformer › General')?.file.path).toBe('Transformer.md');
    expect(findSection(list, 'transformer.md > general')?.file.path).toBe('Transformer.md');
    expect(findSection(list, 'README.md › Network')?.name).toBe('Network');
    expect(findSection(list, 'GAN.md')?.name).toBe('GAN');
  });

  it('does not guess between ambiguous sections', () => {
    expect(findSection(list, 'General')).toBeUndefined();
    expect(findSection(list, 'Table of Contents')).toBeUndefined();
  });
});

describe('foldName', () => {
  it('folds as the pattern it replaced, on random names', () => {
    const before = (name: string) =>
      name
        .normalize('NFKC')
        .replace(/\s*(?:›|>|\/)\s*/g, '›')
        .replace(/\s+/g, ' ')
        .trim()
        .toLowerCase();
    const piece = fc.constantFrom(
      ...['a', 'B', ' ', '\t', '\n', '\u00a0', '>', '/', '›', '＞', 'ﬁ'],
    );
    const name = fc.array(piece, { maxLength: 14 }).map((p) => p.join(''));
    fc.assert(
      fc.property(name, (text) => {
        expect(foldName(text)).toBe(before(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('folds a long run of spaces at once', () => {
    // The replaced pattern took 3 s on a section answer of 60,000 spaces (GitHub allows 65,536).
    const started = performance.now();
    expect(foldName(`a${' '.repeat(200_000)}(`)).toBe('a (');
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
