// Bundles each entry point into one committed file under dist/.
// `--check` bundles into memory and fails when the committed dist/ differs, so the action users
// run is always the code in src/.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const check = process.argv.includes('--check');

/** Entry points and the bundle each becomes. */
const entries = [
  { in: 'src/index.ts', out: 'dist/index.js', shebang: false },
  { in: 'src/cli.ts', out: 'dist/cli.js', shebang: true },
];

// @actions/core imports its OIDC client (and with it undici, ~800 kB) at the top level, for
// getIDToken, which the action never calls. Declaring that module free of side effects lets
// the bundler drop it when unused.
const unusedOidcClient = {
  name: 'unused-oidc-client',
  setup(b) {
    b.onResolve({ filter: /oidc-utils\.js$/ }, async (args) => {
      if (args.pluginData === 'resolved' || !args.importer.includes('@actions/core'))
        return undefined;
      const resolved = await b.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: 'resolved',
      });
      return { ...resolved, sideEffects: false };
    });
  },
};

// ESM bundles still meet CommonJS dependencies that call require().
const requireShim =
  "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);";

let stale = [];
for (const entry of entries) {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry.in],
    outfile: entry.out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    legalComments: 'eof',
    charset: 'utf8',
    banner: { js: (entry.shebang ? '#!/usr/bin/env node\n' : '') + requireShim },
    write: !check,
    logLevel: 'warning',
    plugins: [unusedOidcClient],
  });
  if (check) {
    const fresh = result.outputFiles[0].contents;
    let committed;
    try {
      committed = await readFile(path.join(root, entry.out));
    } catch {
      committed = undefined;
    }
    if (!committed || Buffer.compare(Buffer.from(fresh), committed) !== 0) stale.push(entry.out);
  }
}
if (stale.length > 0) {
  console.error(
    `check-dist: ${stale.join(', ')} do(es) not match the sources. Run \`npm run build\` and commit dist/.`,
  );
  process.exit(1);
}
if (check) console.log('check-dist: dist/ matches the sources.');
