// CHANGELOG.md in the Keep a Changelog style (https://keepachangelog.com/en/1.1.0/): one
// `## [Unreleased]` section on top, then one `## [X.Y.Z] - YYYY-MM-DD` section per release,
// newest first, optionally followed by link definitions (`[Unreleased]: https://…`). Pure.
import { formatVersion, parseVersion, type Version } from './version.js';

/** A `## ` heading line: `## [Unreleased]`, `## [1.4.0] - 2026-05-01`. */
const SECTION = /^## \[([^\]]+)\]/;
/** A link definition line, which ends the last section. */
const LINK_DEFINITION = /^\[[^\]]+\]:\s/;

/** One `## [...]` section: its name, the index of its heading line and of the line after it. */
interface Section {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

function sections(lines: readonly string[]): Section[] {
  const found: { name: string; start: number }[] = [];
  let end = lines.length;
  lines.forEach((line, index) => {
    const match = SECTION.exec(line);
    if (match) found.push({ name: match[1]!, start: index });
    else if (found.length > 0 && LINK_DEFINITION.test(line) && end === lines.length) end = index;
  });
  return found.map((section, i) => ({ ...section, end: found[i + 1]?.start ?? end }));
}

/** The lines between a section's heading and the next section, without blank lines around. */
function body(lines: readonly string[], section: Section): string[] {
  const content = lines.slice(section.start + 1, section.end);
  while (content.length > 0 && content[0]!.trim() === '') content.shift();
  while (content.length > 0 && content[content.length - 1]!.trim() === '') content.pop();
  return content;
}

/** The newest version the changelog has a section for, or `undefined` before the first release. */
export function latestRelease(changelog: string): Version | undefined {
  for (const section of sections(changelog.split('\n'))) {
    if (section.name.toLowerCase() !== 'unreleased') return parseVersion(section.name);
  }
  return undefined;
}

/**
 * The changelog with the `[Unreleased]` notes turned into the section of `version`, dated
 * `date` (YYYY-MM-DD), under a new empty `[Unreleased]` section. A compare link for
 * `[Unreleased]` (`…/compare/vA...HEAD`) is moved on and one for the release added. Throws when
 * there is no `[Unreleased]` section, when it is empty (nothing to release), or when `version`
 * already has a section.
 */
export function releaseChangelog(changelog: string, version: Version, date: string): string {
  const name = formatVersion(version);
  const lines = changelog.split('\n');
  const all = sections(lines);
  const unreleased = all.find((section) => section.name.toLowerCase() === 'unreleased');
  if (!unreleased) throw new Error('CHANGELOG.md has no "## [Unreleased]" section');
  if (all.some((section) => section.name === name)) {
    throw new Error(`CHANGELOG.md already has a section for ${name}`);
  }
  const notes = body(lines, unreleased);
  if (!notes.some((line) => line.trim() !== '' && !line.startsWith('#'))) {
    throw new Error('the "## [Unreleased]" section of CHANGELOG.md is empty: nothing to release');
  }
  const released = [
    ...lines.slice(0, unreleased.start),
    '## [Unreleased]',
    '',
    `## [${name}] - ${date}`,
    '',
    ...notes,
    '',
    ...lines.slice(unreleased.end),
  ];
  return moveCompareLinks(released, name).join('\n');
}

/** `[Unreleased]: BASE/compare/vA...HEAD` → compare from vX.Y.Z, plus `[X.Y.Z]: BASE/compare/vA...vX.Y.Z`. */
function moveCompareLinks(lines: string[], name: string): string[] {
  const index = lines.findIndex((line) => /^\[unreleased\]:\s/i.test(line));
  if (index < 0) return lines;
  const match = /^\[unreleased\]:\s*(\S+)\/compare\/(\S+)\.\.\.HEAD\s*$/i.exec(lines[index]!);
  if (!match) return lines;
  const [, base, previous] = match;
  return [
    ...lines.slice(0, index),
    `[Unreleased]: ${base}/compare/v${name}...HEAD`,
    `[${name}]: ${base}/compare/${previous}...v${name}`,
    ...lines.slice(index + 1),
  ];
}

/** The notes of the release `version` (its section without the heading), for the GitHub release. */
export function releaseNotes(changelog: string, version: Version): string {
  const name = formatVersion(version);
  const lines = changelog.split('\n');
  const section = sections(lines).find((candidate) => candidate.name === name);
  if (!section) throw new Error(`CHANGELOG.md has no section for ${name}`);
  return `${body(lines, section).join('\n')}\n`;
}
