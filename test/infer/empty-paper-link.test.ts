import { describe, expect, it } from 'vitest';
import { withEmptyPaperLink } from '../../src/infer/empty-paper-link.js';

// shunk031/awesome-ai-best-papers keeps `[[PDF]]()` for 65 of its 100 papers, waiting for a link.
const TEMPLATE = '- **{title}.** {authors}{[ (**{notes}**)]} [[PDF]]({paper}){links}';
const entry = (url: string) => `- **A Title.** Ann Lee (**Best Paper**) [[PDF]](${url})`;

describe('withEmptyPaperLink', () => {
  it('writes the paper link with no address for a paper without one, where the list does', () => {
    const sample = [entry(''), entry(''), entry('https://a.org'), entry('https://b.org')];
    expect(withEmptyPaperLink(TEMPLATE, sample)).toBe(
      '- **{title}.** {authors}{[ (**{notes}**)]}{[ [[PDF]]({paper})]| [[PDF]]()}{links}',
    );
  });

  it('leaves it out where fewer than two entries, or a twentieth of them, hold it empty', () => {
    expect(withEmptyPaperLink(TEMPLATE, [entry(''), entry('https://a.org')])).toBe(TEMPLATE);
    const many = [
      entry(''),
      entry(''),
      ...Array.from({ length: 39 }, () => entry('https://a.org')),
    ];
    expect(withEmptyPaperLink(TEMPLATE, many)).toBe(TEMPLATE);
  });

  it('leaves a title linked to the paper, and a link already in an optional part, as they are', () => {
    const linked = '- [{title}]({paper}), {venue}';
    expect(withEmptyPaperLink(linked, ['- [A Title](), CVPR', '- [B Title](), CVPR'])).toBe(linked);
    const optional = '- {title}{[ [pdf]({paper})]}';
    expect(withEmptyPaperLink(optional, ['- A [pdf]()', '- B [pdf]()'])).toBe(optional);
  });
});
