import { describe, expect, it } from 'vitest';
import { readListFile } from '../../src/list/read-list-file.js';
import { sortListFile } from '../../src/list/sort-list-file.js';
import { corpusFile, corpusFiles, REFERENCE } from '../support/corpus.js';
import { DEFAULT_FORMAT, entryTexts, formatWith, read } from '../support/list-helpers.js';

const { reader } = DEFAULT_FORMAT;

function sortText(text: string, path = 'README.md', format = DEFAULT_FORMAT): string {
  return sortListFile(readListFile(path, text, format.reader), format.reader, format.order).text;
}

describe('sortListFile', () => {
  it('leaves the reference README byte-identical', () => {
    const readme = corpusFile(`${REFERENCE}/README.md`);
    const sorted = sortListFile(read(readme.text), reader, 'newest-first');
    expect(sorted.changed).toEqual([]);
    expect(Buffer.from(sorted.text).equals(readme.bytes)).toBe(true);
  });

  it('fixes # QAT in quantization.md and changes nothing else', () => {
    const quantization = corpusFile(`${REFERENCE}/quantization.md`);
    const list = read(quantization.text, 'quantization.md');
    const sorted = sortListFile(list, reader, 'newest-first');
    expect(sorted.changed.map((c) => c.section.heading?.text)).toEqual(['QAT']);
    expect(
      sorted.changed[0]!.moved.map((m) => [m.title.slice(0, 5), m.year, m.from, m.to]),
    ).toEqual([['LSQ+:', 2020, 4, 3]]);
    // Every other section is untouched: the text outside QAT's entries is identical.
    const qat = sorted.changed[0]!.section;
    const first = qat.entries[0]!.start;
    const last = qat.entries.at(-1)!.end;
    expect(sorted.text.slice(0, first)).toBe(quantization.text.slice(0, first));
    expect(sorted.text.slice(last)).toBe(quantization.text.slice(last));
    // Within QAT, only LSQ+ and the entry it overtook traded places.
    const before = entryTexts(list);
    const after = entryTexts(read(sorted.text, 'quantization.md'));
    const changedIndexes = before.flatMap((t, i) => (t === after[i] ? [] : [i]));
    expect(changedIndexes).toHaveLength(2);
    // And the separators between entries stay in place.
    const gaps = (text: string) => {
      const l = read(text, 'quantization.md');
      return l.sections.flatMap((s) =>
        s.entries.slice(1).map((e, i) => text.slice(s.entries[i]!.end, e.start)),
      );
    };
    expect(gaps(sorted.text)).toEqual(gaps(quantization.text));
  });

  for (const file of corpusFiles()) {
    it(`is idempotent and keeps every entry block on ${file.name}`, () => {
      const once = sortText(file.text, file.file);
      const twice = sortText(once, file.file);
      expect(twice).toBe(once);
      expect(once.length).toBe(file.text.length);
      const blocks = (text: string) => entryTexts(read(text, file.file)).sort();
      expect(blocks(once)).toEqual(blocks(file.text));
    });
  }

  it('is stable, newest first, and keeps undated entries at the end in their order', () => {
    const text = [
      '# A',
      '- **U1** <Br>',
      '[Workshop] <Br>',
      '',
      '- **2019a** <Br>',
      '[CVPR 2019] <Br>',
      '',
      '- **2021** <Br>',
      '[arXiv 2104] <Br>',
      '',
      '- **U2** <Br>',
      '',
      '- **2019b** <Br>',
      '[ICCV 2019] <Br>',
      '',
    ].join('\n');
    const titles = (t: string) => entryTexts(read(t)).map((e) => reader.title(e));
    expect(titles(sortText(text))).toEqual(['2021', '2019a', '2019b', 'U1', 'U2']);
    const oldest = formatWith({ order: 'oldest-first' });
    expect(titles(sortText(text, 'README.md', oldest))).toEqual([
      '2019a',
      '2019b',
      '2021',
      'U1',
      'U2',
    ]);
    const byTitle = formatWith({ order: 'title' });
    expect(titles(sortText(text, 'README.md', byTitle))).toEqual([
      '2019a',
      '2019b',
      '2021',
      'U1',
      'U2',
    ]);
    expect(sortText(text, 'README.md', formatWith({ order: 'none' }))).toBe(text);
  });

  it('moves whole entries and keeps a file without a final newline without one', () => {
    const text = '# A\n- **Old** <Br>\n[CVPR 2010] <Br>\n\n- **New** <Br>\n[CVPR 2020] <Br>';
    expect(sortText(text)).toBe(
      '# A\n- **New** <Br>\n[CVPR 2020] <Br>\n\n- **Old** <Br>\n[CVPR 2010] <Br>',
    );
  });

  it('sorts CRLF files without mixing line endings', () => {
    const text =
      '# A\r\n- **Old** <Br>\r\n[CVPR 2010] <Br>\r\n\r\n- **New** <Br>\r\n[CVPR 2020] <Br>\r\n';
    const sorted = sortText(text);
    expect(sorted).toBe(
      '# A\r\n- **New** <Br>\r\n[CVPR 2020] <Br>\r\n\r\n- **Old** <Br>\r\n[CVPR 2010] <Br>\r\n',
    );
    expect(sorted.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('reports one move for one entry out of place, not every shifted neighbour', () => {
    const years = [2023, 2022, 2021, 2024, 2020];
    const text = `# A\n${years.map((y) => `- **P${y}** <Br>\n[CVPR ${y}] <Br>\n`).join('\n')}`;
    const sorted = sortListFile(read(text), reader, 'newest-first');
    expect(sorted.changed[0]!.moved.map((m) => m.title)).toEqual(['P2024']);
  });
});
