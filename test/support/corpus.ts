// The real paper lists beside the project (../shared/corpus), read at test time and never
// copied into the project. Missing corpus fails the tests loudly: they must not pass vacuously.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The corpus folder: `PAPER_LIST_CORPUS`, or `../shared/corpus` beside the checkout. */
export const CORPUS_DIR =
  process.env.PAPER_LIST_CORPUS ?? path.resolve(projectRoot, '../shared/corpus');

/** One corpus file. */
export interface CorpusFile {
  /** `<folder>/<file>`, e.g. `lcybuzz-personal-dl-paper-record/README.md`. */
  readonly name: string;
  readonly folder: string;
  readonly file: string;
  readonly text: string;
  readonly bytes: Buffer;
}

function assertCorpus(): void {
  if (!existsSync(CORPUS_DIR)) {
    throw new Error(
      `The corpus is missing: expected it at ${CORPUS_DIR} (set PAPER_LIST_CORPUS to override).`,
    );
  }
}

/** Every Markdown file of the corpus, folder by folder. */
export function corpusFiles(): CorpusFile[] {
  assertCorpus();
  const files: CorpusFile[] = [];
  for (const folder of readdirSync(CORPUS_DIR, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    for (const file of readdirSync(path.join(CORPUS_DIR, folder.name)).sort()) {
      if (!file.endsWith('.md')) continue;
      files.push(corpusFile(`${folder.name}/${file}`));
    }
  }
  if (files.length === 0) throw new Error(`The corpus at ${CORPUS_DIR} holds no Markdown files.`);
  return files;
}

/** One corpus file by `<folder>/<file>`. */
export function corpusFile(name: string): CorpusFile {
  assertCorpus();
  const bytes = readFileSync(path.join(CORPUS_DIR, name));
  const [folder, file] = name.split('/') as [string, string];
  return { name, folder, file, bytes, text: bytes.toString('utf8') };
}

/** The folder of one corpus list, for commands that take `--dir`. */
export function corpusFolder(folder: string): string {
  assertCorpus();
  return path.join(CORPUS_DIR, folder);
}

/** The reference list: the corpus's own format, several files, one out-of-order section. */
export const REFERENCE = 'lcybuzz-personal-dl-paper-record';
