// Versions as the release script handles them: plain `X.Y.Z` (no pre-release, no build
// metadata), the tags they become, and the package files that carry them. Pure: text in, text out.

/** A release version. */
export interface Version {
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
}

/** `X.Y.Z` without leading zeros, optionally written `vX.Y.Z`. */
const VERSION = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/** Reads `X.Y.Z` or `vX.Y.Z`; throws a one-line error for anything else. */
export function parseVersion(text: string): Version {
  const match = VERSION.exec(text.trim());
  if (!match) {
    throw new Error(`"${text}" is not a release version: write X.Y.Z, e.g. 1.4.0`);
  }
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]) };
}

/** `X.Y.Z`. */
export function formatVersion(version: Version): string {
  return `${version.major}.${version.minor}.${version.patch}`;
}

/** Negative when `a` comes before `b`, 0 when equal, positive after. */
export function compareVersions(a: Version, b: Version): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}

/** The release's own tag (`v1.4.0`) and the major tag that follows the newest release (`v1`). */
export function releaseTags(version: Version): { readonly tag: string; readonly major: string } {
  return { tag: `v${formatVersion(version)}`, major: `v${version.major}` };
}

/**
 * The text of a package.json or package-lock.json with the project's version set to `version`:
 * the top-level `version` and, in a lockfile, that of the root package (`packages[""]`). The
 * file is written back the way npm writes it (two-space JSON and a final newline).
 */
export function setPackageVersion(json: string, version: Version): string {
  const manifest = JSON.parse(json) as {
    version?: unknown;
    packages?: Record<string, { version?: unknown }>;
  };
  if (typeof manifest.version !== 'string') throw new Error('the file has no "version" field');
  manifest.version = formatVersion(version);
  const root = manifest.packages?.[''];
  if (root) root.version = formatVersion(version);
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
