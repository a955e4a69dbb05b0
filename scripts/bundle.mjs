// Bundles each entry point under dist/, and writes dist/licenses.txt: the licence of every npm
// package those bundles hold. The action is one file, dist/index.js, as the runner loads it. The
// command line tool is dist/cli.js and the chunks under dist/cli-chunks/ it loads per command, so
// that `check` and `sort` start without the code only `add` and `init` need.
// `--check` bundles into memory and fails when the committed dist/ differs, so the action users
// run is always the code in src/ and the notices always name what it contains.
import { build } from 'esbuild';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const check = process.argv.includes('--check');

/** Entry points and the bundle each becomes. */
const entries = [
  { in: 'src/index.ts', out: 'dist/index.js', shebang: false },
  { in: 'src/cli.ts', out: 'dist/cli.js', shebang: true, chunks: 'dist/cli-chunks' },
];

/** The third-party notices, generated from what the bundles hold. */
const LICENSES = 'dist/licenses.txt';

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

/** Package folder (`node_modules/a/node_modules/@b/c`) → the bundles that hold code from it. */
const packages = new Map();

/** The package folder an esbuild input path lies in, or undefined for the project's own files. */
function packageFolder(input) {
  const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
  return match?.[1];
}

/** Compares the bytes of `fresh` with the committed file `file`; true when they are the same. */
async function matchesCommitted(file, fresh) {
  try {
    return Buffer.compare(Buffer.from(fresh), await readFile(path.join(root, file))) === 0;
  } catch {
    return false;
  }
}

/** The files of a folder under dist/ (none when it does not exist). */
async function filesIn(folder) {
  try {
    return (await readdir(path.join(root, folder))).map((name) => `${folder}/${name}`);
  } catch {
    return [];
  }
}

/** Builds one entry point into memory: its output files by path relative to the root. */
async function bundle(entry) {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry.in],
    ...(entry.chunks
      ? {
          outdir: path.dirname(entry.out),
          splitting: true,
          entryNames: '[name]',
          chunkNames: `${path.basename(entry.chunks)}/[name]-[hash]`,
        }
      : { outfile: entry.out }),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    legalComments: 'eof',
    charset: 'utf8',
    banner: { js: requireShim },
    write: false,
    metafile: true,
    logLevel: 'warning',
    plugins: [unusedOidcClient],
  });
  const files = new Map();
  for (const output of result.outputFiles) {
    const file = path.relative(root, output.path);
    const shebang = entry.shebang && file === entry.out ? '#!/usr/bin/env node\n' : '';
    files.set(file, Buffer.concat([Buffer.from(shebang), Buffer.from(output.contents)]));
  }
  // Only inputs that left bytes in the bundle: modules tree-shaking dropped are not shipped.
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const folder = packageFolder(input);
      if (folder === undefined || bytesInOutput === 0) continue;
      if (!packages.has(folder)) packages.set(folder, new Set());
      packages.get(folder).add(entry.out);
    }
  }
  return files;
}

const stale = [];
for (const entry of entries) {
  const files = await bundle(entry);
  // Chunks of an earlier build that this one no longer makes.
  const gone = entry.chunks ? (await filesIn(entry.chunks)).filter((f) => !files.has(f)) : [];
  if (check) {
    for (const [file, contents] of files)
      if (!(await matchesCommitted(file, contents))) stale.push(file);
    stale.push(...gone);
    continue;
  }
  for (const file of gone) await rm(path.join(root, file));
  for (const [file, contents] of files) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), contents);
  }
}

const notices = await licenseNotices(packages);
if (check) {
  if (!(await matchesCommitted(LICENSES, Buffer.from(notices, 'utf8')))) stale.push(LICENSES);
} else {
  await writeFile(path.join(root, LICENSES), notices);
}

if (stale.length > 0) {
  console.error(
    `check-dist: ${stale.join(', ')} do(es) not match the sources. Run \`npm run build\` and commit dist/.`,
  );
  process.exit(1);
}
if (check) console.log('check-dist: dist/ matches the sources.');

/**
 * The text of dist/licenses.txt: one block per bundled package (name, version, licence id, the
 * bundles holding it, and the full text of its licence file), sorted by name and version, with
 * line endings normalised so that the file is the same on every machine.
 */
async function licenseNotices(folders) {
  const byId = new Map();
  for (const [folder, bundles] of folders) {
    const manifest = JSON.parse(await readFile(path.join(root, folder, 'package.json'), 'utf8'));
    const id = `${manifest.name}@${manifest.version}`;
    const known = byId.get(id);
    if (known) {
      for (const bundle of bundles) known.bundles.add(bundle);
      continue;
    }
    byId.set(id, {
      name: manifest.name,
      version: manifest.version,
      license: licenseId(manifest),
      bundles: new Set(bundles),
      text: await licenseText(folder, id),
    });
  }
  const compare = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
  const sorted = [...byId.values()].sort(
    (a, b) => compare(a.name, b.name) || compare(a.version, b.version),
  );
  const rule = '='.repeat(80);
  const blocks = sorted.map((pkg) =>
    [
      rule,
      `${pkg.name} ${pkg.version}`,
      `License: ${pkg.license}`,
      `Bundled into: ${[...pkg.bundles].sort().join(', ')}`,
      '-'.repeat(80),
      pkg.text,
    ].join('\n'),
  );
  return [
    'Third-party software bundled into dist/index.js and dist/cli.js, with its licence.',
    'Generated by scripts/bundle.mjs (`npm run build`); do not edit. `npm run check-dist` fails',
    'when this file does not match the bundles.',
    '',
    `${sorted.length} packages.`,
    '',
    ...blocks,
  ].join('\n');
}

/** The licence id a package.json declares (`license`, or the old `licenses` list). */
function licenseId(manifest) {
  const { license, licenses } = manifest;
  if (typeof license === 'string') return license;
  if (license && typeof license.type === 'string') return license.type;
  if (Array.isArray(licenses) && licenses.length > 0)
    return licenses.map((entry) => (typeof entry === 'string' ? entry : entry.type)).join(' OR ');
  return 'UNKNOWN';
}

/**
 * The full text of the package's LICENSE / LICENCE / COPYING file (any case, any extension;
 * the first by name when there are several), with LF line endings and one final newline. A
 * bundled package without one stops the build: its notice would be missing.
 */
async function licenseText(folder, id) {
  const names = (await readdir(path.join(root, folder)))
    .filter((name) => /^(licen[cs]e|copying)([.-].*)?$/i.test(name))
    .sort();
  if (names.length === 0) {
    throw new Error(
      `${id} (${folder}) is bundled but has no LICENSE, LICENCE or COPYING file: its notice for dist/licenses.txt cannot be generated`,
    );
  }
  const text = await readFile(path.join(root, folder, names[0]), 'utf8');
  return `${text.replace(/\r\n?/g, '\n').replace(/\s+$/, '')}\n`;
}
