// Yutong-Zhou-cv/Awesome-Text-to-Image: entries nested under group bullets, some tagged before
// their title with a topic of their own (`[💬Image Editing]`), some ending in a blank, some not.
import { describe, expect, it } from 'vitest';
import { filePaper } from '../support/file-paper.js';
import { inferredList } from '../support/list-helpers.js';

const entry = (venue: string, title: string, id: string, tag = '', end = ' ') =>
  `    * (${venue}) ${tag ? `[💬${tag}] ` : ''}**${title}**, Ann Lee et al. [[Paper](https://arxiv.org/abs/${id})]${end}`;

const LIST = [
  '# Awesome Text-to-Image',
  '',
  '* **Text to Face**',
  entry('arXiv preprint 2024', 'Fast Text-to-3D-Aware Face Generation', '2403.06702'),
  entry(
    'IJACSA 2023',
    'Stable Diffusion enhanced Bangla Text-to-Face Synthesis',
    '2311.00001',
    '',
    '',
  ),
  entry('SIGGRAPH 2023', 'DreamFace: Progressive Generation of 3D Faces', '2304.03117', '3D'),
  entry('CVPR 2023', 'High-Fidelity 3D Face Generation', '2305.03302', 'Text → 3D'),
  entry('CVPR 2023', 'Collaborative Diffusion for Face Generation', '2304.10530'),
  '* **Applications**',
  entry(
    'arXiv preprint 2024',
    'Gen4Gen: Generative Data Pipeline',
    '2402.15504',
    'Multi-Concept Composition',
  ),
  entry(
    'arXiv preprint 2023',
    'HAAR: Text-Conditioned 3D Hairstyles',
    '2312.11666',
    'Hairstyle Generation',
  ),
  entry(
    'arXiv preprint 2023',
    'Image Super-Resolution with Text Prompt Diffusion',
    '2311.14282',
    'Super-Resolution',
    '',
  ),
  entry('arXiv preprint 2023', 'Instruct-Imagen: Image Generation', '2310.01952'),
  entry('arXiv preprint 2023', 'Subject-driven Text-to-Image Generation', '2304.00186', '', ''),
  '',
].join('\n');

describe('entries tagged with a topic of their own before the title, with no configuration', () => {
  const { format, list, entries } = inferredList(LIST);

  it('learns the tag as optional notes (the indent is the group bullets’)', () => {
    expect(format.template.source).toBe(
      '* ({venue}){[ [💬{notes}]]} **{title}**, {authors} [[Paper]({paper})]{links} ',
    );
  });

  it('reads every entry whole, with or without its last blank', () => {
    expect(entries).toHaveLength(10);
    expect(entries.filter((e) => format.reader.fields(e) === undefined)).toEqual([]);
    expect(format.reader.fields(entries[3]!)?.notes).toBe('Text → 3D');
  });

  it('writes a new paper’s notes as its tag, and no tag without notes', () => {
    const add = (notes: string) => {
      const plan = filePaper(list, format, {
        paper: 'https://arxiv.org/abs/2405.00001',
        title: 'A New Text-to-Image Model',
        authors: 'Ann Lee',
        venue: 'arXiv preprint 2024',
        section: 'Applications',
        notes,
      });
      return plan.entry;
    };
    expect(add('Video Editing')).toBe(
      '    * (arXiv preprint 2024) [💬Video Editing] **A New Text-to-Image Model**, Ann Lee [[Paper](https://arxiv.org/abs/2405.00001)] ',
    );
    expect(add('')).toBe(
      '    * (arXiv preprint 2024) **A New Text-to-Image Model**, Ann Lee [[Paper](https://arxiv.org/abs/2405.00001)] ',
    );
  });
});
