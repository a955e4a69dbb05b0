import { describe, expect, it } from 'vitest';
import { compileEntryPattern, matchEntry } from '../../src/list/entry-pattern.js';
import {
  DEFAULT_LINE_BREAK,
  DEFAULT_TEMPLATE,
  mustParseEntryTemplate,
  type AuthorFormat,
  type LinkFormat,
} from '../../src/paper/entry-template.js';
import { formatEntry } from '../../src/paper/format-entry.js';
import type { Paper } from '../../src/paper/paper.js';

const RESNET: Paper = {
  title: 'Deep Residual Learning',
  authors: [
    { name: 'Kaiming He', url: 'https://kaiminghe.github.io/' },
    { name: 'Xiangyu Zhang' },
    { name: 'Shaoqing Ren' },
  ],
  venue: 'CVPR 2016',
  date: { year: 2016 },
  section: 'Networks',
  links: [
    { label: 'Code', url: 'https://github.com/a/b' },
    { label: 'Project', url: 'https://a.github.io/' },
  ],
  notes: [],
};
const ARXIV = 'https://arxiv.org/abs/1512.03385';
const AUTHORS = '[Kaiming He](https://kaiminghe.github.io/), Xiangyu Zhang, Shaoqing Ren';

function template(source: string, links?: LinkFormat, authors?: AuthorFormat) {
  return mustParseEntryTemplate(source, DEFAULT_LINE_BREAK, links, authors);
}

/** Matches `text` against the whole pattern of the template written as `source`. */
function match(source: string, text: string) {
  return matchEntry(compileEntryPattern(template(source)), text);
}

describe('matchEntry reads back what formatEntry wrote', () => {
  it('with the default template, every line given', () => {
    const parsed = template(DEFAULT_TEMPLATE);
    const entry = formatEntry(
      {
        ...RESNET,
        paperUrl: ARXIV,
        abbreviation: 'ResNet',
        rating: '★★',
        notes: ['residual', 'second line'],
      },
      parsed,
    );
    expect(entry).toBe(
      [
        '- **Deep Residual Learning** <Br>',
        `${AUTHORS} <Br>`,
        '[CVPR 2016] [[Paper](https://arxiv.org/abs/1512.03385)] [[Code](https://github.com/a/b)] [[Project](https://a.github.io/)] <Br>',
        '[**ResNet**] [★★] <Br>',
        'residual <Br>',
        'second line',
      ].join('\n'),
    );
    expect(matchEntry(compileEntryPattern(parsed), entry)).toEqual({
      title: 'Deep Residual Learning',
      authors: AUTHORS,
      venue: 'CVPR 2016',
      links:
        ' [[Paper](https://arxiv.org/abs/1512.03385)] [[Code](https://github.com/a/b)] [[Project](https://a.github.io/)]',
      tail: '[**ResNet**] [★★] <Br>\nresidual <Br>\nsecond line',
    });
  });

  it('with the default template, no fourth line and no links', () => {
    const parsed = template(DEFAULT_TEMPLATE);
    const entry = formatEntry({ ...RESNET, links: [] }, parsed);
    expect(entry).toBe(
      ['- **Deep Residual Learning** <Br>', `${AUTHORS} <Br>`, '[CVPR 2016] <Br>'].join('\n'),
    );
    expect(matchEntry(compileEntryPattern(parsed), entry)).toEqual({
      title: 'Deep Residual Learning',
      authors: AUTHORS,
      venue: 'CVPR 2016',
      links: '',
    });
  });

  it('with escaped text in the values, still escaped', () => {
    const parsed = template(DEFAULT_TEMPLATE);
    const entry = formatEntry(
      {
        ...RESNET,
        title: 'A [b] * c_d',
        authors: [{ name: 'A_B', url: 'https://x.org/a_(b)' }],
        links: [],
        abbreviation: 'R*N',
      },
      parsed,
    );
    expect(matchEntry(compileEntryPattern(parsed), entry)).toEqual({
      title: 'A \\[b\\] \\* c_d',
      authors: '[A_B](https://x.org/a_%28b%29)',
      venue: 'CVPR 2016',
      links: '',
      tail: '[**R\\*N**]',
    });
  });

  it('with a numbered template', () => {
    const parsed = template('{number}. **{title}.** {authors}. *{venue}*{links}', undefined, {
      separator: ', ',
      last: ', and ',
    });
    const entry = formatEntry({ ...RESNET, links: RESNET.links.slice(0, 1) }, parsed, 12);
    expect(entry).toBe(
      `12. **Deep Residual Learning.** [Kaiming He](https://kaiminghe.github.io/), Xiangyu Zhang, and Shaoqing Ren. *CVPR 2016* [[Code](https://github.com/a/b)]`,
    );
    const compiled = compileEntryPattern(parsed);
    expect([...compiled.groups]).toEqual([
      ['number', 1],
      ['title', 2],
      ['authors', 3],
      ['venue', 4],
      ['links', 5],
    ]);
    expect(matchEntry(compiled, entry)).toEqual({
      number: '12',
      title: 'Deep Residual Learning',
      authors: '[Kaiming He](https://kaiminghe.github.io/), Xiangyu Zhang, and Shaoqing Ren',
      venue: 'CVPR 2016',
      links: ' [[Code](https://github.com/a/b)]',
    });
  });

  it('with a table row, its optional cell given or left to its fallback', () => {
    const parsed = template('| **{title}** | {authors} | {venue} | {[[pdf]({paper})]|-} |');
    const compiled = compileEntryPattern(parsed);
    const plain = { ...RESNET, authors: RESNET.authors.slice(1) };
    const given = formatEntry({ ...plain, paperUrl: ARXIV }, parsed);
    expect(given).toBe(
      '| **Deep Residual Learning** | Xiangyu Zhang, Shaoqing Ren | CVPR 2016 | [pdf](https://arxiv.org/abs/1512.03385) |',
    );
    expect(matchEntry(compiled, given)).toEqual({
      title: 'Deep Residual Learning',
      authors: 'Xiangyu Zhang, Shaoqing Ren',
      venue: 'CVPR 2016',
      paper: 'https://arxiv.org/abs/1512.03385',
    });
    const fallback = formatEntry(plain, parsed);
    expect(fallback).toBe(
      '| **Deep Residual Learning** | Xiangyu Zhang, Shaoqing Ren | CVPR 2016 | - |',
    );
    expect(matchEntry(compiled, fallback)).toEqual({
      title: 'Deep Residual Learning',
      authors: 'Xiangyu Zhang, Shaoqing Ren',
      venue: 'CVPR 2016',
    });
  });

  it('with a table row, its notes kept in their cell', () => {
    // BradyFU's Date column, as notes, beside a Demo column the template writes `-` in: a row
    // with a demo is not read whole, rather than its date swallowing the cells after it.
    const compiled = compileEntryPattern(template('| [**{title}**]({paper}) | {notes} | - |'));
    const row = (demo: string) =>
      `| [**Emu3.5**](https://arxiv.org/pdf/2510.26583) | 2025-10-30 | ${demo} |`;
    expect(matchEntry(compiled, row('-'))).toEqual({
      title: 'Emu3.5',
      paper: 'https://arxiv.org/pdf/2510.26583',
      notes: '2025-10-30',
    });
    expect(matchEntry(compiled, row('[Demo](https://x.org) | -'))).toBeUndefined();
  });

  it('with blanks ending a line, or not, whatever the template ends its line with', () => {
    const compiled = compileEntryPattern(template('* **{title}**, {authors} [[Paper]({paper})] '));
    const entry = '* **Attention**, Ann Lee [[Paper](https://arxiv.org/abs/1706.03762)]';
    for (const end of ['', ' ', '  '])
      expect(matchEntry(compiled, entry + end)?.title, JSON.stringify(end)).toBe('Attention');
  });

  it('with a multi-line template whose links stand one a line', () => {
    const parsed = template('- **{title}**, {venue}{links}', {
      item: '\n  [[{label}]]({url})',
      separator: '',
    });
    const compiled = compileEntryPattern(parsed);
    const entry = formatEntry({ ...RESNET, paperUrl: ARXIV }, parsed);
    expect(entry).toBe(
      [
        '- **Deep Residual Learning**, CVPR 2016',
        '  [[Paper]](https://arxiv.org/abs/1512.03385)',
        '  [[Code]](https://github.com/a/b)',
        '  [[Project]](https://a.github.io/)',
      ].join('\n'),
    );
    expect(matchEntry(compiled, entry)).toEqual({
      title: 'Deep Residual Learning',
      venue: 'CVPR 2016',
      links:
        '\n  [[Paper]](https://arxiv.org/abs/1512.03385)\n  [[Code]](https://github.com/a/b)\n  [[Project]](https://a.github.io/)',
    });
    expect(matchEntry(compiled, '- **Deep Residual Learning**, CVPR 2016')).toEqual({
      title: 'Deep Residual Learning',
      venue: 'CVPR 2016',
      links: '',
    });
  });

  it('with links one a line on the line of a paper link, given or left out', () => {
    // yassouali/awesome-semi-supervised-learning: `[[pdf]](url)` opens the second line, or the
    // first other link does when the paper has no link of its own.
    const parsed = template('- {title}.\n  [[pdf]]({paper}){links}\n  - {authors}. *{venue}*', {
      item: '\n  [[{label}]]({url})',
      separator: '',
    });
    const compiled = compileEntryPattern(parsed);
    const code = { ...RESNET, links: RESNET.links.slice(0, 1) };
    const withPaper = formatEntry({ ...code, paperUrl: ARXIV }, parsed);
    const withoutPaper = formatEntry(code, parsed);
    expect(withoutPaper).toBe(
      `- Deep Residual Learning.\n  [[Code]](https://github.com/a/b)\n  - ${AUTHORS}. *CVPR 2016*`,
    );
    expect(matchEntry(compiled, withPaper)).toEqual({
      title: 'Deep Residual Learning',
      paper: ARXIV,
      links: '\n  [[Code]](https://github.com/a/b)',
      authors: AUTHORS,
      venue: 'CVPR 2016',
    });
    expect(matchEntry(compiled, withoutPaper)).toEqual({
      title: 'Deep Residual Learning',
      links: '[[Code]](https://github.com/a/b)',
      authors: AUTHORS,
      venue: 'CVPR 2016',
    });
  });

  it('with links one a line after the indent of an optional paper link, given or left out', () => {
    // The same list's format as learnt once one entry without a paper link is filed: the indent
    // stands outside the optional part. The links then open the line after that indent.
    const parsed = template('- {title}.\n  {[[[pdf]]({paper})]}{links}\n  - {authors}. *{venue}*', {
      item: '\n  [[{label}]]({url})',
      separator: '',
    });
    const compiled = compileEntryPattern(parsed);
    const code = { ...RESNET, links: RESNET.links.slice(0, 1) };
    const withoutPaper = formatEntry(code, parsed);
    expect(withoutPaper).toBe(
      `- Deep Residual Learning.\n  [[Code]](https://github.com/a/b)\n  - ${AUTHORS}. *CVPR 2016*`,
    );
    expect(matchEntry(compiled, withoutPaper)?.links).toBe('[[Code]](https://github.com/a/b)');
    expect(matchEntry(compiled, formatEntry({ ...code, paperUrl: ARXIV }, parsed))?.paper).toBe(
      ARXIV,
    );
    // A paper link written at the start of its line is read as before the indent stood apart
    // (jason718/awesome-self-supervised-learning has some).
    const flush = `- Deep Residual Learning.\n[[pdf]](${ARXIV})\n  - ${AUTHORS}. *CVPR 2016*`;
    expect(matchEntry(compiled, flush)?.paper).toBe(ARXIV);
  });

  it('with the automatic optional paper link, given or not', () => {
    const parsed = template('- **{title}** ({year}), {authors} [[pdf]]({paper})');
    const compiled = compileEntryPattern(parsed);
    expect(matchEntry(compiled, formatEntry({ ...RESNET, paperUrl: ARXIV }, parsed))).toEqual({
      title: 'Deep Residual Learning',
      year: '2016',
      authors: AUTHORS,
      paper: 'https://arxiv.org/abs/1512.03385',
    });
    expect(matchEntry(compiled, formatEntry(RESNET, parsed))).toEqual({
      title: 'Deep Residual Learning',
      year: '2016',
      authors: AUTHORS,
    });
  });
});

describe('a venue the list writes without the emphasis around `{venue}` (`plainVenues`)', () => {
  // THUYimingLi/backdoor-learning-resources: `*ICCV*, 2021.` but `arXiv, 2020.` (96 entries).
  const source = '- {title}.\n  - {authors}. *{venue}*, {year}.';
  const written = (venue: string) =>
    formatEntry(
      { ...RESNET, venue, date: { year: 2020 }, links: [] },
      {
        ...template(source),
        plainVenues: ['arXiv'],
      },
    );

  it('writes the plain venues plain, the others enclosed', () => {
    expect(written('arXiv 2020')).toBe(
      '- Deep Residual Learning.\n  - [Kaiming He](https://kaiminghe.github.io/), Xiangyu Zhang, Shaoqing Ren. arXiv, 2020.',
    );
    expect(written('ICCV 2020')).toContain('Shaoqing Ren. *ICCV*, 2020.');
  });

  it('reads both back, with the venue alone', () => {
    for (const venue of ['arXiv', 'ICCV']) {
      expect(match(source, written(`${venue} 2020`))).toMatchObject({ venue, year: '2020' });
    }
  });

  it('never lets a plain venue swallow the end of the authors, nor reads half an emphasis', () => {
    const entry = '- A Title.\n  - Ben Y. Zhao, and Ann Lee. *CVPR*, 2020.';
    expect(match(source, entry)).toMatchObject({
      authors: 'Ben Y. Zhao, and Ann Lee',
      venue: 'CVPR',
    });
    expect(match(source, '- A Title.\n  - Ann Lee. *CVPR 2021*.')).toBeUndefined();
    expect(match(source, '- A Title.\n  - Ann Lee. *CVPR, 2021.')).toBeUndefined();
  });
});

describe('matchEntry tolerates what real entries do', () => {
  it('reads any run of spaces where the template has one', () => {
    expect(
      match(DEFAULT_TEMPLATE, '- **Deep**  <Br>\nKaiming   He <Br>\n[CVPR 2016]\t<Br>'),
    ).toEqual({ title: 'Deep', authors: 'Kaiming   He', venue: 'CVPR 2016', links: '' });
  });

  it('reads an entry whose opening parenthesis is escaped, as Markdown shows it alike (yyyujintang/Awesome-Mamba-Papers)', () => {
    const template = '({venue}) {title} [Paper]({paper}){links}';
    const entry =
      '(Arxiv 24.05.13) MambaOut: Do We Need Mamba? [Paper](https://arxiv.org/abs/2405.07992)';
    const fields = {
      venue: 'Arxiv 24.05.13',
      title: 'MambaOut: Do We Need Mamba?',
      paper: 'https://arxiv.org/abs/2405.07992',
      links: '',
    };
    expect(match(template, entry)).toEqual(fields);
    expect(match(template, `\\${entry}`)).toEqual(fields);
    // Only a parenthesis, and only the entry's first.
    expect(match('- ({venue}) {title}', '\\- (CVPR 2020) A Title Long Enough')).toBe(undefined);
    expect(match(template, `\\\\${entry}`)).toBe(undefined);
  });

  it('reads a line without the blanks before an optional part that ends it, when the part is missing', () => {
    const template =
      '- {title} [Paper]({paper}) {[![Stars](https://img.shields.io/github/stars/{repo})]}';
    const paper = { title: 'Mamba', paper: 'https://a.org/1' };
    expect(match(template, '- Mamba [Paper](https://a.org/1) ')).toEqual(paper);
    expect(match(template, '- Mamba [Paper](https://a.org/1)')).toEqual(paper);
    expect(
      match(
        template,
        '- Mamba [Paper](https://a.org/1) ![Stars](https://img.shields.io/github/stars/a/b)',
      ),
    ).toEqual({ ...paper, repo: 'a/b' });
    // The part still needs its blank when it is there.
    expect(
      match(
        template,
        '- Mamba [Paper](https://a.org/1)![Stars](https://img.shields.io/github/stars/a/b)',
      ),
    ).toBe(undefined);
  });

  it('requires a space where the template has one', () => {
    expect(match(DEFAULT_TEMPLATE, '- **Deep**<Br>\nKaiming He <Br>\n[CVPR 2016] <Br>')).toBe(
      undefined,
    );
    expect(match('- **{title}** {venue}', '- **Deep**CVPR 2016')).toBe(undefined);
    expect(match('- **{title}** {venue}', '-**Deep** CVPR 2016')).toBe(undefined);
  });

  it('reads an indented first line and a line break of another case', () => {
    expect(
      match(DEFAULT_TEMPLATE, '   - **Deep** <br>\nKaiming He <br>\n[CVPR 2016] <br>'),
    ).toEqual({ title: 'Deep', authors: 'Kaiming He', venue: 'CVPR 2016', links: '' });
  });

  it('reads a blank line between the template’s lines as there or not, with either line end', () => {
    const source = '- {title}. [paper]({paper})\n\n_{authors}_';
    const values = { title: 'Deep', paper: 'https://a.org/1', authors: 'Kaiming He' };
    for (const eol of ['\n', '\r\n']) {
      for (const gap of [eol + eol, eol, `${eol}   ${eol}`]) {
        const text = `- Deep. [paper](https://a.org/1)${gap}_Kaiming He_`;
        expect(match(source, text), JSON.stringify(text)).toMatchObject(values);
      }
    }
    // As the formatter writes it without authors: no blank line, nothing after it.
    expect(match(source, '- Deep. [paper](https://a.org/1)')).toMatchObject({ title: 'Deep' });
  });

  it('reads CRLF line ends', () => {
    expect(
      match(DEFAULT_TEMPLATE, '- **Deep** <Br>\r\nKaiming He <Br>\r\n[CVPR 2016] <Br>\r\n[★]'),
    ).toEqual({
      title: 'Deep',
      authors: 'Kaiming He',
      venue: 'CVPR 2016',
      links: '',
      tail: '[★]',
    });
  });

  it('allows a missing line with values, but not a missing literal line', () => {
    const source = '- **{title}**\n  {authors}\n  ---';
    expect(match(source, '- **Deep**\n  ---')).toEqual({ title: 'Deep' });
    expect(match(source, '- **Deep**\n  A B\n  ---')).toEqual({ title: 'Deep', authors: 'A B' });
    expect(match(source, '- **Deep**\n  A B')).toBe(undefined);
    expect(match(DEFAULT_TEMPLATE, '- **Deep** <Br>')).toEqual({ title: 'Deep' });
  });

  it('allows an optional part to be missing', () => {
    const source = '* {[**{abbreviation}**: ]}"{title}", *{venue}*.';
    expect(match(source, '* **ResNet**: "Deep Residual Learning", *CVPR 2016*.')).toEqual({
      abbreviation: 'ResNet',
      title: 'Deep Residual Learning',
      venue: 'CVPR 2016',
    });
    expect(match(source, '* "Deep Residual Learning", *CVPR 2016*.')).toEqual({
      title: 'Deep Residual Learning',
      venue: 'CVPR 2016',
    });
  });

  it('reads the fallback in place of an optional part, and nothing else there', () => {
    const source = '- {title} {[({abbreviation})]|-} {venue}';
    expect(match(source, '- Deep (R) CVPR 2016')).toEqual({
      title: 'Deep',
      abbreviation: 'R',
      venue: 'CVPR 2016',
    });
    expect(match(source, '- Deep - CVPR 2016')).toEqual({ title: 'Deep', venue: 'CVPR 2016' });
    expect(match(source, '- Deep CVPR 2016')).toBe(undefined);
  });

  it('lets the "." after a title go missing only when the title ends in ".", "?" or "!"', () => {
    const source = '{number}. **{title}.** {venue}';
    expect(match(source, '3. **Why?** CVPR 2016')).toEqual({
      number: '3',
      title: 'Why?',
      venue: 'CVPR 2016',
    });
    expect(match(source, '3. **Wow!** CVPR 2016')).toEqual({
      number: '3',
      title: 'Wow!',
      venue: 'CVPR 2016',
    });
    expect(match(source, '3. **Deep.** CVPR 2016')).toMatchObject({
      number: '3',
      venue: 'CVPR 2016',
    });
    expect(match(source, '3. **Deep** CVPR 2016')).toBe(undefined);
    expect(match(source, '3. **Deep,** CVPR 2016')).toBe(undefined);
  });

  it('reads table rows padded or not with an unpadded template', () => {
    const source = '|{title}|{venue}|';
    const fields = { title: 'Deep', venue: 'CVPR 2016' };
    expect(match(source, '|Deep|CVPR 2016|')).toEqual(fields);
    expect(match(source, '| Deep | CVPR 2016 |')).toEqual(fields);
    expect(match(source, '|  Deep\t|   CVPR 2016  |')).toEqual(fields);
  });

  it('reads table rows of any padding with a padded template', () => {
    const source = '| {title} | {venue} |';
    const fields = { title: 'Deep', venue: 'CVPR 2016' };
    expect(match(source, '| Deep | CVPR 2016 |')).toEqual(fields);
    expect(match(source, '|  Deep  |   CVPR 2016 |')).toEqual(fields);
  });

  it('does not match entries longer than 4000 characters', () => {
    const compiled = compileEntryPattern(template('- **{title}**'));
    const entry = (length: number) => `- **${'x'.repeat(length - 6)}**`;
    expect(entry(4000)).toHaveLength(4000);
    expect(matchEntry(compiled, entry(4000))).toEqual({ title: 'x'.repeat(3994) });
    expect(matchEntry(compiled, entry(4001))).toBe(undefined);
  });

  it('does not match an entry with text the template does not have', () => {
    expect(match('- **{title}**', '- **Deep** extra')).toBe(undefined);
    expect(match(DEFAULT_TEMPLATE, '* **Deep** <Br>')).toBe(undefined);
  });
});
