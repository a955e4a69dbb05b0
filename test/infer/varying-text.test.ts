import { describe, expect, it } from 'vitest';
import { withVaryingNotes } from '../../src/infer/varying-text.js';

const tagged = (tag: string, count = 1) => ({
  source: `* ({venue}) [💬${tag}] **{title}**, {authors}`,
  count,
});

describe('withVaryingNotes', () => {
  it('joins skeletons alike but for three or more different words in one place, as notes', () => {
    const plain = { source: '* ({venue}) **{title}**, {authors}', count: 40 };
    expect(
      withVaryingNotes([
        plain,
        tagged('Text → 3D', 5),
        tagged('Image Editing', 4),
        tagged(' 3D', 2),
      ]),
    ).toEqual([plain, { source: '* ({venue}) [💬{notes}] **{title}**, {authors}', count: 11 }]);
  });

  it('leaves two variants as they are: they may be two fixed texts', () => {
    const two = [tagged('Editing', 3), tagged('Segmentation', 2)];
    expect(withVaryingNotes(two)).toEqual(two);
  });

  it('cuts the text around the words at a word’s edge', () => {
    const words = ['Texture', 'Text', 'Textile'].map((w) => ({
      source: `- {title} (${w} model)`,
      count: 1,
    }));
    expect(withVaryingNotes(words)).toEqual([{ source: '- {title} ({notes} model)', count: 3 }]);
  });

  it('joins no words that would leave a bracket open', () => {
    // XiaoxinHe/Awesome-Graph-LLM: titles whose last words were not read with them.
    const tails = ['(LLMS)', '(LLMs) in Learning on Graphs', '(a Graph Drawing): Testing'].map(
      (t) => ({ source: `- {title} ${t} [[paper]({paper})]`, count: 1 }),
    );
    expect(withVaryingNotes(tails)).toEqual(tails);
    const kinds = ['Oral', 'Spotlight', 'Best Paper'].map((t) => ({
      source: `- {title} (${t}) {venue}`,
      count: 1,
    }));
    expect(withVaryingNotes(kinds)).toEqual([{ source: '- {title} ({notes}) {venue}', count: 3 }]);
  });

  it('joins no labels of a link: they name the link (Xianjun-Yang/Awesome_papers_on_LLMs_detection)', () => {
    const labels = ['pdf', 'link', 'paper'].map((label) => ({
      source: `+   **{title}** [[${label}]]({paper}){links}`,
      count: 1,
    }));
    expect(withVaryingNotes(labels)).toEqual(labels);
  });

  it('joins no punctuation, brackets or lines, and leaves skeletons with notes alone', () => {
    const marks = ['.', ';', ':'].map((m) => ({ source: `- {title}${m} {venue}`, count: 1 }));
    expect(withVaryingNotes(marks)).toEqual(marks);
    const links = ['[a](b)', '[c](d)', '[e](f)'].map((l) => ({
      source: `- {title} ${l}`,
      count: 1,
    }));
    expect(withVaryingNotes(links)).toEqual(links);
    const noted = ['x', 'y', 'z'].map((w) => ({ source: `- {title} ${w} {notes}`, count: 1 }));
    expect(withVaryingNotes(noted)).toEqual(noted);
  });
});
