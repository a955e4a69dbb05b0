import { describe, expect, it } from 'vitest';
import { formatWith } from './list-helpers.js';
import { standsInOrder } from './own-place.js';

const TEMPLATE = '- [{title}]({paper}), {venue} {year}.';
const FORMAT = formatWith({ template: TEMPLATE });
const entry = (title: string, year?: number) =>
  `- [${title}](https://example.org/${title}), CVPR${year === undefined ? '' : ` ${year}`}.`;
const file = (...entries: string[]) => `# Papers\n\n## Vision\n\n${entries.join('\n')}\n`;

/** Whether `which` stands where the order puts it in the section of `entries`. */
function stands(entries: string[], which: string, format = FORMAT): boolean {
  const text = file(...entries);
  const files = [{ path: 'README.md', text }];
  const place = { files, path: 'README.md', section: 'Vision', start: text.indexOf(which) };
  return standsInOrder(format, place);
}

describe('standsInOrder', () => {
  const [a, b, c, d] = [entry('A', 2024), entry('B', 2023), entry('C', 2023), entry('D', 2022)];

  it('holds for every entry of a section in its order, equals in any order', () => {
    for (const x of [a, b, c, d]) expect(stands([a, b, c, d], x)).toBe(true);
    expect(stands([a, c, b, d], b)).toBe(true);
  });

  it('fails for an entry any entry before it should follow, or any after it precede', () => {
    // A late find from 2024 appended below the 2022 paper, newest first.
    const late = entry('Late', 2024);
    expect(stands([a, b, c, d, late], late)).toBe(false);
    expect(stands([a, b, c, d, late], b)).toBe(false);
    expect(stands([a, b, c, d, late], a)).toBe(true);
  });

  it('holds for an entry of no date only at the end of its section', () => {
    const undated = entry('Undated');
    expect(stands([a, b, undated], undated)).toBe(true);
    expect(stands([a, undated, b], undated)).toBe(false);
  });

  it('holds in a section in no order only for its last entry, where new papers go', () => {
    const none = formatWith({ template: TEMPLATE, order: 'none' });
    expect(stands([d, a, b], b, none)).toBe(true);
    expect(stands([d, a, b], a, none)).toBe(false);
  });
});
