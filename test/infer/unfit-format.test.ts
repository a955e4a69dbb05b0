// floodsung/Deep-Learning-Papers-Reading-Roadmap: citations no two of which are alike. The
// format inferred from them is one citation's, with its authors and venue literal.
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config.js';
import { DEFAULT_FORM } from '../../src/form/default-form.js';
import { resolveList } from '../../src/infer/resolve-format.js';
import { planAddition } from '../../src/plan/plan-addition.js';
import { renderIssueBody } from '../form/render-issue-body.js';

const VENUES = [
  'An MIT Press book. (2015)',
  'Nature 521.7553 (2015): 436-444',
  'Neural computation 18.7 (2006)',
  'Advances in NIPS. 2012',
  'arXiv preprint arXiv:1409.1556 (2014)',
  'Proceedings of CVPR. 2015',
  'Science 313.5786 (2006): 504-507',
  'ICLR workshop, 2013',
  'Journal of Machine Learning Research 15.1 (2014)',
  'In Proceedings of ICML, pp. 448-456. 2015',
  'IEEE TPAMI 35.8 (2013)',
  'Conference on EMNLP, 2014',
];
const NAMES = [
  'Bengio, Yoshua',
  'LeCun, Yann',
  'Hinton, Geoffrey E.',
  'Krizhevsky, Alex',
  'Simonyan, Karen',
  'Szegedy, Christian',
];
const CITATIONS = VENUES.map(
  (venue, i) =>
    `**[${i}]** ${NAMES[i % NAMES.length]}${i % 3 === 0 ? ', et al' : ''}. "**A paper on deep learning number ${i}**." ${venue}. [[${i % 2 ? 'pdf' : 'html'}]](http://x.org/${i}.pdf)${i % 4 === 1 ? ` **(Note ${i})**` : ''}${':star:'.repeat(i % 5)}`,
);
const LIST = `# Roadmap\n\n## Survey\n\n${CITATIONS.join('\n\n')}\n`;

const body = renderIssueBody(DEFAULT_FORM, {
  paper: 'https://arxiv.org/abs/1512.03385',
  title: 'Deep residual learning for image recognition',
  authors: 'Kaiming He',
  venue: 'CVPR 2016',
  section: 'Survey',
});

describe('a format inferred from entries no two of which are alike', () => {
  it('writes no entry in it, and says why and what a maintainer can do', () => {
    const files = [{ path: 'README.md', text: LIST }];
    const { format, list } = resolveList(defaultConfig(), files);
    expect(format.inferredFit).toBeLessThan(0.1);
    const plan = planAddition({ body, form: DEFAULT_FORM, list, format });
    expect(plan.kind).toBe('invalid');
    if (plan.kind !== 'invalid') return;
    expect(plan.problems).toEqual([
      {
        field: 'form',
        label: 'Issue form',
        message: expect.stringMatching(
          /^The bot cannot write this list's entries yet: the entry format it infers from the list reads only \d+% of them whole, .*run `paper-list-bot init` and correct "template"/,
        ),
      },
    ]);
  });

  it('writes in a template the maintainer configured, whatever the list', () => {
    const files = [{ path: 'README.md', text: LIST }];
    const config = {
      ...defaultConfig(),
      template: '**[{abbreviation}]** {authors}. "**{title}**." {venue}. [[pdf]]({paper})',
    };
    const { format, list } = resolveList(config, files);
    expect(format.inferredFit).toBeUndefined();
    const numbered = body.replace('### Short name\n\n_No response_', '### Short name\n\n12');
    const plan = planAddition({ body: numbered, form: DEFAULT_FORM, list, format });
    expect(plan.kind, JSON.stringify(plan)).toBe('insert');
  });
});
