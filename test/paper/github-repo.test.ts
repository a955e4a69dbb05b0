import { describe, expect, it } from 'vitest';
import { githubRepo, starBadgeTemplate } from '../../src/paper/github-repo.js';

const link = (url: string) => ({ label: 'Code', url });

describe('githubRepo', () => {
  it('is owner/name of the first link to a GitHub repository', () => {
    expect(
      githubRepo([
        link('https://ada.github.io/'),
        link('https://github.com/Ada/Qwen2.5-VL/tree/main'),
      ]),
    ).toBe('Ada/Qwen2.5-VL');
    expect(githubRepo([link('https://www.github.com/ada/tool.git')])).toBe('ada/tool');
  });

  it('is nothing for a user page, another host or a name GitHub would not allow', () => {
    expect(githubRepo([link('https://github.com/ada')])).toBeUndefined();
    expect(githubRepo([link('https://gitlab.com/ada/tool')])).toBeUndefined();
    expect(githubRepo([link('https://github.com/ada/to%20ol')])).toBeUndefined();
    expect(githubRepo([link('not a url')])).toBeUndefined();
  });
});

describe('starBadgeTemplate', () => {
  it('writes the repository of a star badge, and of the link around it, as {repo}', () => {
    // BradyFU/Awesome-Multimodal-Large-Language-Models and ChenHsing/Awesome-Video-Diffusion-Models.
    expect(
      starBadgeTemplate(
        '![Star](https://img.shields.io/github/stars/QwenLM/Qwen2.5-VL.svg?style=social&label=Star)',
      ),
    ).toBe('![Star](https://img.shields.io/github/stars/{repo}.svg?style=social&label=Star)');
    expect(
      starBadgeTemplate(
        '[![Star](https://img.shields.io/github/stars/THUDM/CogVideo.svg?style=social&label=Star)](https://github.com/THUDM/CogVideo)',
      ),
    ).toBe(
      '[![Star](https://img.shields.io/github/stars/{repo}.svg?style=social&label=Star)](https://github.com/{repo})',
    );
    expect(starBadgeTemplate('![GitHub Repo stars](https://img.shields.io/github/stars/a/b)')).toBe(
      '![GitHub Repo stars](https://img.shields.io/github/stars/{repo})',
    );
  });

  it('leaves a link to another repository, and other badges, alone', () => {
    expect(
      starBadgeTemplate(
        '[![Star](https://img.shields.io/github/stars/a/b.svg)](https://github.com/c/d)',
      ),
    ).toBe('[![Star](https://img.shields.io/github/stars/{repo}.svg)](https://github.com/c/d)');
    expect(
      starBadgeTemplate('![arXiv](https://img.shields.io/badge/arXiv-b31b1b.svg)'),
    ).toBeUndefined();
  });
});
