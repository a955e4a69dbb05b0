import { describe, expect, it } from 'vitest';
import { additionPullRequest } from '../../src/messages/pull-request-text.js';
import { filePaper } from '../support/file-paper.js';
import { inferredList } from '../support/list-helpers.js';

const LIST = [
  '# Papers',
  '',
  '## Vision',
  '',
  '- **Deep Residual Learning for Image Recognition;** Kaiming He, Xiangyu Zhang',
  '- **Very Deep Convolutional Networks;** Karen Simonyan, Andrew Zisserman',
  '- **Network in Network;** Min Lin, Qiang Chen, Shuicheng Yan',
  '- **Going Deeper with Convolutions;** Christian Szegedy, Wei Liu',
  '- **Rethinking the Inception Architecture;** Christian Szegedy, Vincent Vanhoucke',
  '',
].join('\n');

const context = {
  issueNumber: 7,
  issueAuthor: 'filer',
  repositoryUrl: 'https://github.com/o/r',
  branch: 'paper-list-bot/issue-7',
};

describe('additionPullRequest', () => {
  it('names each link the list’s entries have no place for, so the reviewer can add it', () => {
    const { format, list } = inferredList(LIST);
    const plan = filePaper(list, format, {
      paper: 'https://arxiv.org/abs/1608.06993',
      title: 'Densely Connected Convolutional Networks',
      authors: 'Gao Huang, Zhuang Liu',
      venue: 'CVPR 2017',
      section: 'Vision',
      links: 'Code: https://github.com/liuzhuang13/DenseNet',
    });
    expect(plan.entry).toBe(
      '- **Densely Connected Convolutional Networks;** Gao Huang, Zhuang Liu',
    );
    const { body } = additionPullRequest(plan, context);
    expect(body).toContain(
      '- Not written: **Paper** `https://arxiv.org/abs/1608.06993` — the list’s entries have no place for such a link. Add it by hand if it belongs.'.replace(
        '’',
        "'",
      ),
    );
    expect(body).toContain('- Not written: **Code** `https://github.com/liuzhuang13/DenseNet`');
  });
});
