// ChenHsing/Awesome-Video-Diffusion-Models: a Github column of star badges linking the code, `-`
// where a paper has no code.
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config.js';
import { DEFAULT_FORM } from '../../src/form/default-form.js';
import { resolveList } from '../../src/infer/resolve-format.js';
import { planAddition } from '../../src/plan/plan-addition.js';
import { renderIssueBody } from '../form/render-issue-body.js';

const badge = (repo: string) =>
  `[![Star](https://img.shields.io/github/stars/${repo}.svg?style=social&label=Star)](https://github.com/${repo})`;
const row = (title: string, id: string, code: string) =>
  `| [${title}](https://arxiv.org/abs/${id}) | ${code} | arXiv, 2024 |`;

const LIST = [
  '# Video Generation',
  '',
  '## Caption-level',
  '',
  '| Title | Github | Pub. & Date |',
  '|:-----:|:-----:|:-----:|',
  row(
    'OpenS2V-Nexus: A Benchmark for Subject-to-Video',
    '2505.20292',
    badge('PKU-YuanGroup/OpenS2V-Nexus'),
  ),
  row(
    'Identity-Preserving Text-to-Video Generation',
    '2411.17440',
    badge('PKU-YuanGroup/ConsisID'),
  ),
  row(
    'ChronoMagic-Bench: A Benchmark for Time-lapse Video',
    '2406.18522',
    badge('PKU-YuanGroup/ChronoMagic-Bench'),
  ),
  row('Panda-70M: Captioning 70M Videos with Teachers', '2402.19479', '-'),
  row('MiraData: A Large-Scale Video Dataset', '2407.06358', badge('mira-space/MiraData')),
  row('ShareGPT4Video: Improving Video Understanding', '2406.04325', '-'),
  '',
].join('\n');

describe('star badges of the code’s repository, with no configuration', () => {
  const files = [{ path: 'README.md', text: LIST }];
  const { format, list } = resolveList(defaultConfig(), files);
  const plan = (links: string) =>
    planAddition({
      body: renderIssueBody(DEFAULT_FORM, {
        paper: 'https://arxiv.org/abs/2507.00001',
        title: 'A Caption Dataset for Video Generation',
        authors: 'Ada Lovelace',
        venue: 'arXiv, 2024',
        section: 'Caption-level',
        links,
      }),
      form: DEFAULT_FORM,
      list,
      format,
    });

  it('learns the badge as the repository of the code link', () => {
    expect(format.template.source).toBe(
      `| [{title}]({paper}) | {[${badge('{repo}')}]|-} | {venue}, {year} |`,
    );
  });

  it('writes the badge of the code’s repository, or the list’s marker when there is none', () => {
    const withCode = plan('Code: https://github.com/ada/captions');
    if (withCode.kind !== 'insert') throw new Error(JSON.stringify(withCode));
    expect(withCode.entry).toBe(
      `| [A Caption Dataset for Video Generation](https://arxiv.org/abs/2507.00001) | ${badge('ada/captions')} | arXiv, 2024 |`,
    );
    const without = plan('');
    if (without.kind !== 'insert') throw new Error(JSON.stringify(without));
    expect(without.entry).toContain(') | - | arXiv, 2024 |');
  });

  it('asks for the GitHub link where every entry shows the stars', () => {
    const always = LIST.replace(/\| - \|/g, `| ${badge('a/b')} |`);
    const read = resolveList(defaultConfig(), [{ path: 'README.md', text: always }]);
    const refused = planAddition({
      body: renderIssueBody(DEFAULT_FORM, {
        paper: 'https://arxiv.org/abs/2507.00001',
        title: 'A Caption Dataset for Video Generation',
        authors: 'Ada Lovelace',
        venue: 'arXiv, 2024',
        section: 'Caption-level',
        links: 'Project: https://ada.github.io/captions',
      }),
      form: DEFAULT_FORM,
      ...read,
    });
    expect(refused.kind).toBe('invalid');
    if (refused.kind !== 'invalid') return;
    expect(refused.problems.map((p) => [p.field, p.message])).toEqual([
      [
        'links',
        expect.stringMatching(
          /^"Other links" needs the code's GitHub link .*every entry of the list shows its GitHub stars/,
        ),
      ],
    ]);
  });
});
