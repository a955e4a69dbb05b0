// npm run screenshots: redraws the README's pictures from what the bot writes today. Runs the
// committed bundle on three issues against the GitHub API emulator (scripts/screenshots/
// scenarios.ts), draws the issue, the pull request and the comments as GitHub-like HTML
// (scripts/screenshots/pages.ts), captures each page with headless Chromium into
// docs/images/*.png and records the sha256 of each page's HTML in docs/images/sources.json,
// which test/docs/screenshots.test.ts compares with the HTML the bot's texts give now.
import { execFile } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectRoot } from '../test/support/project-root.js';
import { ACTION_BUNDLE } from '../test/support/run-action.js';
import { buildPages, htmlHash, PAGE_WIDTH, type Page } from './screenshots/pages.js';
import { runScreenshotScenarios } from './screenshots/scenarios.js';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const IMAGES = path.join(projectRoot(), 'docs/images');

/** Runs headless Chromium once, with a profile of its own, and returns its standard output. */
async function chromium(url: string, height: number, args: readonly string[]): Promise<string> {
  const profile = mkdtempSync(path.join(tmpdir(), 'paper-list-chromium-'));
  try {
    return await new Promise<string>((resolve, reject) => {
      execFile(
        CHROMIUM,
        [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          `--user-data-dir=${profile}`,
          '--hide-scrollbars',
          `--window-size=${PAGE_WIDTH},${height}`,
          ...args,
          url,
        ],
        { maxBuffer: 16 * 1024 * 1024, timeout: 60_000 },
        (error, stdout, stderr) =>
          error
            ? reject(new Error(`${CHROMIUM} failed: ${error.message}\n${stderr}`))
            : resolve(stdout),
      );
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Captures one page into docs/images: lays it out, reads its height, shoots a window that tall. */
async function capture(page: Page, work: string): Promise<void> {
  const htmlFile = path.join(work, page.file.replace(/\.png$/, '.html'));
  writeFileSync(htmlFile, page.html);
  const url = pathToFileURL(htmlFile).href;
  // First pass: lay the page out and read the height its own script recorded.
  const dom = await chromium(url, 600, ['--dump-dom']);
  const height = Number(/data-height="(\d+)"/.exec(dom)?.[1]);
  if (!Number.isInteger(height) || height <= 0) throw new Error(`${page.file}: no page height`);
  // Second pass: capture a window exactly that tall.
  const png = path.join(work, page.file);
  await chromium(url, height, [`--screenshot=${png}`]);
  copyFileSync(png, path.join(IMAGES, page.file));
  console.log(`docs/images/${page.file} (${PAGE_WIDTH}×${height})`);
}

if (!existsSync(ACTION_BUNDLE)) {
  console.error('dist/index.js is missing: run `npm run build` first.');
  process.exit(1);
}
if (!existsSync(CHROMIUM)) {
  console.error(
    `${CHROMIUM} is missing: install it (apt-get install -y chromium fonts-noto-color-emoji fonts-dejavu) or set CHROMIUM.`,
  );
  process.exit(1);
}

const pages = buildPages(await runScreenshotScenarios());
const work = mkdtempSync(path.join(tmpdir(), 'paper-list-screenshots-'));
try {
  mkdirSync(IMAGES, { recursive: true });
  const sources: Record<string, { sha256: string; alt: string }> = {};
  // Two pages at a time: each capture is a Chromium start.
  for (let i = 0; i < pages.length; i += 2) {
    await Promise.all(pages.slice(i, i + 2).map((page) => capture(page, work)));
  }
  for (const page of pages) sources[page.file] = { sha256: htmlHash(page.html), alt: page.alt };
  for (const stale of readdirSync(IMAGES).filter((f) => f.endsWith('.png') && !sources[f])) {
    console.warn(`docs/images/${stale} is not drawn by this script any more: delete it`);
  }
  writeFileSync(path.join(IMAGES, 'sources.json'), `${JSON.stringify(sources, null, 2)}\n`);
  console.log('docs/images/sources.json');
} finally {
  rmSync(work, { recursive: true, force: true });
}
