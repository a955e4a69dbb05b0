import {
  hasNormalisedTitle,
  linkKind,
  normaliseTitle,
  normaliseUrl,
  paperKeys,
} from '../paper/paper-identity.js';
import type { Paper } from '../paper/paper.js';
import type { EntryReader } from './entry-reader.js';
import type { Entry, ListFile, Section } from './list-file.js';
import { sectionName, type PaperList } from './paper-list.js';

/** Why an entry was taken for the same paper. */
export type MatchReason = 'title' | 'arxiv' | 'doi' | 'url';

/** Where a paper already stands in the list. */
export interface PaperLocation {
  readonly file: ListFile;
  readonly section: Section;
  readonly sectionName: string;
  readonly entry: Entry;
  /** The title as the entry shows it. */
  readonly title: string;
  readonly reason: MatchReason;
}

/** An entry sharing only a code or project URL with the paper: worth a note, not a duplicate. */
export interface SharedLink {
  readonly location: Omit<PaperLocation, 'reason'>;
  readonly url: string;
}

/** Everything the list already says about a paper. */
export interface PaperMatches {
  /** Entries that are the same paper (docs/design.md, "Duplicates"), in file order. */
  readonly same: readonly PaperLocation[];
  /** Entries that share a code or project link but are not the same paper. */
  readonly sharedLinks: readonly SharedLink[];
}

/** What tells one paper from another: its title and its links (the paper's own URL first). */
export type PaperIdentity = Pick<Paper, 'title' | 'paperUrl' | 'links'>;

/** What an entry is compared with: the paper's title, identities and code or project URLs. */
interface WantedPaper {
  readonly title: string;
  readonly keys: ReadonlySet<string>;
  readonly otherUrls: ReadonlySet<string>;
  /** Matches the text of entries that mention one of the paper's identifiers or URLs. */
  readonly mentions: RegExp | undefined;
}

function wantedPaper(paper: PaperIdentity): WantedPaper {
  const paperLinks = [
    ...(paper.paperUrl ? [paper.paperUrl] : []),
    ...paper.links.filter((l) => linkKind(l.label, l.url) === 'paper').map((l) => l.url),
  ];
  const keys = new Set(paperLinks.flatMap(paperKeys));
  const otherUrls = new Set(
    paper.links
      .filter(isCodeOrProject)
      .map((l) => normaliseUrl(l.url))
      .filter((u): u is string => u !== undefined),
  );
  // Parsing every entry's links is the costly part; only entries whose text mentions one of the
  // paper's identifiers (arXiv id, DOI, URL) can match, so look for those first.
  const needles = [...keys].map((k) => k.slice(k.indexOf(':') + 1)).concat([...otherUrls]);
  const mentions =
    needles.length > 0 ? new RegExp(needles.map(escapeRegExp).join('|'), 'i') : undefined;
  return { title: normaliseTitle(paper.title), keys, otherUrls, mentions };
}

/** How an entry relates to the wanted paper: the same paper (and why), a shared URL, or none. */
function compareEntry(
  text: string,
  entryTitle: string | undefined,
  wanted: WantedPaper,
  reader: EntryReader,
): { same: MatchReason } | { shared: string } | undefined {
  if (
    entryTitle !== undefined &&
    wanted.title !== '' &&
    hasNormalisedTitle(entryTitle, wanted.title)
  )
    return { same: 'title' };
  if (!wanted.mentions?.test(text)) return undefined;
  const links = reader.links(text);
  const key = links
    .filter((l) => linkKind(l.label, l.url) === 'paper')
    .flatMap((l) => paperKeys(l.url))
    .find((k) => wanted.keys.has(k));
  if (key) return { same: key.slice(0, key.indexOf(':')) as MatchReason };
  const shared = links
    .filter(isCodeOrProject)
    .map((l) => normaliseUrl(l.url))
    .find((u) => u !== undefined && wanted.otherUrls.has(u));
  return shared ? { shared } : undefined;
}

/**
 * Looks for a paper in every managed file (docs/design.md, "Duplicates"): the same title after
 * case folding and dropping punctuation and spacing, or the same paper identity (arXiv id in any
 * version, DOI, the same paper URL). A shared code or project URL alone is not the same paper.
 */
export function findPaper(
  list: PaperList,
  paper: PaperIdentity,
  reader: EntryReader,
): PaperMatches {
  const wanted = wantedPaper(paper);
  const same: PaperLocation[] = [];
  const sharedLinks: SharedLink[] = [];
  for (const file of list.files) {
    for (const section of file.sections) {
      for (const entry of section.entries) {
        const text = file.text.slice(entry.start, entry.end);
        const entryTitle = reader.title(text);
        const match = compareEntry(text, entryTitle, wanted, reader);
        if (!match) continue;
        const location = {
          file,
          section,
          sectionName: sectionName(list, file, section),
          entry,
          title: entryTitle ?? `entry at line ${entry.line}`,
        };
        if ('same' in match) same.push({ ...location, reason: match.same });
        else sharedLinks.push({ location, url: match.shared });
      }
    }
  }
  return { same, sharedLinks };
}

const PROJECT_LABEL = /project|page|website|site|demo/i;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Code repositories and project pages: often shared by several papers of one group. */
function isCodeOrProject(link: { readonly label: string; readonly url: string }): boolean {
  return linkKind(link.label, link.url) === 'code' || PROJECT_LABEL.test(link.label);
}
