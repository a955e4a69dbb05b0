import { describe, expect, it } from 'vitest';
import { findPaper } from '../../src/list/find-paper.js';
import { namePaperList } from '../../src/list/paper-list.js';
import { normaliseTitle } from '../../src/paper/paper-identity.js';
import type { Paper } from '../../src/paper/paper.js';
import { corpusFiles } from '../support/corpus.js';
import { DEFAULT_FORMAT, entryTexts, read } from '../support/list-helpers.js';

const { reader } = DEFAULT_FORMAT;
const options = { excludeSections: DEFAULT_FORMAT.excludeSections };

function paper(overrides: Partial<Paper>): Paper {
  return {
    title: 'A Completely New Paper',
    authors: [{ name: 'Someone' }],
    venue: 'CVPR 2024',
    date: { year: 2024 },
    section: 'Vision',
    links: [],
    notes: [],
    ...overrides,
  };
}

const README = `# Vision
- **Attention Is All You Need** <Br>
Ashish Vaswani <Br>
[NeurIPS 2017] [[Paper](https://arxiv.org/abs/1706.03762v5)] [[Code](https://github.com/tensorflow/tensor2tensor)] <Br>

- **Deep Residual Learning** <Br>
[Kaiming He](https://kaiminghe.com/) <Br>
[CVPR 2016] [[Paper](https://doi.org/10.1109/CVPR.2016.90)] <Br>

- **Focal Loss** <Br>
Tsung-Yi Lin <Br>
[ICCV 2017] [[Paper](https://openaccess.thecvf.com/content_iccv_2017/html/Lin_Focal_Loss_ICCV_2017_paper.html)] <Br>

# Language
- **BERT: Pre-training of Deep Bidirectional Transformers** <Br>
Jacob Devlin <Br>
[NAACL 2019] [[Paper](https://arxiv.org/pdf/1810.04805.pdf)] <Br>
`;

const list = namePaperList(
  [read(README), read('- **Attention is all you need!** <Br>\n[NIPS 2017] <Br>\n', 'Other.md')],
  options,
);

describe('findPaper', () => {
  it('finds the same title after case folding and dropping punctuation and spacing', () => {
    const found = findPaper(list, paper({ title: 'attention is ALL you-need' }), reader);
    expect(found.same.map((m) => [m.file.path, m.sectionName, m.entry.line, m.reason])).toEqual([
      ['README.md', 'Vision', 2, 'title'],
      ['Other.md', 'Other', 1, 'title'],
    ]);
  });

  it('finds a title written with escapes, marks and other letters between its own', () => {
    // Titles are read only from entries whose text could hold the wanted one: none may be missed.
    const escaped = namePaperList(
      [
        read(
          '- **GPT\\-4: Tech\\_Report** <Br>\nOpenAI <Br>\n[arXiv 2023] <Br>\n\n- **Ｇｐｔ-4 Tech Report** <Br>\nA <Br>\n[arXiv 2023] <Br>\n',
        ),
      ],
      options,
    );
    const found = findPaper(escaped, paper({ title: 'gpt-4 tech report' }), reader);
    expect(found.same.map((m) => [m.entry.line, m.title])).toEqual([
      [1, 'GPT-4: Tech_Report'],
      [5, 'Ｇｐｔ-4 Tech Report'],
    ]);
    // A sign that folds into letters, and an accent written apart from its letter.
    const folded = namePaperList(
      [
        read(
          '- **Quokka™ Nets** <Br>\nA <Br>\n[arXiv 2023] <Br>\n\n- **Cafe\u0301 Nets** [★★] <Br>\nA <Br>\n[arXiv 2023] <Br>\n',
        ),
      ],
      options,
    );
    const lines = (title: string) =>
      findPaper(folded, paper({ title }), reader).same.map((m) => m.entry.line);
    expect(lines('QuokkaTM nets')).toEqual([1]);
    expect(lines('Café Nets')).toEqual([5]);
  });

  it('finds the same arXiv paper in any version, abs or pdf', () => {
    for (const url of [
      'https://arxiv.org/pdf/1706.03762',
      'http://arxiv.org/abs/1706.03762v1',
      'https://www.arxiv.org/pdf/1706.03762v7.pdf',
    ]) {
      const found = findPaper(list, paper({ paperUrl: url }), reader);
      expect(
        found.same.map((m) => [m.title, m.reason]),
        url,
      ).toEqual([['Attention Is All You Need', 'arxiv']]);
    }
    const bert = findPaper(
      list,
      paper({ links: [{ label: 'arXiv', url: 'https://arxiv.org/abs/1810.04805v2' }] }),
      reader,
    );
    expect(bert.same.map((m) => [m.sectionName, m.entry.line])).toEqual([['Language', 15]]);
  });

  it('finds the same DOI whatever its case or resolver', () => {
    const found = findPaper(
      list,
      paper({ paperUrl: 'https://dx.doi.org/10.1109/cvpr.2016.90' }),
      reader,
    );
    expect(found.same.map((m) => [m.title, m.reason])).toEqual([['Deep Residual Learning', 'doi']]);
  });

  it('finds the same paper URL up to scheme, www and trailing slash', () => {
    const found = findPaper(
      list,
      paper({
        paperUrl:
          'http://www.openaccess.thecvf.com/content_iccv_2017/html/Lin_Focal_Loss_ICCV_2017_paper.html/',
      }),
      reader,
    );
    expect(found.same.map((m) => [m.title, m.reason])).toEqual([['Focal Loss', 'url']]);
  });

  it('does not take a shared code repository for the same paper, but notes it', () => {
    const found = findPaper(
      list,
      paper({ links: [{ label: 'Code', url: 'https://github.com/tensorflow/tensor2tensor/' }] }),
      reader,
    );
    expect(found.same).toEqual([]);
    expect(found.sharedLinks.map((s) => [s.location.title, s.url])).toEqual([
      ['Attention Is All You Need', 'github.com/tensorflow/tensor2tensor'],
    ]);
  });

  it('does not match an author homepage or a different paper', () => {
    const found = findPaper(
      list,
      paper({
        paperUrl: 'https://arxiv.org/abs/1706.03763',
        links: [{ label: 'Project', url: 'https://kaiminghe.com' }],
      }),
      reader,
    );
    expect(found.same).toEqual([]);
    expect(found.sharedLinks.map((s) => [s.location.title, s.url])).toEqual([]);
  });

  it('finds every place of papers the corpus lists under several topics', () => {
    const files = corpusFiles().filter((f) => f.folder === 'lcybuzz-low-level-vision-paper-record');
    const corpus = namePaperList(
      files.map((f) => read(f.text, f.file)),
      options,
    );
    const byTitle = new Map<string, number>();
    for (const file of corpus.files) {
      for (const text of entryTexts(file)) {
        const title = reader.title(text)!;
        byTitle.set(normaliseTitle(title), (byTitle.get(normaliseTitle(title)) ?? 0) + 1);
      }
    }
    const repeated = [...byTitle].filter(([, n]) => n > 1);
    expect(repeated.length).toBeGreaterThan(10);
    for (const [title, count] of repeated) {
      const found = findPaper(corpus, paper({ title }), reader);
      expect(found.same, title).toHaveLength(count);
    }
  });
});
