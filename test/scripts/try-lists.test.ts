import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/project-root.js';

describe('scripts/try-lists.mjs', () => {
  it('prints what the bot reads of each list, and leaves the lists as they were', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'try-lists-test-'));
    const entry = (title: string, year: number) =>
      `- [${title}](https://arxiv.org/abs/${year % 100}01.00001) - CVPR ${year}`;
    mkdirSync(path.join(dir, 'a+read'));
    const list = [
      '# Papers',
      '## Vision',
      entry('Segment Anything in Images', 2023),
      entry('Masked Autoencoders Are Scalable Vision Learners', 2022),
      entry('A ConvNet for the 2020s', 2022),
      entry('Learning Transferable Visual Models', 2021),
      entry('Emerging Properties in Self-Supervised Vision Transformers', 2021),
      '',
    ].join('\n');
    writeFileSync(path.join(dir, 'a+read', 'README.md'), list);
    mkdirSync(path.join(dir, 'b+prose'));
    writeFileSync(path.join(dir, 'b+prose', 'README.md'), '# Notes\n\nNothing but prose.\n');
    const result = spawnSync(
      process.execPath,
      [path.join(projectRoot(), 'scripts/try-lists.mjs'), dir],
      { encoding: 'utf8' },
    );
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n')).toEqual([
      'list | entries read (whole) | sections | findings of check',
      'a+read | 5 (5) | 1 | 0',
      expect.stringMatching(/^b\+prose \| 0 \| 0 \| /),
    ]);
    expect(readdirSync(path.join(dir, 'a+read'))).toEqual(['README.md']);
  });
});
