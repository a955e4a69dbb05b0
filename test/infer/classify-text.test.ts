import { describe, expect, it } from 'vitest';
import {
  classifyText,
  isName,
  isNameList,
  isVenue,
  type Used,
} from '../../src/infer/classify-text.js';

describe('isName', () => {
  it.each([
    'Jierun Chen',
    'A. Krizhevsky',
    'Y. LeCun et al.',
    'J.-P. Sartre',
    'Ludwig van Beethoven',
    'Yen-Chen',
    'Hervé Jégou',
  ])('reads "%s" as a name', (text) => {
    expect(isName(text)).toBe(true);
  });

  it.each([
    'deep learning',
    'Deep residual learning for image recognition',
    'CVPR 2019',
    '',
    'One Two Three Four Five Six Seven',
  ])('does not read "%s" as a name', (text) => {
    expect(isName(text)).toBe(false);
  });
});

describe('isNameList', () => {
  it.each([
    'K. He et al.',
    'A, B, and C',
    'A, B and C',
    'Alice Smith, Bob Jones, and Carol White',
    'Alice Smith & Bob Jones',
    'Dellaert and Yen-Chen',
    'Ashish Vaswani, Noam Shazeer.',
    'Jierun Chen',
  ])('reads "%s" as a list of names', (text) => {
    expect(isNameList(text)).toBe(true);
  });

  it.each(['Preprint', 'Alice', 'the cat, the dog', 'A Survey of Large Language Models', ''])(
    'does not read "%s" as a list of names',
    (text) => {
      expect(isNameList(text)).toBe(false);
    },
  );
});

describe('isVenue', () => {
  it.each([
    'CVPR 2019',
    'NeurIPS 2020 Oral',
    'arXiv 2023',
    'arXiv, July 2023',
    "NAACL'21",
    'NAACL’21',
    'arXiv 2023.11',
    'CVPR2019',
    'ICLR 2024 Spotlight',
    'Arxiv 24.02.01',
    'arXiv 24.05',
    "ESANN' 15",
    "ACM CCS '18",
  ])('reads "%s" as a venue with its year', (text) => {
    expect(isVenue(text)).toBe(true);
  });

  it.each([
    '2019',
    'CVPR',
    'ICLR',
    '30 Oct 2023',
    'Deep Learning',
    'CVPR 1899',
    'v1.02.03',
    'Arxiv 24.02.01 Extra',
  ])('does not read "%s" as a venue with its year', (text) => {
    expect(isVenue(text)).toBe(false);
  });
});

describe('classifyText', () => {
  const classify = (text: string, used: Used = new Set()) => classifyText(text, used);

  it('places the authors, then the venue, keeping delimiters literal', () => {
    expect(classify(', A. Krizhevsky et al., CVPR 2019')).toBe(', {authors}, {venue}');
    expect(classify('Alice Smith, Bob Jones, and Carol White. CVPR 2019.')).toBe(
      '{authors}. {venue}.',
    );
    expect(classify('Alice Smith and Bob Jones.')).toBe('{authors}.');
  });

  it('keeps the dot of a final `et al.` in the authors: a table cell `Wu et al.` beside `Schelter`', () => {
    expect(classify('K. He et al.')).toBe('{authors}');
    expect(classify('Wu et al.')).toBe('{authors}');
  });

  it('ends the authors at `et al.` before a venue (FLHonker/Awesome-Knowledge-Distillation)', () => {
    expect(classify('Ada Lovelace, Alan Turing et al. NAACL 2019')).toBe('{authors} {venue}');
    expect(classify('Zhang et al. CVPR 2020.')).toBe('{authors} {venue}.');
  });

  it('reads `2016-ICLR-` before a title as the year and the venue (MingSun-Tse/Efficient-Deep-Learning)', () => {
    expect(classify('  2016-ICLR-')).toBe('  {year}-{venue}-');
    expect(classify('2016-state-')).toBe('2016-state-');
    expect(classify('2016-ICLR-', new Set(['venue']))).toBe('2016-ICLR-');
  });

  it('places a date with its day as notes, however its parts are set apart', () => {
    expect(classify('[2025/03/27]')).toBe('[{notes}]');
    expect(classify('2025.03.27')).toBe('{notes}');
    expect(classify('2025/03.27')).toBe('2025/03.27');
  });

  it("reads a month and its year as one venue, a preprint's date (showlab/Awesome-Video-Diffusion)", () => {
    expect(classifyText(' (Dec., 2024)  ', new Set())).toBe(' ({venue})  ');
    expect(classifyText(' (CVPR, 2024)', new Set())).toBe(' ({venue}, {year})');
  });

  it('reads a venue after a line break or between HTML tags (NexaAI/Awesome-LLMs-on-device)', () => {
    expect(classifyText(' <br> arXiv 2024 ', new Set())).toBe(' <br> {venue} ');
    expect(classifyText(' <BR/>IEEE SOCC 2023', new Set())).toBe(' <BR/>{venue}');
    // Any HTML tag sets values apart (AIoT-MLSys-Lab/Efficient-LLMs-Survey).
    expect(classifyText(', <ins>ICLR, 2024</ins> ', new Set())).toBe(
      ', <ins>{venue}, {year}</ins> ',
    );
    expect(classifyText(' <span class="x">NeurIPS 2023</span>', new Set())).toBe(
      ' <span class="x">{venue}</span>',
    );
  });

  it('places a bare year, in parentheses or not', () => {
    expect(classify(' (2015), ')).toBe(' ({year}), ');
    expect(classify('2015')).toBe('{year}');
  });

  it('reads `arXiv, 2019` as the venue then its year', () => {
    expect(classify('arXiv, 2019')).toBe('{venue}, {year}');
    expect(classify('CVPR, 2019.')).toBe('{venue}, {year}.');
  });

  it('reads a day date as the notes (when the paper was added)', () => {
    expect(classify(' 30 Oct 2023')).toBe(' {notes}');
    expect(classify(', 2023-10-30, ')).toBe(', {notes}, ');
    // WooooDyy/LLM-Agent-Paper-List: `- [2023/06] **Title.**`, the month the paper came out.
    expect(classify('[2023/06] ')).toBe('[{notes}] ');
    expect(classify('2023.5')).toBe('{notes}');
  });

  it('places each value once per entry: a second venue or year stays literal', () => {
    expect(classify(', 2015, CVPR 2019')).toBe(', {year}, CVPR 2019');
    expect(classify('CVPR 2019 - ICCV 2021')).toBe('{venue} - ICCV 2021');
  });

  it('records what it placed in `used`, and leaves values already used literal', () => {
    const used: Used = new Set();
    expect(classify('Kaiming He, Jian Sun, CVPR 2016', used)).toBe('{authors}, {venue}');
    expect([...used].sort()).toEqual(['authors', 'venue']);
    expect(classify('Ross Girshick, ICCV 2015', used)).toBe('Ross Girshick, ICCV 2015');
    const titled: Used = new Set(['year']);
    expect(classify('(2017)', titled)).toBe('(2017)');
  });

  it('keeps text it does not recognise literal', () => {
    expect(classify('something else entirely')).toBe('something else entirely');
    expect(classify('')).toBe('');
  });
});
