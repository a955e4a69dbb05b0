import { describe, expect, it } from 'vitest';
import { formatWith } from './list-helpers.js';
import { placedAmongEquals, unnumbered } from './placed-among-equals.js';

const FORMAT = formatWith({ template: '- [{title}]({paper}), {venue} {year}.' });
const entry = (title: string, year: number) =>
  `- [${title}](https://example.org/${title}), CVPR ${year}.`;
const file = (...entries: string[]) => `# Papers\n\n## Vision\n\n${entries.join('\n')}\n`;

/** Where the author has `moved` and where the bot put it, in a list ordered newest first. */
function placed(original: string[], written: string[], moved: string, format = FORMAT) {
  const files = [{ path: 'README.md', text: file(...original) }];
  return placedAmongEquals(format, {
    files,
    path: 'README.md',
    original: file(...original),
    written: file(...written),
    entry: moved,
    section: 'Vision',
  });
}

describe('placedAmongEquals', () => {
  const a = entry('Alpha', 2024);
  const b = entry('Beta', 2023);
  const c = entry('Gamma', 2023);
  const d = entry('Delta', 2022);

  it('holds when the entries passed over are of the same year', () => {
    expect(placed([a, b, c, d], [a, c, b, d], c)).toBe(true);
  });

  it('fails when an entry passed over is of another year', () => {
    expect(placed([a, b, c, d], [c, a, b, d], c)).toBe(false);
  });

  it('fails in a section ordered by nothing, where the place is the author’s choice alone', () => {
    const none = formatWith({ template: '- [{title}]({paper}), {venue} {year}.', order: 'none' });
    expect(placed([a, b, c, d], [a, c, b, d], c, none)).toBe(false);
  });

  it('dates an entry that shows no date by the date heading it stands under', () => {
    const grouped = formatWith({ template: '- [{title}]({paper}).', 'date-headings': true });
    const bare = (title: string) => `- [${title}](https://example.org/${title}).`;
    const [e, f, g, h] = [bare('Epsilon'), bare('Zeta'), bare('Eta'), bare('Theta')];
    const under = (year: number, ...entries: string[]) => `### ${year}\n${entries.join('\n')}`;
    // Theta, under 2022 for its author: moved up within 2022, or over Zeta into 2023.
    const original = [under(2023, e, f), under(2022, g, h)];
    expect(placed(original, [under(2023, e, f), under(2022, h, g)], h, grouped)).toBe(true);
    expect(placed(original, [under(2023, e, h, f), under(2022, g)], h, grouped)).toBe(false);
    // First of 2022, written last of 2023: it passed over nothing, but is under another year.
    const first = [under(2023, e, f), under(2022, h, g)];
    expect(placed(first, [under(2023, e, f, h), under(2022, g)], h, grouped)).toBe(false);
  });

  it('fails when the bot did not write the entry at all', () => {
    expect(placed([a, b, c, d], [a, b, d], c)).toBe(false);
  });
});

describe('unnumbered', () => {
  it('drops the number a numbered list gives an entry by its place', () => {
    expect(unnumbered('12. **Title.** ACL 2023')).toBe('. **Title.** ACL 2023');
    expect(unnumbered('  3) Title')).toBe('  ) Title');
    expect(unnumbered('- 2023 Title')).toBe('- 2023 Title');
  });
});
