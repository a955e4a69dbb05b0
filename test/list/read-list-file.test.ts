import type { Heading as MdHeading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { corpusFile, corpusFiles, REFERENCE } from '../support/corpus.js';
import { DEFAULT_FORMAT, entryTexts, read, sectionNamed } from '../support/list-helpers.js';

const remark = unified().use(remarkParse).use(remarkGfm);

/** Root-level headings as remark (CommonMark + GFM) sees them: level and first line. */
function remarkHeadings(text: string): { level: number; line: number }[] {
  const root = remark.parse(text) as Root;
  return root.children
    .filter((node): node is MdHeading => node.type === 'heading')
    .map((h) => ({ level: h.depth, line: h.position!.start.line }));
}

describe('readListFile on the corpus', () => {
  for (const file of corpusFiles()) {
    describe(file.name, () => {
      const list = read(file.text, file.file);

      it('finds exactly the root-level headings remark finds', () => {
        const ours = list.sections.flatMap((s) =>
          s.heading ? [{ level: s.heading.level, line: s.heading.line }] : [],
        );
        expect(ours).toEqual(remarkHeadings(file.text));
      });

      it('finds one entry for each "- **" line at column 0, in order', () => {
        const starts = [...file.text.matchAll(/^- \*\*/gm)].map((m) => m.index);
        const entries = list.sections.flatMap((s) => s.entries);
        expect(entries.map((e) => e.start)).toEqual(starts);
      });

      it('covers the file: sections and entries in order, never overlapping', () => {
        let at = 0;
        for (const section of list.sections) {
          if (section.heading) {
            expect(section.heading.start).toBeGreaterThanOrEqual(at);
            at = section.heading.end;
          }
          for (const entry of section.entries) {
            expect(entry.start).toBeGreaterThanOrEqual(at);
            expect(entry.end).toBeGreaterThan(entry.start);
            at = entry.end;
          }
          expect(section.contentEnd).toBeGreaterThanOrEqual(at);
        }
        expect(at).toBeLessThanOrEqual(file.text.length);
      });

      it('ends every entry on a non-blank line and never inside a line', () => {
        for (const entry of list.sections.flatMap((s) => s.entries)) {
          const text = file.text.slice(entry.start, entry.end);
          expect(text.split('\n').at(-1)!.trim()).not.toBe('');
          expect(['\n', '\r', undefined]).toContain(file.text[entry.end]);
          expect(entry.start === 0 || file.text[entry.start - 1] === '\n').toBe(true);
        }
      });
    });
  }
});

describe('readListFile on the reference list', () => {
  const readme = read(corpusFile(`${REFERENCE}/README.md`).text);

  it('keeps notes lines starting "1)" at column 0 inside their entry', () => {
    const network = sectionNamed(readme, 'Network');
    const gatherExcite = network.entries
      .map((e) => readme.text.slice(e.start, e.end))
      .find((t) => t.startsWith('- **Gather-Excite'));
    expect(gatherExcite).toBeDefined();
    const lines = gatherExcite!.split('\n');
    expect(lines.filter((l) => /^\d\)/.test(l))).toHaveLength(3);
  });

  it('reads a heading that ends in a tab by its text', () => {
    expect(sectionNamed(readme, 'Training Tricks').entries).toHaveLength(1);
  });

  it('reads the hand-written table of contents as a section without entries', () => {
    const toc = sectionNamed(readme, 'Table of Contents');
    expect(toc.entries).toHaveLength(0);
    expect(toc.hasOtherContent).toBe(true);
  });

  it('reads an entry holding three papers as one entry', () => {
    const gan = read(corpusFile(`${REFERENCE}/GAN.md`).text, 'GAN.md');
    expect(gan.sections).toHaveLength(1);
    const wgan = entryTexts(gan).find((t) => t.startsWith('- **Wasserstein'));
    expect(wgan?.split('\n')).toHaveLength(6);
    expect(DEFAULT_FORMAT.reader.date(wgan!)).toEqual({ year: 2017 });
  });

  it('reads the last entry of a file without a final newline up to the end', () => {
    const hdr = corpusFile('lcybuzz-low-level-vision-paper-record/HDR.md');
    expect(hdr.text.endsWith('\n')).toBe(true);
    const noFinalNewline = corpusFiles().find(
      (f) => f.folder.startsWith('lcybuzz') && !f.text.endsWith('\n'),
    );
    expect(noFinalNewline, 'the corpus has a file without a final newline').toBeDefined();
  });
});

describe('readListFile on constructed lists', () => {
  it('does not take headings or entries inside fences, HTML blocks or <details>', () => {
    const text = [
      '# Papers',
      '```md',
      '# Not a heading',
      '- **Not an entry** <Br>',
      '```',
      '',
      '<details>',
      '<summary>More</summary>',
      '# Still HTML',
      '</details>',
      '',
      '<!--',
      '# commented out',
      '-->',
      '- **Real entry** <Br>',
      '[CVPR 2020] <Br>',
      '',
    ].join('\n');
    const list = read(text);
    expect(list.sections.map((s) => s.heading?.text)).toEqual([undefined, 'Papers']);
    expect(entryTexts(list)).toEqual(['- **Real entry** <Br>\n[CVPR 2020] <Br>']);
  });

  it('reads setext headings and tables, and agrees with remark', () => {
    const text =
      'Intro\n\nPapers\n======\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\nSub\n---\n- **E** <Br>\n[ICLR 2021] <Br>\n';
    const list = read(text);
    expect(list.sections.map((s) => s.heading?.text)).toEqual([undefined, 'Papers', 'Sub']);
    expect(sectionNamed(list, 'Papers').hasOtherContent).toBe(true);
    expect(sectionNamed(list, 'Sub').entries).toHaveLength(1);
    expect(list.sections.flatMap((s) => (s.heading ? [s.heading.line] : []))).toEqual(
      remarkHeadings(text).map((h) => h.line),
    );
  });

  it('ends an entry at a blank line, a heading, a new bullet or a fence, but not at "2)" lines', () => {
    const text = [
      '# A',
      '- **One** <Br>',
      '[CVPR 2020] <Br>',
      '1) first note',
      '2) second note',
      '- **Two** <Br>',
      '[CVPR 2019] <Br>',
      '- [a link list item](https://example.com)',
      '- **Three** <Br>',
      '```',
      'code',
      '```',
      '- **Four** <Br>',
      '  indented continuation',
      '',
      '  after a blank, indented: still the entry',
      '',
      'free text',
      '# B',
    ].join('\n');
    const list = read(text);
    expect(entryTexts(list)).toEqual([
      '- **One** <Br>\n[CVPR 2020] <Br>\n1) first note\n2) second note',
      '- **Two** <Br>\n[CVPR 2019] <Br>',
      '- **Three** <Br>',
      '- **Four** <Br>\n  indented continuation\n\n  after a blank, indented: still the entry',
    ]);
    expect(sectionNamed(list, 'A').hasOtherContent).toBe(true);
  });

  it('keeps CRLF and lone CR line ends out of entries and detects the file line ending', () => {
    const crlf = read('# A\r\n- **One** <Br>\r\n[CVPR 2020] <Br>\r\n\r\n- **Two** <Br>\r\n');
    expect(crlf.eol).toBe('\r\n');
    expect(entryTexts(crlf)).toEqual(['- **One** <Br>\r\n[CVPR 2020] <Br>', '- **Two** <Br>']);
    const cr = read('# A\r- **One** <Br>\r\r- **Two** <Br>');
    expect(cr.eol).toBe('\r');
    expect(entryTexts(cr)).toEqual(['- **One** <Br>', '- **Two** <Br>']);
  });

  it('reads an empty file as one empty section before any heading', () => {
    const list = read('');
    expect(list.sections).toHaveLength(1);
    expect(list.sections[0]!.entries).toHaveLength(0);
  });

  it('records parents of nested headings', () => {
    const list = read('# Papers\n## Vision\n### Generation\n## Audio\n### Generation\n');
    expect(list.sections.map((s) => [...s.parents, s.heading?.text ?? ''].join('/'))).toEqual([
      '',
      'Papers',
      'Papers/Vision',
      'Papers/Vision/Generation',
      'Papers/Audio',
      'Papers/Audio/Generation',
    ]);
  });

  it('reads the text of headings with closing hashes and inline markup', () => {
    const list = read('## Milestone Papers ##\n# Awesome [![badge](https://x/y.svg)](https://x)\n');
    expect(list.sections.map((s) => s.heading?.text)).toEqual([
      undefined,
      'Milestone Papers',
      'Awesome [![badge](https://x/y.svg)](https://x)',
    ]);
    const md = remark.parse('## Milestone Papers ##\n') as Root;
    expect(toString(md.children[0])).toBe('Milestone Papers');
  });
});
