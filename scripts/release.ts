// Cuts a release on this machine (see docs/releasing.md):
//
//   npm run release -- X.Y.Z [--dry-run]   check, test, bump, changelog, commit, tag vX.Y.Z, move vX
//   npm run release -- notes X.Y.Z         print the release's notes from CHANGELOG.md (for CI)
//
// It never pushes: it prints the `git push` commands to run once you have looked at the commit.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { latestRelease, releaseChangelog, releaseNotes } from './release/changelog.js';
import {
  compareVersions,
  formatVersion,
  parseVersion,
  releaseTags,
  setPackageVersion,
} from './release/version.js';
import { projectRoot } from '../test/support/project-root.js';

const RELEASE_BRANCH = 'main';
/** The files the release commit changes. */
const RELEASE_FILES = ['package.json', 'package-lock.json', 'CHANGELOG.md'];

const root = projectRoot();
const file = (name: string) => path.join(root, name);

/** Runs a command in the project; returns its trimmed standard output, or fails with its stderr. */
function run(command: string, args: string[], options: { inherit?: boolean } = {}): string {
  const result = spawnSync(command, args, {
    cwd: root,
    encoding: 'utf8',
    stdio: options.inherit ? 'inherit' : 'pipe',
  });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    const output = options.inherit ? '' : `: ${(result.stderr || result.stdout).trim()}`;
    throw new Error(`\`${command} ${args.join(' ')}\` failed${output}`);
  }
  return (result.stdout ?? '').trim();
}

function release(versionText: string, dryRun: boolean): void {
  const version = parseVersion(versionText);
  const name = formatVersion(version);
  const { tag, major } = releaseTags(version);

  const branch = run('git', ['rev-parse', '--abbrev-ref', 'HEAD']);
  if (branch !== RELEASE_BRANCH) {
    throw new Error(`releases are cut from ${RELEASE_BRANCH}, and this is ${branch}`);
  }
  const dirty = run('git', ['status', '--porcelain']);
  if (dirty !== '') throw new Error(`the working tree is not clean:\n${dirty}`);
  if (run('git', ['tag', '--list', tag]) !== '') throw new Error(`the tag ${tag} already exists`);

  const changelog = readFileSync(file('CHANGELOG.md'), 'utf8');
  const latest = latestRelease(changelog);
  if (latest && compareVersions(version, latest) <= 0) {
    throw new Error(`${name} is not after the latest release, ${formatVersion(latest)}`);
  }
  const packageJson = readFileSync(file('package.json'), 'utf8');
  const current = parseVersion((JSON.parse(packageJson) as { version: string }).version);
  if (compareVersions(version, current) < 0) {
    throw new Error(`${name} is before package.json's version, ${formatVersion(current)}`);
  }
  const date = new Date().toISOString().slice(0, 10);
  const released = releaseChangelog(changelog, version, date);

  if (dryRun) {
    console.log(`release ${tag} (dry run): the checks pass; npm test was not run.\n`);
    process.stdout.write(releaseNotes(released, version));
  } else {
    // npm test starts with check-dist: the committed bundles and notices are built from src/.
    run('npm', ['test'], { inherit: true });
    writeFileSync(file('package.json'), setPackageVersion(packageJson, version));
    const lock = readFileSync(file('package-lock.json'), 'utf8');
    writeFileSync(file('package-lock.json'), setPackageVersion(lock, version));
    writeFileSync(file('CHANGELOG.md'), released);
    run('git', ['commit', '--quiet', '-m', `Release ${tag}`, '--', ...RELEASE_FILES]);
    run('git', ['tag', '--annotate', tag, '--message', tag]);
    run('git', ['tag', '--force', '--annotate', major, '--message', tag]);
    console.log(`Committed "Release ${tag}", tagged ${tag} and moved ${major} to it.`);
  }
  console.log('\nLook the commit over, then publish it:\n');
  console.log(`  git push origin ${RELEASE_BRANCH}`);
  console.log(`  git push origin refs/tags/${tag}`);
  console.log(`  git push --force origin refs/tags/${major}`);
  console.log(
    `\nPushing ${tag} runs .github/workflows/release.yml, which creates the GitHub release.`,
  );
}

const USAGE = 'usage: npm run release -- X.Y.Z [--dry-run]\n       npm run release -- notes X.Y.Z';

try {
  const args = process.argv.slice(2);
  const dryRun = args.includes('--dry-run');
  const [first, second, ...rest] = args.filter((arg) => arg !== '--dry-run');
  if (first === 'notes' && second !== undefined && rest.length === 0 && !dryRun) {
    const changelog = readFileSync(file('CHANGELOG.md'), 'utf8');
    process.stdout.write(releaseNotes(changelog, parseVersion(second)));
  } else if (first !== undefined && first !== 'notes' && second === undefined) {
    release(first, dryRun);
  } else {
    console.error(USAGE);
    process.exitCode = 2;
  }
} catch (error) {
  console.error(`release: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
