import { describe, expect, it } from 'vitest';
import { mustParseEntryTemplate } from '../../src/paper/entry-template.js';
import type { Paper } from '../../src/paper/paper.js';
import { unbadgedLinks } from '../../src/plan/unbadged-links.js';

const images = {
  'WEB Page': 'https://img.shields.io/badge/WEB-Page-159957.svg',
  GitHub: 'https://img.shields.io/github/stars/{repo}?style=flat',
};
const badges = mustParseEntryTemplate('| {title} | {links} |', ' <br>', {
  item: '[![{label}]({image})]({url})',
  separator: ' <br /> ',
  images,
});
const paper = (links: Paper['links']): Paper => ({
  title: 'A Title',
  authors: [],
  venue: '',
  section: 'Vision',
  notes: [],
  links,
});
const form = [{ id: 'links', label: 'Other links', type: 'textarea' as const, required: false }];

describe('unbadgedLinks', () => {
  it('asks for links labelled as the list shows them, naming its labels', () => {
    const problems = unbadgedLinks(
      paper([
        { label: 'GitHub', url: 'https://github.com/a/b' },
        { label: 'Demo', url: 'https://a.org/demo' },
        { label: 'GitHub', url: 'https://gitlab.com/a/b' },
      ]),
      badges,
      form,
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]!.field).toBe('links');
    expect(problems[0]!.message).toContain(
      'has none for "Demo: https://a.org/demo", "GitHub: https://gitlab.com/a/b"',
    );
    expect(problems[0]!.message).toContain('(WEB Page, GitHub)');
  });

  it('has nothing to say of links it can show, or of a list without badges', () => {
    expect(
      unbadgedLinks(paper([{ label: 'web page', url: 'https://a.org' }]), badges, form),
    ).toEqual([]);
    const plain = mustParseEntryTemplate('- {title}{links}');
    expect(unbadgedLinks(paper([{ label: 'Demo', url: 'https://a.org' }]), plain, form)).toEqual(
      [],
    );
  });
});
