import { describe, expect, it } from 'vitest';
import { linePieces, withInlineEmphasis } from '../../src/infer/line-pieces.js';

describe('linePieces', () => {
  it('splits a line into links, emphasis, code, quotes and text, in order', () => {
    const line =
      '- **Deep Residual Learning** (2016), K. He et al. [[pdf]](https://x.org/a.pdf) `code` "quoted" “curly” _italic_';
    expect(linePieces(line)).toEqual([
      { kind: 'text', raw: '- ' },
      {
        kind: 'wrapped',
        raw: '**Deep Residual Learning**',
        open: '**',
        close: '**',
        inner: 'Deep Residual Learning',
      },
      { kind: 'text', raw: ' (2016), K. He et al. ' },
      {
        kind: 'link',
        raw: '[[pdf]](https://x.org/a.pdf)',
        label: '[pdf]',
        url: 'https://x.org/a.pdf',
      },
      { kind: 'text', raw: ' ' },
      { kind: 'wrapped', raw: '`code`', open: '`', close: '`', inner: 'code' },
      { kind: 'text', raw: ' ' },
      { kind: 'wrapped', raw: '"quoted"', open: '"', close: '"', inner: 'quoted' },
      { kind: 'text', raw: ' ' },
      { kind: 'wrapped', raw: '“curly”', open: '“', close: '”', inner: 'curly' },
      { kind: 'text', raw: ' ' },
      { kind: 'wrapped', raw: '_italic_', open: '_', close: '_', inner: 'italic' },
    ]);
  });

  it('reads images and links around images as badges', () => {
    expect(
      linePieces('![stars](https://img.io/s.svg) [![b](https://img.io/b.svg)](https://x.org)'),
    ).toEqual([
      { kind: 'badge', raw: '![stars](https://img.io/s.svg)' },
      { kind: 'text', raw: ' ' },
      { kind: 'badge', raw: '[![b](https://img.io/b.svg)](https://x.org)' },
    ]);
  });

  it('keeps a url with balanced parentheses and a label with one level of brackets whole', () => {
    expect(linePieces('[[Code]](https://en.wikipedia.org/wiki/A_(b))!')).toEqual([
      {
        kind: 'link',
        raw: '[[Code]](https://en.wikipedia.org/wiki/A_(b))',
        label: '[Code]',
        url: 'https://en.wikipedia.org/wiki/A_(b)',
      },
      { kind: 'text', raw: '!' },
    ]);
  });

  it('reads `*x*` and `__x__` as emphasis but not an underscore inside a word', () => {
    expect(linePieces('*arXiv, May 2023* __Bold__ snake_case_name')).toEqual([
      {
        kind: 'wrapped',
        raw: '*arXiv, May 2023*',
        open: '*',
        close: '*',
        inner: 'arXiv, May 2023',
      },
      { kind: 'text', raw: ' ' },
      { kind: 'wrapped', raw: '__Bold__', open: '__', close: '__', inner: 'Bold' },
      { kind: 'text', raw: ' snake_case_name' },
    ]);
  });

  it('gives the line back when the raws are joined', () => {
    const lines = [
      '* **TidyBot**: "Personalized Robot Assistance", *arXiv, May 2023*. [[Paper](https://a.io/1)] [[Code](https://b.io/2)]',
      '1. [**Attention Is All You Need.**](https://arxiv.org/abs/1706.03762) _Ashish Vaswani, Noam Shazeer._ Arxiv 2017.',
      '| [Focal Loss](https://x.org) | ICCV | 2017 | - |',
      'plain text without pieces',
      '',
    ];
    for (const line of lines) {
      expect(
        linePieces(line)
          .map((p) => p.raw)
          .join(''),
      ).toBe(line);
    }
    expect(linePieces('plain text without pieces')).toEqual([
      { kind: 'text', raw: 'plain text without pieces' },
    ]);
    expect(linePieces('')).toEqual([]);
  });
});

describe('withInlineEmphasis', () => {
  const raws = (line: string) => withInlineEmphasis(linePieces(line)).map((p) => [p.kind, p.raw]);

  it('joins emphasis between words into the text around it (DirtyHarryLYL/LLM-in-Vision)', () => {
    expect(raws('Improving **3D Content Creation** with Data, [[Paper]](https://a.org)')).toEqual([
      ['text', 'Improving **3D Content Creation** with Data, '],
      ['link', '[[Paper]](https://a.org)'],
    ]);
    expect(raws('Tasks for Generalist **Robots**, [[Paper]](https://a.org)')[0]).toEqual([
      'text',
      'Tasks for Generalist **Robots**, ',
    ]);
  });

  it('keeps emphasis that opens a line or follows punctuation apart', () => {
    expect(raws('**Deep Residual Learning** Kaiming He, CVPR 2016')[0]).toEqual([
      'wrapped',
      '**Deep Residual Learning**',
    ]);
    expect(raws('A. Author, *CVPR*, 2019').map((p) => p[0])).toEqual(['text', 'wrapped', 'text']);
    expect(raws('A. Author. *CVPR* 2019').map((p) => p[0])).toEqual(['text', 'wrapped', 'text']);
  });
});
