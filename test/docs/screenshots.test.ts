// The README's pictures are generated, never hand-made: `npm run screenshots` runs the bundle
// on three issues and captures the pages drawn from what it wrote, recording the sha256 of
// each page's HTML in docs/images/sources.json. This test draws the same pages again (no
// Chromium needed) and fails when the bot's texts have changed since the pictures were taken.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildPages,
  diffRows,
  htmlHash,
  renderComment,
  type Page,
} from '../../scripts/screenshots/pages.js';
import { runScreenshotScenarios } from '../../scripts/screenshots/scenarios.js';
import { projectRoot } from '../support/project-root.js';

const root = projectRoot();
const IMAGES = path.join(root, 'docs/images');
const readme = () => readFileSync(path.join(root, 'README.md'), 'utf8');
const recorded = () =>
  JSON.parse(readFileSync(path.join(IMAGES, 'sources.json'), 'utf8')) as Record<
    string,
    { sha256: string }
  >;

describe('docs/images', () => {
  let pages: Page[];
  beforeAll(async () => {
    pages = buildPages(await runScreenshotScenarios());
  }, 60_000);

  it('were taken from the pages the bot’s texts give today', () => {
    const sources = recorded();
    const stale = pages
      .filter((page) => sources[page.file]?.sha256 !== htmlHash(page.html))
      .map((page) => page.file);
    expect(stale, `docs/images is out of date: run npm run screenshots`).toEqual([]);
    expect(Object.keys(sources).sort(), 'run npm run screenshots').toEqual(
      pages.map((page) => page.file).sort(),
    );
  });

  it('exist and are all shown in README.md', () => {
    const text = readme();
    const missing = pages
      .map((page) => page.file)
      .filter((file) => !existsSync(path.join(IMAGES, file)));
    expect(missing, 'missing from docs/images: run npm run screenshots').toEqual([]);
    const unshown = pages
      .map((page) => `docs/images/${page.file}`)
      .filter((file) => !text.includes(file));
    expect(unshown, 'README.md does not show these pictures').toEqual([]);
    const pngs = readdirSync(IMAGES).filter((file) => file.endsWith('.png'));
    expect(pngs.sort(), 'docs/images holds pictures no page draws').toEqual(
      pages.map((page) => page.file).sort(),
    );
  });

  it('show what each run did', () => {
    const html = Object.fromEntries(pages.map((page) => [page.file, page.html]));
    expect(html['new-paper-issue.png']).toContain(
      'Masked Autoencoders Are Scalable Vision Learners',
    );
    expect(html['pull-request.png']).toContain('class="added"');
    expect(html['comment-created.png']).toContain('A maintainer will review it');
    expect(html['comment-invalid.png']).toContain('I could not add this paper yet');
    expect(html['comment-duplicate.png']).toContain('is already in');
  });
});

describe('renderComment', () => {
  it('keeps the HTML GitHub keeps and escapes the rest', () => {
    const html = renderComment(
      'a <Br>\nb <sub>c</sub>\n\n<details><summary>Markdown</summary>\n\n</details>\n\n<img src=x onerror=alert(1)> <script>alert(1)</script>\n\n<!-- hidden -->',
    );
    expect(html).toContain('a <Br><br />b <sub>c</sub>');
    expect(html).toContain('<details><summary>Markdown</summary>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toMatch(/<img|<script/);
  });

  it('links #123 and @login in prose only', () => {
    const html = renderComment('#4 adds it, by @ada `#5` [#6](https://example.org) x#7');
    expect(html).toContain('<a href="#">#4</a>');
    expect(html).toContain('<a class="mention" href="#">@ada</a>');
    expect(html).toContain('<code>#5</code>');
    expect(html).toContain('<a href="https://example.org">#6</a>');
    expect(html).toContain('x#7');
  });
});

describe('diffRows', () => {
  it('numbers the old and new lines around one change', () => {
    expect(diffRows('a\nb\nc\nd', 'a\nb\nX\nc\nd', 1)).toEqual([
      { kind: 'hunk', text: '@@ -2,2 +2,3 @@' },
      { kind: 'context', old: 2, new: 2, text: 'b' },
      { kind: 'added', new: 3, text: 'X' },
      { kind: 'context', old: 3, new: 4, text: 'c' },
    ]);
    expect(diffRows('same', 'same')).toEqual([]);
  });
});
