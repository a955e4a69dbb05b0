// The committed command line tool loads its code per command (scripts/bundle.mjs): `check` and
// `sort` must not load what only `add` and `init` need, nor the YAML parser before a
// configuration or form asks for it, nor the validator (zod) before a configuration file or a
// metadata source's answer needs it, nor `add` the metadata sources' readers before autofill asks. Read from the committed chunks: their static imports, and
// the `// node_modules/<package>/…` marks esbuild leaves where it inlines a package.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/project-root.js';

const DIST = path.join(projectRoot(), 'dist');
const CHUNKS = path.join(DIST, 'cli-chunks');

/** `import … from "./x.js"` (static) and `import("./x.js")` (loaded when the code runs). */
const STATIC_IMPORT = /^(?:import|export)\s[^;]*?from\s*"(\.[^"]+)";|^import\s*"(\.[^"]+)";/gm;
const DYNAMIC_IMPORT = /\bimport\("(\.[^"]+)"\)/g;

/** The files a module loads before its code runs: itself and its static imports, transitively. */
function staticClosure(file: string): Set<string> {
  const seen = new Set<string>();
  const visit = (at: string) => {
    if (seen.has(at)) return;
    seen.add(at);
    for (const match of readFileSync(at, 'utf8').matchAll(STATIC_IMPORT)) {
      visit(path.resolve(path.dirname(at), (match[1] ?? match[2])!));
    }
  };
  visit(file);
  return seen;
}

/** The packages whose code the files hold. */
function packagesIn(files: Iterable<string>): Set<string> {
  const found = new Set<string>();
  for (const file of files) {
    for (const match of readFileSync(file, 'utf8').matchAll(
      /^\/\/ node_modules\/((?:@[^/\n]+\/)?[^/\n]+)\//gm,
    )) {
      found.add(match[1]!);
    }
  }
  return found;
}

/** The chunk the entry point loads for a command (`import("./cli-chunks/run-check-….js")`). */
function commandChunk(command: string): string {
  const entry = readFileSync(path.join(DIST, 'cli.js'), 'utf8');
  const chunk = [...entry.matchAll(DYNAMIC_IMPORT)]
    .map((m) => m[1]!)
    .find((p) => path.basename(p).startsWith(`run-${command}-`));
  if (!chunk) throw new Error(`dist/cli.js loads no chunk for ${command}`);
  return path.resolve(DIST, chunk);
}

/** What running a command loads before it reads anything: the entry point and its chunk. */
function loadedBy(command: string): Set<string> {
  return packagesIn(
    new Set([...staticClosure(path.join(DIST, 'cli.js')), ...staticClosure(commandChunk(command))]),
  );
}

const MARKDOWN = ['micromark', 'mdast-util-from-markdown', 'micromark-extension-gfm'];

describe('the command line tool’s chunks', () => {
  it('start --help with no package beyond Node’s own', () => {
    expect([...packagesIn(staticClosure(path.join(DIST, 'cli.js')))]).toEqual([]);
  });

  it('load neither the Markdown, YAML nor XML parser, nor the validator, for check and sort', () => {
    for (const command of ['check', 'sort']) {
      const loaded = loadedBy(command);
      for (const parser of [...MARKDOWN, 'yaml', '@rgrove/parse-xml', 'zod']) {
        expect(loaded.has(parser), `${command} loads ${parser}`).toBe(false);
      }
    }
  });

  it('load the Markdown check for add, but not the metadata parser, and YAML for init', () => {
    const add = loadedBy('add');
    for (const parser of MARKDOWN) expect(add.has(parser)).toBe(true);
    for (const later of ['@rgrove/parse-xml', 'yaml', 'zod']) expect(add.has(later)).toBe(false);
    expect(loadedBy('init').has('yaml')).toBe(true);
  });

  it('load YAML and zod with the configuration, and XML and zod with the metadata sources', () => {
    const chunks = readdirSync(CHUNKS);
    const loadedLater = new Set(
      chunks.flatMap((name) =>
        [...readFileSync(path.join(CHUNKS, name), 'utf8').matchAll(DYNAMIC_IMPORT)].map((m) =>
          path.basename(m[1]!),
        ),
      ),
    );
    const parsers = {
      'parse-config': ['yaml', 'zod'],
      'choose-issue-form': ['yaml'],
      'fetch-paper-metadata': ['@rgrove/parse-xml', 'zod'],
    };
    for (const [module, needed] of Object.entries(parsers)) {
      const chunk = chunks.find((name) => name.startsWith(`${module}-`));
      expect(chunk, module).toBeDefined();
      expect(loadedLater.has(chunk!), `${module} is loaded when needed`).toBe(true);
      const held = packagesIn(staticClosure(path.join(CHUNKS, chunk!)));
      for (const parser of needed) expect(held.has(parser), `${module} holds ${parser}`).toBe(true);
    }
  });
});
