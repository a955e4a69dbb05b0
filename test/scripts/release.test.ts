import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { latestRelease, releaseChangelog, releaseNotes } from '../../scripts/release/changelog.js';
import {
  compareVersions,
  formatVersion,
  parseVersion,
  releaseTags,
  setPackageVersion,
} from '../../scripts/release/version.js';
import { projectRoot } from '../support/project-root.js';

const v = parseVersion;

describe('versions', () => {
  it('reads X.Y.Z and vX.Y.Z', () => {
    expect(v('1.4.0')).toEqual({ major: 1, minor: 4, patch: 0 });
    expect(v('v0.10.2')).toEqual({ major: 0, minor: 10, patch: 2 });
    expect(formatVersion(v(' v12.0.3 '))).toBe('12.0.3');
  });

  it('refuses anything else with a one-line error', () => {
    for (const bad of [
      '1.4',
      '1.4.0.1',
      '01.2.3',
      '1.2.3-rc.1',
      '1.2.3+build',
      'v',
      'latest',
      '',
    ]) {
      expect(() => v(bad), bad).toThrow(/is not a release version: write X\.Y\.Z/);
    }
  });

  it('orders by major, minor, then patch, numerically', () => {
    expect(compareVersions(v('1.10.0'), v('1.9.9'))).toBeGreaterThan(0);
    expect(compareVersions(v('2.0.0'), v('10.0.0'))).toBeLessThan(0);
    expect(compareVersions(v('1.2.3'), v('v1.2.3'))).toBe(0);
  });

  it('names the release tag and the major tag that follows it', () => {
    expect(releaseTags(v('1.4.2'))).toEqual({ tag: 'v1.4.2', major: 'v1' });
    expect(releaseTags(v('0.3.0'))).toEqual({ tag: 'v0.3.0', major: 'v0' });
  });

  it('sets the version of package.json and of the root package in the lockfile, as npm writes them', () => {
    const manifest = readFileSync(path.join(projectRoot(), 'package.json'), 'utf8');
    const bumped = setPackageVersion(manifest, v('7.8.9'));
    expect(JSON.parse(bumped)).toEqual({ ...JSON.parse(manifest), version: '7.8.9' });
    expect(bumped.endsWith('}\n')).toBe(true);
    expect(bumped.split('\n').length).toBe(manifest.split('\n').length);

    const lock = JSON.stringify(
      {
        name: 'p',
        version: '1.0.0',
        packages: { '': { version: '1.0.0' }, x: { version: '1.0.0' } },
      },
      null,
      2,
    );
    const parsed = JSON.parse(setPackageVersion(lock, v('1.1.0'))) as {
      version: string;
      packages: Record<string, { version: string }>;
    };
    expect(parsed.version).toBe('1.1.0');
    expect(parsed.packages['']!.version).toBe('1.1.0');
    expect(parsed.packages.x!.version).toBe('1.0.0');
  });
});

const CHANGELOG = `# Changelog

Intro.

## [Unreleased]

### Added

- the thing

### Fixed

- the bug

## [1.0.0] - 2026-01-02

### Added

- everything

[Unreleased]: https://github.com/o/r/compare/v1.0.0...HEAD
[1.0.0]: https://github.com/o/r/releases/tag/v1.0.0
`;

describe('the changelog', () => {
  it('turns the Unreleased notes into the release, under a new empty Unreleased section', () => {
    expect(releaseChangelog(CHANGELOG, v('1.1.0'), '2026-03-04')).toBe(`# Changelog

Intro.

## [Unreleased]

## [1.1.0] - 2026-03-04

### Added

- the thing

### Fixed

- the bug

## [1.0.0] - 2026-01-02

### Added

- everything

[Unreleased]: https://github.com/o/r/compare/v1.1.0...HEAD
[1.1.0]: https://github.com/o/r/compare/v1.0.0...v1.1.0
[1.0.0]: https://github.com/o/r/releases/tag/v1.0.0
`);
  });

  it('releases the first version of a changelog without links or earlier releases', () => {
    const first = '# Changelog\n\n## [Unreleased]\n\n### Added\n\n- the action\n';
    expect(releaseChangelog(first, v('1.0.0'), '2026-03-04')).toBe(
      '# Changelog\n\n## [Unreleased]\n\n## [1.0.0] - 2026-03-04\n\n### Added\n\n- the action\n',
    );
    expect(latestRelease(first)).toBeUndefined();
  });

  it('refuses an empty Unreleased section, a missing one, and a version released already', () => {
    const empty = '# Changelog\n\n## [Unreleased]\n\n### Added\n\n## [1.0.0] - 2026-01-02\n\n- x\n';
    expect(() => releaseChangelog(empty, v('1.1.0'), '2026-03-04')).toThrow(/is empty/);
    expect(() => releaseChangelog('# Changelog\n', v('1.1.0'), '2026-03-04')).toThrow(
      /no "## \[Unreleased\]" section/,
    );
    expect(() => releaseChangelog(CHANGELOG, v('1.0.0'), '2026-03-04')).toThrow(
      /already has a section for 1\.0\.0/,
    );
  });

  it('finds the latest release and the notes of a release', () => {
    expect(latestRelease(CHANGELOG)).toEqual(v('1.0.0'));
    expect(releaseNotes(CHANGELOG, v('1.0.0'))).toBe('### Added\n\n- everything\n');
    const released = releaseChangelog(CHANGELOG, v('1.1.0'), '2026-03-04');
    expect(releaseNotes(released, v('1.1.0'))).toBe(
      '### Added\n\n- the thing\n\n### Fixed\n\n- the bug\n',
    );
    expect(() => releaseNotes(CHANGELOG, v('2.0.0'))).toThrow(/no section for 2\.0\.0/);
  });

  it("can release the project's own CHANGELOG.md", () => {
    const own = readFileSync(path.join(projectRoot(), 'CHANGELOG.md'), 'utf8');
    const next = latestRelease(own) ?? v('0.0.0');
    const version = { ...next, minor: next.minor + 1, patch: 0 };
    const released = releaseChangelog(own, version, '2026-03-04');
    expect(releaseNotes(released, version)).toMatch(/^### Added\n/);
  });
});
