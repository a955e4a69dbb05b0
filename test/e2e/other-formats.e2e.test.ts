// Real lists of other formats, with no configuration: the committed bundle infers the format of
// a list of tables (tamlhp/awesome-machine-unlearning, test/fixtures/lists) and adds a row in the
// right table's own columns, and of a list of entries that are headings
// (MaximeVandegar/Papers-in-100-Lines-of-Code) and adds one at its date, and of a one-line list
// with CRLF line ends (GT-RIPL/Awesome-LLM-Robotics), and of a table whose cells show links as
// badges (DmitryRyumin/ICCV-2023-Papers), changing no other byte.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_FORM } from '../../src/form/default-form.js';
import { renderIssueBody } from '../form/render-issue-body.js';
import { REAL_LISTS_DIR } from '../support/real-lists.js';
import { startScenario, type Scenario } from './scenario.js';

const LIST = readFileSync(
  path.join(REAL_LISTS_DIR, 'tamlhp-awesome-machine-unlearning/README.md'),
  'utf8',
);

let scenario: Scenario;
afterEach(async () => {
  await scenario?.close();
});

describe('a list of tables with no configuration', () => {
  it('adds the paper as a row of its section’s table, at the top of its year, and nothing else', async () => {
    scenario = await startScenario({ 'README.md': LIST }, { spawn: true });
    const issue = scenario.fileIssue({
      body: renderIssueBody(DEFAULT_FORM, {
        paper: 'https://arxiv.org/abs/2501.00001',
        title: 'Machine Unlearning Revisited',
        authors: 'Ada Lovelace',
        venue: 'arXiv 2025',
        section: 'Existing Surveys',
      }),
    });
    const run = await scenario.issueEvent('opened', issue);
    expect(run.code, run.stderr).toBe(0);
    expect(run.outputs.result).toBe('created');
    const after = scenario.read(`paper-list-bot/issue-${issue}`, 'README.md')!;
    const row =
      '| [Machine Unlearning Revisited](https://arxiv.org/abs/2501.00001) | _arXiv_ | 2025 |';
    const header =
      '| **Paper Title** | **Venue** | **Year** | \n| --------------- | ---- | ---- | \n';
    expect(LIST).toContain(header);
    expect(after).toBe(LIST.replace(header, `${header}${row}\n`));
  });
});

const HEADINGS = readFileSync(
  path.join(REAL_LISTS_DIR, 'maximevandegar-papers-in-100-lines-of-code/README.md'),
  'utf8',
);

describe('a list of entries that are headings with no configuration', () => {
  it('adds the paper as a heading with its lines, at its date, and nothing else', async () => {
    scenario = await startScenario({ 'README.md': HEADINGS }, { spawn: true });
    const issue = scenario.fileIssue({
      body: renderIssueBody(DEFAULT_FORM, {
        paper: 'https://arxiv.org/abs/1706.03762',
        title: 'Attention Is All You Need',
        authors: 'Ashish Vaswani\nNoam Shazeer',
        section: 'Implemented papers',
        notes: '2017-06-12',
      }),
    });
    const run = await scenario.issueEvent('opened', issue);
    expect(run.code, run.stderr).toBe(0);
    expect(run.outputs.result).toBe('created');
    const after = scenario.read(`paper-list-bot/issue-${issue}`, 'README.md')!;
    const entry = [
      '##### [Attention Is All You Need]',
      '- Attention Is All You Need [[arXiv]](https://arxiv.org/abs/1706.03762)',
      '- *Ashish Vaswani, Noam Shazeer*',
      '- `2017-06-12`',
    ].join('\n');
    const next = '##### [Masked Autoregressive Flow for Density Estimation]';
    expect(after).toBe(HEADINGS.replace(next, `${entry}\n\n${next}`));
    // The pull request shows the entry as its lines render, and fills in nothing it does not show.
    const body = scenario.state().pulls[0]!.body;
    expect(body).toContain(`### The entry\n\n${entry}\n`);
    expect(body).not.toContain('Venue and year');
  });
});

const CRLF = readFileSync(
  path.join(REAL_LISTS_DIR, 'gt-ripl-awesome-llm-robotics/README.md'),
  'utf8',
);

describe('a one-line list with CRLF line ends with no configuration', () => {
  it('adds the paper as a line of its own, with the file’s line end and no blank line', async () => {
    scenario = await startScenario({ 'README.md': CRLF }, { spawn: true });
    const issue = scenario.fileIssue({
      body: renderIssueBody(DEFAULT_FORM, {
        paper: 'https://arxiv.org/abs/2501.00001',
        title: 'Planning with Language Models in the Open World',
        authors: 'Ada Lovelace',
        venue: 'arXiv, Jan 2025',
        abbreviation: 'OpenPlan',
        section: 'Planning',
      }),
    });
    const run = await scenario.issueEvent('opened', issue);
    expect(run.code, run.stderr).toBe(0);
    expect(run.outputs.result, JSON.stringify(scenario.state().comments)).toBe('created');
    const after = scenario.read(`paper-list-bot/issue-${issue}`, 'README.md')!;
    // The section keeps no order: the paper goes after its last entry.
    const last =
      '* **LLM-Reward**: "Language to Rewards for Robotic Skill Synthesis", *arXiv, Jun 2023*. [[Paper](https://arxiv.org/abs/2306.08647)] [[Website](https://language-to-reward.github.io/)]\r\n';
    const entry =
      '* **OpenPlan**: "Planning with Language Models in the Open World", *arXiv, Jan 2025*. [[Paper](https://arxiv.org/abs/2501.00001)]\r\n';
    expect(CRLF).toContain(last);
    expect(after).toBe(CRLF.replace(last, `${last}${entry}`));
  });
});

// The list's section file, as the README of the repository the bot manages by default.
const BADGES_FILE = 'README.md';
const BADGES = readFileSync(
  path.join(REAL_LISTS_DIR, 'dmitryryumin-iccv-2023-papers/computational-imaging.md'),
  'utf8',
);

describe('a table whose cells show links as badges with no configuration', () => {
  const answers = (links: string) =>
    renderIssueBody(DEFAULT_FORM, {
      paper: 'https://openaccess.thecvf.com/content/ICCV2023/papers/Lee_Quokka_ICCV_2023_paper.pdf',
      title: 'Quokka: Event Cameras in the Rain',
      section: 'Computational Imaging',
      links,
    });

  it('adds a row with each link shown as the badge of its label, after the last row', async () => {
    scenario = await startScenario({ [BADGES_FILE]: BADGES }, { spawn: true });
    const issue = scenario.fileIssue({
      body: answers(
        'GitHub: https://github.com/ada/quokka\narXiv: https://arxiv.org/abs/2309.01234',
      ),
    });
    const run = await scenario.issueEvent('opened', issue);
    expect(run.code, run.stderr).toBe(0);
    expect(run.outputs.result, JSON.stringify(scenario.state().comments)).toBe('created');
    const after = scenario.read(`paper-list-bot/issue-${issue}`, BADGES_FILE)!;
    const row = [
      '| Quokka: Event Cameras in the Rain',
      '[![GitHub](https://img.shields.io/github/stars/ada/quokka?style=flat)](https://github.com/ada/quokka)',
      '[![thecvf](https://img.shields.io/badge/pdf-thecvf-7395C5.svg)](https://openaccess.thecvf.com/content/ICCV2023/papers/Lee_Quokka_ICCV_2023_paper.pdf) <br /> [![arXiv](https://img.shields.io/badge/arXiv-2309.01234-b31b1b.svg)](https://arxiv.org/abs/2309.01234)',
      ':heavy_minus_sign: |',
    ].join(' | ');
    const last = BADGES.split('\n').filter((l) => l.startsWith('| LoLep:'))[0]!;
    expect(after).toBe(BADGES.replace(`${last}\n`, `${last}\n${row}\n`));
  });

  it('refuses a link of a label the list shows no badge for, naming the labels it shows', async () => {
    scenario = await startScenario({ [BADGES_FILE]: BADGES }, { spawn: true });
    const issue = scenario.fileIssue({ body: answers('Demo: https://quokka.example.org') });
    const run = await scenario.issueEvent('opened', issue);
    expect(run.code, run.stderr).toBe(0);
    expect(run.outputs.result).toBe('invalid');
    const comments = scenario
      .state()
      .comments.map((c) => c.body)
      .join('\n');
    expect(comments).toContain('has none for "Demo: https://quokka.example.org"');
    expect(comments).toContain('GitHub');
    expect(scenario.read(`paper-list-bot/issue-${issue}`, BADGES_FILE)).toBeUndefined();
  });
});
