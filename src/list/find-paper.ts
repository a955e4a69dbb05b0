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
  /** Matches the text of every entry whose title could be the paper's (see {@link titleHint}). */
  readonly titled: RegExp | undefined;
}

/** A character beyond ASCII (the first half of one outside the BMP). */
const BEYOND_ASCII = /[\u0080-\uffff]/g;

/** Whether each character beyond ASCII seen so far, by code point, folds into letters or digits. */
const folding = new Map<number, boolean>();

/**
 * Whether the text holds a character beyond ASCII that title folding (NFKC, case) may turn into
 * letters or digits (`é`, `Ｇ`, `™`, a combining accent), where the title could read otherwise
 * than its letters spell: a rating's `★` is none. Asked of every entry that does not show the
 * wanted title's letters: the pattern finds the few such characters, each looked up once.
 */
function mayFold(text: string): boolean {
  BEYOND_ASCII.lastIndex = 0;
  for (let found = BEYOND_ASCII.exec(text); found; found = BEYOND_ASCII.exec(text)) {
    const point = text.codePointAt(found.index)!;
    let folds = folding.get(point);
    if (folds === undefined) {
      const char = String.fromCodePoint(point);
      folds = /[\p{L}\p{N}\p{M}]/u.test(char) || /[a-z0-9]/i.test(char.normalize('NFKC'));
      folding.set(point, folds);
    }
    if (folds) return true;
  }
  return false;
}

/**
 * A pattern every entry of ASCII text whose title normalises to `normalised` matches: the title's
 * first letters and digits in order, anything else between them. Reading an entry's title costs
 * a match of its whole template; this finds the few entries worth it.
 */
function titleHint(normalised: string): RegExp | undefined {
  if (normalised === '') return undefined;
  const letters = [...normalised.slice(0, 8)].map((c) => c.replace(/[^a-z0-9]/, '\\$&'));
  return new RegExp(letters.join('[^a-z0-9]*'), 'i');
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
  const title = normaliseTitle(paper.title);
  return { title, keys, otherUrls, mentions, titled: titleHint(title) };
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
        const titled = !!wanted.titled && (wanted.titled.test(text) || mayFold(text));
        const entryTitle = titled ? reader.title(text) : undefined;
        const match = compareEntry(text, entryTitle, wanted, reader);
        if (!match) continue;
        const shown = titled ? entryTitle : reader.title(text);
        const location = {
          file,
          section,
          sectionName: sectionName(list, file, section),
          entry,
          title: shown ?? `entry at line ${entry.line}`,
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
