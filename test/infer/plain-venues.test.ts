import { describe, expect, it } from 'vitest';
import { plainVenues } from '../../src/infer/plain-venues.js';
import { readWithTemplate } from '../support/list-helpers.js';

function venuesOf(template: string, entries: readonly string[]): string[] {
  return plainVenues(readWithTemplate(template, `# Papers\n\n${entries.join('\n')}\n`));
}

const entry = (title: string, venue: string) =>
  `- ${title}.\n  - Ann Lee, and Bo Wu. ${venue}, 2020.`;
const TEMPLATE = '- {title}.\n  - {authors}. *{venue}*, {year}.';

describe('plainVenues', () => {
  it('names the venues that entries show without the emphasis the template encloses them in', () => {
    const entries = [
      entry('A Paper One', '*ICCV*'),
      entry('A Paper Two', '*CVPR*'),
      entry('A Paper Three', 'arXiv'),
      entry('A Paper Four', 'arXiv'),
      entry('A Paper Five', '*CVPR*'),
    ];
    expect(venuesOf(TEMPLATE, entries)).toEqual(['arXiv']);
  });

  it('needs two plain entries of a venue, more than it shows enclosed', () => {
    const once = [entry('A Paper One', '*ICCV*'), entry('A Paper Two', 'arXiv')];
    expect(venuesOf(TEMPLATE, once)).toEqual([]);
    const mostlyEnclosed = [
      entry('A Paper One', 'arXiv'),
      entry('A Paper Two', 'arXiv'),
      entry('A Paper Three', '*arXiv*'),
      entry('A Paper Four', '*arXiv*'),
      entry('A Paper Five', '*arXiv*'),
    ];
    expect(venuesOf(TEMPLATE, mostlyEnclosed)).toEqual([]);
  });

  it('finds none when the template does not enclose the venue', () => {
    const plain = [entry('A Paper One', 'arXiv'), entry('A Paper Two', 'arXiv')];
    expect(venuesOf('- {title}.\n  - {authors}. {venue}, {year}.', plain)).toEqual([]);
  });
});
