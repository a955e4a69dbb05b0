import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project's root folder: the nearest folder above this module holding paper-list-bot's
 * package.json. Found by walking up rather than by a fixed `../..`, so that it also works when
 * this module is bundled elsewhere (as `npm run demo` does).
 */
export function projectRoot(): string {
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (
      existsSync(manifest) &&
      (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'paper-list-bot'
    ) {
      return dir;
    }
    if (path.dirname(dir) === dir) throw new Error('cannot find the paper-list-bot project folder');
  }
}
