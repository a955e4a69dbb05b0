// Entries written with optional parts read back as written: a part holding a value appears with
// it, a part of text alone with the part before it, and every value comes back.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileEntryPattern, matchEntry } from '../../src/list/entry-pattern.js';
import { mustParseEntryTemplate } from '../../src/paper/entry-template.js';
import { formatEntry } from '../../src/paper/format-entry.js';
import type { Paper } from '../../src/paper/paper.js';

const TEMPLATES = [
  // BradyFU: a star badge and `<br>` before the title, a `<br>` after it.
  '| {[![Star](https://img.shields.io/github/stars/{repo}.svg) <br> ]}[**{title}**]({paper}){[ <br>]} | {venue} |',
  // Event-AHU: the arXiv id written before the title.
  '*{[ [arXiv:{arxiv}]]} **{title}**, {venue} [[Paper]({paper})]',
  // Yutong-Zhou-cv: a tag before the title.
  '* ({venue}){[ [💬{notes}]]} **{title}**, {authors} [[Paper]({paper})]',
];

const word = fc.stringMatching(/^[A-Z][a-z]{2,9}$/);
const title = fc.array(word, { minLength: 2, maxLength: 6 }).map((w) => w.join(' '));
const paper = fc.record({
  title,
  venue: fc.constantFrom('CVPR 2024', 'arXiv 2023', 'NeurIPS 2022'),
  arxiv: fc.option(fc.stringMatching(/^2[0-4](0[1-9]|1[0-2])\.\d{5}$/), { nil: undefined }),
  repo: fc.option(fc.tuple(word, word), { nil: undefined }),
  tag: fc.option(word, { nil: undefined }),
});

describe('optional parts read back as written', () => {
  it.each(TEMPLATES)('%s', (source) => {
    const template = mustParseEntryTemplate(source);
    const pattern = compileEntryPattern(template);
    fc.assert(
      fc.property(paper, (p) => {
        const paperUrl = p.arxiv ? `https://arxiv.org/abs/${p.arxiv}` : 'https://example.org/paper';
        const links = p.repo
          ? [{ label: 'Code', url: `https://github.com/${p.repo.join('/')}` }]
          : [];
        const written: Paper = {
          title: p.title,
          authors: [{ name: 'Ann Lee' }],
          venue: p.venue,
          section: 'A',
          paperUrl,
          links,
          notes: p.tag ? [p.tag] : [],
        };
        const entry = formatEntry(written, template);
        const fields = matchEntry(pattern, entry);
        expect(fields, entry).toBeDefined();
        expect(fields!.title).toBe(p.title);
        expect(fields!.venue).toBe(p.venue);
        if (source.includes('{repo}')) {
          expect(fields!.repo).toBe(p.repo?.join('/'));
          // The `<br>` after the title stands with the badge, and only with it.
          expect(/\) <br> \|/.test(entry)).toBe(p.repo !== undefined);
        }
        if (source.includes('{arxiv}')) expect(fields!.arxiv).toBe(p.arxiv);
        if (source.includes('{notes}')) expect(fields!.notes).toBe(p.tag);
      }),
      { numRuns: 200 },
    );
  });
});
