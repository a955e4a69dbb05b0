import { describe, expect, it } from 'vitest';
import { withFirstLineEnd } from '../../src/infer/line-end-blanks.js';

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
