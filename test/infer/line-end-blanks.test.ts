import { describe, expect, it } from 'vitest';
import { joinedByLineEnds, withFirstLineEnd } from '../../src/infer/line-end-blanks.js';

describe('withFirstLineEnd', () => {
  // thunlp/PromptPapers: 20 of its 78 entries end their first line with a blank.
  const template = '{number}. **{title}.** {venue}{[. {notes}]} \n\n   *{authors}.*';
  const entry = (blank: string) => `1. **A Title.** ACL 2021.${blank}\n\n   *A. Author.*`;

  it('drops the blank ending the first line where fewer than half of the entries have one', () => {
    const sample = [entry(' '), entry(''), entry(''), entry('')];
    expect(withFirstLineEnd(template, sample)).toBe(
      '{number}. **{title}.** {venue}{[. {notes}]}\n\n   *{authors}.*',
    );
  });

  it('keeps it where half of them or more have one', () => {
    expect(withFirstLineEnd(template, [entry(' '), entry('')])).toBe(template);
  });

  it('keeps two blanks or more: a Markdown line break', () => {
    const hardBreak = '**{title}**  \n{authors}';
    expect(withFirstLineEnd(hardBreak, ['**A Title**\nA. Author'])).toBe(hardBreak);
  });

  it('leaves a first line that ends with no blank as it is', () => {
    expect(withFirstLineEnd('- {title}', ['- A Title '])).toBe('- {title}');
  });
});

describe('joinedByLineEnds', () => {
  // HCPLab-SYSU/Embodied_AI_Paper_List pads its entries' lines with 0 to 13 spaces.
  const padded = (n: number) => `* **{title}**, {venue}${' '.repeat(n)}\n{authors}`;

  it('counts skeletons that differ only in their line-end blanks as one, most common first', () => {
    const other = { source: '* {title}, {venue}\n{authors}', count: 5 };
    const joined = joinedByLineEnds([
      other,
      { source: padded(2), count: 4 },
      { source: padded(0), count: 3 },
    ]);
    expect(joined).toEqual([
      { source: padded(2), count: 7 },
      { source: '* {title}, {venue}\n{authors}', count: 5 },
    ]);
  });

  it('writes another skeleton with the line ends of the most common one where some of its entries have them', () => {
    // GT-RIPL/Awesome-LLM-Robotics: entries without a short name end with a blank more often
    // than not; written so, they would no longer be the common skeleton without its short name.
    const top = { source: '* **{abbreviation}**: "{title}"{links}', count: 37 };
    const joined = joinedByLineEnds([
      top,
      { source: '* "{title}"{links} ', count: 5 },
      { source: '* "{title}"{links}', count: 4 },
    ]);
    expect(joined).toEqual([top, { source: '* "{title}"{links}', count: 9 }]);
  });

  it('keeps the most common line ends of a skeleton none of whose entries end lines like the top one', () => {
    const top = { source: '* {title}', count: 9 };
    const joined = joinedByLineEnds([
      top,
      { source: '* {title}, {venue}  ', count: 3 },
      { source: '* {title}, {venue} ', count: 2 },
    ]);
    expect(joined).toEqual([top, { source: '* {title}, {venue}  ', count: 5 }]);
  });
});
